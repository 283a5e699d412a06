// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/clioutput.h"
#include "cli/completioncommand.h"

#include "cli/backupcommand.h"
#include "cli/democommand.h"
#include "cli/historycommand.h"
#include "cli/kubeconfigcommand.h"
#include "cli/manpages.h"
#include "cli/operationscommand.h"
#include "cli/outputoptions.h"
#include "cli/renewcertscommand.h"
#include "cli/rotatepasswordcommand.h"
#include "cli/scancommand.h"
#include "cli/servecommand.h"
#include "cli/terminal.h"

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
// The console window's options without a value (ui/application.cpp).
const char *const s_guiFlags[] = {"--read-only"};
// Qt's own options (QGuiApplication, QApplication, the xcb plugin), with one dash or two, "-name value" or "-name=value".
const char *const s_qtOptionsWithValue[] = {"platform", "platformpluginpath", "platformtheme", "plugin",
                                            "qwindowgeometry", "qwindowicon", "qwindowtitle", "session", "display",
                                            "geometry", "style", "stylesheet", "name", "title", "visual", "ncols",
                                            "fn", "font", "bg", "background", "fg", "foreground", "btn", "button",
                                            "qmljsdebugger"};
const char *const s_qtFlags[] = {"reverse", "widgetcount", "nograb", "dograb", "sync", "cmap", "testability"};

bool takesValue(const char *arg)
{
    for (const char *option : s_optionsWithValue) {
        if (std::strcmp(arg, option) == 0)
            return true;
    }
    return false;
}

enum class GuiArgument { WithValue, Complete, Not };

/** Whether @p arg is an option of the console window or of Qt, and whether its value is the next argument. */
GuiArgument guiArgument(const char *arg)
{
    if (takesValue(arg))
        return GuiArgument::WithValue;
    for (const char *option : s_guiFlags) {
        if (std::strcmp(arg, option) == 0)
            return GuiArgument::Complete;
    }
    for (const char *option : s_optionsWithValue) {
        const std::size_t length = std::strlen(option);
        if (std::strncmp(arg, option, length) == 0 && arg[length] == '=')
            return GuiArgument::Complete;
    }
    if (arg[0] != '-')
        return GuiArgument::Not;
    const char *name = arg[1] == '-' ? arg + 2 : arg + 1;
    const char *equals = std::strchr(name, '=');
    const std::size_t length = equals ? std::size_t(equals - name) : std::strlen(name);
    for (const char *option : s_qtOptionsWithValue) {
        if (std::strlen(option) == length && std::strncmp(name, option, length) == 0)
            return equals ? GuiArgument::Complete : GuiArgument::WithValue;
    }
    for (const char *option : s_qtFlags) {
        if (!equals && std::strcmp(name, option) == 0)
            return GuiArgument::Complete;
    }
    return GuiArgument::Not;
}

/** The first argument before the subcommand that is an option neither of Proofer nor of Qt, or empty. */
QString unknownOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QByteArray arg = arguments.at(i).toLocal8Bit();
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            continue;
        if (!arg.startsWith('-'))
            return {};
        switch (guiArgument(arg.constData())) {
        case GuiArgument::WithValue:
            ++i;
            break;
        case GuiArgument::Complete:
            break;
        case GuiArgument::Not:
            return arguments.at(i);
        }
    }
    return {};
}

QString languageIn(const QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (arguments.at(i).startsWith(u"--lang="))
            language = arguments.at(i).mid(7);
    }
    return language;
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("proofer"));
    QCoreApplication::setOrganizationName(QStringLiteral("Proofer"));
    QCoreApplication::setApplicationVersion(Core::applicationVersion());
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"scan", QT_TRANSLATE_NOOP("Cli", "Probe every datastore of a namespace (or a targets file) live over TLS"),
         runScanCommand, scanHelpText, false},
        {"serve", QT_TRANSLATE_NOOP("Cli", "Scan on an interval and serve the results to Prometheus (/metrics)"),
         runServeCommand, serveHelpText, false},
        {"kubeconfig", QT_TRANSLATE_NOOP("Cli", "Check a kubeconfig and list its contexts as kubectl resolves them"),
         runKubeconfigCommand, kubeconfigHelpText, false},
        {"demo", QT_TRANSLATE_NOOP("Cli", "Start the local demo fleet: PostgreSQL and Redis with TLS behind a Kubernetes API"),
         runDemoCommand, demoHelpText, true},
        // Not built yet: listed so operators see what is coming; they say so and exit 2.
        {"renew-certs", QT_TRANSLATE_NOOP("Cli", "Renew the TLS certificates of the datastores (preview, apply, verify, roll back)"),
         runRenewCertsCommand, renewHelpText, false},
        {"rotate-password", QT_TRANSLATE_NOOP("Cli", "Rotate datastore passwords without the plaintext reaching the server"),
         runRotatePasswordCommand, rotateHelpText, false},
        {"backup", QT_TRANSLATE_NOOP("Cli", "Create an encrypted backup (pg_dump | gzip | gpg) of a database"),
         runBackupCommand, backupHelpText, false},
        {"restore", QT_TRANSLATE_NOOP("Cli", "Restore an encrypted backup, verified before the live database is touched"),
         runRestoreCommand, restoreHelpText, false},
        {"history", QT_TRANSLATE_NOOP("Cli", "List the grades of past scans and what changed between two"),
         runHistoryCommand, historyHelpText, false},
        {"operations", QT_TRANSLATE_NOOP("Cli", "List the operations that did not finish; resume, roll back or abandon one"),
         runOperationsCommand, operationsHelpText, false},
        {"completion", QT_TRANSLATE_NOOP("Cli", "Print the shell completion script for bash, zsh or fish"), runCompletionCommand,
         completionHelpText, false},
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
        if (arg[0] != '-')
            return true; // a subcommand (known or not: an unknown one gets an error, not a window)
        switch (guiArgument(arg)) {
        case GuiArgument::WithValue:
            ++i;
            break;
        case GuiArgument::Complete:
            break;
        case GuiArgument::Not:
            // An option of no one: usage and exit 2 from the command line, never a window (nor Qt's abort without
            // a display).
            return true;
        }
    }
    return false;
}

bool hasDisplay(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    // "-platform offscreen" (or vnc, eglfs…) chooses a platform that needs no display server.
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        const char *name = arg[0] == '-' ? (arg[1] == '-' ? arg + 2 : arg + 1) : arg;
        if (arg[0] == '-' && std::strncmp(name, "platform", 8) == 0 && (name[8] == '\0' || name[8] == '='))
            return true;
    }
    return false;
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

int runWithoutDisplay(const QStringList &arguments)
{
    setApplicationNames();
    Core::installTranslations(languageIn(arguments));
    err() << QCoreApplication::translate("Cli", "proofer: no display: use a subcommand, e.g. `proofer scan` (\"proofer --help\" "
                                                "lists them)")
          << u'\n';
    err().flush();
    return ExitUsage;
}

namespace {
bool s_consoleAvailable = true;
} // namespace

void setConsoleAvailable(bool available)
{
    s_consoleAvailable = available;
}

bool consoleAvailable()
{
    return s_consoleAvailable;
}

int runWithoutConsole(const QStringList &arguments)
{
    setApplicationNames();
    Core::installTranslations(languageIn(arguments));
    err() << QCoreApplication::translate("Cli", "proofer-cli: a subcommand is needed, e.g. `proofer-cli scan` "
                                                "(\"proofer-cli --help\" lists them); the console window is in the "
                                                "proofer package")
          << u'\n';
    err().flush();
    return ExitUsage;
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
    text += QCoreApplication::translate("Cli", "Every command takes -q (errors only) and -v, -vv or -vvv (log output on standard error).") + u'\n';
    return text;
}

int run(const QStringList &arguments)
{
    setApplicationNames();

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
        if (const QString unknown = unknownOption(arguments); !unknown.isEmpty() && !wantHelp) {
            err() << QCoreApplication::translate("Cli", "proofer: unknown option \"%1\"").arg(unknown) << QStringLiteral("\n\n")
                  << helpText();
            err().flush();
            return ExitUsage;
        }
        out() << helpText();
        out().flush();
        return wantHelp ? ExitOk : ExitUsage;
    }

    const QString name = arguments.at(commandIndex);
    if (name == u"build-files") // the build's man pages and completion scripts; not a command for people
        return runBuildFilesCommand(arguments.mid(commandIndex));
    QStringList commandArguments = arguments.mid(commandIndex) + globalOptions;
    // -q and -v mean the same in every command: they are taken here, before the command's own parser.
    const VerbosityArguments verbosityArguments = takeVerbosityArguments(commandArguments);
    if (!verbosityArguments.error.isEmpty()) {
        err() << QCoreApplication::translate("Cli", "proofer %1: %2").arg(name, verbosityArguments.error) << u'\n';
        err().flush();
        return ExitUsage;
    }
    Verbosity chosen = verbosityArguments.verbosity;
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name) && command.logsByDefault && !verbosityArguments.given)
            chosen = Verbosity::Verbose; // e.g. the demo fleet's "redis crashed", "rollout restart of auth-db"
    }
    setVerbosity(chosen);
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
