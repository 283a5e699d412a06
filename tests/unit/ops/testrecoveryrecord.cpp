// SPDX-License-Identifier: GPL-3.0-or-later
// The rotation's recovery record with real gpg: a 0600 file of ciphertext that only the passphrase opens.
// Passwords are never printed: contents are compared by hash.
#include "ops/recoveryrecord.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestRecoveryRecord final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString gnupg = m_dir.filePath(QStringLiteral("gnupg"));
        QVERIFY(QDir().mkpath(gnupg));
        QFile::setPermissions(gnupg, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("GNUPGHOME", QFile::encodeName(gnupg));
    }

    void cleanupTestCase()
    {
        QProcess::execute(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    }

    void roundTrip()
    {
        const Core::Secret plaintext(QByteArrayLiteral("{\"newPassword\":\"Zq3-x.~Recovery-Test-Value-0123456\"}"));
        const Core::Secret passphrase(QByteArrayLiteral("a passphrase for the test"));
        const QString directory = m_dir.filePath(QStringLiteral("recovery"));
        QString error;
        const QString path = Ops::RecoveryRecord::write(directory, QStringLiteral("rotate-password-auth-db"),
                                                        plaintext, passphrase, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        QVERIFY(path.startsWith(directory + QStringLiteral("/rotate-password-auth-db-")));
        QVERIFY(path.endsWith(QStringLiteral(".json.gpg")));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup
                                             | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(QFile::permissions(directory) & (QFile::ReadOther | QFile::ExeOther), QFile::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ciphertext = file.readAll();
        QVERIFY(!ciphertext.contains("Recovery-Test-Value"));
        QVERIFY(!ciphertext.contains(plaintext.reveal().toBase64()));

        const Core::Secret decrypted = Ops::RecoveryRecord::read(path, passphrase, &error);
        QVERIFY2(!decrypted.isEmpty(), qPrintable(error));
        QCOMPARE(QCryptographicHash::hash(decrypted.reveal(), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(plaintext.reveal(), QCryptographicHash::Sha256));

        error.clear();
        QVERIFY(Ops::RecoveryRecord::read(path, Core::Secret(QByteArrayLiteral("wrong")), &error).isEmpty());
        QVERIFY(!error.isEmpty());

        QVERIFY(Ops::RecoveryRecord::remove(path));
        QVERIFY(!QFile::exists(path));
    }

    void noPassphraseNoRecord()
    {
        QString error;
        QVERIFY(Ops::RecoveryRecord::write(m_dir.filePath(QStringLiteral("r2")), QStringLiteral("x"),
                                           Core::Secret(QByteArrayLiteral("data")), Core::Secret(), &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void asyncWrite()
    {
        const auto future = Ops::RecoveryRecord::writeAsync(m_dir.filePath(QStringLiteral("r3")), QStringLiteral("y"),
                                                            Core::Secret(QByteArrayLiteral("data")),
                                                            Core::Secret(QByteArrayLiteral("pass")));
        QVERIFY(QTest::qWaitFor([&] { return future.isFinished(); }, 60000));
        QVERIFY2(future.result().error.isEmpty(), qPrintable(future.result().error));
        QVERIFY(QFile::exists(future.result().path));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRecoveryRecord)
#include "testrecoveryrecord.moc"
