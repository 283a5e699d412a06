// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/terminal.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <cstring>

#include <unistd.h>

namespace Cli {

namespace {

std::atomic<int> s_verbosity{int(Verbosity::Normal)};
QtMessageHandler s_previous = nullptr;

/** QT_LOGGING_RULES or QT_LOGGING_CONF: an expert chose the categories; their rules decide, not the verbosity. */
bool expertRules()
{
    return !qEnvironmentVariableIsEmpty("QT_LOGGING_RULES") || !qEnvironmentVariableIsEmpty("QT_LOGGING_CONF");
}

bool shows(QtMsgType type, const char *category)
{
    if (type == QtFatalMsg || expertRules())
        return true;
    const bool proofers = category && std::strncmp(category, "proofer.", 8) == 0;
    switch (Verbosity(s_verbosity.load())) {
    case Verbosity::Quiet:
    case Verbosity::Normal:
        return false;
    case Verbosity::Verbose:
        return proofers && type != QtDebugMsg;
    case Verbosity::Debug:
        return proofers || (type != QtDebugMsg && type != QtInfoMsg);
    case Verbosity::Trace:
        return true;
    }
    return false;
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!shows(type, context.category))
        return;
    if (s_previous) {
        s_previous(type, context, message);
        return;
    }
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    std::fflush(stderr);
}

} // namespace

void installMessageHandler(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (const VerbosityArguments early = takeVerbosityArguments(arguments); early.error.isEmpty())
        setVerbosity(early.verbosity); // Cli::run reads them again and says what is wrong with them
    QtMessageHandler previous = qInstallMessageHandler(messageHandler);
    if (previous != messageHandler)
        s_previous = previous;
}

void setVerbosity(Verbosity verbosity)
{
    s_verbosity = int(verbosity);
    // Rules set here rank below QT_LOGGING_RULES, so an expert's rules still win.
    if (verbosity >= Verbosity::Trace)
        QLoggingCategory::setFilterRules(QStringLiteral("proofer.*.debug=true\nqt.*.debug=true"));
    else if (verbosity >= Verbosity::Debug)
        QLoggingCategory::setFilterRules(QStringLiteral("proofer.*.debug=true"));
}

Verbosity verbosity()
{
    return Verbosity(s_verbosity.load());
}

VerbosityArguments takeVerbosityArguments(QStringList &arguments)
{
    VerbosityArguments result;
    int verbose = 0; // the last of -q and -v wins: "-q" after an alias with "-v" in it means quiet
    for (qsizetype i = 0; i < arguments.size();) {
        const QString &arg = arguments.at(i);
        if (arg == u"--")
            break;
        if (arg == u"-q" || arg == u"--quiet") {
            verbose = int(Verbosity::Quiet);
        } else if (arg == u"--verbose") {
            verbose = std::max(verbose, 0) + 1;
        } else if (arg.startsWith(u"--verbose=")) {
            bool ok = false;
            const int level = arg.mid(10).toInt(&ok);
            if (!ok || level < 0 || level > 3) {
                result.error = QCoreApplication::translate("Cli", "--verbose takes a level from 0 to 3, not \"%1\"").arg(arg.mid(10));
                return result;
            }
            verbose = level;
        } else if (arg.size() >= 2 && arg.at(0) == u'-' && arg.at(1) == u'v'
                   && arg.mid(1) == QString(arg.size() - 1, u'v')) {
            verbose = std::max(verbose, 0) + int(arg.size() - 1); // -v, -vv, -vvv
        } else {
            ++i;
            continue;
        }
        arguments.removeAt(i);
        result.given = true;
    }
    result.verbosity = Verbosity(std::min(verbose, int(Verbosity::Trace)));
    return result;
}

namespace {

QString verbosityHelp(int column)
{
    const QString indent(column, u' ');
    QString verbose = QStringLiteral("  -v, --verbose");
    QString quiet = QStringLiteral("  -q, --quiet");
    verbose = verbose.leftJustified(column - 1) + u' ';
    quiet = quiet.leftJustified(column - 1) + u' ';
    return verbose
           + QCoreApplication::translate("Cli", "log more on standard error: -v Proofer's warnings, -vv its debug\n"
                                                "%1messages and Qt's warnings, -vvv everything (or --verbose=N);\n"
                                                "%1QT_LOGGING_RULES, when set, decides instead")
                 .arg(indent)
           + u'\n' + quiet + QCoreApplication::translate("Cli", "print only errors on standard error") + u'\n';
}

} // namespace

QString withVerbosityHelp(const QString &help)
{
    static const QRegularExpression helpLine(QStringLiteral("^  -h, --help +"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = helpLine.match(help);
    if (!match.hasMatch())
        return help;
    return help.left(match.capturedStart()) + verbosityHelp(int(match.capturedLength())) + help.mid(match.capturedStart());
}

bool isTerminal(std::FILE *stream)
{
    return isatty(fileno(stream)) == 1;
}

bool colourAllowed(std::FILE *stream)
{
    if (qEnvironmentVariableIsSet("NO_COLOR") && !qEnvironmentVariableIsEmpty("NO_COLOR"))
        return false;
    if (qgetenv("TERM") == "dumb")
        return false;
    return isTerminal(stream);
}

} // namespace Cli
