// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/backuplocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
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

} // namespace Fleet
