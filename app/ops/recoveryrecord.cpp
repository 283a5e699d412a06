// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/recoveryrecord.h"

#include "ops/gpghandles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QtConcurrent>

#include <gpgme.h>
#include <openssl/crypto.h>

#include <fcntl.h>
#include <unistd.h>

#include <memory>

namespace Ops {

namespace {

using Gpg::ContextPtr;
using Gpg::DataPtr;

gpgme_error_t passphraseCallback(void *hook, const char *, const char *, int previousWasBad, int fd)
{
    if (previousWasBad)
        return gpgme_error(GPG_ERR_BAD_PASSPHRASE); // never loop on a wrong passphrase
    const auto *passphrase = static_cast<const Core::Secret *>(hook);
    const QByteArray &bytes = passphrase->reveal();
    if (gpgme_io_writen(fd, bytes.constData(), size_t(bytes.size())) != 0 || gpgme_io_writen(fd, "\n", 1) != 0)
        return gpgme_error_from_errno(errno);
    return 0;
}

/** A context for symmetric OpenPGP with the passphrase given through loopback, not cached by the agent. */
ContextPtr makeContext(const Core::Secret &passphrase, QString *error)
{
    Gpg::initialise();
    gpgme_ctx_t raw = nullptr;
    if (const gpgme_error_t e = gpgme_new(&raw)) {
        *error = QCoreApplication::translate("Ops", "GPGME could not start: %1").arg(Gpg::errorText(e));
        return {};
    }
    ContextPtr ctx(raw);
    gpgme_set_protocol(ctx.get(), GPGME_PROTOCOL_OpenPGP);
    gpgme_set_armor(ctx.get(), 0);
    if (const gpgme_error_t e = gpgme_set_pinentry_mode(ctx.get(), GPGME_PINENTRY_MODE_LOOPBACK)) {
        *error = QCoreApplication::translate("Ops", "GPGME: loopback pinentry refused: %1").arg(Gpg::errorText(e));
        return {};
    }
    gpgme_set_ctx_flag(ctx.get(), "no-symkey-cache", "1");
    gpgme_set_passphrase_cb(ctx.get(), passphraseCallback, const_cast<Core::Secret *>(&passphrase));
    return ctx;
}

bool ensurePrivateDirectory(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = QCoreApplication::translate("Ops", "cannot create the directory %1").arg(directory);
        return false;
    }
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

} // namespace

QString RecoveryRecord::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryRecord::newPath(const QString &directory, const QString &name)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return QStringLiteral("%1/%2-%3-%4.json.gpg")
        .arg(directory, name, stamp)
        .arg(QRandomGenerator::system()->generate() % 100000, 5, 10, QLatin1Char('0'));
}

QString RecoveryRecord::write(const QString &directory, const QString &name, const Core::Secret &plaintext,
                              const Core::Secret &passphrase, QString *error)
{
    const QString path = newPath(directory, name);
    return writeTo(path, plaintext, passphrase, error) ? path : QString();
}

bool RecoveryRecord::writeTo(const QString &path, const Core::Secret &plaintext, const Core::Secret &passphrase,
                             QString *error)
{
    const QString directory = QFileInfo(path).absolutePath();
    QString ignored;
    if (!error)
        error = &ignored;
    if (passphrase.isEmpty()) {
        *error = QCoreApplication::translate("Ops", "no passphrase for the recovery record");
        return false;
    }
    if (!ensurePrivateDirectory(directory, error))
        return false;
    ContextPtr ctx = makeContext(passphrase, error);
    if (!ctx)
        return false;
    gpgme_data_t in = nullptr;
    gpgme_data_t out = nullptr;
    // No copy: GPGME reads straight from the Secret's bytes.
    if (const gpgme_error_t e = gpgme_data_new_from_mem(&in, plaintext.reveal().constData(),
                                                        size_t(plaintext.size()), 0)) {
        *error = QCoreApplication::translate("Ops", "GPGME: %1").arg(Gpg::errorText(e));
        return false;
    }
    DataPtr input(in);
    if (const gpgme_error_t e = gpgme_data_new(&out)) {
        *error = QCoreApplication::translate("Ops", "GPGME: %1").arg(Gpg::errorText(e));
        return false;
    }
    DataPtr output(out);
    if (const gpgme_error_t e = gpgme_op_encrypt(ctx.get(), nullptr, GPGME_ENCRYPT_SYMMETRIC, input.get(),
                                                 output.get())) {
        *error = QCoreApplication::translate("Ops", "encrypting the recovery record failed: %1").arg(Gpg::errorText(e));
        return false;
    }
    size_t length = 0;
    char *bytes = gpgme_data_release_and_get_mem(output.release(), &length);
    const QByteArray ciphertext(bytes, qsizetype(length));
    gpgme_free(bytes);

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(ciphertext) != ciphertext.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        *error = QCoreApplication::translate("Ops", "cannot write the recovery record %1: %2").arg(path, file.errorString());
        file.close();
        QFile::remove(path);
        return false;
    }
    file.close();
    // The directory entry too, so the record survives a crash right after.
    const int dirFd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

Core::Secret RecoveryRecord::read(const QString &path, const Core::Secret &passphrase, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Ops", "cannot read the recovery record %1: %2").arg(path, file.errorString());
        return {};
    }
    const QByteArray ciphertext = file.readAll();
    ContextPtr ctx = makeContext(passphrase, error);
    if (!ctx)
        return {};
    gpgme_data_t in = nullptr;
    gpgme_data_t out = nullptr;
    if (gpgme_data_new_from_mem(&in, ciphertext.constData(), size_t(ciphertext.size()), 0) != 0
        || gpgme_data_new(&out) != 0) {
        if (in)
            gpgme_data_release(in);
        *error = QCoreApplication::translate("Ops", "GPGME could not allocate its buffers");
        return {};
    }
    DataPtr input(in);
    DataPtr output(out);
    const gpgme_error_t e = gpgme_op_decrypt(ctx.get(), input.get(), output.get());
    size_t length = 0;
    char *bytes = gpgme_data_release_and_get_mem(output.release(), &length);
    Core::Secret plaintext;
    if (!e) {
        // A symmetric message without an integrity check (MDC) is refused, as gpg itself now does.
        const gpgme_decrypt_result_t result = gpgme_op_decrypt_result(ctx.get());
        if (result && result->legacy_cipher_nomdc) {
            *error = QCoreApplication::translate("Ops", "the recovery record %1 has no integrity check").arg(path);
        } else {
            plaintext = Core::Secret(QByteArray::fromRawData(bytes, qsizetype(length)));
        }
    } else {
        *error = QCoreApplication::translate("Ops", "decrypting the recovery record %1 failed: %2").arg(path, Gpg::errorText(e));
    }
    if (bytes) {
        OPENSSL_cleanse(bytes, length);
        gpgme_free(bytes);
    }
    return plaintext;
}

bool RecoveryRecord::remove(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(file.size(), '\0');
        file.write(zeros);
        file.flush();
        file.close();
    }
    if (!QFile::remove(path)) {
        if (error)
            *error = QCoreApplication::translate("Ops", "cannot remove the recovery record %1").arg(path);
        return false;
    }
    return true;
}

QFuture<RecoveryRecord::Written> RecoveryRecord::writeToAsync(const QString &path, const Core::Secret &plaintext,
                                                              const Core::Secret &passphrase)
{
    return QtConcurrent::run([path, plaintext, passphrase] {
        Written written;
        if (writeTo(path, plaintext, passphrase, &written.error))
            written.path = path;
        return written;
    });
}

QFuture<RecoveryRecord::Written> RecoveryRecord::writeAsync(const QString &directory, const QString &name,
                                                            const Core::Secret &plaintext,
                                                            const Core::Secret &passphrase)
{
    return QtConcurrent::run([directory, name, plaintext, passphrase] {
        Written written;
        written.path = write(directory, name, plaintext, passphrase, &written.error);
        return written;
    });
}

} // namespace Ops
