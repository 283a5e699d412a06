// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleetmodel.h"

#include <QWidget>

class CodeView;
class QAction;
class QToolButton;
class FindingsModel;
class EventsPane;
class LogsPane;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeWidget;

/**
 * The selected datastore in depth: overview (Kubernetes, TLS, storage, authentication), the certificate
 * chain it serves next to the one stored in its secret, its observed settings, its findings with the
 * remediation in a copyable code view, the raw evidence as JSON and the pod's logs.
 */
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    enum Tab { OverviewTab, CertificatesTab, SettingsTab, FindingsTab, EvidenceTab, LogsTab, EventsTab };

    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    /** Shows @p row (nullptr: the "select a datastore" placeholder). */
    void setRow(const FleetRow *row);
    QString datastoreName() const { return m_name; }

    QTabWidget *tabs() const { return m_tabs; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    CodeView *remediationView() const { return m_remediationView; }
    /** The pod's logs (a tab; reads only when shown). */
    LogsPane *logsPane() const { return m_logs; }
    /** The pods' and workload's Kubernetes events (a tab; reads only when shown). */
    EventsPane *eventsPane() const { return m_events; }
    /** "Accept Risk…" on the selected finding (a button and the findings' context menu); null in auditor mode. */
    QAction *acceptRiskAction() const { return m_acceptRiskAction; }
    /** Auditor mode, for good: "Accept Risk…" is deleted (an acceptance changes the grade under review). */
    void lockReadOnly();

signals:
    /** "Accept Risk…" on @p finding (open, or its acceptance expired). */
    void acceptRiskRequested(const Audit::Finding &finding);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillOverview(const FleetRow &row);
    void fillCertificates(const FleetRow &row);
    /** Each TLS file the server reads, with the Secret key, the init container and the mode behind it. */
    void fillTlsMaterial(const Fleet::TlsMaterial &material);
    void fillSettings(const FleetRow &row);
    void fillEvidence(const FleetRow &row);
    void showFinding(const QModelIndex &proxyIndex);
    const Audit::Finding *currentFinding() const;

    QString m_name;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_overview = nullptr;
    QTreeWidget *m_certificates = nullptr;
    QTableWidget *m_settings = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    QSortFilterProxyModel *m_findingsProxy = nullptr;
    QTableView *m_findingsView = nullptr;
    QLabel *m_findingTitle = nullptr;
    QLabel *m_findingEvidence = nullptr;
    CodeView *m_remediationView = nullptr;
    QAction *m_acceptRiskAction = nullptr;
    QToolButton *m_acceptRiskButton = nullptr;
    CodeView *m_evidenceView = nullptr;
    LogsPane *m_logs = nullptr;
    EventsPane *m_events = nullptr;
    std::optional<FleetRow> m_row;
};
