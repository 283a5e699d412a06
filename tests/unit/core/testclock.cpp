// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockclock.h"

#include <QTest>

class TestClock final : public QObject
{
    Q_OBJECT

private slots:
    void systemClockByDefault()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Core::Clock::currentDateTimeUtc();
        QVERIFY(now >= before);
        QVERIFY(now.secsTo(QDateTime::currentDateTimeUtc()) < 5);
        QCOMPARE(now.timeSpec(), Qt::UTC);
    }

    void mockClockIsInstalledAndRemoved()
    {
        const QDateTime pinned(QDate(2030, 6, 1), QTime(8, 30), Qt::UTC);
        {
            Test::MockClock clock(pinned);
            QCOMPARE(Core::Clock::currentDateTimeUtc(), pinned);
            clock.advanceDays(90);
            QCOMPARE(Core::Clock::currentDateTimeUtc(), pinned.addDays(90));
            clock.advanceSecs(-60);
            QCOMPARE(Core::Clock::currentDateTimeUtc(), pinned.addDays(90).addSecs(-60));
        }
        QVERIFY(Core::Clock::currentDateTimeUtc().date() != QDate(2030, 8, 30));
        QVERIFY(qAbs(Core::Clock::currentDateTimeUtc().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "testclock.moc"
