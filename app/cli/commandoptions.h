// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Cli {

/**
 * One option as a command's --help lists it ("  -o, --output FORMAT   …"): the help is the one table of a command's
 * options, and the shell completions and the man pages are made from it, so none of them can forget one.
 */
struct CommandOption
{
    QString shortName; ///< "o", or empty
    QString longName;  ///< "output"
    QString valueName; ///< "FORMAT" (as the help writes it, without <>), empty for a flag
    QString description; ///< the first line of its description in the help

    /** What the value is, for completion: "file", "dir", "format", "severity", "grade", "context", "" (free text). */
    QString valueKind() const;
};

/** The options listed in @p help, in order. */
QList<CommandOption> optionsInHelp(const QString &help);

/** The words of a command's own subcommands, from the "Commands:" section of its help (kubeconfig: check, …). */
QStringList subcommandsInHelp(const QString &help);

/** The top-level options (of "proofer --help") and the commands, with the help of each. */
struct CommandHelp
{
    QString name;
    QString summary;
    QString help;
};
QList<CommandHelp> commandHelps();

/** The values completed for a value kind: the command's formats, the severities, the grades. */
QStringList valuesOf(const QString &command, const QString &kind);

} // namespace Cli
