// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatesview.h"

#include "session/fleetsession.h"

#include "certificatesmodel.h"
#include "charts/expirytimeline.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

CertificatesView::CertificatesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CertificatesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("certificatesView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_renewAction = new QAction(this);
    m_renewAction->setObjectName(QStringLiteral("renewCertificatesAction"));
    m_renewAction->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(m_renewAction, &QAction::triggered, this, [this] { emit renewRequested(selectedDatastores()); });

    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("certificatesSummaryLabel"));
    m_renewButton = new QPushButton(this);
    m_renewButton->setObjectName(QStringLiteral("renewCertificatesPushButton"));
    connect(m_renewButton, &QPushButton::clicked, m_renewAction, &QAction::trigger);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_renewButton);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("certificatesSplitter"));
    splitter->setChildrenCollapsible(false);
    m_timeline = new ExpiryTimeline(splitter);
    m_timeline->setModel(m_model);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CertificatesModel::SortRole);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("certificatesTableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CertificatesModel::DaysLeftColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    connect(m_timeline, &ExpiryTimeline::certificateClicked, this, [this](int row) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_view->selectRow(index.row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        updateSummary();
    });
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    retranslateUi();
    updateSummary();
}

CertificatesView::~CertificatesView() = default;

void CertificatesView::retranslateUi()
{
    if (!m_readOnly) {
        m_renewAction->setText(tr("&Renew Certificates…"));
        m_renewAction->setToolTip(tr("Issue new certificates for the selected datastores and roll them out"));
        m_renewButton->setText(tr("Renew Certificates…"));
        m_renewButton->setToolTip(m_renewAction->toolTip());
    }
    updateSummary();
}

void CertificatesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CertificatesView::setReports(const QList<Fleet::DatastoreReport> &reports)
{
    m_reports = reports;
    // X.509 parsing of the secrets' PEM: CPU work, off the GUI thread; a newer call supersedes an older one.
    const quint64 generation = ++m_generation;
    QtConcurrent::run([reports] {
        return CertificatesModel::collect(reports);
    }).then(this, [this, generation](const QList<CertificateEntry> &entries) {
        if (generation != m_generation)
            return;
        m_model->setCertificates(entries);
        emit certificatesChanged();
    });
}

void CertificatesView::lockReadOnly()
{
    m_readOnly = true;
    delete m_renewButton;
    m_renewButton = nullptr;
    delete m_renewAction;
    m_renewAction = nullptr;
}

QStringList CertificatesView::selectedDatastores() const
{
    QStringList names;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const CertificateEntry *entry = m_model->certificate(m_proxy->mapToSource(index).row());
        if (!entry)
            continue;
        for (const QString &name : entry->datastores) {
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

void CertificatesView::updateSummary()
{
    int expired = 0;
    int renew = 0;
    for (const CertificateEntry &entry : m_model->certificates()) {
        if (entry.info.daysLeft < 0)
            ++expired;
        else if (entry.info.daysLeft < m_model->renewalDays())
            ++renew;
    }
    const int total = int(m_model->certificates().size());
    if (total == 0) {
        m_summary->setText(tr("No certificates observed yet."));
        return;
    }
    m_summary->setText(tr("%n certificate(s): %1 expired, %2 inside the %3-day renewal window", nullptr, total)
                           .arg(expired)
                           .arg(renew)
                           .arg(m_model->renewalDays()));
}

void CertificatesView::setSession(const Session::FleetSession *session)
{
    using Session::FleetSession;
    // A probe that landed shows its certificates at once; the audited snapshot then says the whole fleet.
    connect(session, &FleetSession::datastoreScanned, this, [this](const Fleet::DatastoreReport &report) {
        const auto same = [&report](const Fleet::DatastoreReport &shown) { return shown.name == report.name; };
        const auto it = std::find_if(m_reports.begin(), m_reports.end(), same);
        if (it != m_reports.end())
            *it = report;
        else
            m_reports << report;
        setReports(m_reports);
    });
    connect(session, &FleetSession::datastoresRemoved, this, [this](const QStringList &names) {
        m_reports.removeIf([&names](const Fleet::DatastoreReport &shown) { return names.contains(shown.name); });
        setReports(m_reports);
    });
    connect(session, &FleetSession::auditReady, this, [this, session] { setReports(session->snapshot().datastores); });
}
