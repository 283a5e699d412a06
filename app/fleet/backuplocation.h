// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fleet {

/**
 * One file at a backup location whose name follows the platform's backup script,
 * `<db>_<datastore>_<timestamp>.sql.gz.gpg` (checklist item 10). Proofer's own backups follow it too.
 */
struct ListedBackup
{
    QString path; ///< absolute; on a PVC pvc/<claim>:<path in the volume>
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

/**
 * What one backup location held when the scan listed it: a directory on this machine, or a directory on a PVC of the
 * scanned namespace read through a pod that mounts it (VolumeBackupLocation).
 */
struct BackupLocationListing
{
    /**
     * The directory, absolute; on a PVC "<path in the volume> on PVC <claim> via pod <pod>" (before a pod was found,
     * or when none was: the location as given, pvc/<claim>:<path>).
     */
    QString location;
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

/** Whether a file head was read as many bytes as startsEncryptedMessage() needs. */
constexpr int BackupHeadBytes = 32;

/**
 * A backup location on a PersistentVolumeClaim of the scanned namespace, written pvc/<claim>:<path in the volume>
 * (`proofer scan --backup-location pvc/backups:/daily`; the path defaults to the volume's root). It is listed in a
 * running pod that mounts the claim (Fleet::listVolumeBackupLocation), with the commands of volumeListingCommand()
 * and volumeHeadCommand().
 */
struct VolumeBackupLocation
{
    QString claim;
    QString path = QStringLiteral("/"); ///< in the volume, absolute, clean

    /** pvc/<claim>:<path>, as given. */
    QString spec() const { return QStringLiteral("pvc/%1:%2").arg(claim, path); }
    /** Parses pvc/<claim>[:<path>]; nothing with @p error when @p text is not that form or names no valid claim. */
    static std::optional<VolumeBackupLocation> parse(const QString &text, QString *error);
    /** @p text starts with pvc/: it is meant as a PVC, not a directory named so. */
    static bool looksLikeVolume(const QString &text) { return text.startsWith(QStringLiteral("pvc/")); }
};

/** The container that reads a claim's directory: which pod, which container, where the directory is in it. */
struct VolumeReader
{
    QString pod;
    QString container;
    QString directory; ///< the location's directory in the container's file system
};

/**
 * Chooses, among @p pods (Pod objects of one namespace, any order), a Running pod with a running container that
 * mounts @p location's claim (a subPath mount only when it covers the location's path), by pod name; nothing with
 * @p whyNot when there is none.
 */
std::optional<VolumeReader> volumeReaderFor(const QList<QJsonObject> &pods, const VolumeBackupLocation &location,
                                            QString *whyNot);

/**
 * The listing command (no shell, on busybox and on GNU findutils/coreutils alike):
 * `find DIR -maxdepth 1 -type f -name *.gpg -exec stat -c "%s %n" {} +` — one "SIZE PATH" line per regular *.gpg file
 * directly in DIR.
 */
QStringList volumeListingCommand(const QString &directory);

/**
 * Reads volumeListingCommand()'s output into @p listing (backups with their size, otherFiles; truncated past
 * @p maxEntries lines or when @p cut: the output was stopped at its bound). Paths become pvc/<claim>:<path in the
 * volume>; the backups' encrypted flags are left for the heads. Returns the container paths of the backups whose
 * first bytes are to be read (those not empty), in the order of @p listing.backups.
 */
QStringList parseVolumeListing(const QByteArray &output, const QString &directory, const VolumeBackupLocation &location,
                               int maxEntries, bool cut, BackupLocationListing *listing);

/** `head -c 32 -v FILE…` for @p files (container paths): each file's first bytes after a "==> FILE <==" line. */
QStringList volumeHeadCommand(const QStringList &files);

/**
 * Splits volumeHeadCommand()'s output into each file's first bytes. A file head could not open (gone, unreadable)
 * has no header and no entry.
 */
QHash<QString, QByteArray> splitHeads(const QByteArray &output, const QStringList &files);

} // namespace Fleet
