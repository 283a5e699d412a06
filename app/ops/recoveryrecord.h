// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"

#include <QFuture>
#include <QString>

namespace Ops {

/**
 * The safety net of a password rotation: until the credentials Secret holds the new password, the new
 * password (and the old one, for a rollback after a crash) lives in a file encrypted with GPGME,
 * OpenPGP symmetric (AES-256, iterated and salted S2K), with a passphrase the user supplies. Nothing is
 * derived or stored by Proofer that could open it: without the passphrase the file is noise. The file is
 * 0600 in a 0700 directory, written and fsync'd before the server is touched, and deleted once the
 * Secret holds the new password (or the rollback has put the old one back everywhere).
 *
 * Recover by hand with: gpg --decrypt <file>  (asks for the passphrase).
 *
 * gpg does the work (gpg-agent in loopback pinentry mode, symmetric key cache off), which blocks:
 * the async functions run it on the thread pool.
 */
class RecoveryRecord final
{
public:
    /** <AppDataLocation>/recovery (created 0700 on demand). */
    static QString defaultDirectory();

    /**
     * Encrypts @p plaintext to a new file <directory>/<name>-<time>.json.gpg (0600), fsync'd. Returns its
     * path, or an empty string with @p error. Blocking (runs gpg).
     */
    static QString write(const QString &directory, const QString &name, const Core::Secret &plaintext,
                         const Core::Secret &passphrase, QString *error);
    /** A path for a new record <directory>/<name>-<time>-<random>.json.gpg (nothing is created). */
    static QString newPath(const QString &directory, const QString &name);
    /** Encrypts @p plaintext to the new file @p path (0600, must not exist), fsync'd. False with @p error. Blocking. */
    static bool writeTo(const QString &path, const Core::Secret &plaintext, const Core::Secret &passphrase,
                        QString *error);
    /** Decrypts a record; empty with @p error on a wrong passphrase, a damaged file or no integrity check. Blocking. */
    static Core::Secret read(const QString &path, const Core::Secret &passphrase, QString *error);
    /** Overwrites and removes a record (it only holds ciphertext; the overwrite is tidiness, not security). */
    static bool remove(const QString &path, QString *error = nullptr);

    struct Written
    {
        QString path;
        QString error;
    };
    /** writeTo() on the thread pool. */
    static QFuture<Written> writeToAsync(const QString &path, const Core::Secret &plaintext, const Core::Secret &passphrase);
    /** write() on the thread pool. */
    static QFuture<Written> writeAsync(const QString &directory, const QString &name, const Core::Secret &plaintext,
                                       const Core::Secret &passphrase);
};

} // namespace Ops
