// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secret.h"

#include <QTest>

static QStringList s_messages;
static void captureMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_messages << message;
}

class TestSecret final : public QObject
{
    Q_OBJECT

private slots:
    void holdsAndCompares()
    {
        const Core::Secret a = Core::Secret::fromUtf8(QStringLiteral("s3cr3t-pässword"));
        QCOMPARE(a.reveal(), QStringLiteral("s3cr3t-pässword").toUtf8());
        QVERIFY(a == Core::Secret::fromUtf8(QStringLiteral("s3cr3t-pässword")));
        QVERIFY(!(a == Core::Secret::fromUtf8(QStringLiteral("s3cr3t-passwore"))));
        QVERIFY(!(a == Core::Secret()));
    }

    void copiesDoNotShareMemory()
    {
        Core::Secret a(QByteArrayLiteral("token-value"));
        Core::Secret b = a;
        QVERIFY(a.reveal().constData() != b.reveal().constData());
        b.clear();
        QVERIFY(b.isEmpty());
        QCOMPARE(a.reveal(), QByteArrayLiteral("token-value"));
        Core::Secret c = std::move(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(c.reveal(), QByteArrayLiteral("token-value"));
    }

    void zeroizeOverwritesInPlace()
    {
        QByteArray data = QByteArrayLiteral("private-key-material");
        data.detach();
        const char *raw = data.constData();
        Core::zeroize(data);
        QCOMPARE(data.constData(), raw); // same storage, not a fresh copy
        QCOMPARE(data, QByteArray(20, '\0'));

        // Shared bytes belong to their other owner too: they are left alone.
        QByteArray owner = QByteArrayLiteral("shared-token");
        owner.detach();
        QByteArray alias = owner;
        Core::zeroize(alias);
        QCOMPARE(owner, QByteArrayLiteral("shared-token"));

        Core::wipe(data);
        QVERIFY(data.isEmpty());
    }

    void neverPrinted()
    {
        s_messages.clear();
        const auto previous = qInstallMessageHandler(captureMessages);
        const Core::Secret secret = Core::Secret::fromUtf8(QStringLiteral("hunter2-do-not-log"));
        qDebug() << secret;
        qWarning() << "value:" << secret;
        qInstallMessageHandler(previous);
        QCOMPARE(s_messages.size(), 2);
        for (const QString &message : std::as_const(s_messages)) {
            QVERIFY2(!message.contains(QStringLiteral("hunter2")), qPrintable(message));
            QVERIFY(message.contains(QStringLiteral("redacted")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "testsecret.moc"
