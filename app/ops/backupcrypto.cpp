// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/backupcrypto.h"

#include "core/logging.h"
#include "ops/gpghandles.h"

#include <QCoreApplication>
#include <QFile>

#include <gpgme.h>

#include <cerrno>
#include <cstring>
#include <mutex>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Ops::Gpg {

void initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        gpgme_check_version(nullptr);
        gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP);
    });
}

namespace {

/** What the passphrase callback hands to gpg, and what it saw. */
struct PassphraseState
{
    const Core::Secret *passphrase = nullptr;
    int asked = 0;
    bool rejected = false; ///< gpg said the previous one was bad
};

gpgme_error_t passphraseCallback(void *hook, const char *, const char *, int prevWasBad, int fd)
{
    auto *state = static_cast<PassphraseState *>(hook);
    ++state->asked;
    if (prevWasBad || state->asked > 3) {
        state->rejected = true;
        return gpg_error(GPG_ERR_CANCELED);
    }
    if (!state->passphrase || state->passphrase->isEmpty())
        return gpg_error(GPG_ERR_NO_PASSPHRASE);
    const QByteArray &bytes = state->passphrase->reveal();
    if (gpgme_io_writen(fd, bytes.constData(), size_t(bytes.size())) != 0 || gpgme_io_writen(fd, "\n", 1) != 0)
        return gpgme_error_from_errno(errno);
    return 0;
}

ContextPtr newContext(const QString &homeDirectory, PassphraseState *state, QString *error)
{
    initialise();
    gpgme_ctx_t raw = nullptr;
    gpgme_error_t status = gpgme_new(&raw);
    ContextPtr ctx(raw);
    if (status) {
        *error = QCoreApplication::translate("Ops", "GPGME could not start: %1").arg(errorText(status));
        return {};
    }
    gpgme_set_protocol(ctx.get(), GPGME_PROTOCOL_OpenPGP);
    gpgme_set_armor(ctx.get(), 0);
    if (!homeDirectory.isEmpty()) {
        status = gpgme_ctx_set_engine_info(ctx.get(), GPGME_PROTOCOL_OpenPGP, nullptr,
                                           QFile::encodeName(homeDirectory).constData());
        if (status) {
            *error = QCoreApplication::translate("Ops", "GPGME cannot use the GnuPG home %1: %2").arg(homeDirectory, errorText(status));
            return {};
        }
    }
    // The passphrase goes through the callback only; gpg-agent must not remember a symmetric one
    // (a later run with a wrong passphrase would otherwise succeed from the cache).
    gpgme_set_pinentry_mode(ctx.get(), GPGME_PINENTRY_MODE_LOOPBACK);
    gpgme_set_passphrase_cb(ctx.get(), passphraseCallback, state);
    gpgme_set_ctx_flag(ctx.get(), "no-symkey-cache", "1");
    return ctx;
}

struct SourceHandle
{
    const Source *source = nullptr;
    const std::atomic_bool *cancelled = nullptr;
    QString error;
};

ssize_t sourceRead(void *handle, void *buffer, size_t size)
{
    auto *h = static_cast<SourceHandle *>(handle);
    if (h->cancelled && h->cancelled->load()) {
        h->error = QCoreApplication::translate("Ops", "cancelled");
        errno = ECANCELED;
        return -1;
    }
    const qint64 got = (*h->source)(static_cast<char *>(buffer), qint64(size), &h->error);
    if (got < 0) {
        errno = EIO;
        return -1;
    }
    return ssize_t(got);
}

struct SinkHandle
{
    int fd = -1;
    qint64 written = 0;
    int writeErrno = 0;
    const std::atomic_bool *cancelled = nullptr;
    bool wasCancelled = false;
    const Sink *sink = nullptr;
    QString sinkError;
};

ssize_t sinkWrite(void *handle, const void *buffer, size_t size)
{
    auto *h = static_cast<SinkHandle *>(handle);
    if (h->cancelled && h->cancelled->load()) {
        h->wasCancelled = true;
        errno = ECANCELED;
        return -1;
    }
    const char *bytes = static_cast<const char *>(buffer);
    if (h->sink) {
        if (!(*h->sink)(bytes, qint64(size), &h->sinkError)) {
            h->writeErrno = EIO;
            return -1;
        }
        h->written += qint64(size);
        return ssize_t(size);
    }
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(h->fd, bytes + done, size - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            h->writeErrno = errno;
            return -1;
        }
        done += size_t(n);
    }
    h->written += qint64(size);
    return ssize_t(size);
}

struct FileHandle
{
    QFile *file = nullptr;
    const std::atomic_bool *cancelled = nullptr;
    bool wasCancelled = false;
    qint64 read = 0;
};

ssize_t fileRead(void *handle, void *buffer, size_t size)
{
    auto *h = static_cast<FileHandle *>(handle);
    if (h->cancelled && h->cancelled->load()) {
        h->wasCancelled = true;
        errno = ECANCELED;
        return -1;
    }
    const qint64 got = h->file->read(static_cast<char *>(buffer), qint64(size));
    if (got < 0) {
        errno = EIO;
        return -1;
    }
    h->read += got;
    return ssize_t(got);
}

/** The first signature of what gpgme_op_decrypt_verify just decrypted. */
void readSignature(gpgme_ctx_t ctx, DecryptResult *result)
{
    const gpgme_verify_result_t verified = gpgme_op_verify_result(ctx);
    if (!verified || !verified->signatures)
        return;
    const gpgme_signature_t signature = verified->signatures;
    result->signerFingerprint = QString::fromLatin1(signature->fpr);
    const gpg_err_code_t code = gpgme_err_code(signature->status);
    if (code == GPG_ERR_NO_PUBKEY)
        result->signature = SignatureStatus::UnknownKey;
    else if (code != GPG_ERR_NO_ERROR)
        result->signature = SignatureStatus::Bad;
    else if (signature->validity >= GPGME_VALIDITY_FULL && (signature->summary & GPGME_SIGSUM_VALID))
        result->signature = SignatureStatus::Good;
    else
        result->signature = SignatureStatus::Untrusted;
    gpgme_key_t raw = nullptr;
    if (signature->fpr && gpgme_get_key(ctx, signature->fpr, &raw, 0) == 0 && raw) {
        KeyPtr key(raw);
        if (raw->uids && raw->uids->uid)
            result->signer = QString::fromUtf8(raw->uids->uid);
        if (raw->fpr)
            result->signerFingerprint = QString::fromLatin1(raw->fpr); // the primary key's, not the subkey's
    }
}

} // namespace

QString gpgmeVersion()
{
    initialise();
    return QString::fromLatin1(gpgme_check_version(nullptr));
}

bool encrypt(const Source &source, int outFd, const EncryptionKey &key, const std::atomic_bool *cancelled,
             QString *error)
{
    PassphraseState state;
    state.passphrase = &key.passphrase;
    ContextPtr ctx = newContext(key.homeDirectory, &state, error);
    if (!ctx)
        return false;

    KeyPtr recipient;
    if (!key.recipientFingerprint.isEmpty()) {
        gpgme_key_t raw = nullptr;
        const gpgme_error_t status = gpgme_get_key(ctx.get(), key.recipientFingerprint.toLatin1().constData(), &raw, 0);
        recipient.reset(raw);
        if (status || !raw) {
            *error = QCoreApplication::translate("Ops", "no public key %1 in the keyring: %2").arg(key.recipientFingerprint, errorText(status));
            return false;
        }
        if (!raw->can_encrypt || raw->revoked || raw->expired || raw->disabled || raw->invalid) {
            *error = QCoreApplication::translate("Ops", "the key %1 cannot encrypt (revoked, expired, disabled or without an encryption subkey)")
                         .arg(key.recipientFingerprint);
            return false;
        }
    } else if (key.passphrase.isEmpty()) {
        *error = QCoreApplication::translate("Ops", "no recipient key and no passphrase: the backup would not be encrypted");
        return false;
    }
    KeyPtr signer;
    if (!key.signerFingerprint.isEmpty()) {
        gpgme_key_t raw = nullptr;
        const gpgme_error_t status = gpgme_get_key(ctx.get(), key.signerFingerprint.toLatin1().constData(), &raw, 1);
        signer.reset(raw);
        if (status || !raw) {
            *error = QCoreApplication::translate("Ops", "no secret key %1 in the keyring to sign the backup with: %2").arg(key.signerFingerprint, errorText(status));
            return false;
        }
        if (!raw->can_sign || raw->revoked || raw->expired || raw->disabled || raw->invalid) {
            *error = QCoreApplication::translate("Ops", "the key %1 cannot sign (revoked, expired, disabled or without a signing subkey)")
                         .arg(key.signerFingerprint);
            return false;
        }
        gpgme_signers_clear(ctx.get());
        if (const gpgme_error_t added = gpgme_signers_add(ctx.get(), raw)) {
            *error = QCoreApplication::translate("Ops", "gpg cannot sign with %1: %2").arg(key.signerFingerprint, errorText(added));
            return false;
        }
    }

    SourceHandle in{&source, cancelled, {}};
    gpgme_data_cbs inCbs{sourceRead, nullptr, nullptr, nullptr};
    gpgme_data_t rawIn = nullptr;
    gpgme_data_new_from_cbs(&rawIn, &inCbs, &in);
    DataPtr inData(rawIn);
    SinkHandle out{outFd, 0, 0, cancelled, false, nullptr, {}};
    gpgme_data_cbs outCbs{nullptr, sinkWrite, nullptr, nullptr};
    gpgme_data_t rawOut = nullptr;
    gpgme_data_new_from_cbs(&rawOut, &outCbs, &out);
    DataPtr outData(rawOut);

    gpgme_key_t recipients[2] = {recipient.get(), nullptr};
    // The operator names the key by its full fingerprint: that is the trust decision.
    const auto operation = signer ? gpgme_op_encrypt_sign : gpgme_op_encrypt;
    const gpgme_error_t status =
        recipient ? operation(ctx.get(), recipients, GPGME_ENCRYPT_ALWAYS_TRUST, inData.get(), outData.get())
                  : operation(ctx.get(), nullptr, GPGME_ENCRYPT_SYMMETRIC, inData.get(), outData.get());
    if (!in.error.isEmpty()) {
        *error = in.error;
        return false;
    }
    if (out.writeErrno) {
        *error = QCoreApplication::translate("Ops", "cannot write the backup (is the disk full?): %1").arg(QString::fromLocal8Bit(std::strerror(out.writeErrno)));
        return false;
    }
    if (out.wasCancelled || (cancelled && cancelled->load())) {
        *error = QCoreApplication::translate("Ops", "cancelled");
        return false;
    }
    if (status) {
        *error = QCoreApplication::translate("Ops", "gpg could not encrypt: %1").arg(errorText(status));
        return false;
    }
    if (gpgme_encrypt_result_t result = gpgme_op_encrypt_result(ctx.get()); result && result->invalid_recipients) {
        *error = QCoreApplication::translate("Ops", "gpg refused the recipient %1").arg(QString::fromLatin1(result->invalid_recipients->fpr));
        return false;
    }
    if (signer) {
        const gpgme_sign_result_t signed_ = gpgme_op_sign_result(ctx.get());
        if (!signed_ || signed_->invalid_signers || !signed_->signatures) {
            *error = QCoreApplication::translate("Ops", "gpg did not sign the backup with %1").arg(key.signerFingerprint);
            return false;
        }
    }
    return true;
}

DecryptResult decrypt(const QString &inPath, int outFd, const Core::Secret &passphrase, const QString &homeDirectory,
                      const std::atomic_bool *cancelled)
{
    const Sink sink = [outFd](const char *data, qint64 size, QString *error) {
        qint64 done = 0;
        while (done < size) {
            const ssize_t n = ::write(outFd, data + done, size_t(size - done));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                *error = QCoreApplication::translate("Ops", "cannot write the decrypted backup (is the disk full?): %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)));
                return false;
            }
            done += n;
        }
        return true;
    };
    return decrypt(inPath, sink, passphrase, homeDirectory, cancelled);
}

DecryptResult decrypt(const QString &inPath, const Sink &sink, const Core::Secret &passphrase,
                      const QString &homeDirectory, const std::atomic_bool *cancelled)
{
    DecryptResult result;
    const QString name = QFile(inPath).fileName();
    QFile file(inPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.message = QCoreApplication::translate("Ops", "cannot read %1: %2").arg(inPath, file.errorString());
        return result;
    }
    if (file.size() == 0) {
        result.status = DecryptStatus::NotOpenPgp;
        result.message = QCoreApplication::translate("Ops", "%1 is empty").arg(inPath);
        return result;
    }
    PassphraseState state;
    state.passphrase = &passphrase;
    QString error;
    ContextPtr ctx = newContext(homeDirectory, &state, &error);
    if (!ctx) {
        result.message = error;
        return result;
    }
    FileHandle in{&file, cancelled, false, 0};
    gpgme_data_cbs inCbs{fileRead, nullptr, nullptr, nullptr};
    gpgme_data_t rawIn = nullptr;
    gpgme_data_new_from_cbs(&rawIn, &inCbs, &in);
    DataPtr inData(rawIn);
    SinkHandle out{-1, 0, 0, cancelled, false, &sink, {}};
    gpgme_data_cbs outCbs{nullptr, sinkWrite, nullptr, nullptr};
    gpgme_data_t rawOut = nullptr;
    gpgme_data_new_from_cbs(&rawOut, &outCbs, &out);
    DataPtr outData(rawOut);

    const gpgme_error_t status = gpgme_op_decrypt_verify(ctx.get(), inData.get(), outData.get());
    const gpgme_decrypt_result_t info = gpgme_op_decrypt_result(ctx.get());
    result.bytes = out.written;
    if (info && info->symkey_algo)
        result.cipher = QString::fromLatin1(info->symkey_algo);
    const gpg_err_code_t code = gpgme_err_code(status);
    qCDebug(lcOps) << "gpgme decrypt of" << name << "status" << errorText(status) << "asked" << state.asked
                   << "nomdc" << (info ? int(info->legacy_cipher_nomdc) : -1);

    if (in.wasCancelled || out.wasCancelled || (cancelled && cancelled->load())) {
        result.status = DecryptStatus::Cancelled;
        result.message = QCoreApplication::translate("Ops", "cancelled");
        return result;
    }
    if (out.writeErrno) {
        result.status = DecryptStatus::WriteFailed;
        result.message = out.sinkError;
        return result;
    }
    if (info && info->legacy_cipher_nomdc) {
        result.status = DecryptStatus::NotIntegrityProtected;
        result.message = QCoreApplication::translate("Ops", "%1 is not integrity protected (no MDC): a modification could not be detected, so it is "
                            "refused")
                             .arg(inPath);
        return result;
    }
    if (code == GPG_ERR_NO_ERROR) {
        if (info && info->unsupported_algorithm) {
            result.status = DecryptStatus::Failed;
            result.message = QCoreApplication::translate("Ops", "%1 uses an unsupported algorithm: %2")
                                 .arg(inPath, QString::fromLatin1(info->unsupported_algorithm));
            return result;
        }
        result.status = DecryptStatus::Ok;
        readSignature(ctx.get(), &result);
        return result;
    }
    switch (code) {
    case GPG_ERR_BAD_PASSPHRASE:
    case GPG_ERR_CANCELED:
    case GPG_ERR_NO_PASSPHRASE:
    case GPG_ERR_BAD_KEY:
        result.status = passphrase.isEmpty() && code == GPG_ERR_NO_PASSPHRASE ? DecryptStatus::NoSecretKey
                                                                               : DecryptStatus::WrongPassphrase;
        result.message = passphrase.isEmpty() ? QCoreApplication::translate("Ops", "%1 needs a passphrase and none was given").arg(inPath)
                                              : QCoreApplication::translate("Ops", "wrong passphrase for %1").arg(inPath);
        return result;
    case GPG_ERR_NO_SECKEY:
        result.status = DecryptStatus::NoSecretKey;
        result.message = QCoreApplication::translate("Ops", "%1 is encrypted to a key whose secret part is not in the keyring").arg(inPath);
        return result;
    case GPG_ERR_BAD_SIGNATURE:
    case GPG_ERR_CHECKSUM:
        result.status = DecryptStatus::Modified;
        result.message = QCoreApplication::translate("Ops", "%1 failed its integrity check: it was modified or damaged").arg(inPath);
        return result;
    case GPG_ERR_NO_DATA:
    case GPG_ERR_INV_PACKET:
    case GPG_ERR_UNKNOWN_PACKET: {
        // An OpenPGP packet starts with a byte whose top bit is set: a file that starts like one and
        // yields nothing ended early; anything else was never OpenPGP.
        QFile head(inPath);
        char first = 0;
        const bool looksOpenPgp = head.open(QIODevice::ReadOnly) && head.getChar(&first) && (uchar(first) & 0x80);
        result.status = looksOpenPgp || out.written > 0 ? DecryptStatus::Truncated : DecryptStatus::NotOpenPgp;
        break;
    }
    default:
        break;
    }
    // gpg reports a cut file in several ways (unexpected EOF, invalid packet, decryption failed after a
    // partial plaintext): whatever it says, an OpenPGP file that ends early is "truncated".
    if (code == GPG_ERR_EOF || code == GPG_ERR_TRUNCATED || code == GPG_ERR_UNEXPECTED
        || (code == GPG_ERR_DECRYPT_FAILED && state.asked > 0)) {
        // Decryption failed after the passphrase was accepted: with a symmetric file gpg cannot tell a
        // wrong passphrase from damage, but a wrong passphrase yields no plaintext at all.
        if (code == GPG_ERR_DECRYPT_FAILED && out.written == 0) {
            result.status = DecryptStatus::WrongPassphrase;
            result.message = QCoreApplication::translate("Ops", "wrong passphrase for %1 (or the file is damaged at its start)").arg(inPath);
            return result;
        }
        result.status = DecryptStatus::Truncated;
    }
    switch (result.status) {
    case DecryptStatus::Truncated:
        result.message = QCoreApplication::translate("Ops", "%1 is truncated or damaged: gpg stopped with \"%2\"").arg(inPath, errorText(status));
        break;
    case DecryptStatus::NotOpenPgp:
        result.message = QCoreApplication::translate("Ops", "%1 is not an OpenPGP encrypted file: %2").arg(inPath, errorText(status));
        break;
    default:
        result.status = DecryptStatus::Failed;
        result.message = QCoreApplication::translate("Ops", "gpg could not decrypt %1: %2").arg(inPath, errorText(status));
        break;
    }
    return result;
}

QString signatureStatusName(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Good:
        return QStringLiteral("good");
    case SignatureStatus::Untrusted:
        return QStringLiteral("untrusted");
    case SignatureStatus::UnknownKey:
        return QStringLiteral("unknown-key");
    case SignatureStatus::Bad:
        return QStringLiteral("bad");
    case SignatureStatus::None:
        break;
    }
    return QStringLiteral("none");
}

void stopAgent(const QString &homeDirectory)
{
    if (homeDirectory.isEmpty())
        return;
    const QByteArray home = QFile::encodeName(homeDirectory);
    char program[] = "gpgconf";
    char homedir[] = "--homedir";
    char kill[] = "--kill";
    char agent[] = "gpg-agent";
    char *const argv[] = {program, homedir, const_cast<char *>(home.constData()), kill, agent, nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = ::posix_spawnp(&pid, program, &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        qCWarning(lcOps) << "cannot run gpgconf to stop the gpg-agent of" << homeDirectory;
        return;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
}

} // namespace Ops::Gpg
