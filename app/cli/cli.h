// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Cli {

/** Exit codes shared by every subcommand (docs/cli.md): the one place they are defined. */
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,   ///< the command ran and found a failure (e.g. a scan below the gate)
    ExitRolledBack = 1, ///< an operation failed and everything it applied was undone and verified
    ExitUsage = 2,     ///< bad arguments, bad input, or a command that is not available
    ExitUnreachable = 3, ///< the cluster or every datastore unreachable, or nothing to grade
    ExitRollbackFailed = 4, ///< the undo failed or could not be verified: the journal says what is left
};

using CommandFunction = int (*)(const QStringList &arguments);
using HelpFunction = QString (*)();

struct Command
{
    const char *name;
    const char *summary; ///< one line, translated in the "Cli" context
    CommandFunction run; ///< nullptr: not built in this version
    HelpFunction help;   ///< the text of `proofer <name> --help`: the table of its options (completion, man pages)
    bool logsByDefault;  ///< a service whose log is part of its output (demo): Proofer's warnings and info unless -q
};

/** Every subcommand, in the order --help lists them. */
const QList<Command> &commands();

/**
 * True when the command line asks for the headless face: a subcommand, --help or --version, or an option that is
 * neither the console window's nor Qt's (it gets usage and exit 2, not a window). Works on argv before any
 * QCoreApplication exists (the caller picks the application class).
 */
bool isCliInvocation(int argc, char **argv);

/**
 * False when the console window could not be shown: on X11/Wayland systems, no DISPLAY, no WAYLAND_DISPLAY, no
 * QT_QPA_PLATFORM and no -platform argument (SSH, CI). Qt would abort there; the caller runs runWithoutDisplay().
 */
bool hasDisplay(int argc, char **argv);

/** Says "no display: use a subcommand, e.g. `proofer scan`" on standard error; returns exit code 2. */
int runWithoutDisplay(const QStringList &arguments);

/**
 * Whether this binary has the console window (`proofer`) or not (`proofer-cli`, built without Qt Gui): commands
 * that would open it (`demo --gui`) refuse with exit code 2 when it has not. True unless set.
 */
void setConsoleAvailable(bool available);
bool consoleAvailable();
/** proofer-cli without a subcommand: says a subcommand is needed and that the console is in the proofer package (2). */
int runWithoutConsole(const QStringList &arguments);

/**
 * True when the command needs Qt Gui although it shows no window: `scan -o pdf` lays the PDF out with
 * QTextDocument. The caller then makes a QGuiApplication on the offscreen platform instead of a QCoreApplication.
 */
bool needsGuiApplication(int argc, char **argv);

/** Runs the command line on the current QCoreApplication; returns the process exit code. */
int run(const QStringList &arguments);

/** The text of `proofer --version`. */
QString versionText();
/** The text of `proofer --help`. */
QString helpText();

} // namespace Cli
