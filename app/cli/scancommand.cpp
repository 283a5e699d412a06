// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/scancommand.h"
#include "cli/terminal.h"

#include "audit/compliancecatalog.h"
#include "audit/grader.h"
#include "audit/policyloader.h"
#include "audit/snapshotevidence.h"
#include "cli/cli.h"
#include "cli/clusterchoice.h"
#include "cli/outputoptions.h"
#include "cli/scanterminal.h"
#include "core/logging.h"
#include "fleet/targetsfile.h"
#include "kube/kubeconfigloader.h"
#include "kube/kubeclient.h"
#include "report/publish.h"
#include "report/report.h"
#include "report/reportformat.h"
#include "session/fleetsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>

#include <unistd.h>

namespace Cli {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString scanHelpTextBody()
{
    QString formats;
    for (const Report::ReportFormat &format : Report::ReportFormat::all())
        formats += QStringLiteral("                        %1 %2\n").arg(format.name, -6).arg(QCoreApplication::translate("Report", format.summary));
    return QCoreApplication::translate("Cli", "Usage: proofer scan [--kubeconfig FILE] [--context NAME] [-n NS] [options]\n"
              "       proofer scan --in-cluster [-n NS] [options]\n"
              "       proofer scan --targets FILE [options]\n"
              "\n"
              "Probes every PostgreSQL, Redis and RabbitMQ of a namespace live over TLS (through port-forwards, or\n"
              "in a pod through their Services), or the datastores listed in a targets file, and prints what it\n"
              "observed.\n"
              "\n"
              "Options:\n"
              "  --kubeconfig FILE     kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)\n"
              "  --context NAME        context to use (default: the current context)\n"
              "  -n, --namespace NS    namespace to scan (default: the context's)\n"
              "  --targets FILE        scan the datastores of this YAML file instead of a cluster\n"
              "  --in-cluster          connect as the pod's ServiceAccount (the default in a pod when no kubeconfig\n"
              "                        exists; docs/in-cluster.md)\n"
              "  -o, --output FORMAT   what to write (default: text; --format FORMAT is the same):\n"
              "%1"
              "  --output-file FILE    write it to FILE instead of standard output (pdf needs it unless standard\n"
              "                        output is redirected)\n"
              "  --concurrency N       datastores probed at once (default: 8)\n"
              "  --timeout SECONDS     connect timeout per step (default: 10)\n"
              "  --fail-under GRADE    exit 1 when the fleet grade is lower (e.g. B-), or when there is no grade\n"
              "  --fail-on SEVERITY    exit 1 when a finding is at least this severe (critical, high, medium, low\n"
              "                        or info); with --fail-under, either gate fails the scan; findings the\n"
              "                        policy accepts (until they expire) fail neither gate\n"
              "  --policy FILE         the policy that grades the scan: profile thresholds, attested facts,\n"
              "                        accepted risks (docs/policy.md); default: $PROOFER_POLICY, then\n"
              "                        ./.proofer.yaml, then $XDG_CONFIG_HOME/proofer/policy.yaml, else built in\n"
              "  --no-history          do not keep this scan in the history (see \"proofer history\")\n"
              "  --publish configmap[/NAME]\n"
              "                        also write the snapshot (the JSON of -o json) to the ConfigMap NAME (default\n"
              "                        proofer-snapshot) of the scanned namespace, keeping earlier ones as\n"
              "                        NAME-<time> (docs/in-cluster.md)\n"
              "  --publish-keep N      how many earlier snapshots --publish keeps (default: 10; 0: none)\n"
              "  --backup-location DIR a directory where the platform's backup script writes\n"
              "                        <db>_<name>_<timestamp>.sql.gz.gpg: its encrypted files count as backups\n"
              "                        (seen, not decrypted) beside Proofer's own; repeatable. pvc/NAME:/PATH is\n"
              "                        PATH in the PVC NAME of the namespace, listed in a running pod that mounts\n"
              "                        it (kubectl exec: find, stat, head; RBAC create on pods/exec)\n"
              "  --thorough            make every observation again (TLS versions, plaintext), even where the last\n"
              "                        one could be reused: its datastore's fingerprint is unchanged and it is\n"
              "                        younger than the policy's TTL, 24 h by default (docs/probing.md)\n"
              "  --no-progress         no progress on standard error (shown only when it is a terminal); the text\n"
              "                        report is in colour on a terminal unless NO_COLOR is set\n"
              "  -h, --help            show this help\n"
              "\n"
              "Exit status: 0 the scan ran (whatever it found), 1 a gate failed (--fail-under, --fail-on), 2 bad usage\n"
              "or configuration, 3 the cluster or every datastore was unreachable, or the scope holds no datastore\n"
              "(nothing to grade), or the snapshot could not be published.\n").arg(formats);
}

/**
 * Runs a scan to its end on the application's event loop: the session does the scan, the audit and the history (the
 * same pipeline as the console's); this renders what it found and turns it into an exit status.
 */
class ScanRun final : public QObject
{
public:
    int exitCode = ExitOk;
    Session::FleetSession *session = nullptr;
    const Report::ReportFormat *format = nullptr;
    QString outputPath;
    QString failUnder;
    std::optional<Audit::Severity> failOn;
    ScanProgress *progress = nullptr; ///< only when a person watches standard error
    bool colour = false; ///< the text report goes to a terminal that takes colour
    std::optional<Report::PublishTarget> publish; ///< --publish: where the snapshot goes in the cluster
    std::optional<Kube::ResolvedContext> cluster; ///< the context scanned (publishing writes there)

    void finishWith(int code)
    {
        exitCode = code;
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }

    void fail(const QString &message)
    {
        err() << QCoreApplication::translate("Cli", "error: %1").arg(message) << u'\n';
        err().flush();
        finishWith(ExitUnreachable);
    }

    void deliver()
    {
        const Fleet::Snapshot &snapshot = session->snapshot();
        const Audit::Audit &audit = *session->audit();
        if (!session->historyError().isEmpty() && verbosity() != Verbosity::Quiet) {
            err() << QCoreApplication::translate("Cli", "warning: the scan is not kept in the history: %1")
                         .arg(session->historyError())
                  << u'\n';
            err().flush();
        }
        Report::Rendered output = format->render(snapshot, audit, Report::RenderOptions::current());
        if (!output) {
            err() << QCoreApplication::translate("Cli", "error: %1").arg(output.error()) << u'\n';
            err().flush();
            finishWith(ExitUsage);
            return;
        }
        if (progress)
            progress->summarize(audit);
        if (colour)
            output = Report::Rendered(colourTextReport(QString::fromUtf8(*output), audit).toUtf8());
        if (outputPath.isEmpty()) {
            QFile stdoutFile;
            if (stdoutFile.open(stdout, QIODevice::WriteOnly))
                stdoutFile.write(*output);
        } else {
            QSaveFile file(outputPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(*output) != output->size() || !file.commit()) {
                err() << QCoreApplication::translate("Cli", "error: cannot write %1: %2").arg(outputPath, file.errorString()) << u'\n';
                err().flush();
                finishWith(ExitUsage);
                return;
            }
        }
        if (publish) {
            publishThen(snapshot, audit);
            return;
        }
        conclude();
    }

    /** --publish: the snapshot goes to the cluster, then the scan's verdict; a snapshot not published is an error. */
    void publishThen(const Fleet::Snapshot &snapshot, const Audit::Audit &audit)
    {
        Report::PublishTarget target = *publish;
        target.namespaceName = snapshot.namespaceName;
        const Report::PublishFacts facts{audit.grade.fleet.letter, audit.grade.fleet.score, snapshot.takenAt};
        auto *client = new Kube::KubeClient(*cluster, this);
        Report::publishSnapshot(client, target, Report::snapshotJson(snapshot, audit), facts, this)
            .then(this, [this, target](const Report::PublishResult &published) {
                if (!published.ok()) {
                    err() << QCoreApplication::translate("Cli", "error: the snapshot was not published: %1").arg(published.error)
                          << u'\n';
                    err().flush();
                    finishWith(published.failure == Report::PublishResult::Failure::Cluster ? ExitUnreachable : ExitUsage);
                    return;
                }
                if (verbosity() != Verbosity::Quiet) {
                    err() << QCoreApplication::translate("Cli", "Published to ConfigMap %1 in namespace %2 (%3, %4 KiB)")
                                 .arg(target.name, target.namespaceName, published.encoding)
                                 .arg(double(published.bytes) / 1024.0, 0, 'f', 1);
                    if (!published.historyName.isEmpty())
                        err() << QCoreApplication::translate("Cli", "; kept as %1").arg(published.historyName);
                    if (!published.deleted.isEmpty())
                        err() << QCoreApplication::translate("Cli", "; %n older deleted", nullptr, int(published.deleted.size()));
                    err() << u'\n';
                    err().flush();
                }
                conclude();
            });
    }

    /** The scan's exit status: no grade, or a gate that fails. */
    void conclude()
    {
        const Audit::Audit &audit = *session->audit();
        // No verdict without evidence: nothing found, or nothing reached, is no grade, and never a pass.
        switch (session->outcome()) {
        case Session::FleetSession::Outcome::NothingFound:
            fail(QCoreApplication::translate("Cli", "nothing to grade: %1").arg(audit.grade.fleet.reason));
            return;
        case Session::FleetSession::Outcome::NoneReached:
            fail(QCoreApplication::translate("Cli", "no datastore could be reached"));
            return;
        default:
            break;
        }
        // Both gates are checked and both say why they fail.
        bool failed = false;
        if (!failUnder.isEmpty()) {
            const double wanted = Audit::Grader::minimumScore(failUnder).value_or(100.0);
            if (!audit.grade.fleet.score) {
                err() << QCoreApplication::translate("Cli", "no grade (%1): --fail-under %2 fails").arg(audit.grade.fleet.reason, failUnder)
                      << u'\n';
                failed = true;
            } else if (const double got = *audit.grade.fleet.score; got < wanted) {
                err() << QCoreApplication::translate("Cli", "grade %1 (%2) is below %3").arg(audit.grade.fleet.letter).arg(got, 0, 'f', 1).arg(failUnder)
                      << u'\n';
                failed = true;
            }
        }
        if (failOn) {
            // Findings are most severe first: those at or above the gate lead the list.
            QStringList over;
            for (const Audit::Finding &finding : audit.findings) {
                if (finding.severity <= *failOn && !finding.isAccepted())
                    over << QStringLiteral("%1 %2 (%3)").arg(finding.ruleId, finding.datastore, Audit::severityName(finding.severity));
            }
            if (!over.isEmpty()) {
                err() << QCoreApplication::translate("Cli", "%n finding(s) at or above %1 (--fail-on): %2", nullptr, int(over.size()))
                             .arg(Audit::severityName(*failOn), over.join(QStringLiteral(", ")))
                      << u'\n';
                failed = true;
            }
        }
        err().flush();
        if (failed) {
            finishWith(ExitFailure);
            return;
        }
        finishWith(ExitOk);
    }
};

} // namespace

int runScanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kubeconfigOption(QStringLiteral("kubeconfig"), QString(), QStringLiteral("file"));
    const QCommandLineOption contextOption(QStringLiteral("context"), QString(), QStringLiteral("name"));
    const QCommandLineOption namespaceOption({QStringLiteral("n"), QStringLiteral("namespace")}, QString(),
                                             QStringLiteral("namespace"));
    const QCommandLineOption targetsOption(QStringLiteral("targets"), QString(), QStringLiteral("file"));
    const QCommandLineOption inClusterOption(QStringLiteral("in-cluster"));
    OutputOptions output;
    output.formats = Report::ReportFormat::names();
    output.writesFiles = true;
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QString(), QStringLiteral("n"),
                                               QStringLiteral("8"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QString(), QStringLiteral("seconds"),
                                           QStringLiteral("10"));
    const QCommandLineOption failUnderOption(QStringLiteral("fail-under"), QString(), QStringLiteral("grade"));
    const QCommandLineOption failOnOption(QStringLiteral("fail-on"), QString(), QStringLiteral("severity"));
    const QCommandLineOption noHistoryOption(QStringLiteral("no-history"));
    const QCommandLineOption noProgressOption(QStringLiteral("no-progress"));
    const QCommandLineOption thoroughOption(QStringLiteral("thorough"));
    const QCommandLineOption backupLocationOption(QStringLiteral("backup-location"), QString(), QStringLiteral("dir"));
    const QCommandLineOption policyOption(QStringLiteral("policy"), QString(), QStringLiteral("file"));
    const QCommandLineOption publishOption(QStringLiteral("publish"), QString(), QStringLiteral("configmap[/name]"));
    const QCommandLineOption publishKeepOption(QStringLiteral("publish-keep"), QString(), QStringLiteral("n"),
                                               QStringLiteral("10"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({publishOption, publishKeepOption});
    parser.addOptions({kubeconfigOption, contextOption, namespaceOption, targetsOption, inClusterOption, concurrencyOption,
                       timeoutOption, failUnderOption, failOnOption, noHistoryOption, noProgressOption, thoroughOption,
                       backupLocationOption, policyOption,
                       helpOption});
    output.addTo(parser);
    auto usage = [](const QString &message) {
        err() << QCoreApplication::translate("Cli", "error: %1").arg(message) << QStringLiteral("\n\n") << scanHelpText();
        err().flush();
        return int(ExitUsage);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << scanHelpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Cli", "unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    auto run = std::make_shared<ScanRun>();
    const auto format = output.chosenFormat(parser);
    if (!format)
        return usage(format.error());
    run->format = Report::ReportFormat::find(*format);
    run->outputPath = output.outputFile(parser);
    if (run->format->binary && run->outputPath.isEmpty() && isatty(STDOUT_FILENO))
        return usage(QCoreApplication::translate("Cli", "-o %1 writes a binary file: give --output-file FILE or redirect standard output").arg(*format));
    run->failUnder = parser.value(failUnderOption);
    if (!run->failUnder.isEmpty() && !Audit::Grader::minimumScore(run->failUnder))
        return usage(QCoreApplication::translate("Cli", "--fail-under takes a grade from A+ to F, not \"%1\"").arg(run->failUnder));
    if (parser.isSet(failOnOption)) {
        run->failOn = Audit::severityFromName(parser.value(failOnOption).toLower());
        if (!run->failOn)
            return usage(QCoreApplication::translate("Cli", "--fail-on takes a severity (critical, high, medium, low or info), not \"%1\"")
                             .arg(parser.value(failOnOption)));
    }
    const bool fromTargets = parser.isSet(targetsOption);
    if (fromTargets && (parser.isSet(kubeconfigOption) || parser.isSet(contextOption) || parser.isSet(namespaceOption)))
        return usage(QCoreApplication::translate("Cli", "--targets cannot be combined with --kubeconfig, --context or --namespace"));
    if (parser.isSet(inClusterOption) && (fromTargets || parser.isSet(kubeconfigOption) || parser.isSet(contextOption)))
        return usage(QCoreApplication::translate("Cli", "--in-cluster cannot be combined with --kubeconfig, --context or --targets"));
    bool ok = false;
    const auto publish = Report::publishTargetFromOptions(
        parser.isSet(publishOption) ? std::optional<QString>(parser.value(publishOption)) : std::nullopt,
        parser.isSet(publishKeepOption) ? std::optional<QString>(parser.value(publishKeepOption)) : std::nullopt, fromTargets);
    if (!publish)
        return usage(publish.error());
    run->publish = *publish;
    Fleet::ScanOptions options;
    options.concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || options.concurrency < 1 || options.concurrency > 256)
        return usage(QCoreApplication::translate("Cli", "--concurrency must be between 1 and 256"));
    const int timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeoutSeconds < 1 || timeoutSeconds > 600)
        return usage(QCoreApplication::translate("Cli", "--timeout must be between 1 and 600 seconds"));
    options.connectTimeoutMs = timeoutSeconds * 1000;
    options.thorough = parser.isSet(thoroughOption);
    for (const QString &location : parser.values(backupLocationOption)) {
        if (location.isEmpty())
            return usage(QCoreApplication::translate("Cli", "--backup-location needs a directory"));
        if (Fleet::VolumeBackupLocation::looksLikeVolume(location)) {
            QString error;
            const auto volume = Fleet::VolumeBackupLocation::parse(location, &error);
            if (!volume)
                return usage(QCoreApplication::translate("Cli", "--backup-location %1").arg(error));
            if (parser.isSet(targetsOption))
                return usage(QCoreApplication::translate("Cli", "--backup-location %1 is on a PVC: it needs a cluster, not --targets")
                                 .arg(location));
            options.volumeBackupLocations << *volume;
            continue;
        }
        const QFileInfo directory(location);
        if (!directory.isDir())
            return usage(QCoreApplication::translate("Cli", "--backup-location %1: no such directory").arg(location));
        options.backupLocations << directory.absoluteFilePath();
    }
    if (parser.isSet(policyOption) && parser.value(policyOption).isEmpty())
        return usage(QCoreApplication::translate("Cli", "--policy needs a file"));
    // A policy that cannot be read is a configuration error: never a scan graded by another one.
    const auto policy = Audit::PolicyLoader::find(parser.value(policyOption));
    if (!policy) {
        err() << QCoreApplication::translate("Cli", "error: %1").arg(policy.error()) << u'\n';
        err().flush();
        return ExitUsage;
    }
    qCDebug(lcCli) << "policy:" << policy->sourceName() << policy->foundBy;

    // Ctrl-C ends the scan cleanly (port-forwards closed, servers' sessions ended).
    std::signal(SIGINT, [](int) { QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit); });

    // The same session as the console's, headless: no watches, no namespace listing, no per-datastore audits.
    auto *session = new Session::FleetSession(run.get());
    Session::FleetSession::Options sessionOptions;
    sessionOptions.live = false;
    sessionOptions.listNamespaces = false;
    sessionOptions.auditEach = false;
    sessionOptions.keepHistory = !parser.isSet(noHistoryOption);
    session->setOptions(sessionOptions);
    session->setScanOptions(options);
    session->setPolicy(*policy);
    run->session = session;
    // For a person at a terminal: progress on standard error, colour in the text report on standard output.
    if (!parser.isSet(noProgressOption) && verbosity() != Verbosity::Quiet && isTerminal(stderr))
        run->progress = new ScanProgress(session, colourAllowed(stderr), run.get());
    run->colour = run->format->name == u"text" && run->outputPath.isEmpty() && colourAllowed(stdout);
    QObject::connect(session, &Session::FleetSession::stateChanged, run.get(),
                     [run](Session::FleetSession::State state, const QString &message) {
                         if (state == Session::FleetSession::State::Failed)
                             run->fail(message);
                     });
    QObject::connect(session, &Session::FleetSession::auditReady, run.get(), [run] {
        run->session->disconnect(run.get()); // one scan, one answer
        run->deliver();
    });

    if (fromTargets) {
        const QString path = parser.value(targetsOption);
        const Fleet::TargetsFile file = Fleet::loadTargetsFile(path);
        if (!file.error.isEmpty()) {
            err() << QCoreApplication::translate("Cli", "error: %1").arg(file.error) << u'\n';
            err().flush();
            return ExitUsage;
        }
        session->scanTargets(file.targets, path);
    } else {
        const auto choice = chooseCluster(parser.value(kubeconfigOption), parser.value(contextOption),
                                          parser.isSet(namespaceOption) ? std::optional(parser.value(namespaceOption)) : std::nullopt,
                                          parser.isSet(inClusterOption));
        if (!choice.ok()) {
            err() << QCoreApplication::translate("Cli", "error: %1").arg(choice.error()) << u'\n';
            err().flush();
            return ExitUsage;
        }
        if (choice->inCluster && verbosity() != Verbosity::Quiet) {
            for (const QString &warning : choice->context.warnings)
                err() << QCoreApplication::translate("Cli", "warning: %1").arg(warning) << u'\n';
            err().flush();
        }
        // In a pod: each datastore through its Service's DNS name, no port-forward.
        sessionOptions.throughServices = choice->inCluster;
        run->cluster = choice->context;
        session->setOptions(sessionOptions);
        session->connectTo(choice->context, choice->namespaceName);
    }
    QCoreApplication::exec();
    session->cancel();
    return run->exitCode;
}

QString scanHelpText()
{
    return withVerbosityHelp(scanHelpTextBody());
}

} // namespace Cli
