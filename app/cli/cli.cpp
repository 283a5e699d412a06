// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/clioutput.h"

#include "cli/backupcommand.h"
#include "cli/democommand.h"
#include "cli/historycommand.h"
#include "cli/kubeconfigcommand.h"
#include "cli/operationscommand.h"
#include "cli/outputoptions.h"
#include "cli/renewcertscommand.h"
#include "cli/rotatepasswordcommand.h"
#include "cli/scancommand.h"

#include "core/logging.h"
#include "core/translations.h"
#include "core/versioninfo.h"
#include "report/reportformat.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace Cli {

namespace {

// GUI options that take a value: their value is not a subcommand.
const char *const s_optionsWithValue[] = {"--lang", "--kubeconfig", "--context", "--namespace", "--targets"};

bool takesValue(const char *arg)
{
    for (const char *option : s_optionsWithValue) {
        if (std::strcmp(arg, option) == 0)
            return true;
    }
    return false;
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"scan", QT_TRANSLATE_NOOP("Cli", "Probe every datastore of a namespace (or a targets file) live over TLS"),
         runScanCommand},
        {"kubeconfig", QT_TRANSLATE_NOOP("Cli", "Check a kubeconfig and list its contexts as kubectl resolves them"),
         runKubeconfigCommand},
        {"demo", QT_TRANSLATE_NOOP("Cli", "Start the local demo fleet: PostgreSQL and Redis with TLS behind a Kubernetes API"),
         runDemoCommand},
        // Not built yet: listed so operators see what is coming; they say so and exit 2.
        {"renew-certs", QT_TRANSLATE_NOOP("Cli", "Renew the TLS certificates of the datastores (preview, apply, verify, roll back)"),
         runRenewCertsCommand},
        {"rotate-password", QT_TRANSLATE_NOOP("Cli", "Rotate datastore passwords without the plaintext reaching the server"),
         runRotatePasswordCommand},
        {"backup", QT_TRANSLATE_NOOP("Cli", "Create an encrypted backup (pg_dump | gzip | gpg) of a database"),
         runBackupCommand},
        {"restore", QT_TRANSLATE_NOOP("Cli", "Restore an encrypted backup, verified before the live database is touched"),
         runRestoreCommand},
        {"history", QT_TRANSLATE_NOOP("Cli", "List the grades of past scans and what changed between two"),
         runHistoryCommand},
        {"operations", QT_TRANSLATE_NOOP("Cli", "List the operations that did not finish; resume, roll back or abandon one"),
         runOperationsCommand},
    };
    return list;
}

bool isCliInvocation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-v") == 0
            || std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "--help-all") == 0)
            return true;
        if (takesValue(arg)) {
            ++i;
            continue;
        }
        if (arg[0] != '-')
            return true; // a subcommand (known or not: an unknown one gets an error, not a window)
    }
    return false;
}

bool needsGuiApplication(int argc, char **argv)
{
    if (!isCliInvocation(argc, argv))
        return false;
    const Report::ReportFormat *format = Report::ReportFormat::find(formatInArguments(argc, argv));
    return format && format->needsGui;
}

QString versionText()
{
    QString text = QStringLiteral("Proofer %1\n").arg(Core::applicationVersion());
    for (const Core::LibraryVersion &library : Core::libraryVersions())
        text += QStringLiteral("  %1 %2\n").arg(library.name, library.version);
    return text;
}

QString helpText()
{
    QString text;
    text += QCoreApplication::translate("Cli", "Usage: proofer [options] [command] [command options]") + u'\n';
    text += u'\n';
    text += QCoreApplication::translate("Cli", "Security console for the PostgreSQL, Redis and RabbitMQ of a Kubernetes namespace.") + u'\n';
    text += QCoreApplication::translate("Cli", "Without a command, opens the console window.") + u'\n';
    text += u'\n';
    text += QCoreApplication::translate("Cli", "Options:") + u'\n';
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("-h, --help"), QCoreApplication::translate("Cli", "Show this help and exit")},
        {QStringLiteral("-v, --version"), QCoreApplication::translate("Cli", "Show the version of Proofer and of its libraries and exit")},
        {QStringLiteral("--lang <code>"), QCoreApplication::translate("Cli", "Language of the window (for example: es); default: the system's")},
    };
    for (const auto &option : options)
        text += QStringLiteral("  %1 %2\n").arg(option.first, -16).arg(option.second);
    text += u'\n';
    text += QCoreApplication::translate("Cli", "Commands:") + u'\n';
    for (const Command &command : commands())
        text += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(command.name), -16).arg(QCoreApplication::translate("Cli", command.summary));
    text += u'\n';
    text += QCoreApplication::translate("Cli", "Run \"proofer <command> --help\" for the options of a command.") + u'\n';
    return text;
}

int run(const QStringList &arguments)
{
    QCoreApplication::setApplicationName(QStringLiteral("proofer"));
    QCoreApplication::setOrganizationName(QStringLiteral("Proofer"));
    QCoreApplication::setApplicationVersion(Core::applicationVersion());

    // Find the subcommand and the global options before it.
    QString language;
    QStringList globalOptions; // e.g. "proofer --kubeconfig F kubeconfig check": handed to the command
    qsizetype commandIndex = -1;
    bool wantHelp = false;
    bool wantVersion = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"-h" || arg == u"--help" || arg == u"--help-all") {
            wantHelp = true;
        } else if (arg == u"-v" || arg == u"--version") {
            wantVersion = true;
        } else if (arg == u"--lang" && i + 1 < arguments.size()) {
            language = arguments.at(++i);
        } else if (arg.startsWith(u"--lang=")) {
            language = arg.mid(7);
        } else if (!arg.startsWith(u'-')) {
            commandIndex = i;
            break;
        } else if (takesValue(arg.toLatin1().constData()) && i + 1 < arguments.size()) {
            globalOptions << arg << arguments.at(i + 1);
            ++i;
        } else {
            globalOptions << arg;
        }
    }
    Core::installTranslations(language);

    if (commandIndex < 0) {
        if (wantVersion) {
            out() << versionText();
            out().flush();
            return ExitOk;
        }
        out() << helpText();
        out().flush();
        return wantHelp ? ExitOk : ExitUsage;
    }

    const QString name = arguments.at(commandIndex);
    const QStringList commandArguments = arguments.mid(commandIndex) + globalOptions;
    for (const Command &command : commands()) {
        if (name != QLatin1String(command.name))
            continue;
        if (!command.run) {
            err() << QCoreApplication::translate("Cli", "proofer %1: this command is not available yet in Proofer %2.")
                         .arg(name, Core::applicationVersion())
                  << u'\n';
            err().flush();
            return ExitUsage;
        }
        qCDebug(lcCli) << "running" << name;
        return command.run(commandArguments);
    }
    err() << QCoreApplication::translate("Cli", "proofer: unknown command \"%1\". Run \"proofer --help\" for the list of commands.").arg(name) << u'\n';
    err().flush();
    return ExitUsage;
}

} // namespace Cli
