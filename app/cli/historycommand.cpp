// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/historycommand.h"
#include "cli/terminal.h"
#include "cli/clioutput.h"

#include "cli/cli.h"
#include "cli/outputoptions.h"
#include "report/history.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace Cli {

namespace {

QString historyHelpTextBody()
{
    return QCoreApplication::translate("Cli", "Usage: proofer history [--scope SCOPE] [--limit N] [-o text|json]\n"
              "       proofer history diff [A B] [--scope SCOPE] [--force] [-o text|json]\n"
              "\n"
              "Lists the grades of past scans, newest first: #1 is the latest.\n"
              "\"diff\" compares scan A (the older) with scan B (the newer): the findings that are new in B,\n"
              "those fixed since A (by datastore and finding id) and the change of grade. A and B are numbers\n"
              "from the list or paths to snapshot JSON files (proofer scan -o json); without them: 2 1.\n"
              "Scans of different scopes (namespace or targets file, context, cluster) are not compared\n"
              "unless --force is given.\n"
              "\n"
              "Options:\n"
              "  --scope SCOPE         only the scans of this namespace, targets file or context\n"
              "  --limit N             list at most N scans (default: 20; 0: all)\n"
              "  --force               diff two scans even when their scopes differ\n"
              "  -o, --output FORMAT   text or json (default: text; --format FORMAT is the same)\n"
              "  -h, --help            show this help\n"
              "\n"
              "Every \"proofer scan\" keeps its audited snapshot in %1\n"
              "(the latest %2, none older than %3 days); \"proofer scan --no-history\" keeps nothing.\n"
              "\n"
              "Exit status: 0 success, 2 bad usage, a snapshot that cannot be read, or scopes that differ.\n")
        .arg(Report::HistoryStore::defaultDirectory())
        .arg(Report::HistoryStore::kMaxEntries)
        .arg(Report::HistoryStore::kMaxAgeDays);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QString::number(*score, 'f', 1) : QStringLiteral("-");
}

void writeJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

int usage(const QString &message)
{
    err() << QCoreApplication::translate("Cli", "error: %1").arg(message) << QStringLiteral("\n\n") << historyHelpText();
    err().flush();
    return ExitUsage;
}

int listHistory(const QList<Report::HistoryEntry> &entries, int limit, bool json)
{
    const Report::HistoryStore store;
    const qsizetype shown = limit > 0 ? std::min<qsizetype>(limit, entries.size()) : entries.size();
    if (json) {
        QJsonArray array;
        for (qsizetype i = 0; i < shown; ++i) {
            QJsonObject entry = entries.at(i).toJson();
            entry.insert(QStringLiteral("index"), int(i + 1));
            array.append(entry);
        }
        writeJson(QJsonObject{{QStringLiteral("directory"), store.directory()},
                              {QStringLiteral("total"), int(entries.size())},
                              {QStringLiteral("entries"), array}});
        return ExitOk;
    }
    if (entries.isEmpty()) {
        out() << QCoreApplication::translate("Cli", "No scan is kept in %1 yet.").arg(store.directory()) << u'\n';
        out().flush();
        return ExitOk;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                 .arg(QStringLiteral("#"), -4)
                 .arg(QCoreApplication::translate("Cli", "TAKEN (UTC)"), -17)
                 .arg(QCoreApplication::translate("Cli", "SCOPE"), -24)
                 .arg(QCoreApplication::translate("Cli", "CONTEXT"), -16)
                 .arg(QCoreApplication::translate("Cli", "GRADE"), -6)
                 .arg(QCoreApplication::translate("Cli", "SCORE"), 6)
                 .arg(QCoreApplication::translate("Cli", "CRIT"), 5)
                 .arg(QCoreApplication::translate("Cli", "HIGH"), 5)
                 .arg(QCoreApplication::translate("Cli", "MED"), 5)
                 .arg(QCoreApplication::translate("Cli", "LOW"), 5);
    for (qsizetype i = 0; i < shown; ++i) {
        const Report::HistoryEntry &e = entries.at(i);
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                     .arg(QString::number(i + 1), -4)
                     .arg(timeText(e.takenAt), -17)
                     .arg(e.scope, -24)
                     .arg(e.context.isEmpty() ? QStringLiteral("-") : e.context, -16)
                     .arg(e.letter, -6)
                     .arg(scoreText(e.score), 6)
                     .arg(e.counts.value(QStringLiteral("critical")), 5)
                     .arg(e.counts.value(QStringLiteral("high")), 5)
                     .arg(e.counts.value(QStringLiteral("medium")), 5)
                     .arg(e.counts.value(QStringLiteral("low")), 5);
    }
    if (shown < entries.size())
        out() << QCoreApplication::translate("Cli", "(%1 older scans not shown; --limit 0 lists them all)").arg(entries.size() - shown) << u'\n';
    out().flush();
    return ExitOk;
}

struct Resolved
{
    QJsonObject snapshot;
    QString path;
    QString label; ///< "#2" or the path
    QString error;
};

Resolved resolve(const QString &reference, const QList<Report::HistoryEntry> &entries)
{
    Resolved resolved;
    bool isIndex = false;
    const int index = reference.toInt(&isIndex);
    if (isIndex) {
        if (index < 1 || index > entries.size()) {
            resolved.error = entries.isEmpty() ? QCoreApplication::translate("Cli", "no scan #%1: the history is empty").arg(reference)
                                               : QCoreApplication::translate("Cli", "no scan #%1: the history keeps %2 (1 is the latest)")
                                                     .arg(reference)
                                                     .arg(entries.size());
            return resolved;
        }
        resolved.path = entries.at(index - 1).path;
        resolved.label = u'#' + reference;
    } else {
        resolved.path = reference;
        resolved.label = reference;
    }
    QString error;
    const auto snapshot = Report::HistoryStore::load(resolved.path, &error);
    if (!snapshot)
        resolved.error = error;
    else
        resolved.snapshot = *snapshot;
    return resolved;
}

QString findingLine(const Report::FindingKey &f)
{
    return QStringLiteral("  [%1] %2 %3: %4\n")
        .arg(f.severity.toUpper(), -8)
        .arg(f.id, -14)
        .arg(f.datastore.isEmpty() ? QCoreApplication::translate("Cli", "fleet") : f.datastore, f.title);
}

int diffHistory(const QStringList &references, const QList<Report::HistoryEntry> &entries, bool json, bool force)
{
    const Resolved from = resolve(references.at(0), entries);
    if (!from.error.isEmpty())
        return usage(from.error);
    const Resolved to = resolve(references.at(1), entries);
    if (!to.error.isEmpty())
        return usage(to.error);
    const Report::HistoryDiff diff = Report::diffSnapshots(from.snapshot, to.snapshot, from.path, to.path);
    // Two different scopes would report every finding of one as "fixed" and of the other as "new".
    if (!force && !diff.from.sameScope(diff.to)) {
        err() << QCoreApplication::translate("Cli", "error: %1 and %2 are scans of different scopes: %3, and %4 (give --force to diff them anyway)")
                     .arg(from.label, to.label, diff.from.scopeText(), diff.to.scopeText())
              << u'\n';
        err().flush();
        return ExitUsage;
    }
    if (json) {
        writeJson(diff.toJson());
        return ExitOk;
    }
    auto describe = [](const Report::HistoryEntry &e) {
        return QCoreApplication::translate("Cli", "%1 UTC, %2, grade %3 (%4)").arg(timeText(e.takenAt), e.scope, e.letter, scoreText(e.score));
    };
    out() << QCoreApplication::translate("Cli", "From %1: %2").arg(from.label, describe(diff.from)) << u'\n';
    out() << QCoreApplication::translate("Cli", "To   %1: %2").arg(to.label, describe(diff.to)) << u'\n';
    QString change;
    if (diff.from.score && diff.to.score) {
        const double delta = *diff.to.score - *diff.from.score;
        change = QStringLiteral(" (%1%2)").arg(delta >= 0 ? QStringLiteral("+") : QString()).arg(delta, 0, 'f', 1);
    }
    out() << QCoreApplication::translate("Cli", "Grade: %1 -> %2").arg(diff.from.letter, diff.to.letter) << change << u'\n';
    out() << u'\n' << QCoreApplication::translate("Cli", "New findings (%n):", nullptr, int(diff.newFindings.size())) << u'\n';
    for (const Report::FindingKey &f : diff.newFindings)
        out() << findingLine(f);
    out() << u'\n' << QCoreApplication::translate("Cli", "Fixed findings (%n):", nullptr, int(diff.fixedFindings.size())) << u'\n';
    for (const Report::FindingKey &f : diff.fixedFindings)
        out() << findingLine(f);
    out() << u'\n' << QCoreApplication::translate("Cli", "Unchanged: %n finding(s)", nullptr, diff.unchanged) << u'\n';
    out().flush();
    return ExitOk;
}

} // namespace

int runHistoryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption scopeOption(QStringLiteral("scope"), QString(), QStringLiteral("scope"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("n"), QStringLiteral("20"));
    OutputOptions output;
    output.formats = {QStringLiteral("text"), QStringLiteral("json")};
    const QCommandLineOption forceOption(QStringLiteral("force"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({scopeOption, limitOption, forceOption, helpOption});
    output.addTo(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        out() << historyHelpText();
        out().flush();
        return ExitOk;
    }
    const auto chosen = output.chosenFormat(parser);
    if (!chosen)
        return usage(chosen.error());
    const QString format = *chosen;
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 0)
        return usage(QCoreApplication::translate("Cli", "--limit takes a number of scans, not \"%1\"").arg(parser.value(limitOption)));

    const QStringList positional = parser.positionalArguments();
    const QList<Report::HistoryEntry> entries = Report::HistoryStore().entries(parser.value(scopeOption));
    if (positional.isEmpty())
        return listHistory(entries, limit, format == u"json");
    if (positional.constFirst() != u"diff")
        return usage(QCoreApplication::translate("Cli", "unexpected argument \"%1\"").arg(positional.constFirst()));
    QStringList references = positional.mid(1);
    if (references.isEmpty())
        references = {QStringLiteral("2"), QStringLiteral("1")};
    if (references.size() != 2)
        return usage(QCoreApplication::translate("Cli", "history diff takes two scans (A B) or none"));
    return diffHistory(references, entries, format == u"json", parser.isSet(forceOption));
}

QString historyHelpText()
{
    return withVerbosityHelp(historyHelpTextBody());
}

} // namespace Cli
