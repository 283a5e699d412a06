// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/servecommand.h"

#include "audit/policyloader.h"
#include "cli/cli.h"
#include "cli/clioutput.h"
#include "cli/clusterchoice.h"
#include "cli/signalpipe.h"
#include "cli/terminal.h"
#include "core/clock.h"
#include "core/logging.h"
#include "fleet/targetsfile.h"
#include "kube/kubeclient.h"
#include "report/metrics.h"
#include "report/metricsserver.h"
#include "report/publish.h"
#include "report/report.h"
#include "session/fleetsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>

#include <sys/socket.h>
#include <unistd.h>

namespace Cli {

namespace {

constexpr std::chrono::seconds kMinimumInterval{10};
constexpr std::chrono::seconds kMaximumInterval{24 * 3600};
/// A scan that has not ended by then is cancelled and counted as failed (every step has its own timeout: this is
/// the last resort that keeps the exporter scanning whatever happens).
constexpr std::chrono::minutes kScanDeadline{30};

QString serveHelpTextBody()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: proofer serve [--listen ADDRESS] [--interval DURATION] [--kubeconfig FILE] [--context NAME] [-n NS]\n"
        "       proofer serve --in-cluster [-n NS] [--listen ADDRESS] [--interval DURATION]\n"
        "       proofer serve --targets FILE [--listen ADDRESS] [--interval DURATION]\n"
        "\n"
        "Scans every PostgreSQL, Redis and RabbitMQ of a namespace (or the datastores of a targets file) as\n"
        "\"proofer scan\" does, again on an interval, and serves what the newest scan found to Prometheus:\n"
        "  GET /metrics     the fleet's grade, each datastore up or down, open findings, certificate expiry,\n"
        "                   TLS versions (docs/in-cluster.md lists the metrics and example alert rules)\n"
        "  GET /healthz     200 while the exporter runs\n"
        "  GET /readyz      200 once the first scan has ended\n"
        "  POST /-/rescan   scan again now\n"
        "Runs until Ctrl-C or SIGTERM.\n"
        "\n"
        "Options:\n"
        "  --listen ADDRESS      ADDRESS:PORT to serve on (default: 127.0.0.1:9187; :9187 listens on every\n"
        "                        interface; port 0 takes a free port, named on standard error)\n"
        "  --interval DURATION   time between two scans: 30s, 5m, 1h (default: 5m; from 10s to 24h)\n"
        "  --kubeconfig FILE     kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)\n"
        "  --context NAME        context to use (default: the current context)\n"
        "  -n, --namespace NS    namespace to scan (default: the context's)\n"
        "  --targets FILE        scan the datastores of this YAML file instead of a cluster (read again at\n"
        "                        every scan)\n"
        "  --in-cluster          connect as the pod's ServiceAccount (the default in a pod when no kubeconfig\n"
        "                        exists); its token is read again at every request\n"
        "  --concurrency N       datastores probed at once (default: 8)\n"
        "  --timeout SECONDS     connect timeout per step (default: 10)\n"
        "  --thorough            make every observation at every scan, reusing none (docs/probing.md)\n"
        "  --policy FILE         the policy that grades every scan (docs/policy.md); default: $PROOFER_POLICY,\n"
        "                        then ./.proofer.yaml, then $XDG_CONFIG_HOME/proofer/policy.yaml, else built in\n"
        "  --publish configmap[/NAME]\n"
        "                        after every scan, write its snapshot to the ConfigMap NAME (default\n"
        "                        proofer-snapshot) of the namespace, as \"proofer scan --publish\" does\n"
        "  --publish-keep N      earlier snapshots --publish keeps as NAME-<time> (default: 10; 0: none)\n"
        "  -h, --help            show this help\n"
        "\n"
        "Exit status: 0 stopped by a signal, 2 bad usage or configuration (the address cannot be listened on,\n"
        "the kubeconfig or the targets file cannot be read).\n");
}

/**
 * The exporter's loop: the session scans (the same pipeline as `proofer scan` and the console), this keeps the newest
 * audited snapshot and the scans' statistics, and hands their exposition to the HTTP server after each scan.
 */
class Exporter final : public QObject
{
public:
    Session::FleetSession *session = nullptr;
    Report::MetricsServer *server = nullptr;
    QString targetsPath; ///< empty: a cluster
    std::optional<Kube::ResolvedContext> context;
    QString namespaceName;
    bool thorough = false;
    Report::ScanStatistics statistics;
    std::optional<Report::PublishTarget> publish; ///< --publish: each successful scan's snapshot goes there too

    void scan()
    {
        if (m_scanning) {
            m_pending = true; // one more scan once this one ends, however often it was asked for
            return;
        }
        m_scanning = true;
        m_clock.start();
        m_deadline.start(kScanDeadline);
        qCDebug(lcCli) << "exporter: scan" << statistics.scansTotal + 1 << "begins";
        if (!targetsPath.isEmpty()) {
            // Read again at every scan: a password file rotated since the last one is used.
            const Fleet::TargetsFile file = Fleet::loadTargetsFile(targetsPath);
            if (!file.error.isEmpty()) {
                ended(false, file.error);
                return;
            }
            session->scanTargets(file.targets, targetsPath);
        } else if (!m_connected) {
            m_connected = true;
            session->connectTo(*context, namespaceName);
        } else {
            session->rescan(thorough);
        }
    }

    /** The interval's tick: skipped while a scan runs (only a rescan request queues one). */
    void tick()
    {
        if (m_scanning) {
            qCDebug(lcCli) << "exporter: a scan is still running; this interval's scan is skipped";
            return;
        }
        scan();
    }

    void succeeded() { ended(true, {}); }

    Exporter()
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            session->cancel();
            ended(false, QCoreApplication::translate("Cli", "the scan did not end within %1 minutes and was cancelled")
                             .arg(std::chrono::minutes(kScanDeadline).count()));
        });
    }
    void failed(const QString &message) { ended(false, message); }

private:
    void ended(bool ok, const QString &message)
    {
        if (!m_scanning)
            return;
        m_scanning = false;
        m_deadline.stop();
        ++statistics.scansTotal;
        statistics.lastDurationSeconds = double(m_clock.elapsed()) / 1000.0;
        statistics.lastScanSucceeded = ok;
        if (ok) {
            m_snapshot = session->snapshot();
            m_audit = session->audit();
            statistics.lastSuccessAt = Core::Clock::currentDateTimeUtc();
        } else {
            ++statistics.errorsTotal;
        }
        server->setMetrics(Report::prometheusExposition(m_snapshot ? &*m_snapshot : nullptr, m_audit.get(), statistics));
        report(ok, message);
        if (ok)
            publishSnapshot();
        server->setReady(true, ok ? QCoreApplication::translate("Cli", "scan %1 ended at %2")
                                        .arg(statistics.scansTotal)
                                        .arg(statistics.lastSuccessAt.toString(Qt::ISODate))
                                  : QCoreApplication::translate("Cli", "scan %1 failed: %2").arg(statistics.scansTotal).arg(message));
        if (m_pending) {
            m_pending = false;
            QTimer::singleShot(0, this, [this] { scan(); });
        }
    }

    /** --publish: the newest snapshot to its ConfigMap; a failure is said in the log, the exporter goes on. */
    void publishSnapshot()
    {
        if (!publish || !context || m_publishing)
            return;
        m_publishing = true;
        if (!m_publisher)
            m_publisher = new Kube::KubeClient(*context, this);
        Report::PublishTarget target = *publish;
        target.namespaceName = m_snapshot->namespaceName;
        const Report::PublishFacts facts{m_audit->grade.fleet.letter, m_audit->grade.fleet.score, m_snapshot->takenAt};
        const qint64 scanNumber = statistics.scansTotal;
        Report::publishSnapshot(m_publisher, target, Report::snapshotJson(*m_snapshot, *m_audit), facts, this)
            .then(this, [this, scanNumber](const Report::PublishResult &published) {
                m_publishing = false;
                if (!published.ok()) {
                    err() << QCoreApplication::translate("Cli", "proofer serve: scan %1 was not published: %2")
                                 .arg(scanNumber)
                                 .arg(published.error)
                          << u'\n';
                    err().flush();
                }
            });
    }

    /** One line on standard error per scan: what an operator reads in the pod's log. */
    void report(bool ok, const QString &message)
    {
        const QString seconds = QString::number(statistics.lastDurationSeconds, 'f', 1);
        if (!ok) {
            err() << QCoreApplication::translate("Cli", "proofer serve: scan %1 failed after %2 s: %3")
                         .arg(statistics.scansTotal)
                         .arg(seconds, message)
                  << u'\n';
            err().flush();
            return;
        }
        if (verbosity() == Verbosity::Quiet)
            return;
        int down = 0;
        for (const Fleet::DatastoreReport &report : m_snapshot->datastores)
            down += report.unreachable() ? 1 : 0;
        const Audit::Grade &fleet = m_audit->grade.fleet;
        const QString grade = fleet.score ? QStringLiteral("%1 (%2)").arg(fleet.letter).arg(*fleet.score, 0, 'f', 1)
                                          : QCoreApplication::translate("Cli", "none (%1)").arg(fleet.reason);
        err() << QCoreApplication::translate("Cli", "proofer serve: scan %1 ended in %2 s: grade %3, %n datastore(s), %4 not reached",
                                             nullptr, int(m_snapshot->datastores.size()))
                     .arg(statistics.scansTotal)
                     .arg(seconds, grade)
                     .arg(down)
              << u'\n';
        err().flush();
    }

    QElapsedTimer m_clock;
    QTimer m_deadline;
    bool m_scanning = false;
    bool m_pending = false;
    bool m_connected = false;
    bool m_publishing = false;
    Kube::KubeClient *m_publisher = nullptr;
    std::optional<Fleet::Snapshot> m_snapshot;
    std::shared_ptr<const Audit::Audit> m_audit;
};

} // namespace

std::optional<std::chrono::seconds> parseDuration(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[0-9]{1,9}$"));
    if (plain.match(text).hasMatch())
        return std::chrono::seconds(text.toLongLong());
    static const QRegularExpression units(QStringLiteral("^(?:([0-9]{1,6})h)?(?:([0-9]{1,6})m)?(?:([0-9]{1,9})s)?$"));
    const QRegularExpressionMatch match = units.match(text);
    if (text.isEmpty() || !match.hasMatch())
        return std::nullopt;
    return std::chrono::seconds(match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60
                                + match.captured(3).toLongLong());
}

int runServeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption listenOption(QStringLiteral("listen"), QString(), QStringLiteral("address"),
                                          QStringLiteral("127.0.0.1:9187"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"), QString(), QStringLiteral("duration"),
                                            QStringLiteral("5m"));
    const QCommandLineOption kubeconfigOption(QStringLiteral("kubeconfig"), QString(), QStringLiteral("file"));
    const QCommandLineOption contextOption(QStringLiteral("context"), QString(), QStringLiteral("name"));
    const QCommandLineOption namespaceOption({QStringLiteral("n"), QStringLiteral("namespace")}, QString(),
                                             QStringLiteral("namespace"));
    const QCommandLineOption targetsOption(QStringLiteral("targets"), QString(), QStringLiteral("file"));
    const QCommandLineOption inClusterOption(QStringLiteral("in-cluster"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QString(), QStringLiteral("n"),
                                               QStringLiteral("8"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QString(), QStringLiteral("seconds"),
                                           QStringLiteral("10"));
    const QCommandLineOption thoroughOption(QStringLiteral("thorough"));
    const QCommandLineOption policyOption(QStringLiteral("policy"), QString(), QStringLiteral("file"));
    const QCommandLineOption publishOption(QStringLiteral("publish"), QString(), QStringLiteral("configmap[/name]"));
    const QCommandLineOption publishKeepOption(QStringLiteral("publish-keep"), QString(), QStringLiteral("n"),
                                               QStringLiteral("10"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({publishOption, publishKeepOption});
    parser.addOptions({listenOption, intervalOption, kubeconfigOption, contextOption, namespaceOption, targetsOption,
                       inClusterOption, concurrencyOption, timeoutOption, thoroughOption, policyOption, helpOption});
    auto usage = [](const QString &message) {
        err() << QCoreApplication::translate("Cli", "error: %1").arg(message) << QStringLiteral("\n\n") << serveHelpText();
        err().flush();
        return int(ExitUsage);
    };
    auto configurationError = [](const QString &message) {
        err() << QCoreApplication::translate("Cli", "error: %1").arg(message) << u'\n';
        err().flush();
        return int(ExitUsage);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        out() << serveHelpText();
        out().flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Cli", "unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    const auto listen = Report::parseListenAddress(parser.value(listenOption));
    if (!listen)
        return usage(listen.error());
    const std::optional<std::chrono::seconds> interval = parseDuration(parser.value(intervalOption));
    if (!interval || *interval < kMinimumInterval || *interval > kMaximumInterval)
        return usage(QCoreApplication::translate("Cli", "--interval takes a duration from 10s to 24h (e.g. 30s, 5m, 1h), not \"%1\"")
                         .arg(parser.value(intervalOption)));
    const bool fromTargets = parser.isSet(targetsOption);
    if (fromTargets && (parser.isSet(kubeconfigOption) || parser.isSet(contextOption) || parser.isSet(namespaceOption)))
        return usage(QCoreApplication::translate("Cli", "--targets cannot be combined with --kubeconfig, --context or --namespace"));
    if (parser.isSet(inClusterOption) && (fromTargets || parser.isSet(kubeconfigOption) || parser.isSet(contextOption)))
        return usage(QCoreApplication::translate("Cli", "--in-cluster cannot be combined with --kubeconfig, --context or --targets"));
    Fleet::ScanOptions options;
    bool ok = false;
    options.concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || options.concurrency < 1 || options.concurrency > 256)
        return usage(QCoreApplication::translate("Cli", "--concurrency must be between 1 and 256"));
    const int timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeoutSeconds < 1 || timeoutSeconds > 600)
        return usage(QCoreApplication::translate("Cli", "--timeout must be between 1 and 600 seconds"));
    options.connectTimeoutMs = timeoutSeconds * 1000;
    options.thorough = parser.isSet(thoroughOption);

    auto exporter = std::make_unique<Exporter>();
    const auto publish = Report::publishTargetFromOptions(
        parser.isSet(publishOption) ? std::optional<QString>(parser.value(publishOption)) : std::nullopt,
        parser.isSet(publishKeepOption) ? std::optional<QString>(parser.value(publishKeepOption)) : std::nullopt, fromTargets);
    if (!publish)
        return usage(publish.error());
    exporter->publish = *publish;
    exporter->thorough = options.thorough;
    exporter->statistics.intervalSeconds = interval->count();
    QString scope;
    bool inCluster = false;
    if (fromTargets) {
        exporter->targetsPath = parser.value(targetsOption);
        // Read once now so that a broken file is a usage error at start, not a failed scan every interval.
        const Fleet::TargetsFile file = Fleet::loadTargetsFile(exporter->targetsPath);
        if (!file.error.isEmpty())
            return configurationError(file.error);
        scope = QCoreApplication::translate("Cli", "the targets of %1").arg(exporter->targetsPath);
    } else {
        const auto choice = chooseCluster(parser.value(kubeconfigOption), parser.value(contextOption),
                                          parser.isSet(namespaceOption) ? std::optional(parser.value(namespaceOption)) : std::nullopt,
                                          parser.isSet(inClusterOption));
        if (!choice)
            return configurationError(choice.error());
        for (const QString &warning : choice->context.warnings) {
            if (choice->inCluster && verbosity() != Verbosity::Quiet)
                err() << QCoreApplication::translate("Cli", "warning: %1").arg(warning) << u'\n';
        }
        exporter->context = choice->context;
        inCluster = choice->inCluster;
        exporter->namespaceName = choice->namespaceName;
        scope = choice->inCluster ? QCoreApplication::translate("Cli", "namespace %1 as the pod's ServiceAccount").arg(choice->namespaceName)
                                  : QCoreApplication::translate("Cli", "namespace %1 of context %2").arg(choice->namespaceName, choice->context.context.name);
    }

    if (parser.isSet(policyOption) && parser.value(policyOption).isEmpty())
        return usage(QCoreApplication::translate("Cli", "--policy needs a file"));
    // A policy that cannot be read is a configuration error: never scans graded by another one.
    const auto policy = Audit::PolicyLoader::find(parser.value(policyOption));
    if (!policy)
        return configurationError(policy.error());

    auto *server = new Report::MetricsServer(exporter.get());
    const auto port = server->listen(*listen);
    if (!port)
        return configurationError(port.error());
    server->setReady(false, QCoreApplication::translate("Cli", "the first scan has not ended yet"));
    server->setMetrics(Report::prometheusExposition(nullptr, nullptr, exporter->statistics));
    exporter->server = server;

    // The same session as the console's and `proofer scan`'s, headless: no watches (the interval rescans), no
    // namespace listing, no per-datastore audits, no history (a scan every few minutes would flood it).
    auto *session = new Session::FleetSession(exporter.get());
    Session::FleetSession::Options sessionOptions;
    sessionOptions.live = false;
    sessionOptions.listNamespaces = false;
    sessionOptions.auditEach = false;
    sessionOptions.keepHistory = false;
    sessionOptions.throughServices = inCluster; // in a pod: each datastore through its Service, no port-forward
    session->setOptions(sessionOptions);
    session->setScanOptions(options);
    session->setPolicy(*policy);
    exporter->session = session;
    Exporter *loop = exporter.get();
    QObject::connect(session, &Session::FleetSession::stateChanged, loop,
                     [loop](Session::FleetSession::State state, const QString &message) {
                         if (state == Session::FleetSession::State::Failed)
                             loop->failed(message);
                     });
    QObject::connect(session, &Session::FleetSession::auditReady, loop, [loop] { loop->succeeded(); });
    QObject::connect(server, &Report::MetricsServer::rescanRequested, loop, [loop] { loop->scan(); });
    auto *timer = new QTimer(loop);
    timer->setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(*interval));
    QObject::connect(timer, &QTimer::timeout, loop, [loop] { loop->tick(); });

    // SIGINT and SIGTERM (Kubernetes stops a pod with it) become an event on the loop: the exporter ends in order.
    auto *signalPipe = new Cli::SignalPipe({}, loop);
    if (!signalPipe->isValid())
        return configurationError(QCoreApplication::translate("Cli", "cannot watch for signals: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    QObject::connect(signalPipe, &Cli::SignalPipe::received, loop, [] { QCoreApplication::quit(); });

    const QString host = server->serverAddress().toString();
    const QString address = host.contains(u':') ? u'[' + host + u']' : host; // an IPv6 address between brackets
    // Even with -q: with port 0 this line is the only place the port is named.
    err() << QCoreApplication::translate("Cli", "proofer serve: listening on http://%1:%2/metrics; scanning %3 every %4")
                 .arg(address)
                 .arg(*port)
                 .arg(scope, parser.value(intervalOption))
          << u'\n';
    err().flush();
    timer->start();
    loop->scan();
    QCoreApplication::exec();
    session->cancel();
    return ExitOk;
}

QString serveHelpText()
{
    return withVerbosityHelp(serveHelpTextBody());
}

} // namespace Cli
