// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/history.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

Q_LOGGING_CATEGORY(lcReport, "proofer.report")

namespace Report {

namespace {

const QStringList s_severities = {QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                  QStringLiteral("low"), QStringLiteral("info")};

/** A file-name-safe version of a scope: letters, digits, '.', '_' and '-', at most 60 characters. */
QString slug(const QString &scope)
{
    QString out;
    for (const QChar c : scope) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                          || c == u'.' || c == u'_' || c == u'-';
        out += safe ? c : QChar(u'_');
    }
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    out.truncate(60);
    return out.isEmpty() ? QStringLiteral("scan") : out;
}

int severityRank(const QString &severity)
{
    const qsizetype i = s_severities.indexOf(severity);
    return i < 0 ? int(s_severities.size()) : int(i);
}

} // namespace

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject countsJson;
    for (const QString &severity : s_severities)
        countsJson.insert(severity, counts.value(severity));
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("takenAt"), takenAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("source"), source},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("context"), context},
        {QStringLiteral("server"), server},
        {QStringLiteral("letter"), letter},
        {QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("counts"), countsJson},
        {QStringLiteral("datastores"), datastores},
        {QStringLiteral("findings"), findings},
    };
}

QString HistoryEntry::scopeText() const
{
    if (source == u"targets")
        return QCoreApplication::translate("Report", "targets file %1").arg(scope);
    return QCoreApplication::translate("Report", "namespace %1 of context %2 (%3)").arg(scope, context, server);
}

bool HistoryEntry::sameScope(const HistoryEntry &other) const
{
    return source == other.source && scope == other.scope && context == other.context && server == other.server;
}

HistoryEntry HistoryEntry::fromSnapshot(const QJsonObject &snapshot, const QString &path)
{
    HistoryEntry entry;
    entry.path = path;
    entry.takenAt = QDateTime::fromString(snapshot.value(QStringLiteral("takenAt")).toString(), Qt::ISODate).toUTC();
    const QJsonObject scope = snapshot.value(QStringLiteral("scope")).toObject();
    entry.source = scope.value(QStringLiteral("source")).toString();
    entry.context = scope.value(QStringLiteral("context")).toString();
    entry.server = scope.value(QStringLiteral("server")).toString();
    entry.scope = entry.source == u"targets" ? scope.value(QStringLiteral("targetsFile")).toString()
                                             : scope.value(QStringLiteral("namespace")).toString();
    const QJsonObject grade = snapshot.value(QStringLiteral("grade")).toObject();
    entry.letter = grade.value(QStringLiteral("letter")).toString(QStringLiteral("N/A"));
    const QJsonValue score = grade.value(QStringLiteral("score"));
    if (score.isDouble())
        entry.score = score.toDouble();
    const QJsonObject counts = grade.value(QStringLiteral("counts")).toObject();
    for (const QString &severity : s_severities)
        entry.counts.insert(severity, counts.value(severity).toInt());
    entry.datastores = int(snapshot.value(QStringLiteral("datastores")).toArray().size());
    entry.findings = int(snapshotFindings(snapshot).size());
    return entry;
}

HistoryStore::HistoryStore(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{ }

QString HistoryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history");
}

QString HistoryStore::save(const QByteArray &snapshotJson, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(snapshotJson, &parseError);
    if (!document.isObject())
        return fail(QCoreApplication::translate("Report", "not a snapshot: %1").arg(parseError.errorString()));
    const HistoryEntry entry = HistoryEntry::fromSnapshot(document.object());
    if (!entry.takenAt.isValid())
        return fail(QCoreApplication::translate("Report", "not a snapshot: it has no \"takenAt\""));
    if (!QDir().mkpath(m_directory))
        return fail(QCoreApplication::translate("Report", "cannot create %1").arg(m_directory));
    // Snapshots name hosts, settings and weaknesses: readable by their owner only.
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString stem = entry.takenAt.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + u'-'
                         + slug(entry.scope.section(u'/', -1));
    QString path = m_directory + u'/' + stem + QStringLiteral(".json");
    for (int n = 2; QFile::exists(path); ++n)
        path = m_directory + u'/' + stem + u'-' + QString::number(n) + QStringLiteral(".json");
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.isOpen() || file.write(snapshotJson) != snapshotJson.size() || !file.commit())
        return fail(QCoreApplication::translate("Report", "cannot write %1: %2").arg(path, file.errorString()));
    const int removed = prune(Core::Clock::currentDateTimeUtc());
    qCDebug(lcReport) << "history: saved" << path << "pruned" << removed;
    return path;
}

QList<HistoryEntry> HistoryStore::entries(const QString &scope) const
{
    QList<HistoryEntry> list;
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        QString error;
        const auto snapshot = load(info.filePath(), &error);
        if (!snapshot) {
            qCWarning(lcReport) << "history: skipping" << info.filePath() << error;
            continue;
        }
        HistoryEntry entry = HistoryEntry::fromSnapshot(*snapshot, info.filePath());
        if (!entry.takenAt.isValid())
            entry.takenAt = info.lastModified().toUTC();
        if (!scope.isEmpty() && entry.scope != scope && entry.context != scope)
            continue;
        list << entry;
    }
    std::stable_sort(list.begin(), list.end(), [](const HistoryEntry &l, const HistoryEntry &r) {
        if (l.takenAt != r.takenAt)
            return l.takenAt > r.takenAt;
        return l.path > r.path;
    });
    return list;
}

std::optional<QJsonObject> HistoryStore::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Report", "cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject() || !document.object().value(QStringLiteral("schema")).toString().startsWith(
                                    QStringLiteral("proofer.snapshot/"))) {
        if (error)
            *error = QCoreApplication::translate("Report", "%1 is not a Proofer snapshot (%2)")
                         .arg(path, parseError.error == QJsonParseError::NoError ? QCoreApplication::translate("Report", "no \"schema\"")
                                                                                 : parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

int HistoryStore::prune(const QDateTime &now, int maxEntries, int maxAgeDays)
{
    const QDateTime oldest = now.addDays(-maxAgeDays);
    const QList<HistoryEntry> all = entries();
    int removed = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i < maxEntries && all.at(i).takenAt >= oldest)
            continue;
        if (QFile::remove(all.at(i).path))
            ++removed;
        else
            qCWarning(lcReport) << "history: cannot remove" << all.at(i).path;
    }
    return removed;
}

QJsonObject FindingKey::toJson() const
{
    return QJsonObject{
        {QStringLiteral("datastore"), datastore},
        {QStringLiteral("id"), id},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("title"), title},
    };
}

QList<FindingKey> snapshotFindings(const QJsonObject &snapshot)
{
    QList<FindingKey> findings;
    auto add = [&findings](const QJsonArray &array, const QString &datastore) {
        for (const QJsonValue &value : array) {
            const QJsonObject f = value.toObject();
            FindingKey key;
            key.datastore = f.value(QStringLiteral("datastore")).toString(datastore);
            key.id = f.value(QStringLiteral("id")).toString();
            key.severity = f.value(QStringLiteral("severity")).toString();
            key.title = f.value(QStringLiteral("title")).toString();
            findings << key;
        }
    };
    for (const QJsonValue &store : snapshot.value(QStringLiteral("datastores")).toArray()) {
        const QJsonObject object = store.toObject();
        add(object.value(QStringLiteral("findings")).toArray(), object.value(QStringLiteral("name")).toString());
    }
    add(snapshot.value(QStringLiteral("fleetFindings")).toArray(), QString());
    return findings;
}

QJsonObject HistoryDiff::toJson() const
{
    QJsonArray added;
    for (const FindingKey &f : newFindings)
        added.append(f.toJson());
    QJsonArray fixed;
    for (const FindingKey &f : fixedFindings)
        fixed.append(f.toJson());
    return QJsonObject{
        {QStringLiteral("from"), from.toJson()},
        {QStringLiteral("to"), to.toJson()},
        {QStringLiteral("sameScope"), from.sameScope(to)},
        {QStringLiteral("newFindings"), added},
        {QStringLiteral("fixedFindings"), fixed},
        {QStringLiteral("unchanged"), unchanged},
    };
}

HistoryDiff diffSnapshots(const QJsonObject &from, const QJsonObject &to, const QString &fromPath,
                          const QString &toPath)
{
    HistoryDiff diff;
    diff.from = HistoryEntry::fromSnapshot(from, fromPath);
    diff.to = HistoryEntry::fromSnapshot(to, toPath);
    auto keyOf = [](const FindingKey &f) { return QString(f.datastore + u'\x1f' + f.id); };
    const QList<FindingKey> before = snapshotFindings(from);
    const QList<FindingKey> after = snapshotFindings(to);
    QSet<QString> beforeKeys;
    for (const FindingKey &f : before)
        beforeKeys.insert(keyOf(f));
    QSet<QString> afterKeys;
    for (const FindingKey &f : after)
        afterKeys.insert(keyOf(f));
    for (const FindingKey &f : after) {
        if (beforeKeys.contains(keyOf(f)))
            ++diff.unchanged;
        else
            diff.newFindings << f;
    }
    for (const FindingKey &f : before) {
        if (!afterKeys.contains(keyOf(f)))
            diff.fixedFindings << f;
    }
    auto order = [](const FindingKey &l, const FindingKey &r) {
        if (severityRank(l.severity) != severityRank(r.severity))
            return severityRank(l.severity) < severityRank(r.severity);
        if (l.datastore != r.datastore)
            return l.datastore < r.datastore;
        return l.id < r.id;
    };
    std::stable_sort(diff.newFindings.begin(), diff.newFindings.end(), order);
    std::stable_sort(diff.fixedFindings.begin(), diff.fixedFindings.end(), order);
    return diff;
}

} // namespace Report
