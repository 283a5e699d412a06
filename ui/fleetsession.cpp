// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetsession.h"

#include "audit/compliancecatalog.h"
#include "core/clock.h"
#include "fleet/inventory.h"
#include "kube/kubeclient.h"
#include "report/history.h"
#include "report/report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

FleetSession::FleetSession(QObject *parent)
    : QObject(parent)
{ }

FleetSession::~FleetSession()
{
    ++m_generation;
    if (m_scanner)
        m_scanner->cancel();
}

void FleetSession::setState(State state, const QString &message)
{
    m_state = state;
    emit stateChanged(state, message);
}

void FleetSession::disconnectFromCluster()
{
    ++m_generation;
    if (m_scanner) {
        m_scanner->disconnect(this);
        m_scanner->cancel();
        m_scanner->deleteLater();
    }
    if (m_client) {
        m_client->cancelAll();
        m_client.release()->deleteLater();
    }
    m_context.reset();
    m_targets.clear();
    m_targetsFile.clear();
    m_snapshot = {};
    m_audit.reset();
    setState(State::NotConnected);
}

void FleetSession::connectTo(const Kube::ResolvedContext &context, const QString &namespaceName)
{
    disconnectFromCluster();
    m_context = context;
    m_namespace = namespaceName.isEmpty() ? context.namespaceName : namespaceName;
    m_client = std::make_unique<Kube::KubeClient>(context);
    m_client->setRequestTimeout(std::chrono::milliseconds(m_options.connectTimeoutMs * 3));
    setState(State::Connecting, tr("Connecting to %1…").arg(context.cluster.server));

    // The namespace picker: filled when the user may list namespaces, left editable otherwise.
    const quint64 generation = m_generation;
    m_client->list(QStringLiteral("namespaces"), QString())
        .then(this, [this, generation](const Kube::Response &response) {
            if (generation != m_generation || !response.ok())
                return;
            QStringList names;
            for (const QJsonValue &item : response.object.value(QStringLiteral("items")).toArray())
                names << item.toObject()
                             .value(QStringLiteral("metadata"))
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString();
            names.sort();
            emit namespacesListed(names);
        });
    discover();
}

void FleetSession::scanTargets(const QList<Fleet::ScanTarget> &targets, const QString &targetsFile)
{
    disconnectFromCluster();
    m_targets = targets;
    m_targetsFile = targetsFile;
    startScan(targets);
}

void FleetSession::rescan()
{
    if (m_scanner && m_scanner->isRunning())
        return;
    if (m_context && m_client) {
        ++m_generation;
        discover();
    } else if (!m_targets.isEmpty()) {
        ++m_generation;
        startScan(m_targets);
    }
}

void FleetSession::cancel()
{
    if (!isBusy())
        return;
    ++m_generation;
    if (m_scanner && m_scanner->isRunning()) {
        m_scanner->disconnect(this);
        m_scanner->cancel();
    }
    setState(State::Ready, tr("Scan cancelled"));
    emit scanFinished(true);
}

void FleetSession::discover()
{
    const quint64 generation = m_generation;
    setState(State::Discovering, tr("Reading namespace %1…").arg(m_namespace));
    m_notes = m_context ? m_context->warnings : QStringList();
    Fleet::loadInventory(m_client.get(), m_namespace, this)
        .then(this, [this, generation](const Fleet::InventoryResult &inventory) {
            if (generation != m_generation)
                return;
            if (!inventory.error.isEmpty()) {
                setState(State::Failed, inventory.error);
                emit scanFinished(false);
                return;
            }
            m_notes << inventory.objects.notes;
            m_inventory = inventory;
            emit inventoryLoaded(inventory.datastores);
            startScan(Fleet::targetsFromInventory(inventory));
        });
}

void FleetSession::startScan(const QList<Fleet::ScanTarget> &targets)
{
    if (m_scanner) {
        m_scanner->disconnect(this);
        m_scanner->cancel();
        m_scanner->deleteLater();
    }
    const quint64 generation = m_generation;
    m_snapshot = {};
    m_snapshot.takenAt = Core::Clock::currentDateTimeUtc();
    if (m_context) {
        m_snapshot.source = QStringLiteral("kubernetes");
        m_snapshot.context = m_context->context.name;
        m_snapshot.server = m_context->cluster.server;
        m_snapshot.namespaceName = m_namespace;
    } else {
        m_snapshot.source = QStringLiteral("targets");
        m_snapshot.targetsFile = m_targetsFile;
    }
    m_snapshot.notes = m_notes;

    m_scanner = new Fleet::FleetScanner(m_client.get(), this);
    connect(m_scanner, &Fleet::FleetScanner::datastoreScanned, this,
            [this, generation](const Fleet::DatastoreReport &r) {
                if (generation == m_generation)
                    onScanned(r);
            });
    connect(m_scanner, &Fleet::FleetScanner::progress, this, [this, generation](int done, int total) {
        if (generation == m_generation)
            emit progress(done, total);
    });
    connect(m_scanner, &Fleet::FleetScanner::finished, this,
            [this, generation](const QList<Fleet::DatastoreReport> &reports, bool cancelled) {
                if (generation == m_generation)
                    onFinished(reports, cancelled);
            });
    setState(State::Scanning, tr("Scanning %n datastore(s)…", nullptr, int(targets.size())));
    QList<std::pair<QString, Fleet::Kind>> datastores;
    for (const Fleet::ScanTarget &target : targets)
        datastores.append({ target.name, target.kind });
    emit scanStarted(datastores);
    if (targets.isEmpty()) {
        onFinished({}, false);
        return;
    }
    m_scanner->start(targets, m_options);
}

void FleetSession::onScanned(const Fleet::DatastoreReport &report)
{
    emit datastoreScanned(report);
    // One datastore's grade does not depend on the others: audit it at once, off the GUI thread.
    const quint64 generation = m_generation;
    const bool insecure = m_context && m_context->cluster.insecureSkipTlsVerify;
    QtConcurrent::run([report, insecure] {
        Fleet::Snapshot one;
        one.datastores = { report };
        return Audit::auditSnapshot(one, QString(), insecure);
    }).then(this, [this, generation, name = report.name](const Audit::Audit &audit) {
        if (generation != m_generation)
            return;
        QList<Audit::Finding> mine;
        for (const Audit::Finding &finding : audit.findings) {
            if (finding.datastore == name)
                mine << finding;
        }
        const Audit::Grade *grade = audit.grade.datastore(name);
        emit datastoreAudited(name, grade ? std::optional<Audit::Grade>(*grade) : std::nullopt, mine);
    });
}

void FleetSession::onFinished(const QList<Fleet::DatastoreReport> &reports, bool cancelled)
{
    if (m_scanner)
        m_scanner->deleteLater();
    m_snapshot.datastores = reports;
    bool allUnreachable = !reports.isEmpty();
    for (const Fleet::DatastoreReport &report : reports)
        allUnreachable = allUnreachable && report.unreachable();
    const QString summary = cancelled ? tr("Scan cancelled")
        : allUnreachable              ? tr("No datastore could be reached")
                                      : tr("Scanned %n datastore(s)", nullptr, int(reports.size()));
    setState(State::Ready, summary);
    emit scanFinished(cancelled);
    if (cancelled)
        return;

    const quint64 generation = m_generation;
    const Fleet::Snapshot snapshot = m_snapshot;
    const bool insecure = m_context && m_context->cluster.insecureSkipTlsVerify;
    QtConcurrent::run([snapshot, insecure] {
        AuditOutcome outcome;
        outcome.audit = std::make_shared<const Audit::Audit>(
            Audit::auditSnapshot(snapshot, Audit::ComplianceCatalog::defaultDirectory(), insecure));
        // Kept in the history like `proofer scan` keeps it, and compared with the previous scan of the scope.
        const QByteArray json = Report::snapshotJson(snapshot, *outcome.audit);
        const QJsonObject current = QJsonDocument::fromJson(json).object();
        const Report::HistoryEntry entry = Report::HistoryEntry::fromSnapshot(current);
        Report::HistoryStore store;
        const QList<Report::HistoryEntry> before = store.entries(entry.scope);
        if (!before.isEmpty()) {
            if (const std::optional<QJsonObject> previous = Report::HistoryStore::load(before.constFirst().path))
                outcome.changes = Report::diffSnapshots(*previous, current, before.constFirst().path);
        }
        QString error;
        if (store.save(json, &error).isEmpty())
            outcome.historyError = error;
        outcome.history = store.entries(entry.scope);
        return outcome;
    }).then(this, [this, generation](const AuditOutcome &outcome) {
        if (generation != m_generation)
            return;
        m_audit = outcome.audit;
        m_changes = outcome.changes;
        m_history = outcome.history;
        if (!outcome.historyError.isEmpty())
            m_notes << tr("The scan is not kept in the history: %1").arg(outcome.historyError);
        emit auditReady();
    });
}
