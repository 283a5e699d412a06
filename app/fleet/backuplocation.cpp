// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/backuplocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace Fleet {

std::optional<ListedBackup> parseBackupFileName(const QString &fileName)
{
    // <db>_<datastore>_<timestamp>.sql.gz.gpg, the datastore a Kubernetes name; the database may hold underscores.
    static const QRegularExpression pattern(QStringLiteral(
        "^(.+)_([a-z0-9]([-a-z0-9.]*[a-z0-9])?)_(\\d{8})(T?|_|-)(\\d{6})(Z?)\\.sql\\.gz\\.gpg$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    // The separators come in pairs: T…Z, or _ / - / nothing without Z.
    const QString separator = match.captured(5);
    if ((separator == u"T") != (match.captured(7) == u"Z"))
        return std::nullopt;
    QDateTime when = QDateTime::fromString(match.captured(4) + match.captured(6), QStringLiteral("yyyyMMddHHmmss"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    ListedBackup backup;
    backup.database = match.captured(1);
    backup.datastore = match.captured(2);
    backup.takenAt = when;
    return backup;
}

bool startsEncryptedMessage(const QByteArray &head)
{
    if (head.startsWith("-----BEGIN PGP MESSAGE-----"))
        return true;
    if (head.isEmpty())
        return false;
    const auto first = uchar(head.at(0));
    if (!(first & 0x80))
        return false; // not a packet header
    const int tag = (first & 0x40) ? (first & 0x3f) : ((first >> 2) & 0x0f);
    return tag == 1 || tag == 3; // public-key or symmetric-key encrypted session key: an encrypted message begins
}

BackupLocationListing listBackupLocation(const QString &directory, int maxEntries)
{
    BackupLocationListing listing;
    const QFileInfo info(directory);
    listing.location = info.absoluteFilePath();
    if (!info.exists()) {
        listing.error = QCoreApplication::translate("Fleet", "%1 does not exist").arg(listing.location);
        return listing;
    }
    if (!info.isDir()) {
        listing.error = QCoreApplication::translate("Fleet", "%1 is not a directory").arg(listing.location);
        return listing;
    }
    if (!info.isReadable() || !info.isExecutable()) {
        listing.error = QCoreApplication::translate("Fleet", "%1 cannot be read (permission denied)").arg(listing.location);
        return listing;
    }
    QDirIterator it(listing.location, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
    int seen = 0;
    while (it.hasNext()) {
        if (seen++ >= maxEntries) {
            listing.truncated = true;
            break;
        }
        const QFileInfo file = it.nextFileInfo();
        const QString name = file.fileName();
        if (!name.endsWith(u".gpg"))
            continue;
        std::optional<ListedBackup> backup = parseBackupFileName(name);
        if (!backup) {
            ++listing.otherFiles;
            continue;
        }
        backup->path = file.absoluteFilePath();
        backup->size = file.size();
        QFile content(backup->path);
        if (content.open(QIODevice::ReadOnly))
            backup->encrypted = startsEncryptedMessage(content.read(32));
        listing.backups << *backup;
    }
    std::sort(listing.backups.begin(), listing.backups.end(), [](const ListedBackup &a, const ListedBackup &b) {
        return a.takenAt != b.takenAt ? a.takenAt < b.takenAt : a.path < b.path;
    });
    return listing;
}

std::optional<VolumeBackupLocation> VolumeBackupLocation::parse(const QString &text, QString *error)
{
    const auto fail = [error, &text](const QString &why) -> std::optional<VolumeBackupLocation> {
        if (error)
            *error = QCoreApplication::translate("Fleet", "%1: %2").arg(text, why);
        return std::nullopt;
    };
    if (!looksLikeVolume(text))
        return fail(QCoreApplication::translate("Fleet", "a PVC location is written pvc/NAME:/path/in/volume"));
    const QString rest = text.mid(4);
    const qsizetype colon = rest.indexOf(u':');
    VolumeBackupLocation location;
    location.claim = colon < 0 ? rest : rest.left(colon);
    static const QRegularExpression name(QStringLiteral("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"));
    if (!name.match(location.claim).hasMatch())
        return fail(QCoreApplication::translate("Fleet", "\"%1\" is not a PVC name").arg(location.claim));
    const QString path = colon < 0 ? QStringLiteral("/") : rest.mid(colon + 1);
    if (!path.startsWith(u'/'))
        return fail(QCoreApplication::translate("Fleet", "the path in the volume must start with /"));
    for (const QChar c : path) {
        if (c.category() == QChar::Other_Control)
            return fail(QCoreApplication::translate("Fleet", "the path holds a control character"));
    }
    location.path = QDir::cleanPath(path);
    if (location.path.split(u'/').contains(QStringLiteral("..")))
        return fail(QCoreApplication::translate("Fleet", "the path may not leave the volume (..)"));
    return location;
}

namespace {

/** The container path of @p location's directory through @p mount (a volumeMount of the claim's volume), if it covers it. */
std::optional<QString> directoryThrough(const QJsonObject &mount, const VolumeBackupLocation &location)
{
    QString mountPath = QDir::cleanPath(mount.value(QStringLiteral("mountPath")).toString());
    if (!mountPath.startsWith(u'/'))
        return std::nullopt;
    const QString subPath = QDir::cleanPath(u'/' + mount.value(QStringLiteral("subPath")).toString());
    QString inMount;
    if (subPath == u"/")
        inMount = location.path;
    else if (location.path == subPath)
        inMount = QStringLiteral("/");
    else if (location.path.startsWith(subPath + u'/'))
        inMount = location.path.mid(subPath.size());
    else
        return std::nullopt;
    if (mountPath == u"/")
        mountPath.clear();
    return inMount == u"/" ? (mountPath.isEmpty() ? QStringLiteral("/") : mountPath) : mountPath + inMount;
}

bool containerRunning(const QJsonObject &pod, const QString &container)
{
    const QJsonArray statuses = pod.value(QStringLiteral("status")).toObject().value(QStringLiteral("containerStatuses")).toArray();
    for (const QJsonValue &value : statuses) {
        const QJsonObject status = value.toObject();
        if (status.value(QStringLiteral("name")).toString() == container)
            return status.value(QStringLiteral("state")).toObject().contains(QStringLiteral("running"));
    }
    return false;
}

} // namespace

std::optional<VolumeReader> volumeReaderFor(const QList<QJsonObject> &pods, const VolumeBackupLocation &location,
                                            QString *whyNot)
{
    QList<QJsonObject> sorted = pods;
    std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString()
            < b.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
    });
    QStringList notRunning;
    bool mounted = false;
    for (const QJsonObject &pod : std::as_const(sorted)) {
        const QString podName = pod.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        const QJsonObject spec = pod.value(QStringLiteral("spec")).toObject();
        QStringList volumes;
        for (const QJsonValue &volume : spec.value(QStringLiteral("volumes")).toArray()) {
            const QJsonObject object = volume.toObject();
            if (object.value(QStringLiteral("persistentVolumeClaim")).toObject().value(QStringLiteral("claimName")).toString()
                == location.claim)
                volumes << object.value(QStringLiteral("name")).toString();
        }
        if (volumes.isEmpty())
            continue;
        const bool podRunning = pod.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString() == u"Running";
        for (const QJsonValue &value : spec.value(QStringLiteral("containers")).toArray()) {
            const QJsonObject container = value.toObject();
            const QString containerName = container.value(QStringLiteral("name")).toString();
            for (const QJsonValue &mountValue : container.value(QStringLiteral("volumeMounts")).toArray()) {
                const QJsonObject mount = mountValue.toObject();
                if (!volumes.contains(mount.value(QStringLiteral("name")).toString()))
                    continue;
                const std::optional<QString> directory = directoryThrough(mount, location);
                if (!directory)
                    continue;
                mounted = true;
                if (!podRunning || !containerRunning(pod, containerName)) {
                    notRunning << podName;
                    continue;
                }
                return VolumeReader { podName, containerName, *directory };
            }
        }
    }
    if (whyNot) {
        notRunning.removeDuplicates();
        *whyNot = !mounted ? QCoreApplication::translate("Fleet", "no pod mounts PVC %1 (at %2)").arg(location.claim, location.path)
                           : QCoreApplication::translate("Fleet", "no running pod mounts PVC %1 (%2 not running)")
                                 .arg(location.claim, notRunning.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

QStringList volumeListingCommand(const QString &directory)
{
    // -maxdepth first (GNU find warns otherwise); -exec … {} + batches like xargs, busybox too (or runs stat per file:
    // the same output).
    return { QStringLiteral("find"), directory,         QStringLiteral("-maxdepth"), QStringLiteral("1"),
             QStringLiteral("-type"), QStringLiteral("f"), QStringLiteral("-name"),   QStringLiteral("*.gpg"),
             QStringLiteral("-exec"), QStringLiteral("stat"), QStringLiteral("-c"),   QStringLiteral("%s %n"),
             QStringLiteral("{}"),    QStringLiteral("+") };
}

QStringList parseVolumeListing(const QByteArray &output, const QString &directory, const VolumeBackupLocation &location,
                               int maxEntries, bool cut, BackupLocationListing *listing)
{
    QStringList heads;
    QList<QByteArray> lines = output.split('\n');
    // The last piece is what follows the last newline: empty, or a line cut at the output's bound.
    const bool partial = !lines.constLast().isEmpty();
    lines.removeLast();
    listing->truncated = cut || partial;
    const QString prefix = directory == u"/" ? directory : directory + u'/';
    const QString volumePrefix = location.path == u"/" ? location.path : location.path + u'/';
    QList<QPair<ListedBackup, QString>> found;
    int seen = 0;
    for (const QByteArray &line : std::as_const(lines)) {
        if (seen++ >= maxEntries) {
            listing->truncated = true;
            break;
        }
        const qsizetype space = line.indexOf(' ');
        bool ok = false;
        const qint64 size = line.left(space).toLongLong(&ok);
        const QString path = QString::fromUtf8(line.mid(space + 1));
        if (space <= 0 || !ok || !path.startsWith(prefix) || path.mid(prefix.size()).contains(u'/'))
            continue;
        const QString name = path.mid(prefix.size());
        std::optional<ListedBackup> backup = parseBackupFileName(name);
        if (!backup) {
            ++listing->otherFiles;
            continue;
        }
        backup->path = QStringLiteral("pvc/%1:%2").arg(location.claim, volumePrefix + name);
        backup->size = size;
        found << qMakePair(*backup, path);
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first.takenAt != b.first.takenAt ? a.first.takenAt < b.first.takenAt : a.first.path < b.first.path;
    });
    for (const auto &[backup, path] : std::as_const(found)) {
        listing->backups << backup;
        heads << (backup.size > 0 ? path : QString());
    }
    return heads;
}

QStringList volumeHeadCommand(const QStringList &files)
{
    return QStringList { QStringLiteral("head"), QStringLiteral("-c"), QString::number(BackupHeadBytes),
                         QStringLiteral("-v") }
    + files;
}

QHash<QString, QByteArray> splitHeads(const QByteArray &output, const QStringList &files)
{
    // head prints "==> FILE <==\n" before each file it opened, and "\n" before every header but the first; a file's
    // bytes are at most BackupHeadBytes, and a header is longer than that: the next header is found in that window.
    QHash<QString, QByteArray> heads;
    QString current;
    qsizetype contentStart = -1;
    for (const QString &file : files) {
        const QByteArray marker = "==> " + file.toUtf8() + " <==\n";
        qsizetype found = -1;
        if (contentStart < 0) {
            if (output.startsWith(marker))
                found = 0;
        } else {
            const QByteArray window = output.mid(contentStart, BackupHeadBytes + 1 + marker.size());
            const qsizetype at = window.indexOf(QByteArray('\n' + marker));
            if (at >= 0)
                found = contentStart + at + 1;
        }
        if (found < 0)
            continue;
        if (contentStart >= 0)
            heads.insert(current, output.mid(contentStart, found - 1 - contentStart));
        current = file;
        contentStart = found + marker.size();
    }
    if (contentStart >= 0)
        heads.insert(current, output.mid(contentStart, BackupHeadBytes));
    return heads;
}

} // namespace Fleet
