// SPDX-License-Identifier: GPL-3.0-or-later
// Core::printable: what a server, a plugin or libpq says is shown without escape sequences or controls.
#include "core/printable.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPrintable final : public QObject
{
    Q_OBJECT

private slots:
    void text_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"token expired, log in again"_s << -1 << u"token expired, log in again"_s;
        QTest::newRow("colours") << u"\x1b[31mERROR\x1b[0m: denied"_s << -1 << u"ERROR: denied"_s;
        QTest::newRow("cursor and clear screen") << u"a\x1b[2J\x1b[1;1Hb\x1b[?25l"_s << -1 << u"ab"_s;
        QTest::newRow("window title (OSC, BEL)") << u"x\x1b]0;pwned\x07y"_s << -1 << u"xy"_s;
        QTest::newRow("hyperlink (OSC, ST)") << u"\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\"_s << -1 << u"link"_s;
        QTest::newRow("unterminated OSC") << u"ok\x1b]0;never ends"_s << -1 << u"ok"_s;
        QTest::newRow("two-char escape") << u"a\x1b" "cb"_s << -1 << u"ab"_s;
        QTest::newRow("C1 CSI") << u"a\u009b31mb"_s << -1 << u"ab"_s;
        QTest::newRow("controls dropped, tab and newline kept")
            << u"a\x01\x07\bb\r\n\tc\x7f"_s << -1 << u"ab\n\tc"_s;
        QTest::newRow("bidi override") << u"admin\u202Etxt.exe"_s << -1 << u"admintxt.exe"_s;
        QTest::newRow("non-ASCII kept") << u"contraseña incorrecta — 認証"_s << -1 << u"contraseña incorrecta — 認証"_s;
        QTest::newRow("cut") << u"abcdef"_s << 3 << u"abc…"_s;
        QTest::newRow("not cut at the limit") << u"abc"_s << 3 << u"abc"_s;
        QTest::newRow("escape does not count") << u"\x1b[31mabc\x1b[0m"_s << 3 << u"abc"_s;
    }

    void text()
    {
        QFETCH(QString, input);
        QFETCH(int, maxChars);
        QFETCH(QString, expected);
        QCOMPARE(Core::printable(input, maxChars), expected);
    }

    void bytes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("libpq SSL negotiation") << QByteArray("invalid response to SSL negotiation: \xff")
                                               << u"invalid response to SSL negotiation: \\xff"_s;
        QTest::newRow("valid UTF-8") << QByteArray("se\xc3\xb1or") << u"señor"_s;
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << u"\\xc0\\xaf"_s;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << u"\\xed\\xa0\\x80"_s;
        QTest::newRow("truncated sequence") << QByteArray("a\xe2\x82") << u"a\\xe2\\x82"_s;
        QTest::newRow("ANSI in bytes") << QByteArray("\x1b[1mbold\x1b[0m") << u"bold"_s;
    }

    void bytes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(Core::printable(input), expected);
    }

    void longInputIsBounded()
    {
        const QByteArray huge(50 * 1024 * 1024, 'm');
        const QString shown = Core::printable(huge, 2048);
        QCOMPARE(shown.size(), 2049);
        QVERIFY(shown.endsWith(u'…'));
    }
};

QTEST_GUILESS_MAIN(TestPrintable)
#include "testprintable.moc"
