// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandoptions.h"

#include "audit/grader.h"
#include "audit/rule.h"
#include "cli/cli.h"
#include "report/reportformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Cli {

QString CommandOption::valueKind() const
{
    const QString value = valueName.toLower();
    if (value.isEmpty())
        return {};
    if (value == u"file" || value.endsWith(u"file") || value.contains(u'.'))
        return QStringLiteral("file");
    if (value == u"dir")
        return QStringLiteral("dir");
    if (value == u"format")
        return QStringLiteral("format");
    if (value == u"severity")
        return QStringLiteral("severity");
    if (value == u"grade")
        return QStringLiteral("grade");
    if (longName == u"context")
        return QStringLiteral("context");
    return {};
}

QList<CommandOption> optionsInHelp(const QString &help)
{
    // "  -o, --output FORMAT   …", "  --kubeconfig <file>   …", "  --dry-run   …": two spaces, then the option.
    static const QRegularExpression line(QStringLiteral("^  (?:-([A-Za-z]), )?--([a-z][a-z0-9-]*)(?: (?:<([a-z-]+)>|([A-Z][A-Z.]*)))?(?:\\s+(.*))?$"),
                                         QRegularExpression::MultilineOption);
    QList<CommandOption> options;
    for (QRegularExpressionMatchIterator it = line.globalMatch(help); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        CommandOption option;
        option.shortName = match.captured(1);
        option.longName = match.captured(2);
        option.valueName = match.captured(3).isEmpty() ? match.captured(4) : match.captured(3).toUpper();
        option.description = match.captured(5).trimmed();
        options << option;
    }
    return options;
}

QStringList subcommandsInHelp(const QString &help)
{
    // The lines after "Commands:" up to the first empty line: "  check   Resolve the context…".
    QStringList words;
    bool inSection = false;
    for (const QString &text : help.split(u'\n')) {
        if (text.endsWith(u':') && !text.startsWith(u' ')) {
            inSection = text == QCoreApplication::translate("Cli", "Commands:");
            continue;
        }
        if (!inSection)
            continue;
        if (text.trimmed().isEmpty()) {
            inSection = false;
            continue;
        }
        static const QRegularExpression word(QStringLiteral("^  ([a-z][a-z-]*)\\s"));
        if (const QRegularExpressionMatch match = word.match(text); match.hasMatch())
            words << match.captured(1);
    }
    return words;
}

QList<CommandHelp> commandHelps()
{
    QList<CommandHelp> helps;
    for (const Command &command : commands()) {
        if (command.help)
            helps.append({QString::fromLatin1(command.name), QCoreApplication::translate("Cli", command.summary), command.help()});
    }
    return helps;
}

QStringList valuesOf(const QString &command, const QString &kind)
{
    if (kind == u"format")
        return command == u"scan" ? Report::ReportFormat::names() : QStringList{QStringLiteral("text"), QStringLiteral("json")};
    if (kind == u"severity") {
        QStringList names;
        for (Audit::Severity severity : {Audit::Severity::Critical, Audit::Severity::High, Audit::Severity::Medium,
                                         Audit::Severity::Low, Audit::Severity::Info})
            names << Audit::severityName(severity);
        return names;
    }
    if (kind == u"grade") {
        QStringList grades;
        for (const char *letter : {"A+", "A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "E", "F"}) {
            if (Audit::Grader::minimumScore(QLatin1String(letter)))
                grades << QLatin1String(letter);
        }
        return grades;
    }
    return {};
}

} // namespace Cli
