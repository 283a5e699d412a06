// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

namespace Cli {

/**
 * How much a command says on standard error besides what it means to say (its results, warnings and errors).
 * Set by -q/--quiet and -v/--verbose, which every command takes (Cli::run strips them before the command's parser).
 */
enum class Verbosity : int {
    Quiet = -1,  ///< -q: errors only (no warnings, no progress)
    Normal = 0,  ///< the command's own messages; no log output at all
    Verbose = 1, ///< -v: Proofer's log warnings (categories proofer.*: cli, kube, probe, fleet, audit, ops, demo)
    Debug = 2,   ///< -vv: Proofer's debug messages too, and Qt's own warnings
    Trace = 3,   ///< -vvv: everything Qt's logging lets through, Qt's debug categories included
};

/**
 * Installs the command line's message handler: log messages (qDebug, qWarning… of any category) reach standard
 * error only as far as the verbosity allows; the command's own messages are written directly and are not affected.
 * When QT_LOGGING_RULES or QT_LOGGING_CONF is set, the categories it enables are shown whatever the verbosity: the
 * expert's rules win. Call before the application object exists (Qt may warn while it is built): the verbosity is
 * read from @p argv already, so -vv shows what Qt says while the application starts.
 */
void installMessageHandler(int argc, char **argv);

/** Sets the verbosity for the rest of the process (enables proofer.*.debug from -vv, unless the expert's rules say otherwise). */
void setVerbosity(Verbosity verbosity);
Verbosity verbosity();

/**
 * Takes -q, --quiet, -v, -vv, -vvv, --verbose (repeatable) and --verbose=N out of @p arguments (a command's
 * arguments, up to a "--"); returns the verbosity they ask for (the last of -q and -v wins), or an error for people
 * when it is not understood.
 */
struct VerbosityArguments
{
    Verbosity verbosity = Verbosity::Normal;
    bool given = false; ///< -q or -v was on the command line
    QString error;
};
VerbosityArguments takeVerbosityArguments(QStringList &arguments);

/** @p help with the lines of -v and -q before its "-h, --help" line, aligned as that line is. */
QString withVerbosityHelp(const QString &help);

/** True when @p stream is a terminal. */
bool isTerminal(std::FILE *stream);

/**
 * True when text for @p stream may carry colour: it is a terminal, NO_COLOR is not set (https://no-color.org) and
 * TERM is not "dumb".
 */
bool colourAllowed(std::FILE *stream);

} // namespace Cli
