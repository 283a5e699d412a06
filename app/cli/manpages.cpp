// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/manpages.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "cli/commandoptions.h"
#include "cli/completioncommand.h"
#include "core/translations.h"
#include "core/versioninfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

namespace Cli {

namespace {

/** Text for roff: backslashes and hyphens escaped, no line starting with a control character. */
QString roff(QString text)
{
    text.replace(u'\\', QStringLiteral("\\e"));
    text.replace(u'-', QStringLiteral("\\-"));
    if (text.startsWith(u'.') || text.startsWith(u'\''))
        text.prepend(QStringLiteral("\\&"));
    // Plain ASCII in the file: other characters as roff's \[uXXXX] ("…", "—"), which every troff reads.
    QString ascii;
    for (const QChar c : std::as_const(text)) {
        if (c.unicode() < 0x80)
            ascii += c;
        else
            ascii += QStringLiteral("\\[u%1]").arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
    }
    return ascii;
}

struct HelpParts
{
    QStringList synopsis;
    QStringList description; ///< paragraphs, each as lines
    QStringList options;     ///< roff, ready
    QStringList exitStatus;
};

HelpParts split(const QString &help)
{
    HelpParts parts;
    static const QRegularExpression optionStart(QStringLiteral("^  (?:-[A-Za-z], )?--[a-z]"));
    const QStringList lines = help.split(u'\n');
    bool inUsage = false;
    bool inExit = false;
    int descriptionColumn = 0;
    QString option; // the option being collected: its .TP entry
    auto flushOption = [&] {
        if (!option.isEmpty())
            parts.options << option;
        option.clear();
    };
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("Usage: "))) {
            inUsage = true;
            parts.synopsis << line.mid(7).trimmed();
            continue;
        }
        if (inUsage && line.startsWith(u' ') && !line.trimmed().isEmpty()) {
            parts.synopsis << line.trimmed();
            continue;
        }
        inUsage = false;
        if (line.startsWith(QStringLiteral("Exit status"))) {
            flushOption();
            inExit = true;
        }
        if (inExit) {
            if (line.trimmed().isEmpty()) {
                inExit = false;
                continue;
            }
            parts.exitStatus << roff(line.startsWith(QStringLiteral("Exit status: ")) ? line.mid(13) : line.trimmed());
            continue;
        }
        if (optionStart.match(line).hasMatch()) {
            flushOption();
            const QList<CommandOption> parsed = optionsInHelp(line);
            const CommandOption &o = parsed.constFirst();
            QString head = QStringLiteral(".TP\n.B ");
            head += o.shortName.isEmpty() ? QString() : QStringLiteral("\\-%1, ").arg(o.shortName);
            head += QStringLiteral("\\-\\-") + roff(o.longName);
            if (!o.valueName.isEmpty())
                head += QStringLiteral(" \\fI%1\\fR").arg(roff(o.valueName));
            option = head + u'\n' + roff(o.description);
            descriptionColumn = int(line.indexOf(o.description));
            continue;
        }
        if (!option.isEmpty() && line.startsWith(QString(qMax(descriptionColumn, 3), u' '))) {
            // The description goes on; a row of a table in it ("json   the audited snapshot") keeps its own line.
            static const QRegularExpression row(QStringLiteral("^\\S+ {2,}\\S"));
            option += (row.match(line.trimmed()).hasMatch() ? QStringLiteral("\n.br\n") : QStringLiteral("\n")) + roff(line.trimmed());
            continue;
        }
        flushOption();
        if (line == u"Options:" || line.trimmed().isEmpty()) {
            if (!parts.description.isEmpty() && parts.description.constLast() != QStringLiteral(".PP"))
                parts.description << QStringLiteral(".PP");
            continue;
        }
        if (line.endsWith(u':') && !line.startsWith(u' ')) {
            parts.description << QStringLiteral(".SS ") + roff(line.chopped(1));
            continue;
        }
        static const QRegularExpression tableRow(QStringLiteral("^  (\\S+) {2,}(\\S.*)$"));
        if (const QRegularExpressionMatch row = tableRow.match(line); row.hasMatch()) // "  check   Resolve…"
            parts.description << QStringLiteral(".TP\n.B ") + roff(row.captured(1)) + u'\n' + roff(row.captured(2));
        else if (line.startsWith(QStringLiteral("  ")))
            parts.description << QStringLiteral(".br\n") + roff(line.trimmed());
        else
            parts.description << roff(line);
    }
    flushOption();
    while (!parts.description.isEmpty() && parts.description.constLast() == QStringLiteral(".PP"))
        parts.description.removeLast();
    return parts;
}

bool writeFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit();
}

} // namespace

QString manPage(const QString &command)
{
    QString help = helpText();
    QString summary = QCoreApplication::translate("Cli", "security console for the datastores of a Kubernetes namespace");
    if (!command.isEmpty()) {
        for (const CommandHelp &entry : commandHelps()) {
            if (entry.name == command) {
                help = entry.help;
                summary = entry.summary;
            }
        }
    }
    const QString name = command.isEmpty() ? QStringLiteral("proofer") : QStringLiteral("proofer-") + command;
    const HelpParts parts = split(help);
    QString page;
    page += QStringLiteral(".\\\" Generated from `proofer%1 --help` at build time; edit the help, not this file.\n")
                .arg(command.isEmpty() ? QString() : u' ' + command);
    page += QStringLiteral(".TH %1 1 \"\" \"Proofer %2\" \"User Commands\"\n").arg(name.toUpper(), Core::applicationVersion());
    page += QStringLiteral(".SH NAME\n%1 \\- %2\n").arg(roff(name), roff(summary));
    page += QStringLiteral(".SH SYNOPSIS\n");
    for (const QString &line : parts.synopsis)
        page += QStringLiteral(".B ") + roff(line) + QStringLiteral("\n.br\n");
    if (!parts.description.isEmpty())
        page += QStringLiteral(".SH DESCRIPTION\n") + parts.description.join(u'\n') + u'\n';
    if (!parts.options.isEmpty())
        page += QStringLiteral(".SH OPTIONS\n") + parts.options.join(u'\n') + u'\n';
    if (!parts.exitStatus.isEmpty())
        page += QStringLiteral(".SH EXIT STATUS\n") + parts.exitStatus.join(u'\n') + u'\n';
    page += QStringLiteral(".SH SEE ALSO\n");
    QStringList seeAlso;
    if (!command.isEmpty())
        seeAlso << QStringLiteral(".BR proofer (1)");
    else {
        for (const CommandHelp &entry : commandHelps())
            seeAlso << QStringLiteral(".BR proofer\\-%1 (1)").arg(roff(entry.name).mid(0));
    }
    page += seeAlso.join(QStringLiteral(",\n")) + u'\n';
    return page;
}

int runBuildFilesCommand(const QStringList &arguments)
{
    if (arguments.size() != 2) {
        err() << "usage: proofer build-files DIR\n";
        err().flush();
        return ExitUsage;
    }
    Core::installTranslations(QStringLiteral("en")); // the files the package installs are in English
    const QDir root(arguments.at(1));
    if (!root.mkpath(QStringLiteral("man/man1")) || !root.mkpath(QStringLiteral("completions"))) {
        err() << "proofer build-files: cannot create " << root.path() << '\n';
        err().flush();
        return ExitUsage;
    }
    QList<QPair<QString, QString>> files = {{QStringLiteral("man/man1/proofer.1"), manPage(QString())}};
    for (const CommandHelp &entry : commandHelps())
        files.append({QStringLiteral("man/man1/proofer-%1.1").arg(entry.name), manPage(entry.name)});
    files.append({QStringLiteral("completions/proofer.bash"), completionScript(QStringLiteral("bash"))});
    files.append({QStringLiteral("completions/_proofer"), completionScript(QStringLiteral("zsh"))});
    files.append({QStringLiteral("completions/proofer.fish"), completionScript(QStringLiteral("fish"))});
    for (const auto &file : std::as_const(files)) {
        if (!writeFile(root.filePath(file.first), file.second)) {
            err() << "proofer build-files: cannot write " << root.filePath(file.first) << '\n';
            err().flush();
            return ExitUsage;
        }
    }
    return ExitOk;
}

} // namespace Cli
