// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Fleet {

/**
 * One file at a backup location whose name follows the platform's backup script,
 * `<db>_<datastore>_<timestamp>.sql.gz.gpg` (checklist item 10). Proofer's own backups follow it too.
 */
struct ListedBackup
{
    QString path; ///< absolute
    QString database; ///< as the name writes it
    QString datastore;
    QDateTime takenAt; ///< the name's timestamp, UTC
    qint64 size = 0;
    /**
     * The file starts as an OpenPGP encrypted message (a public-key or passphrase session key packet, or the
     * armored form): what gpg --encrypt writes. It was not decrypted: the content is not verified.
     */
    bool encrypted = false;
};

/** What one backup location (a directory on this machine) held when the scan listed it. */
struct BackupLocationListing
{
    QString location; ///< the directory, absolute
    QString error; ///< it could not be listed: why (nothing below is known then)
    QList<ListedBackup> backups; ///< every file whose name follows the pattern
    int otherFiles = 0; ///< *.gpg files whose name does not
    bool truncated = false; ///< the directory had more entries than the bound: the rest were not looked at
};

/**
 * Parses a backup file name. The timestamp may be written 20261127T020000Z, 20261127_020000, 20261127-020000 or
 * 20261127020000, read as UTC. Nothing when the name does not follow the pattern. Sets only the name's fields.
 */
std::optional<ListedBackup> parseBackupFileName(const QString &fileName);

/** Whether @p head (the first bytes of a file) starts an OpenPGP encrypted message. */
bool startsEncryptedMessage(const QByteArray &head);

/**
 * Lists @p directory (not recursively; at most @p maxEntries entries are looked at) and reads the first bytes of
 * each backup file. Blocking file I/O: never on the GUI thread.
 */
BackupLocationListing listBackupLocation(const QString &directory, int maxEntries = 100000);

} // namespace Fleet
