// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/secretclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TestSecretClipboard final : public QObject
{
    Q_OBJECT

private slots:
    void copiesMarksAndClears()
    {
        SecretClipboard clipboard;
        clipboard.copy(Core::Secret(QByteArrayLiteral("s3cr3t-value-for-the-test")), 200ms);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        QVERIFY(QApplication::clipboard()->text() == QStringLiteral("s3cr3t-value-for-the-test"));
        QVERIFY(clipboard.isHolding());
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        QVERIFY(cleared.wait(3000));
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void leavesWhatTheUserCopiedSince()
    {
        SecretClipboard clipboard;
        clipboard.copy(Core::Secret(QByteArrayLiteral("another-secret")), 200ms);
        QApplication::clipboard()->setText(QStringLiteral("something the user copied"));
        QSignalSpy cleared(&clipboard, &SecretClipboard::cleared);
        QVERIFY(cleared.wait(3000));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("something the user copied"));
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "testsecretclipboard.moc"
