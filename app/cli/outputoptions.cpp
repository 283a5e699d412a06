// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/outputoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace Cli {

namespace {

/** A value that names a file rather than a format: a path, a name with an extension, or a file that exists. */
bool looksLikeFile(const QString &value)
{
    return value.contains(u'/') || value.contains(u'.') || value.contains(u'\\') || QFileInfo::exists(value);
}

} // namespace

void OutputOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(output);
    parser.addOption(format);
    if (writesFiles)
        parser.addOption(file);
}

Kube::Expected<QString> OutputOptions::chosenFormat(const QCommandLineParser &parser) const
{
    const QString allowed = formats.join(QStringLiteral(", "));
    auto refuse = [&](const QString &value) {
        if (!looksLikeFile(value))
            return Kube::Expected<QString>::failure(
                QCoreApplication::translate("Cli", "unknown output format \"%1\" (%2)").arg(value, allowed));
        if (writesFiles)
            return Kube::Expected<QString>::failure(
                QCoreApplication::translate("Cli", "-o/--output takes a format (%1), not a file: to write to \"%2\", "
                                                   "use --output-file %2")
                    .arg(allowed, value));
        return Kube::Expected<QString>::failure(
            QCoreApplication::translate("Cli", "-o/--output takes a format (%1), not a file: to write to \"%2\", "
                                               "redirect standard output (> %2)")
                .arg(allowed, value));
    };
    QString chosen;
    if (parser.isSet(output)) {
        chosen = parser.value(output);
        if (!formats.contains(chosen))
            return refuse(chosen);
    }
    if (parser.isSet(format)) {
        const QString value = parser.value(format);
        if (!formats.contains(value))
            return refuse(value);
        if (!chosen.isEmpty() && chosen != value)
            return Kube::Expected<QString>::failure(
                QCoreApplication::translate("Cli", "--format %1 and -o/--output %2 name two formats: give one").arg(value, chosen));
        chosen = value;
    }
    return chosen.isEmpty() ? formats.value(0) : chosen;
}

QString OutputOptions::outputFile(const QCommandLineParser &parser) const
{
    return writesFiles ? parser.value(file) : QString();
}

QString formatInArguments(int argc, char **argv)
{
    QString found;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        const bool separate = std::strcmp(arg, "-o") == 0 || std::strcmp(arg, "--output") == 0
                              || std::strcmp(arg, "--format") == 0;
        if (separate && i + 1 < argc) {
            found = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strncmp(arg, "--output=", 9) == 0) {
            found = QString::fromLocal8Bit(arg + 9);
        } else if (std::strncmp(arg, "--format=", 9) == 0) {
            found = QString::fromLocal8Bit(arg + 9);
        } else if (std::strncmp(arg, "-o", 2) == 0 && arg[2] != '\0' && arg[2] != '-') {
            found = QString::fromLocal8Bit(arg + 2); // -opdf, as QCommandLineParser reads it
        }
    }
    return found;
}

} // namespace Cli
