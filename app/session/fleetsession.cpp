// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/fleetsession.h"

#include "audit/compliancecatalog.h"
#include "core/clock.h"
#include "fleet/inventory.h"
#include "fleet/servicetargets.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"
#include "ops/journal.h"
#include "ops/recovery.h"
#include "ops/restartworkloadsstep.h"
#include "ops/runner.h"
#include "report/history.h"
#include "report/report.h"
#include "session/logevidencereader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalBlocker>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Session {

namespace {

bool samePods(const QList<Fleet::PodFacts> &a, const QList<Fleet::PodFacts> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const Fleet::PodFacts &x = a.at(i);
        const Fleet::PodFacts &y = b.at(i);
        if (x.name != y.name || x.phase != y.phase || x.ready != y.ready || x.restarts != y.restarts
            || x.image != y.image)
            return false;
    }
    return true;
}

bool samePvcs(const QList<Fleet::PvcFacts> &a, const QList<Fleet::PvcFacts> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).name != b.at(i).name || a.at(i).phase != b.at(i).phase || a.at(i).capacity != b.at(i).capacity)
            return false;
    }
    return true;
}

/** The pods came back: a pod that was not ready is ready now, or the pod was replaced by a ready one. */
bool podsCameBack(const QList<Fleet::PodFacts> &before, const QList<Fleet::PodFacts> &after)
{
    QHash<QString, bool> wasReady;
    for (const Fleet::PodFacts &pod : before)
        wasReady.insert(pod.name, pod.ready);
    for (const Fleet::PodFacts &pod : after) {
        if (pod.ready && !wasReady.value(pod.name, false))
            return true;
    }
    return false;
}

} // namespace

FleetSession::FleetSession(QObject *parent)
    : QObject(parent)
    , m_live(new LiveView(this))
{
    m_pool.setObjectName(QStringLiteral("FleetSessionPool"));
    connect(m_live, &LiveView::stateChanged, this, &FleetSession::liveStateChanged);
    connect(m_live, &LiveView::changesPending, this, &FleetSession::applyLiveUpdate);
}

FleetSession::~FleetSession()
{
    ++m_generation;
    // The window that listens is being destroyed (the session is its child): no signals into it.
    const QSignalBlocker blocker(this);
    stopLive();
    if (m_scanner)
        m_scanner->cancel();
    // The pool's destructor waits for its tasks: they hold copies, never this.
}

void FleetSession::setLiveDelay(std::chrono::milliseconds delay)
{
    m_live->setDelay(delay);
}

void FleetSession::setWatchBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_live->setBackoff(initial, maximum);
}

bool FleetSession::noneReached(const QList<Fleet::DatastoreReport> &reports)
{
    return !reports.isEmpty()
        && std::all_of(reports.cbegin(), reports.cend(),
                       [](const Fleet::DatastoreReport &report) { return report.unreachable(); });
}

bool FleetSession::isClusterReachable() const
{
    return m_client && m_client->serverAnswers() > m_answersAtDiscovery;
}

void FleetSession::setState(State state, const QString &message)
{
    m_state = state;
    emit stateChanged(state, message);
}

void FleetSession::disconnectFromCluster()
{
    ++m_generation;
    stopLive();
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
    m_outcome = Outcome::None;
    m_historyError.clear();
    setState(State::NotConnected);
}

void FleetSession::connectTo(const Kube::ResolvedContext &context, const QString &namespaceName)
{
    disconnectFromCluster();
    m_context = context;
    m_namespace = namespaceName.isEmpty() ? context.namespaceName : namespaceName;
    m_client = std::make_unique<Kube::KubeClient>(context);
    m_client->setRequestTimeout(std::chrono::milliseconds(m_options.connectTimeoutMs * 3));
    const QString cluster = context.context.cluster.isEmpty() ? context.cluster.server : context.context.cluster;
    connect(m_client.get(), &Kube::KubeClient::credentialPluginStarted, this,
            [this, cluster](const QString &command) { emit signingIn(cluster, command); });
    connect(m_client.get(), &Kube::KubeClient::credentialPluginFinished, this, &FleetSession::signInFinished);
    setState(State::Connecting, tr("Connecting to %1…").arg(context.cluster.server));

    // The namespace picker: filled when the user may list namespaces, left editable otherwise.
    if (!m_sessionOptions.listNamespaces) {
        discover();
        return;
    }
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

FleetSession::KubeconfigChoice FleetSession::loadKubeconfig(const QString &path)
{
    m_kubeconfig.reset();
    KubeconfigChoice choice;
    Kube::KubeconfigLoader loader;
    loader.setExplicitPath(path);
    if (path.isEmpty()) {
        const QStringList files = loader.precedence();
        choice.found = std::any_of(files.cbegin(), files.cend(), [](const QString &file) { return QFileInfo::exists(file); });
        if (!choice.found)
            return choice;
    }
    const Kube::Expected<Kube::Kubeconfig> config = loader.load();
    if (!config.ok()) {
        choice.error = config.error();
        return choice;
    }
    if (config->contexts.isEmpty()) {
        choice.error = tr("no context is defined in %1").arg(config->files.join(QStringLiteral(", ")));
        return choice;
    }
    m_kubeconfig = *config;
    for (auto it = config->contexts.constBegin(); it != config->contexts.constEnd(); ++it) {
        choice.contexts << it.key();
        choice.contextFiles.insert(it.key(), it->sourceFile);
    }
    choice.currentContext = config->currentContext.isEmpty() ? config->contexts.firstKey() : config->currentContext;
    return choice;
}

FleetSession::ContextChoice FleetSession::resolveContext(const QString &context) const
{
    ContextChoice choice;
    if (!m_kubeconfig) {
        choice.error = tr("no kubeconfig is loaded");
        return choice;
    }
    const Kube::Expected<Kube::ResolvedContext> resolved = Kube::KubeconfigLoader::resolve(*m_kubeconfig, context);
    if (!resolved.ok()) {
        choice.error = resolved.error();
        return choice;
    }
    choice.name = resolved->context.name;
    choice.defaultNamespace = resolved->namespaceName;
    choice.warnings = resolved->warnings;
    return choice;
}

void FleetSession::connectToContext(const QString &context, const QString &namespaceName)
{
    const Kube::Expected<Kube::ResolvedContext> resolved =
        m_kubeconfig ? Kube::KubeconfigLoader::resolve(*m_kubeconfig, context)
                     : Kube::Expected<Kube::ResolvedContext>::failure(tr("no kubeconfig is loaded"));
    if (!resolved.ok()) {
        disconnectFromCluster();
        setState(State::Failed, resolved.error());
        return;
    }
    connectTo(*resolved, namespaceName);
}

bool FleetSession::restartWorkload(const QString &name)
{
    const QList<Fleet::Datastore> &datastores = m_inventory.datastores;
    const auto it = std::find_if(datastores.cbegin(), datastores.cend(),
                                 [&name](const Fleet::Datastore &datastore) { return datastore.name == name; });
    if (!m_client || it == datastores.cend() || it->workloadName.isEmpty())
        return false;
    emit workloadRestarting(name, it->workloadKind + u'/' + it->workloadName);
    // A change to the cluster like every operation: a journaled plan (a crash mid-restart is listed as unfinished).
    std::shared_ptr<Ops::Plan> plan =
        Ops::buildRestartWorkloadPlan(m_client.get(), it->namespaceName, it->workloadKind, it->workloadName);
    QString error;
    auto journal = std::make_shared<Ops::Journal>(Ops::Journal::create(Ops::Journal::defaultDirectory(), plan->kind(), &error));
    if (!journal->isValid()) {
        emit workloadRestarted(name, tr("cannot write the journal, so nothing was changed: %1").arg(error));
        return true;
    }
    journal->setCluster(Ops::clusterJson(m_client.get()));
    auto *runner = new Ops::Runner(this);
    runner->setJournal(journal.get());
    const quint64 generation = m_generation;
    connect(runner, &Ops::Runner::finished, this,
            [this, runner, plan, journal, generation, name](Ops::Runner::Outcome outcome, const QString &message) {
                runner->deleteLater();
                if (generation == m_generation)
                    emit workloadRestarted(name, outcome == Ops::Runner::Outcome::Succeeded ? QString() : message);
            });
    runner->run(plan.get());
    return true;
}

void FleetSession::scanTargets(const QList<Fleet::ScanTarget> &targets, const QString &targetsFile)
{
    disconnectFromCluster();
    m_targets = targets;
    m_targetsFile = targetsFile;
    startScan(targets);
}

void FleetSession::rescan(bool thorough)
{
    if (m_scanner && m_scanner->isRunning())
        return;
    m_thoroughNext = thorough;
    if (m_context && m_client) {
        ++m_generation;
        discover();
    } else if (!m_targets.isEmpty()) {
        ++m_generation;
        startScan(m_targets);
    }
}

bool FleetSession::isSigningIn() const
{
    return m_client && m_client->isCredentialPluginRunning();
}

void FleetSession::cancel()
{
    if (isSigningIn()) {
        // The calls waiting for the plugin fail with "was cancelled": the connection shows that error.
        m_client->cancelCredentialPlugin();
        return;
    }
    if (!isBusy())
        return;
    ++m_generation;
    if (m_scanner && m_scanner->isRunning()) {
        m_scanner->disconnect(this);
        m_scanner->cancel();
    }
    m_outcome = Outcome::Cancelled;
    setState(State::Ready, tr("Scan cancelled"));
    emit scanFinished(true);
}

void FleetSession::discover()
{
    const quint64 generation = m_generation;
    m_answersAtDiscovery = m_client->serverAnswers();
    setState(State::Discovering, tr("Reading namespace %1…").arg(m_namespace));
    m_notes = m_context ? m_context->warnings : QStringList();
    Fleet::loadInventory(m_client.get(), m_namespace, this)
        .then(this, [this, generation](const Fleet::InventoryResult &inventory) {
            if (generation != m_generation)
                return;
            if (!inventory.error.isEmpty()) {
                m_outcome = Outcome::Failed;
                setState(State::Failed, inventory.error);
                emit scanFinished(false);
                return;
            }
            m_notes << inventory.objects.notes;
            m_inventory = inventory;
            emit inventoryLoaded(inventory.datastores);
            startScan(targetsOf(inventory));
        });
}

QList<Fleet::ScanTarget> FleetSession::targetsOf(const Fleet::InventoryResult &inventory) const
{
    const QList<Fleet::ScanTarget> targets = Fleet::targetsFromInventory(inventory);
    return m_sessionOptions.throughServices ? Fleet::throughServices(targets) : targets;
}

void FleetSession::startScan(const QList<Fleet::ScanTarget> &targets)
{
    if (m_reprobeScanner) {
        // A full scan supersedes a re-probe of one datastore.
        m_reprobeScanner->disconnect(this);
        m_reprobeScanner->cancel();
        m_reprobeScanner->deleteLater();
    }
    m_reprobeQueue.clear();
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
        m_snapshot.secretAccess = m_inventory.secretAccess;
    } else {
        m_snapshot.source = QStringLiteral("targets");
        m_snapshot.targetsFile = m_targetsFile;
    }
    m_snapshot.notes = m_notes;
    const Fleet::ScanOptions options = effectiveScanOptions(m_thoroughNext);
    m_thoroughNext = false;
    if (!options.observationCachePath.isEmpty()) {
        m_snapshot.observationMode = options.thorough ? QStringLiteral("thorough") : QStringLiteral("incremental");
        m_snapshot.observationTtlSeconds = qint64(options.observationTtl.count());
    }

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
    m_scanStartedAt = Core::Clock::currentDateTimeUtc();
    QList<std::pair<QString, Fleet::Kind>> datastores;
    for (const Fleet::ScanTarget &target : targets)
        datastores.append({ target.name, target.kind });
    emit scanStarted(datastores);
    if (targets.isEmpty()) {
        onFinished({}, false);
        return;
    }
    m_scanner->start(targets, options);
}

Fleet::ScanOptions FleetSession::effectiveScanOptions(bool thorough) const
{
    Fleet::ScanOptions options = m_options;
    options.thorough = options.thorough || thorough;
    options.observationTtl = m_policy.observationTtl;
    if (!m_sessionOptions.reuseObservations) {
        options.observationCachePath.clear();
        return options;
    }
    if (options.observationCachePath.isEmpty())
        options.observationCachePath = Fleet::ObservationCache::defaultPath();
    if (options.observationScope.isEmpty())
        options.observationScope = m_context ? m_context->cluster.server + u'/' + m_namespace : QStringLiteral("targets");
    return options;
}

void FleetSession::onScanned(const Fleet::DatastoreReport &report)
{
    emit datastoreScanned(report);
    if (!m_sessionOptions.auditEach)
        return;
    // One datastore's grade does not depend on the others: audit it at once, off the GUI thread.
    const quint64 generation = m_generation;
    const bool insecure = m_context && m_context->cluster.insecureSkipTlsVerify;
    QtConcurrent::run(&m_pool, [report, insecure, policy = m_policy] {
        Fleet::Snapshot one;
        one.datastores = { report };
        return Audit::auditSnapshot(one, QString(), insecure, policy);
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
    if (!cancelled && m_sessionOptions.readLogs && m_context && m_client && !reports.isEmpty()) {
        readLogsThenFinish(reports);
        return;
    }
    finishScan(reports, cancelled);
}

void FleetSession::readLogsThenFinish(const QList<Fleet::DatastoreReport> &reports)
{
    const QDateTime now = Core::Clock::currentDateTimeUtc();
    m_probeWindows.removeIf([&now](const Fleet::ProbeWindow &window) { return window.second.secsTo(now) > 900; });
    m_probeWindows.append({ m_scanStartedAt, now });
    setState(State::Scanning, tr("Reading the datastores' logs…"));
    auto *reader = new LogEvidenceReader(m_client.get(), this);
    const quint64 generation = m_generation;
    connect(reader, &LogEvidenceReader::finished, this,
            [this, reader, generation, reports](const QHash<QString, Fleet::LogObservation> &logs) {
                reader->deleteLater();
                if (generation != m_generation)
                    return;
                QList<Fleet::DatastoreReport> withLogs = reports;
                for (Fleet::DatastoreReport &report : withLogs) {
                    const auto found = logs.constFind(report.name);
                    if (found != logs.constEnd())
                        report.logs = *found;
                }
                finishScan(withLogs, false);
            });
    reader->start(m_namespace, reports, m_inventory.objects, m_probeWindows);
}

void FleetSession::finishScan(const QList<Fleet::DatastoreReport> &reports, bool cancelled)
{
    m_snapshot.datastores = reports;
    const bool allUnreachable = noneReached(reports);
    m_outcome = cancelled   ? Outcome::Cancelled
        : reports.isEmpty() ? Outcome::NothingFound
        : allUnreachable    ? Outcome::NoneReached
                            : Outcome::Graded;
    QString summary = cancelled ? tr("Scan cancelled")
        : allUnreachable        ? tr("No datastore could be reached")
                                : tr("Scanned %n datastore(s)", nullptr, int(reports.size()));
    if (const QString observed = observationSummary(m_snapshot); !cancelled && !allUnreachable && !observed.isEmpty())
        summary = tr("%1: %2").arg(summary, observed);
    setState(State::Ready, summary);
    emit scanFinished(cancelled);
    if (cancelled)
        return;
    auditFleet(m_sessionOptions.keepHistory);
    if (m_sessionOptions.live && m_context && m_client) {
        if (!m_live->isRunning())
            startLive();
        // Secrets as the datastores were just probed with: a later change of one means probing it again.
        m_live->setProbedSecrets(m_inventory.objects.secrets);
        m_live->schedule(); // what the watches saw during the scan
    }
}

QString FleetSession::observationSummary(const Fleet::Snapshot &snapshot)
{
    if (snapshot.observationMode.isEmpty())
        return {}; // no observation cache: every scan observes everything, nothing to say
    if (snapshot.observationMode == u"thorough")
        return tr("thorough, every observation made in this scan");
    int reused = 0;
    int observed = 0;
    for (const Fleet::DatastoreReport &report : snapshot.datastores) {
        if (!report.observations)
            continue;
        (report.observations->reused ? reused : observed) += 1;
    }
    return tr("observations of %n datastore(s) reused (fingerprint unchanged)", nullptr, reused) + QStringLiteral(", ")
        + tr("%n observed anew", nullptr, observed);
}

void FleetSession::regrade()
{
    if (isBusy() || m_auditSerial == 0 || m_snapshot.datastores.isEmpty())
        return; // no audit asked for yet: the first one reads the policy set now
    auditFleet(false);
}

void FleetSession::auditFleet(bool keep)
{
    const quint64 generation = m_generation;
    const quint64 serial = ++m_auditSerial;
    const Fleet::Snapshot snapshot = m_snapshot;
    const bool insecure = m_context && m_context->cluster.insecureSkipTlsVerify;
    QtConcurrent::run(&m_pool, [snapshot, insecure, keep, policy = m_policy] {
        AuditOutcome outcome;
        outcome.audit = std::make_shared<const Audit::Audit>(
            Audit::auditSnapshot(snapshot, Audit::ComplianceCatalog::defaultDirectory(), insecure, policy));
        if (!keep)
            return outcome; // a live update: the history keeps full scans only
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
        outcome.kept = true;
        return outcome;
    }).then(this, [this, generation, serial](const AuditOutcome &outcome) {
        if (generation != m_generation)
            return;
        if (serial != m_auditSerial && !outcome.kept)
            return; // a newer audit of the live view is on its way
        if (serial == m_auditSerial)
            m_audit = outcome.audit;
        if (outcome.kept) {
            m_changes = outcome.changes;
            m_history = outcome.history;
            m_historyError = outcome.historyError;
        }
        if (!outcome.historyError.isEmpty())
            m_notes << tr("The scan is not kept in the history: %1").arg(outcome.historyError);
        emit auditReady();
    });
}

// ---------------------------------------------------------------------------------------------
// The live view: watches on the scanned namespace keep the rows current between scans.

void FleetSession::startLive()
{
    ++m_liveGeneration;
    m_liveDiscovering = false;
    m_live->start(m_client.get(), m_namespace);
}

void FleetSession::stopLive()
{
    ++m_liveGeneration;
    m_liveDiscovering = false;
    m_live->stop();
    m_reprobeQueue.clear();
    if (m_reprobeScanner) {
        m_reprobeScanner->disconnect(this);
        m_reprobeScanner->cancel();
        m_reprobeScanner->deleteLater();
    }
}

void FleetSession::applyLiveUpdate()
{
    if (!m_client || !m_live->isRunning())
        return; // the watches start when a scan finished: a namespace without datastores may get its first one
    if (isBusy())
        return; // the scan's end applies it (onFinished)
    if (m_liveDiscovering)
        return; // one live discovery at a time (in order); the one running schedules the next
    if (!m_live->hasChanges())
        return;
    Fleet::ClusterObjects objects = m_inventory.objects;
    const LiveView::Changes changes = m_live->takeChanges(&objects);
    m_inventory.objects = objects;
    m_liveDiscovering = true;

    const quint64 generation = m_generation;
    const quint64 live = m_liveGeneration;
    const QSet<QString> changedSecrets = changes.secrets;
    auto discoverNow = [this, generation, live, changedSecrets](const Fleet::ClusterObjects &objects) {
        // Discovery is pure but walks every object: off the GUI thread.
        QtConcurrent::run(&m_pool, [objects] { return Fleet::discover(objects); })
            .then(this, [this, generation, live, changedSecrets](const QList<Fleet::Datastore> &datastores) {
                if (live != m_liveGeneration)
                    return;
                m_liveDiscovering = false;
                if (generation == m_generation) // otherwise a rescan superseded it
                    applyDiscovered(datastores, changedSecrets);
                m_live->schedule(); // what came in meanwhile
            });
    };
    if (!changes.workloads) {
        discoverNow(objects);
        return;
    }
    // A workload came, went or changed: a new datastore needs its Service, which is not watched: read them again.
    m_client->list(QStringLiteral("services"), m_namespace)
        .then(this, [this, live, objects, discoverNow](const Kube::Response &response) mutable {
            if (live != m_liveGeneration)
                return;
            if (response.ok()) {
                objects.services.clear();
                for (const QJsonValue &item : response.object.value(QStringLiteral("items")).toArray())
                    objects.services << item.toObject();
                m_inventory.objects.services = objects.services;
            } // otherwise: the services of the last scan
            discoverNow(objects);
        });
}

void FleetSession::applyDiscovered(const QList<Fleet::Datastore> &datastores, const QSet<QString> &changedSecrets)
{
    QStringList reprobeNames;
    QHash<QString, QString> reasons;
    bool regrade = false;

    // Datastores that came or went with their workload since the scan: just those, no rescan.
    QSet<QString> known;
    for (const Fleet::Datastore &store : std::as_const(m_inventory.datastores))
        known.insert(store.name);
    QSet<QString> found;
    QList<Fleet::Datastore> appeared;
    for (const Fleet::Datastore &store : datastores) {
        found.insert(store.name);
        if (!known.contains(store.name))
            appeared << store;
    }
    QStringList removed;
    for (const Fleet::Datastore &store : std::as_const(m_inventory.datastores)) {
        if (!found.contains(store.name))
            removed << store.name;
    }
    if (!removed.isEmpty()) {
        const auto gone = [&removed](const auto &item) { return removed.contains(item.name); };
        m_inventory.datastores.removeIf(gone);
        m_snapshot.datastores.removeIf(gone);
        for (const QString &name : std::as_const(removed))
            m_reprobeQueue.removeAll(name);
        regrade = true;
        emit datastoresRemoved(removed);
    }
    if (!appeared.isEmpty()) {
        m_inventory.datastores << appeared;
        emit datastoresAppeared(appeared);
    }
    for (const Fleet::Datastore &store : datastores) {
        auto report = std::find_if(m_snapshot.datastores.begin(), m_snapshot.datastores.end(),
                                   [&](const Fleet::DatastoreReport &r) { return r.name == store.name; });
        if (report == m_snapshot.datastores.end() || !report->k8s)
            continue; // a datastore discovery did not show before: the next scan adds it
        if (changedSecrets.contains(store.tlsSecretName) || changedSecrets.contains(store.credentialsSecretName)) {
            reprobeNames << store.name;
            reasons.insert(store.name,
                           tr("Secret %1 changed")
                               .arg(changedSecrets.contains(store.tlsSecretName) ? store.tlsSecretName
                                                                                 : store.credentialsSecretName));
        }
        const bool podsChanged = !samePods(report->k8s->pods, store.pods);
        const bool pvcsChanged = !samePvcs(report->k8s->pvcs, store.pvcs);
        if (!podsChanged && !pvcsChanged)
            continue;
        if (podsCameBack(report->k8s->pods, store.pods) && !reprobeNames.contains(store.name)) {
            reprobeNames << store.name; // its server restarted: what the probe saw is stale
            reasons.insert(store.name, tr("its pod is ready again"));
        }
        report->k8s->pods = store.pods;
        report->k8s->pvcs = store.pvcs;
        regrade = true;
        onScanned(*report); // the row shows it and gets its grade again at once
    }
    for (int i = 0; i < m_inventory.datastores.size(); ++i) {
        for (const Fleet::Datastore &store : datastores) {
            if (store.name == m_inventory.datastores.at(i).name)
                m_inventory.datastores[i] = store;
        }
    }
    if (regrade)
        auditFleet(false);
    for (const QString &name : std::as_const(reprobeNames))
        emit datastoreReprobing(name, reasons.value(name));
    for (const Fleet::Datastore &store : std::as_const(appeared))
        reprobeNames << store.name; // probed for the first time
    if (!reprobeNames.isEmpty())
        reprobe(reprobeNames);
}

void FleetSession::reprobe(const QStringList &names)
{
    if (m_reprobeScanner && m_reprobeScanner->isRunning()) {
        for (const QString &name : names) {
            if (!m_reprobeQueue.contains(name))
                m_reprobeQueue << name;
        }
        return;
    }
    QList<Fleet::ScanTarget> targets;
    for (const Fleet::ScanTarget &target : targetsOf(m_inventory)) {
        if (names.contains(target.name))
            targets << target;
    }
    if (targets.isEmpty())
        return;
    if (m_reprobeScanner)
        m_reprobeScanner->deleteLater();
    const quint64 generation = m_generation;
    const quint64 live = m_liveGeneration;
    m_reprobeScanner = new Fleet::FleetScanner(m_client.get(), this);
    connect(m_reprobeScanner, &Fleet::FleetScanner::datastoreScanned, this,
            [this, generation, live](const Fleet::DatastoreReport &report) {
                if (generation == m_generation && live == m_liveGeneration)
                    onReprobed(report);
            });
    connect(m_reprobeScanner, &Fleet::FleetScanner::finished, this, [this, generation, live] {
        if (generation != m_generation || live != m_liveGeneration)
            return;
        auditFleet(false);
        if (!m_reprobeQueue.isEmpty()) {
            const QStringList next = m_reprobeQueue;
            m_reprobeQueue.clear();
            QTimer::singleShot(0, this, [this, next, generation, live] {
                if (generation == m_generation && live == m_liveGeneration)
                    reprobe(next);
            });
        }
    });
    m_reprobeScanner->start(targets, effectiveScanOptions(false));
}

void FleetSession::onReprobed(const Fleet::DatastoreReport &report)
{
    if (!std::any_of(m_inventory.datastores.cbegin(), m_inventory.datastores.cend(),
                     [&](const Fleet::Datastore &store) { return store.name == report.name; }))
        return; // its workload was deleted while it was probed
    replaceReport(report);
    onScanned(report);
}

void FleetSession::replaceReport(const Fleet::DatastoreReport &report)
{
    for (Fleet::DatastoreReport &existing : m_snapshot.datastores) {
        if (existing.name == report.name) {
            // A re-probe reads no logs: the scan's log evidence stays, with the time it was read.
            std::optional<Fleet::LogObservation> logs = existing.logs;
            existing = report;
            if (!existing.logs)
                existing.logs = logs;
            return;
        }
    }
    m_snapshot.datastores << report;
}

} // namespace Session
