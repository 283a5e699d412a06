// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kube/expected.h"

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Cli {

/**
 * What `-o` means, the same in every command (kubectl's meaning): `-o, --output FORMAT` chooses the format; `--format
 * FORMAT` is its older spelling; `--output-file FILE`, in the commands that write a file, chooses where. A value of -o
 * that is no format of the command is refused, with a hint when it looks like a file ("-o report.txt").
 */
struct OutputOptions
{
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("format")};
    QCommandLineOption format{QStringLiteral("format"), QString(), QStringLiteral("format")};
    QCommandLineOption file{QStringLiteral("output-file"), QString(), QStringLiteral("file")};

    QStringList formats; ///< the command's formats, the default first
    bool writesFiles = false; ///< the command takes --output-file

    /** Adds -o/--output, --format and, when the command writes files, --output-file to @p parser. */
    void addTo(QCommandLineParser &parser) const;

    /** The chosen format (the default when none is given), or why the value is refused (for people, translated). */
    Kube::Expected<QString> chosenFormat(const QCommandLineParser &parser) const;

    /** --output-file, or empty for standard output. */
    QString outputFile(const QCommandLineParser &parser) const;
};

/**
 * The value of a format option found in @p argv before any application exists (-o F, -oF, --output F, --output=F,
 * --format F, --format=F), or empty.
 */
QString formatInArguments(int argc, char **argv);

} // namespace Cli
