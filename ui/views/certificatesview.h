// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/snapshot.h"

#include <QWidget>

namespace Session {
class FleetSession;
}

class CertificatesModel;
class ExpiryTimeline;
class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

/**
 * Every certificate of the fleet — served by each datastore, stored in its TLS secret, and the CAs — on an expiry
 * timeline and in a table sorted by days left. "Renew Certificates…" asks for the renewal wizard (renewRequested)
 * with the datastores of the selected certificates; it is disabled in auditor mode.
 */
class CertificatesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificatesView)

public:
    explicit CertificatesView(QWidget *parent = nullptr);
    /** Follows @p session: the certificates of each probe as it lands, then of the audited snapshot. */
    void setSession(const Session::FleetSession *session);
    ~CertificatesView() override;

    /** Collects the certificates of @p reports on a worker and shows them when ready. */
    void setReports(const QList<Fleet::DatastoreReport> &reports);
    /** Auditor mode, for good: Renew Certificates is taken away (the button and its action), not greyed. */
    void lockReadOnly();

    CertificatesModel *model() const { return m_model; }
    ExpiryTimeline *timeline() const { return m_timeline; }
    QTableView *tableView() const { return m_view; }
    /** Null in auditor mode. */
    QAction *renewAction() const { return m_renewAction; }

signals:
    /** The user asked to renew the certificates of @p datastores (empty: let the wizard ask). */
    void renewRequested(const QStringList &datastores);
    /** The certificates shown changed (after setReports). */
    void certificatesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    QStringList selectedDatastores() const;

    CertificatesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ExpiryTimeline *m_timeline = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_renewButton = nullptr;
    QAction *m_renewAction = nullptr;
    quint64 m_generation = 0;
    QList<Fleet::DatastoreReport> m_reports; ///< what is shown (the session's probes as they land)
    bool m_readOnly = false;
};
