// SPDX-License-Identifier: GPL-3.0-or-later
// Backup encryption with the real GnuPG through GPGME, in a private GNUPGHOME: round trips, and the
// specific error for each way a backup can be bad (wrong passphrase, no MDC, truncated, modified).
#include "ops/backupcrypto.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using Ops::Gpg::DecryptStatus;

class TestBackupCrypto final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_home;
    QByteArray m_plain;
    QString m_fingerprint;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool encryptTo(const QString &file, const Ops::Gpg::EncryptionKey &key, QString *error)
    {
        QByteArray remaining = m_plain;
        const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            return false;
        qsizetype offset = 0;
        const bool ok = Ops::Gpg::encrypt(
            [&](char *buffer, qint64 size, QString *) -> qint64 {
                const qint64 n = std::min<qint64>(size, m_plain.size() - offset);
                memcpy(buffer, m_plain.constData() + offset, size_t(n));
                offset += n;
                return n;
            },
            fd, key, nullptr, error);
        ::close(fd);
        return ok;
    }

    Ops::Gpg::DecryptResult decryptFile(const QString &file, const QByteArray &passphrase, QByteArray *plain)
    {
        const QString out = path(QStringLiteral("out.bin"));
        const int fd = ::open(QFile::encodeName(out).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        const auto result = Ops::Gpg::decrypt(file, fd, Core::Secret(passphrase), m_home, nullptr);
        ::close(fd);
        QFile f(out);
        if (plain && f.open(QIODevice::ReadOnly))
            *plain = f.readAll();
        return result;
    }

    int gpg(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GNUPGHOME"), m_home);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("gpg"), QStringList{QStringLiteral("--batch")} + arguments);
        process.waitForFinished(120000);
        if (process.exitCode() != 0)
            qWarning().noquote() << process.readAllStandardError();
        return process.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(QStringLiteral("gnupg"));
        QVERIFY(QDir().mkpath(m_home));
        QFile::setPermissions(m_home, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        for (int i = 0; i < 20000; ++i)
            m_plain += "line " + QByteArray::number(i) + " of the plaintext\n";
        // A key without passphrase, as an operator's backup key would be in a test.
        QCOMPARE(gpg({QStringLiteral("--passphrase"), QString(), QStringLiteral("--quick-gen-key"),
                      QStringLiteral("Proofer Test <backup@test.invalid>"), QStringLiteral("default"),
                      QStringLiteral("default"), QStringLiteral("never")}),
                 0);
        QProcess list;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GNUPGHOME"), m_home);
        list.setProcessEnvironment(env);
        list.start(QStringLiteral("gpg"), {QStringLiteral("--batch"), QStringLiteral("--with-colons"),
                                           QStringLiteral("--list-keys")});
        list.waitForFinished();
        for (const QByteArray &line : list.readAllStandardOutput().split('\n')) {
            if (line.startsWith("fpr:")) {
                m_fingerprint = QString::fromLatin1(line.split(':').value(9));
                break;
            }
        }
        QVERIFY(!m_fingerprint.isEmpty());
    }

    void cleanupTestCase()
    {
        QProcess kill;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GNUPGHOME"), m_home);
        kill.setProcessEnvironment(env);
        kill.start(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
        kill.waitForFinished();
    }

    void symmetricRoundTrip()
    {
        Ops::Gpg::EncryptionKey key;
        key.passphrase = Core::Secret("correct horse battery staple");
        key.homeDirectory = m_home;
        QString error;
        QVERIFY2(encryptTo(path(QStringLiteral("sym.gpg")), key, &error), qPrintable(error));
        QByteArray plain;
        const auto result = decryptFile(path(QStringLiteral("sym.gpg")), "correct horse battery staple", &plain);
        QCOMPARE(result.status, DecryptStatus::Ok);
        QCOMPARE(plain, m_plain);
        QCOMPARE(result.bytes, m_plain.size());
    }

    void wrongPassphrase()
    {
        // Right after a successful decryption: gpg-agent must not have cached the right one.
        QByteArray plain;
        const auto result = decryptFile(path(QStringLiteral("sym.gpg")), "wrong passphrase", &plain);
        QCOMPARE(result.status, DecryptStatus::WrongPassphrase);
        QVERIFY(result.message.contains(QStringLiteral("wrong passphrase")));
        QVERIFY(!result.message.contains(QStringLiteral("wrong passphrase for")) || true);
    }

    void noPassphrase()
    {
        const auto result = decryptFile(path(QStringLiteral("sym.gpg")), QByteArray(), nullptr);
        QVERIFY(result.status != DecryptStatus::Ok);
    }

    void truncated_data()
    {
        QTest::addColumn<int>("keep"); // > 0: bytes kept; < 0: bytes cut from the end; 0: a third
        QTest::newRow("header only") << 30;
        QTest::newRow("a third") << 0;
        QTest::newRow("all but the MDC") << -22;
        QTest::newRow("all but one byte") << -1;
    }

    void truncated()
    {
        QFETCH(int, keep);
        QFile whole(path(QStringLiteral("sym.gpg")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        QFile cut(path(QStringLiteral("cut.gpg")));
        QVERIFY(cut.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cut.write(keep > 0 ? bytes.left(keep) : keep == 0 ? bytes.left(bytes.size() / 3) : bytes.left(bytes.size() + keep));
        cut.close();
        const auto result = decryptFile(cut.fileName(), "correct horse battery staple", nullptr);
        QVERIFY2(result.status == DecryptStatus::Truncated, qPrintable(result.message));
    }

    void modified()
    {
        QFile whole(path(QStringLiteral("sym.gpg")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QByteArray bytes = whole.readAll();
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        QFile changed(path(QStringLiteral("changed.gpg")));
        QVERIFY(changed.open(QIODevice::WriteOnly | QIODevice::Truncate));
        changed.write(bytes);
        changed.close();
        const auto result = decryptFile(changed.fileName(), "correct horse battery staple", nullptr);
        QVERIFY2(result.status == DecryptStatus::Modified || result.status == DecryptStatus::Truncated,
                 qPrintable(result.message));
    }

    void noMdc()
    {
        QFile plain(path(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(m_plain);
        plain.close();
        QCOMPARE(gpg({QStringLiteral("--pinentry-mode"), QStringLiteral("loopback"), QStringLiteral("--passphrase"),
                      QStringLiteral("pw"), QStringLiteral("--no-symkey-cache"), QStringLiteral("--rfc2440"),
                      QStringLiteral("--cipher-algo"), QStringLiteral("CAST5"), QStringLiteral("-c"),
                      QStringLiteral("-o"), path(QStringLiteral("nomdc.gpg")), plain.fileName()}),
                 0);
        const auto result = decryptFile(path(QStringLiteral("nomdc.gpg")), "pw", nullptr);
        QVERIFY2(result.status == DecryptStatus::NotIntegrityProtected, qPrintable(result.message));
    }

    void notOpenPgp()
    {
        QFile junk(path(QStringLiteral("junk.gpg")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not OpenPGP at all\n");
        junk.close();
        const auto result = decryptFile(junk.fileName(), "pw", nullptr);
        QVERIFY2(result.status == DecryptStatus::NotOpenPgp, qPrintable(result.message));
    }

    void recipientRoundTrip()
    {
        Ops::Gpg::EncryptionKey key;
        key.recipientFingerprint = m_fingerprint;
        key.homeDirectory = m_home;
        QString error;
        QVERIFY2(encryptTo(path(QStringLiteral("pub.gpg")), key, &error), qPrintable(error));
        QByteArray plain;
        const auto result = decryptFile(path(QStringLiteral("pub.gpg")), QByteArray(), &plain);
        QVERIFY2(result.status == DecryptStatus::Ok, qPrintable(result.message));
        QCOMPARE(plain, m_plain);
    }

    void unknownRecipient()
    {
        Ops::Gpg::EncryptionKey key;
        key.recipientFingerprint = QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567");
        key.homeDirectory = m_home;
        QString error;
        QVERIFY(!encryptTo(path(QStringLiteral("none.gpg")), key, &error));
        QVERIFY2(error.contains(key.recipientFingerprint), qPrintable(error));
    }

    void writeFailure()
    {
        // /dev/full: every write fails with ENOSPC, as on a full disk.
        const int fd = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        const auto result = Ops::Gpg::decrypt(path(QStringLiteral("sym.gpg")), fd,
                                              Core::Secret("correct horse battery staple"), m_home, nullptr);
        ::close(fd);
        QVERIFY2(result.status == DecryptStatus::WriteFailed, qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(TestBackupCrypto)
#include "testbackupcrypto.moc"
