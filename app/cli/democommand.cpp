// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/democommand.h"

#include "cli/signalpipe.h"
#include "cli/terminal.h"
#include "cli/clioutput.h"

#include "cli/cli.h"
#include "core/logging.h"
#include "demo/demofleet.h"
#include "demo/demoscenario.h"
#include "demo/localserver.h"
#include "demo/manifestfleet.h"
#include "demo/manifestloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Cli {

namespace {

QString demoHelpTextBody()
{
    QString text;
    text += QCoreApplication::translate("Demo", "Usage: proofer demo [options]") + u'\n';
    text += u'\n';
    text += QCoreApplication::translate("Demo", "Starts the demo fleet on 127.0.0.1: PostgreSQL servers and a Redis with TLS from a demo CA, exposed "
               "in namespace bakery-ia by an embedded Kubernetes API. Runs until Ctrl-C or SIGTERM, then stops "
               "every server.")
        + u'\n';
    text += u'\n';
    text += QCoreApplication::translate("Demo", "With --manifests, the objects are created as kubectl apply creates them (namespace from the object, else --namespace, else default); postgres and redis containers run as real local servers reading what their volumes hold; what is not translated is listed at start. A malformed document exits with status 2.")
        + u'\n';
    text += u'\n';
    text += QCoreApplication::translate("Demo", "Options:") + u'\n';
    const QList<QPair<QString, QString>> options = {
        { QStringLiteral("--manifests <path>"),
          QCoreApplication::translate("Demo", "Run the platform of these Kubernetes manifests instead of a scenario: a file, a directory (read recursively in name order) or - for standard input") },
        { QStringLiteral("--instances <n>"), QCoreApplication::translate("Demo", "PostgreSQL instances, 1 to 14 (default: 14)") },
        { QStringLiteral("--scenario <name>"),
          QCoreApplication::translate("Demo", "hardened, reference (default: the platform as documented) or before (pre-hardening)") },
        { QStringLiteral("--state-dir <dir>"),
          QCoreApplication::translate("Demo", "Where clusters, keys and the kubeconfig live (default: %1)").arg(Demo::defaultStateDir()) },
        { QStringLiteral("--kubeconfig-out <file>"),
          QCoreApplication::translate("Demo", "Also write the kubeconfig (client certificate, mode 0600) here") },
        { QStringLiteral("--no-rabbitmq"),
          QCoreApplication::translate("Demo", "Leave RabbitMQ out even when rabbitmq-server is installed (starts about 5 s sooner)") },
        { QStringLiteral("--gui"), QCoreApplication::translate("Demo", "Open the console window on the fleet once it is ready") },
        { QStringLiteral("-h, --help"), QCoreApplication::translate("Demo", "Show this help") },
    };
    for (const auto &option : options)
        text += QStringLiteral("  %1 %2\n").arg(option.first, -24).arg(option.second);
    return text;
}

/** How runDemoFleet() speaks and what it opens. */
struct DemoRun
{
    QString stopping; ///< said when a signal or a failure stops the fleet
    QString stopped; ///< said when it has stopped
    QString kubeconfigOut; ///< the kubeconfig's copy (--kubeconfig-out), if any
    bool gui = false; ///< open the console on the fleet; closing it stops the fleet
};

/**
 * Runs @p fleet (a DemoFleet or a ManifestFleet) on the event loop until it stops: SIGINT and SIGTERM stop it, its
 * progress goes to standard output and a failure to standard error (exit 1). When it is ready, @p describeReady
 * prints what runs and returns the namespace to scan; then come the kubeconfig, a scan command line and, with
 * DemoRun::gui, the console on the fleet. Returns the exit code.
 */
template<typename Fleet>
int runDemoFleet(Fleet &fleet, const DemoRun &run, const std::function<QString()> &describeReady)
{
    Cli::SignalPipe signalPipe({ SIGINT, SIGTERM, SIGHUP });
    if (!signalPipe.isValid()) {
        err() << QCoreApplication::translate("Demo", "error: could not set up signal handling") << u'\n';
        err().flush();
        return ExitFailure;
    }
    int exitCode = ExitOk;
    bool stopping = false;
    auto stopFleet = [&](int code) {
        if (stopping)
            return;
        stopping = true;
        exitCode = code;
        out() << run.stopping << u'\n';
        out().flush();
        fleet.stop();
    };
    QObject::connect(&signalPipe, &Cli::SignalPipe::received, &fleet, [&] { stopFleet(ExitOk); });
    QObject::connect(&fleet, &Fleet::progress, &fleet, [](const QString &message) {
        out() << message << u'\n';
        out().flush();
    });
    QObject::connect(&fleet, &Fleet::failed, &fleet, [&](const QString &error) {
        err() << QCoreApplication::translate("Demo", "proofer demo: %1").arg(error) << u'\n';
        err().flush();
        stopFleet(ExitFailure);
    });
    QObject::connect(&fleet, &Fleet::stopped, &fleet, [&] {
        out() << run.stopped << u'\n';
        out().flush();
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&fleet, &Fleet::ready, &fleet, [&] {
        const QString namespaceName = describeReady();
        out() << QCoreApplication::translate("Demo", "Kubeconfig: %1").arg(fleet.kubeconfigPath()) << u'\n';
        if (!run.kubeconfigOut.isEmpty())
            out() << QCoreApplication::translate("Demo", "Kubeconfig copy: %1").arg(run.kubeconfigOut) << u'\n';
        out() << QCoreApplication::translate("Demo", "Try: proofer scan --kubeconfig %1 --namespace %2")
                     .arg(run.kubeconfigOut.isEmpty() ? fleet.kubeconfigPath() : run.kubeconfigOut, namespaceName)
              << u'\n';
        if (run.gui) {
            // The console is this same binary in its GUI face, pointed at the fleet; closing it stops the fleet.
            auto *console = new QProcess(&fleet);
            console->setProcessChannelMode(QProcess::ForwardedChannels);
            QObject::connect(console, &QProcess::finished, &fleet,
                             [&stopFleet](int, QProcess::ExitStatus) { stopFleet(ExitOk); });
            console->start(QCoreApplication::applicationFilePath(),
                           { QStringLiteral("--kubeconfig"), fleet.kubeconfigPath(), QStringLiteral("--namespace"),
                             namespaceName });
            out() << QCoreApplication::translate("Demo", "Console window opened on the fleet; closing it stops the fleet.") << u'\n';
        }
        out() << QCoreApplication::translate("Demo", "Press Ctrl-C to stop.") << u'\n';
        out().flush();
    });
    fleet.start();
    return QCoreApplication::exec();
}

/** `proofer demo --manifests PATH`: the user's platform, run by the demo's kubelet. */
int runManifestDemo(const QString &path, const Demo::ManifestFleetOptions &options, bool gui)
{
    const Demo::ManifestSet manifests = Demo::loadManifests(path);
    if (!manifests.error.isEmpty()) {
        err() << QCoreApplication::translate("Demo", "error: %1").arg(manifests.error) << u'\n';
        err().flush();
        return ExitUsage;
    }
    if (manifests.objects.isEmpty()) {
        err() << QCoreApplication::translate("Demo", "error: %1 holds no Kubernetes object").arg(path) << u'\n';
        err().flush();
        return ExitUsage;
    }
    // Listed once, before anything runs: nothing of the manifests is dropped silently.
    for (const QString &note : Demo::untranslatedNotes(manifests, options.defaultNamespace, nullptr))
        out() << note << u'\n';
    out().flush();
    Demo::ManifestFleet fleet(manifests, options);
    DemoRun run;
    run.stopping = QCoreApplication::translate("Demo", "Stopping the demo…");
    run.stopped = QCoreApplication::translate("Demo", "Demo stopped.");
    run.kubeconfigOut = options.kubeconfigOut;
    run.gui = gui;
    return runDemoFleet(fleet, run, [&fleet, &path] {
        const QStringList pods = fleet.podSummaries();
        out() << QCoreApplication::translate("Demo", "Demo ready from %1: %n pod(s), started in %2 s.", nullptr,
                                             int(pods.size()))
                     .arg(path)
                     .arg(double(fleet.startupMs()) / 1000.0, 0, 'f', 1)
              << u'\n';
        for (const QString &pod : pods)
            out() << QStringLiteral("  ") << pod << u'\n';
        return fleet.contextNamespace();
    });
}

} // namespace

int runDemoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption instancesOption(QStringLiteral("instances"), QString(), QStringLiteral("n"),
                                             QStringLiteral("14"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QString(), QStringLiteral("name"),
                                            QStringLiteral("reference"));
    const QCommandLineOption stateDirOption(QStringLiteral("state-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption kubeconfigOutOption(QStringLiteral("kubeconfig-out"), QString(), QStringLiteral("file"));
    const QCommandLineOption guiOption(QStringLiteral("gui"));
    const QCommandLineOption noRabbitMqOption(QStringLiteral("no-rabbitmq"));
    const QCommandLineOption helpOption(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    const QCommandLineOption manifestsOption(QStringLiteral("manifests"), QString(), QStringLiteral("path"));
    // Global options the dispatcher hands over; accepted and ignored here.
    const QCommandLineOption kubeconfigOption(QStringLiteral("kubeconfig"), QString(), QStringLiteral("file"));
    const QCommandLineOption contextOption(QStringLiteral("context"), QString(), QStringLiteral("name"));
    const QCommandLineOption namespaceOption(QStringLiteral("namespace"), QString(), QStringLiteral("ns"));
    parser.addOptions({ instancesOption, scenarioOption, stateDirOption, kubeconfigOutOption, guiOption,
                        noRabbitMqOption, helpOption, manifestsOption, kubeconfigOption, contextOption, namespaceOption });
    auto usage = [](const QString &message) {
        err() << QCoreApplication::translate("Demo", "error: %1").arg(message) << QStringLiteral("\n\n") << demoHelpText();
        err().flush();
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        out() << demoHelpText();
        out().flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("Demo", "unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (parser.isSet(guiOption) && !Cli::consoleAvailable())
        return usage(QCoreApplication::translate("Demo", "--gui opens the console window, which proofer-cli does not have: "
                                                         "run `proofer demo --gui` from the proofer package"));

    if (parser.isSet(manifestsOption)) {
        if (parser.isSet(scenarioOption) || parser.isSet(instancesOption) || parser.isSet(noRabbitMqOption))
            return usage(QCoreApplication::translate("Demo", "--manifests runs the manifests' own platform: --scenario, --instances and --no-rabbitmq do not apply"));
        Demo::ManifestFleetOptions manifestOptions;
        manifestOptions.defaultNamespace = parser.value(namespaceOption);
        manifestOptions.stateDir = parser.value(stateDirOption);
        manifestOptions.kubeconfigOut = parser.value(kubeconfigOutOption);
        return runManifestDemo(parser.value(manifestsOption), manifestOptions, parser.isSet(guiOption));
    }

    Demo::DemoOptions options;
    bool ok = false;
    options.instances = parser.value(instancesOption).toInt(&ok);
    if (!ok || options.instances < 1 || options.instances > int(Demo::referenceInstanceNames().size()))
        return usage(QCoreApplication::translate("Demo", "--instances must be a number from 1 to %1").arg(Demo::referenceInstanceNames().size()));
    const auto scenario = Demo::scenarioFromName(parser.value(scenarioOption));
    if (!scenario)
        return usage(QCoreApplication::translate("Demo", "unknown scenario \"%1\" (hardened, reference or before)").arg(parser.value(scenarioOption)));
    options.scenario = *scenario;
    options.stateDir = parser.value(stateDirOption);
    options.kubeconfigOut = parser.value(kubeconfigOutOption);
    options.rabbitmq = !parser.isSet(noRabbitMqOption);
    const bool gui = parser.isSet(guiOption);

    Demo::DemoFleet fleet(options);
    DemoRun run;
    run.stopping = QCoreApplication::translate("Demo", "Stopping the demo fleet…");
    run.stopped = QCoreApplication::translate("Demo", "Demo fleet stopped.");
    run.kubeconfigOut = options.kubeconfigOut;
    run.gui = gui;
    return runDemoFleet(fleet, run, [&fleet, &options] {
        for (const QString &note : fleet.leftOut())
            out() << QCoreApplication::translate("Demo", "Note: %1").arg(note) << u'\n';
        const QList<Demo::LocalServer *> servers = fleet.servers();
        const bool withRabbitMq = std::any_of(servers.cbegin(), servers.cend(), [](Demo::LocalServer *server) {
            return qobject_cast<Demo::LocalRabbitMq *>(server) != nullptr;
        });
        const QString readyLine = withRabbitMq
            ? QCoreApplication::translate("Demo", "Demo fleet ready (%1 scenario): %n PostgreSQL server(s), Redis and RabbitMQ in namespace %2, started in %3 s.", nullptr,
                  options.instances)
            : QCoreApplication::translate("Demo", "Demo fleet ready (%1 scenario): %n PostgreSQL server(s) and Redis in namespace %2, started in %3 s.", nullptr,
                  options.instances);
        out() << readyLine.arg(Demo::scenarioName(options.scenario), QString::fromLatin1(Demo::DemoFleet::namespaceName))
                     .arg(double(fleet.startupMs()) / 1000.0, 0, 'f', 1)
              << u'\n';
        return QString::fromLatin1(Demo::DemoFleet::namespaceName);
    });
}

QString demoHelpText()
{
    return withVerbosityHelp(demoHelpTextBody());
}

} // namespace Cli
