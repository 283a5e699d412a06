// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/scancommand.h"

#include "audit/compliancecatalog.h"
#include "audit/snapshotevidence.h"
#include "cli/cli.h"
#include "core/clock.h"
#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "fleet/snapshot.h"
#include "fleet/targetsfile.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>

namespace Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString scanHelpText()
{
    return tr("Usage: proofer scan [--kubeconfig FILE] [--context NAME] [--namespace NS] [options]\n"
              "       proofer scan --targets FILE [options]\n"
              "\n"
              "Probes every PostgreSQL, Redis and RabbitMQ of a namespace live over TLS (through port-forwards),\n"
              "or the datastores listed in a targets file, and prints what it observed.\n"
              "\n"
              "Options:\n"
              "  --kubeconfig FILE   kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config)\n"
              "  --context NAME      context to use (default: the current context)\n"
              "  --namespace NS      namespace to scan (default: the context's)\n"
              "  --targets FILE      scan the datastores of this YAML file instead of a cluster\n"
              "  --format FORMAT     json (schema proofer.snapshot/v1) or text (default: text)\n"
              "  --output FILE       write the result to FILE instead of standard output\n"
              "  --concurrency N     datastores probed at once (default: 8)\n"
              "  --timeout SECONDS   connect timeout per step (default: 10)\n"
              "  --fail-under GRADE  exit 1 when the fleet grade is lower (e.g. B-): a CI gate\n"
              "\n"
              "Exit status: 0 the scan ran (whatever it found), 1 the grade is below --fail-under,\n"
              "2 bad usage or configuration, 3 the cluster or every target was unreachable.\n");
}

QString textReport(const Fleet::Snapshot &snapshot, const Audit::Audit &audit)
{
    QString text;
    QTextStream stream(&text);
    if (snapshot.source == u"kubernetes")
        stream << tr("Namespace %1 (context %2, %3)").arg(snapshot.namespaceName, snapshot.context, snapshot.server);
    else
        stream << tr("Targets from %1").arg(snapshot.targetsFile);
    stream << u'\n' << tr("Scanned at %1").arg(snapshot.takenAt.toString(Qt::ISODate)) << QStringLiteral("\n\n");
    const QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                               .arg(tr("NAME"), -24)
                               .arg(tr("KIND"), -11)
                               .arg(tr("TLS"), -22)
                               .arg(tr("VERIFIED"), -9)
                               .arg(tr("CERT DAYS"), -10)
                               .arg(tr("AUTH"), -14)
                               .arg(tr("PLAINTEXT"));
    stream << header;
    for (const Fleet::DatastoreReport &report : snapshot.datastores) {
        QString tls = tr("unknown");
        QString verified = QStringLiteral("-");
        QString plaintext = QStringLiteral("-");
        if (report.tls) {
            QStringList accepted;
            for (const auto &version : report.tls->versions) {
                if (version.state == Probe::VersionState::Accepted)
                    accepted << Probe::tlsVersionName(version.version).mid(5);
            }
            tls = report.tls->tlsEnabled ? QStringLiteral("on (%1)").arg(accepted.join(u',')) : tr("off");
            verified = report.tls->tlsEnabled ? (report.tls->verified ? tr("yes") : tr("NO")) : QStringLiteral("-");
            std::optional<bool> plain = report.tls->plaintextAccepted;
            if (report.postgres && report.postgres->plaintextAccepted)
                plain = report.postgres->plaintextAccepted;
            plaintext = plain ? (*plain ? tr("accepted") : tr("refused")) : tr("unknown");
        }
        const auto certificate = report.servedCertificate();
        stream << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                      .arg(report.name, -24)
                      .arg(Fleet::kindName(report.kind), -11)
                      .arg(tls, -22)
                      .arg(verified, -9)
                      .arg(certificate ? QString::number(certificate->daysLeft) : QStringLiteral("-"), -10)
                      .arg(report.authMethod(), -14)
                      .arg(plaintext);
        for (const QString &error : report.errors)
            stream << QStringLiteral("    ! ") << error << u'\n';
    }
    const Audit::Grade &fleet = audit.grade.fleet;
    stream << u'\n'
           << tr("Fleet grade: %1 (%2)  critical %3, high %4, medium %5, low %6")
                  .arg(fleet.letter, fleet.score ? QString::number(*fleet.score, 'f', 1) : tr("no score"))
                  .arg(fleet.counts.value(Audit::Severity::Critical))
                  .arg(fleet.counts.value(Audit::Severity::High))
                  .arg(fleet.counts.value(Audit::Severity::Medium))
                  .arg(fleet.counts.value(Audit::Severity::Low))
           << u'\n';
    if (!audit.findings.isEmpty())
        stream << u'\n' << tr("Findings:") << u'\n';
    for (const Audit::Finding &finding : audit.findings) {
        stream << QStringLiteral("  [%1] %2 %3: %4\n")
                      .arg(Audit::severityName(finding.severity).toUpper(), -8)
                      .arg(finding.ruleId, -14)
                      .arg(finding.datastore, finding.title);
        if (!finding.remediation.isEmpty())
            stream << QStringLiteral("           fix: ") << finding.remediation.section(u'\n', 0, 0) << u'\n';
    }
    for (const QString &note : snapshot.notes)
        stream << u'\n' << tr("note: %1").arg(note);
    stream.flush();
    return text;
}

/** The lowest score that still earns @p letter on the ladder of docs/grading.md; -1 when unknown. */
double gradeFloor(const QString &letter)
{
    static const QList<QPair<QString, double>> ladder = {
        {QStringLiteral("A+"), 97}, {QStringLiteral("A"), 93},  {QStringLiteral("A-"), 90}, {QStringLiteral("B+"), 87},
        {QStringLiteral("B"), 83},  {QStringLiteral("B-"), 80}, {QStringLiteral("C+"), 77}, {QStringLiteral("C"), 73},
        {QStringLiteral("C-"), 70}, {QStringLiteral("D+"), 67}, {QStringLiteral("D"), 63},  {QStringLiteral("D-"), 60},
        {QStringLiteral("F"), 0},
    };
    for (const auto &step : ladder) {
        if (step.first.compare(letter, Qt::CaseInsensitive) == 0)
            return step.second;
    }
    return -1;
}

/** Runs a scan to its end on the application's event loop. */
class ScanRun final : public QObject
{
public:
    int exitCode = ExitOk;
    Fleet::Snapshot snapshot;
    QString format;
    QString outputPath;
    QString failUnder;
    bool kubeconfigInsecure = false;

    void finishWith(int code)
    {
        exitCode = code;
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }

    void deliver(const QList<Fleet::DatastoreReport> &reports)
    {
        snapshot.datastores = reports;
        const Audit::Audit audit =
            Audit::auditSnapshot(snapshot, Audit::ComplianceCatalog::defaultDirectory(), kubeconfigInsecure);
        QByteArray output;
        if (format == u"json")
            output = QJsonDocument(audit.toJson(snapshot)).toJson(QJsonDocument::Indented);
        else
            output = textReport(snapshot, audit).toUtf8();
        if (outputPath.isEmpty()) {
            QFile stdoutFile;
            if (stdoutFile.open(stdout, QIODevice::WriteOnly))
                stdoutFile.write(output);
        } else {
            QSaveFile file(outputPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit()) {
                err() << tr("error: cannot write %1: %2").arg(outputPath, file.errorString()) << u'\n';
                err().flush();
                finishWith(ExitUsage);
                return;
            }
        }
        bool allUnreachable = !reports.isEmpty();
        for (const auto &report : reports)
            allUnreachable = allUnreachable && report.unreachable();
        if (allUnreachable) {
            err() << tr("error: no datastore could be reached") << u'\n';
            err().flush();
            finishWith(ExitUnreachable);
            return;
        }
        if (!failUnder.isEmpty()) {
            const double wanted = gradeFloor(failUnder);
            const double got = audit.grade.fleet.score.value_or(0.0);
            if (got < wanted) {
                err() << tr("grade %1 (%2) is below %3").arg(audit.grade.fleet.letter).arg(got, 0, 'f', 1).arg(failUnder)
                      << u'\n';
                err().flush();
                finishWith(ExitFailure);
                return;
            }
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
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("format"),
                                          QStringLiteral("text"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                          QStringLiteral("file"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), QString(), QStringLiteral("n"),
                                               QStringLiteral("8"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), QString(), QStringLiteral("seconds"),
                                           QStringLiteral("10"));
    const QCommandLineOption failUnderOption(QStringLiteral("fail-under"), QString(), QStringLiteral("grade"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({kubeconfigOption, contextOption, namespaceOption, targetsOption, formatOption, outputOption,
                       concurrencyOption, timeoutOption, failUnderOption, helpOption});
    auto usage = [](const QString &message) {
        err() << tr("error: %1").arg(message) << QStringLiteral("\n\n") << scanHelpText();
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
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    auto run = std::make_shared<ScanRun>();
    run->format = parser.value(formatOption);
    run->outputPath = parser.value(outputOption);
    if (run->format != u"json" && run->format != u"text")
        return usage(tr("unknown format \"%1\" (json or text)").arg(run->format));
    run->failUnder = parser.value(failUnderOption);
    if (!run->failUnder.isEmpty() && gradeFloor(run->failUnder) < 0)
        return usage(tr("--fail-under takes a grade from A+ to F, not \"%1\"").arg(run->failUnder));
    const bool fromTargets = parser.isSet(targetsOption);
    if (fromTargets && (parser.isSet(kubeconfigOption) || parser.isSet(contextOption) || parser.isSet(namespaceOption)))
        return usage(tr("--targets cannot be combined with --kubeconfig, --context or --namespace"));
    Fleet::ScanOptions options;
    bool ok = false;
    options.concurrency = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || options.concurrency < 1 || options.concurrency > 256)
        return usage(tr("--concurrency must be between 1 and 256"));
    const int timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeoutSeconds < 1 || timeoutSeconds > 600)
        return usage(tr("--timeout must be between 1 and 600 seconds"));
    options.connectTimeoutMs = timeoutSeconds * 1000;

    // Ctrl-C ends the scan cleanly (port-forwards closed, servers' sessions ended).
    std::signal(SIGINT, [](int) { QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit); });

    run->snapshot.takenAt = Core::Clock::currentDateTimeUtc();
    std::unique_ptr<Kube::KubeClient> client;
    auto *scanner = new Fleet::FleetScanner(nullptr, run.get());

    if (fromTargets) {
        const QString path = parser.value(targetsOption);
        const Fleet::TargetsFile file = Fleet::loadTargetsFile(path);
        if (!file.error.isEmpty()) {
            err() << tr("error: %1").arg(file.error) << u'\n';
            err().flush();
            return ExitUsage;
        }
        run->snapshot.source = QStringLiteral("targets");
        run->snapshot.targetsFile = path;
        QObject::connect(scanner, &Fleet::FleetScanner::finished, run.get(),
                         [run](const QList<Fleet::DatastoreReport> &reports, bool) { run->deliver(reports); });
        scanner->start(file.targets, options);
    } else {
        Kube::KubeconfigLoader loader;
        loader.setExplicitPath(parser.value(kubeconfigOption));
        const auto config = loader.load();
        if (!config.ok()) {
            err() << tr("error: %1").arg(config.error()) << u'\n';
            err().flush();
            return ExitUsage;
        }
        const auto context = Kube::KubeconfigLoader::resolve(*config, parser.value(contextOption));
        if (!context.ok()) {
            err() << tr("error: %1").arg(context.error()) << u'\n';
            err().flush();
            return ExitUsage;
        }
        const QString namespaceName =
            parser.isSet(namespaceOption) ? parser.value(namespaceOption) : context->namespaceName;
        run->snapshot.source = QStringLiteral("kubernetes");
        run->snapshot.context = context->context.name;
        run->snapshot.server = context->cluster.server;
        run->kubeconfigInsecure = context->cluster.insecureSkipTlsVerify;
        run->snapshot.namespaceName = namespaceName;
        for (const QString &warning : context->warnings)
            run->snapshot.notes << warning;
        client = std::make_unique<Kube::KubeClient>(*context);
        client->setRequestTimeout(std::chrono::seconds(timeoutSeconds * 3));
        delete scanner;
        scanner = new Fleet::FleetScanner(client.get(), run.get());
        QObject::connect(scanner, &Fleet::FleetScanner::finished, run.get(),
                         [run](const QList<Fleet::DatastoreReport> &reports, bool) { run->deliver(reports); });
        Fleet::loadInventory(client.get(), namespaceName, run.get())
            .then(run.get(), [run, scanner, options](const Fleet::InventoryResult &inventory) {
                if (!inventory.error.isEmpty()) {
                    err() << tr("error: %1").arg(inventory.error) << u'\n';
                    err().flush();
                    run->finishWith(ExitUnreachable);
                    return;
                }
                run->snapshot.notes << inventory.objects.notes;
                scanner->start(Fleet::targetsFromInventory(inventory), options);
            });
    }
    QCoreApplication::exec();
    scanner->cancel();
    return run->exitCode;
}

} // namespace Cli
