// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer serve`'s --interval: Prometheus's spelling of durations, whole seconds, anything else refused.
#include "cli/servecommand.h"

#include <QTest>

class TestServeCommand final : public QObject
{
    Q_OBJECT

private slots:
    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("seconds"); ///< -1: refused
        QTest::newRow("plain seconds") << QStringLiteral("90") << 90;
        QTest::newRow("seconds") << QStringLiteral("30s") << 30;
        QTest::newRow("minutes") << QStringLiteral("5m") << 300;
        QTest::newRow("hours") << QStringLiteral("1h") << 3600;
        QTest::newRow("hours and minutes") << QStringLiteral("1h30m") << 5400;
        QTest::newRow("all three") << QStringLiteral("1h2m3s") << 3723;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("out of order") << QStringLiteral("5m1h") << -1;
        QTest::newRow("fraction") << QStringLiteral("1.5m") << -1;
        QTest::newRow("negative") << QStringLiteral("-5m") << -1;
        QTest::newRow("days (not Prometheus's spelling here)") << QStringLiteral("1d") << -1;
        QTest::newRow("unit only") << QStringLiteral("m") << -1;
        QTest::newRow("space") << QStringLiteral("5 m") << -1;
        QTest::newRow("too many digits") << QStringLiteral("12345678901") << -1;
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(int, seconds);
        const std::optional<std::chrono::seconds> parsed = Cli::parseDuration(text);
        if (seconds < 0) {
            QVERIFY2(!parsed, qPrintable(text));
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(parsed->count(), seconds);
    }
};

QTEST_GUILESS_MAIN(TestServeCommand)
#include "testservecommand.moc"
