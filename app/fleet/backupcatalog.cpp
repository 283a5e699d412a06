// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/backupcatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Fleet {

namespace {

constexpr int kFormat = 1;
/** Bounds the file: the oldest entries go first (the audit only needs the newest). */
constexpr qsizetype kMaxEntries = 5000;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

} // namespace

QString BackupCatalogEntry::kindName(Kind kind)
{
    return kind == Kind::RestoreTest ? QStringLiteral("restore-test") : QStringLiteral("backup");
}

QJsonObject BackupCatalogEntry::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("datastore"), datastore},
                       {QStringLiteral("database"), database},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("at"), isoTime(at)},
                       {QStringLiteral("bytes"), bytes}};
    if (!namespaceName.isEmpty())
        object.insert(QStringLiteral("namespace"), namespaceName);
    if (takenAt.isValid())
        object.insert(QStringLiteral("takenAt"), isoTime(takenAt));
    return object;
}

std::optional<BackupCatalogEntry> BackupCatalogEntry::fromJson(const QJsonObject &object)
{
    BackupCatalogEntry entry;
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (kind == u"backup")
        entry.kind = Kind::Backup;
    else if (kind == u"restore-test")
        entry.kind = Kind::RestoreTest;
    else
        return std::nullopt;
    entry.namespaceName = object.value(QStringLiteral("namespace")).toString();
    entry.datastore = object.value(QStringLiteral("datastore")).toString();
    entry.database = object.value(QStringLiteral("database")).toString();
    entry.path = object.value(QStringLiteral("path")).toString();
    entry.at = parseTime(object.value(QStringLiteral("at")));
    entry.takenAt = parseTime(object.value(QStringLiteral("takenAt")));
    entry.bytes = qint64(object.value(QStringLiteral("bytes")).toDouble());
    if (entry.datastore.isEmpty() || entry.path.isEmpty() || !entry.at.isValid())
        return std::nullopt;
    return entry;
}

QString BackupCatalog::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backup-catalog.json"));
}

BackupCatalog::BackupCatalog(QString path)
    : m_path(std::move(path))
{
}

bool BackupCatalog::load(QString *error)
{
    m_entries.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Ops", "cannot read the backup catalog %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024 * 1024), &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Ops", "the backup catalog %1 is corrupt: %2").arg(m_path, parse.errorString());
        return false;
    }
    for (const QJsonValue &value : document.object().value(QStringLiteral("entries")).toArray()) {
        if (const auto entry = BackupCatalogEntry::fromJson(value.toObject()))
            m_entries << *entry;
    }
    return true;
}

bool BackupCatalog::save(QString *error) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Ops", "cannot create %1").arg(info.absolutePath());
        return false;
    }
    QJsonArray entries;
    for (qsizetype i = std::max<qsizetype>(0, m_entries.size() - kMaxEntries); i < m_entries.size(); ++i)
        entries.append(m_entries.at(i).toJson());
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("entries"), entries}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Ops", "cannot write the backup catalog %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // 0600 before a byte is written: the temp file becomes the catalog.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Ops", "cannot write the backup catalog %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

bool BackupCatalog::coversNamespace(const QString &namespaceName) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [&](const BackupCatalogEntry &entry) { return entry.namespaceName == namespaceName; });
}

QStringList BackupCatalog::directories(const QString &namespaceName) const
{
    QStringList dirs;
    for (const BackupCatalogEntry &entry : m_entries) {
        if (entry.namespaceName != namespaceName)
            continue;
        const QString dir = QFileInfo(entry.path).absolutePath();
        if (!dirs.contains(dir))
            dirs << dir;
    }
    dirs.sort();
    return dirs;
}

BackupCatalogSummary BackupCatalog::summary(const QString &namespaceName, const QString &datastore) const
{
    BackupCatalogSummary summary;
    QStringList counted;
    for (const BackupCatalogEntry &entry : m_entries) {
        if (entry.namespaceName != namespaceName || entry.datastore != datastore)
            continue;
        const QFileInfo file(entry.path);
        if (!file.exists())
            continue; // pruned or moved: it no longer protects anything
        if (entry.kind == BackupCatalogEntry::Kind::RestoreTest) {
            if (!summary.lastRestoreTestAt || entry.at > *summary.lastRestoreTestAt) {
                summary.lastRestoreTestAt = entry.at;
                summary.lastRestoreTestPath = entry.path;
            }
            continue;
        }
        if (!summary.directories.contains(file.absolutePath()))
            summary.directories << file.absolutePath();
        if (counted.contains(entry.path))
            continue;
        counted << entry.path;
        ++summary.verifiedBackups;
        const QDateTime taken = entry.takenAt.isValid() ? entry.takenAt : entry.at;
        if (!summary.newestVerifiedTakenAt || taken > *summary.newestVerifiedTakenAt) {
            summary.newestVerifiedTakenAt = taken;
            summary.newestPath = entry.path;
        }
    }
    summary.directories.sort();
    return summary;
}

bool BackupCatalog::record(const BackupCatalogEntry &entry, QString *error, const QString &path)
{
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        if (error)
            *error = QCoreApplication::translate("Ops", "the backup catalog %1 is locked by another process").arg(path);
        return false;
    }
    BackupCatalog catalog(path);
    QString loadError;
    if (!catalog.load(&loadError)) {
        // A corrupt catalog is kept aside, not silently overwritten.
        QFile::rename(path, path + QStringLiteral(".corrupt-")
                                + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")));
    }
    catalog.add(entry);
    return catalog.save(error);
}

} // namespace Fleet
