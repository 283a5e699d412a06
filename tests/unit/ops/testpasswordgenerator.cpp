// SPDX-License-Identifier: GPL-3.0-or-later
// The password generator: length, alphabet, every class present, an even spread over the alphabet
// (no modulo bias) and no repeats. Passwords are never printed: failures show counts and positions.
#include "ops/passwordgenerator.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

#include <cmath>

using Ops::PasswordGenerator;

class TestPasswordGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void alphabetIsUrlSafe()
    {
        const QByteArray alphabet = PasswordGenerator::alphabet();
        QCOMPARE(alphabet.size(), 66);
        QCOMPARE(QSet<char>(alphabet.begin(), alphabet.end()).size(), 66);
        for (char c : alphabet) {
            // RFC 3986 unreserved: percent-encoding leaves it alone.
            QCOMPARE(QByteArray(1, c).toPercentEncoding(), QByteArray(1, c));
        }
    }

    void lengthAndClasses_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("default 32") << 32;
        QTest::newRow("shortest 4") << 4;
        QTest::newRow("long 64") << 64;
    }

    void lengthAndClasses()
    {
        QFETCH(int, length);
        const QByteArray alphabet = PasswordGenerator::alphabet();
        for (int i = 0; i < 200; ++i) {
            QString error;
            const Core::Secret password = PasswordGenerator::generate(length, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(password.size(), qsizetype(length));
            bool lower = false, upper = false, digit = false, symbol = false;
            for (char c : password.reveal()) {
                QVERIFY2(alphabet.contains(c), "a character outside the alphabet");
                lower = lower || (c >= 'a' && c <= 'z');
                upper = upper || (c >= 'A' && c <= 'Z');
                digit = digit || (c >= '0' && c <= '9');
                symbol = symbol || QByteArray("-._~").contains(c);
            }
            QVERIFY(lower);
            QVERIFY(upper);
            QVERIFY(digit);
            QVERIFY(symbol);
        }
    }

    void defaultIs32()
    {
        QCOMPARE(PasswordGenerator::generate().size(), qsizetype(32));
    }

    void tooShortIsRefused()
    {
        QString error;
        QVERIFY(PasswordGenerator::generate(3, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void noRepeatsOver1000()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i) {
            const Core::Secret password = PasswordGenerator::generate();
            seen.insert(QCryptographicHash::hash(password.reveal(), QCryptographicHash::Sha256));
        }
        QCOMPARE(seen.size(), 1000);
    }

    void spreadIsEven()
    {
        // 2000 × 32 characters; each of the 66 expected ~970 times. The class guarantee tilts the odds a little
        // towards the 4 symbols, so the check is a chi-squared over letters and digits only, plus a loose
        // bound on every character. A modulo over 256 would give the first 58 characters 4/256 against 3/256.
        const QByteArray alphabet = PasswordGenerator::alphabet();
        QHash<char, int> counts;
        for (int i = 0; i < 2000; ++i) {
            const Core::Secret password = PasswordGenerator::generate();
            for (char c : password.reveal())
                ++counts[c];
        }
        QCOMPARE(counts.size(), 66);
        int total = 0;
        for (char c : alphabet.left(62))
            total += counts.value(c);
        const double expected = double(total) / 62;
        double chi = 0;
        for (char c : alphabet.left(62)) {
            const double d = counts.value(c) - expected;
            chi += d * d / expected;
        }
        // 61 degrees of freedom: the 99.99th percentile is about 117.
        QVERIFY2(chi < 117, qPrintable(QStringLiteral("chi-squared %1").arg(chi)));
        for (char c : alphabet) {
            const int n = counts.value(c);
            QVERIFY2(n > expected * 0.75 && n < expected * 1.5, qPrintable(QStringLiteral("count %1").arg(n)));
        }
        // The last characters of the alphabet (past 256 % 66) are not starved.
        const int firstHalf = counts.value('A') + counts.value('B') + counts.value('C') + counts.value('D');
        const int lastLetters = counts.value('6') + counts.value('7') + counts.value('8') + counts.value('9');
        QVERIFY2(std::abs(firstHalf - lastLetters) < expected * 0.6,
                 qPrintable(QStringLiteral("%1 against %2").arg(firstHalf).arg(lastLetters)));
    }
};

QTEST_GUILESS_MAIN(TestPasswordGenerator)
#include "testpasswordgenerator.moc"
