// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// OpenPGP encryption and decryption of backups with GPGME. Blocking calls: run them on a worker.
// Passphrases reach gpg only through GPGME's passphrase callback in loopback pinentry mode (never a
// command line, an environment variable or a file), and gpg-agent is told not to cache them.

#include "core/secret.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Ops::Gpg {

/** How a backup is encrypted: to a recipient key (fingerprint), or symmetrically with a passphrase. */
struct EncryptionKey
{
    QString recipientFingerprint; ///< a public key in the keyring; wins over the passphrase when set
    Core::Secret passphrase;
    QString homeDirectory; ///< GNUPGHOME for this operation; empty: gpg's default ($GNUPGHOME, ~/.gnupg)
    /** The operator's key (full fingerprint; its secret key in the keyring): the backup is signed with it as it is
     *  encrypted (`gpg --sign --encrypt`), so that a restore can tell it from one forged with the public key. Empty:
     *  not signed. */
    QString signerFingerprint;
};

/**
 * Stops the gpg-agent that gpg started for @p homeDirectory (`gpgconf --homedir … --kill gpg-agent`, waiting for it:
 * blocking, for a worker of opsThreadPool()). An operation calls it when it is done with an explicit GNUPGHOME, before
 * it reports its end, so that no agent of a private home outlives it; the default home (empty) is never touched.
 */
void stopAgent(const QString &homeDirectory);

/** Pulls the next plaintext bytes: returns the count (0 at the end) or -1 on error (then @p error is set). */
using Source = std::function<qint64(char *buffer, qint64 size, QString *error)>;

/** Encrypts what @p source yields into @p outFd (binary OpenPGP, MDC/integrity protected). */
bool encrypt(const Source &source, int outFd, const EncryptionKey &key, const std::atomic_bool *cancelled,
             QString *error);

enum class DecryptStatus {
    Ok,
    WrongPassphrase,
    NoSecretKey,
    NotIntegrityProtected, ///< no MDC: a modification could not be detected
    Modified,              ///< the integrity check failed
    Truncated,
    NotOpenPgp,
    WriteFailed, ///< the plaintext could not be written (a full disk)
    Cancelled,
    Failed,
};

/** What the signature of a decrypted file says (DecryptResult::signature). */
enum class SignatureStatus {
    None,       ///< not signed
    Good,       ///< a good signature by a key this keyring holds valid (certified, or the operator's own)
    Untrusted,  ///< a good signature by a key this keyring has but does not hold valid
    UnknownKey, ///< signed by a key this keyring does not have
    Bad,        ///< the signature does not verify (forged or changed), or its key is revoked or expired
};

/** "good", "untrusted", "unknown-key", "bad", "none": the journal's word for @p status. */
QString signatureStatusName(SignatureStatus status);

struct DecryptResult
{
    DecryptStatus status = DecryptStatus::Failed;
    QString message; ///< for people; names the file and the cause
    QString cipher;  ///< e.g. "AES256.CFB"
    qint64 bytes = 0; ///< plaintext bytes written
    SignatureStatus signature = SignatureStatus::None; ///< read once the decryption is Ok
    QString signerFingerprint; ///< of the signing key (empty: not signed)
    QString signer;            ///< its first user id, when the keyring has the key
};

/** Takes the next plaintext bytes; false (with @p error) stops the decryption. */
using Sink = std::function<bool(const char *data, qint64 size, QString *error)>;

/**
 * Decrypts the file @p inPath into @p sink. Succeeds only when gpg reports a clean decryption with an
 * intact integrity check (MDC or AEAD); anything else is a specific failure and the caller must discard
 * what was written. @p passphrase serves a symmetric file or unlocks the user's secret key.
 */
DecryptResult decrypt(const QString &inPath, const Sink &sink, const Core::Secret &passphrase,
                      const QString &homeDirectory, const std::atomic_bool *cancelled);
/** decrypt() into a file descriptor (a write error, e.g. ENOSPC, is WriteFailed). */
DecryptResult decrypt(const QString &inPath, int outFd, const Core::Secret &passphrase, const QString &homeDirectory,
                      const std::atomic_bool *cancelled);

/** The GPGME version in use (initialises GPGME once). */
QString gpgmeVersion();

} // namespace Ops::Gpg
