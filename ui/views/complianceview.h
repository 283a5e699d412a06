// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/snapshotevidence.h"
#include "fleet/snapshot.h"

#include <QWidget>

#include <memory>

namespace Session {
class FleetSession;
}

class ComplianceMatrixModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeView;

/**
 * The compliance matrix: frameworks and their controls down, datastores across, a pass / fail / partial /
 * not-assessed cell each. Selecting a cell shows the control, the rules behind it and each rule's evidence on
 * that datastore with the time it was observed. "Export Evidence Pack…" writes the HTML (or PDF) report.
 */
class ComplianceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplianceView)

public:
    explicit ComplianceView(QWidget *parent = nullptr);
    /** Follows @p session: the matrix of each audit it makes ready. */
    void setSession(const Session::FleetSession *session);
    ~ComplianceView() override;

    /** Shows the matrix of @p audit over @p snapshot (null audit: the "no scan yet" state). */
    void setAudit(const Fleet::Snapshot &snapshot, const std::shared_ptr<const Audit::Audit> &audit);

    ComplianceMatrixModel *model() const { return m_model; }
    QTreeView *matrixView() const { return m_view; }
    QTextBrowser *detailView() const { return m_detail; }

    /** Renders the evidence pack of the current audit into @p fileName (HTML, or PDF by its suffix), off the GUI
     * thread. */
    void exportEvidencePack(const QString &fileName);

public slots:
    void chooseExportFile();

signals:
    /** An export finished: @p error is empty on success. */
    void evidencePackExported(const QString &fileName, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFrameworkFilter();
    void showCell(const QModelIndex &index);
    void updateSummary();

    ComplianceMatrixModel *m_model = nullptr;
    Fleet::Snapshot m_snapshot;
    QLabel *m_frameworkLabel = nullptr;
    QComboBox *m_frameworkCombo = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTreeView *m_view = nullptr;
    QTextBrowser *m_detail = nullptr;
    QString m_error;
    bool m_exporting = false;
};
