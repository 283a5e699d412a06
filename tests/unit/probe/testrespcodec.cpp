// SPDX-License-Identifier: GPL-3.0-or-later
// RespCodec: RESP2 replies decode to the same value tree however the stream is split; hostile headers
// (huge arrays and bulks, deep nesting, garbage) are refused at the header with a clear message; commands
// encoded with redisFormatCommandArgv decode back to their arguments.
#include "probe/respcodec.h"

#include <QTest>

using Probe::RespCodec;
using Probe::RespLimits;
using Probe::RespValue;

Q_DECLARE_METATYPE(Probe::RespValue)

namespace {

RespValue make(RespValue::Type type, const QByteArray &string = {}, qint64 integer = 0)
{
    RespValue value;
    value.type = type;
    value.string = string;
    value.integer = integer;
    return value;
}

RespValue simple(const QByteArray &text)
{
    return make(RespValue::Type::SimpleString, text);
}
RespValue error(const QByteArray &text)
{
    return make(RespValue::Type::Error, text);
}
RespValue integer(qint64 number)
{
    return make(RespValue::Type::Integer, {}, number);
}
RespValue bulk(const QByteArray &text)
{
    return make(RespValue::Type::BulkString, text);
}
RespValue nil()
{
    return make(RespValue::Type::Null);
}
RespValue array(const QList<RespValue> &elements)
{
    RespValue value = make(RespValue::Type::Array);
    value.elements = elements;
    return value;
}

struct Outcome
{
    QList<RespValue> replies;
    QString error;

    QString show() const
    {
        QStringList parts;
        for (const RespValue &reply : replies)
            parts << reply.toDebugString();
        return parts.join(QStringLiteral(" | ")) + QStringLiteral(" ! ") + error;
    }
};

Outcome decode(const QList<QByteArray> &chunks, const RespLimits &limits = {})
{
    RespCodec codec(limits);
    Outcome outcome;
    for (const QByteArray &chunk : chunks) {
        codec.feed(chunk);
        outcome.replies << codec.takeReplies();
    }
    outcome.error = codec.errorString();
    return outcome;
}

QList<QByteArray> bytewise(const QByteArray &data)
{
    QList<QByteArray> chunks;
    for (const char c : data)
        chunks << QByteArray(1, c);
    return chunks;
}

QByteArray nested(int depth)
{
    return QByteArray("*1\r\n").repeated(depth) + ":7\r\n";
}

RespValue nestedValue(int depth)
{
    RespValue value = integer(7);
    for (int i = 0; i < depth; ++i)
        value = array({ value });
    return value;
}

} // namespace

class TestRespCodec final : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<RespValue>>("expected");
        QTest::addColumn<QString>("error"); ///< a part of the error message; empty: no error

        QTest::newRow("simple string") << QByteArray("+OK\r\n") << QList<RespValue> { simple("OK") } << QString();
        QTest::newRow("empty simple string") << QByteArray("+\r\n") << QList<RespValue> { simple("") } << QString();
        QTest::newRow("error") << QByteArray("-NOAUTH Authentication required.\r\n")
                               << QList<RespValue> { error("NOAUTH Authentication required.") } << QString();
        QTest::newRow("integer") << QByteArray(":1000\r\n") << QList<RespValue> { integer(1000) } << QString();
        QTest::newRow("negative integer") << QByteArray(":-42\r\n") << QList<RespValue> { integer(-42) } << QString();
        QTest::newRow("int64 max") << QByteArray(":9223372036854775807\r\n")
                                   << QList<RespValue> { integer(9223372036854775807LL) } << QString();
        QTest::newRow("bulk") << QByteArray("$5\r\nhello\r\n") << QList<RespValue> { bulk("hello") } << QString();
        QTest::newRow("bulk with CRLF inside")
            << QByteArray("$4\r\na\r\nb\r\n") << QList<RespValue> { bulk("a\r\nb") } << QString();
        QTest::newRow("binary bulk") << QByteArray("$3\r\n\0\xff\x01\r\n", 9)
                                     << QList<RespValue> { bulk(QByteArray("\0\xff\x01", 3)) } << QString();
        QTest::newRow("empty bulk") << QByteArray("$0\r\n\r\n") << QList<RespValue> { bulk("") } << QString();
        QTest::newRow("null bulk") << QByteArray("$-1\r\n") << QList<RespValue> { nil() } << QString();
        QTest::newRow("null array") << QByteArray("*-1\r\n") << QList<RespValue> { nil() } << QString();
        QTest::newRow("empty array") << QByteArray("*0\r\n") << QList<RespValue> { array({}) } << QString();
        QTest::newRow("array") << QByteArray("*2\r\n$10\r\nappendonly\r\n$3\r\nyes\r\n")
                               << QList<RespValue> { array({ bulk("appendonly"), bulk("yes") }) } << QString();
        QTest::newRow("mixed array") << QByteArray("*5\r\n:1\r\n+two\r\n-ERR three\r\n$-1\r\n$4\r\nfive\r\n")
                                     << QList<RespValue> { array(
                                            { integer(1), simple("two"), error("ERR three"), nil(), bulk("five") }) }
                                     << QString();
        QTest::newRow("nested") << QByteArray("*2\r\n*2\r\n:1\r\n:2\r\n*1\r\n*0\r\n")
                                << QList<RespValue> { array(
                                       { array({ integer(1), integer(2) }), array({ array({}) }) }) }
                                << QString();
        QTest::newRow("8 levels (hiredis's most)") << nested(8) << QList<RespValue> { nestedValue(8) } << QString();
        QTest::newRow("pipelined replies")
            << QByteArray("+PONG\r\n:3\r\n$2\r\nhi\r\n*1\r\n+x\r\n")
            << QList<RespValue> { simple("PONG"), integer(3), bulk("hi"), array({ simple("x") }) } << QString();
        QTest::newRow("incomplete tail is not a reply")
            << QByteArray("+OK\r\n$5\r\nhel") << QList<RespValue> { simple("OK") } << QString();
        QTest::newRow("incomplete array") << QByteArray("*3\r\n:1\r\n:2\r\n") << QList<RespValue> {} << QString();

        // Hostile or broken streams: the error names what and where.
        QTest::newRow("4294967295 elements")
            << QByteArray("*4294967295\r\n") << QList<RespValue> {}
            << QStringLiteral("array of 4294967295 elements exceeds the cap of 1048576 elements");
        QTest::newRow("1 GiB bulk") << QByteArray("$1073741824\r\n") << QList<RespValue> {}
                                    << QStringLiteral("bulk string of 1073741824 bytes exceeds the cap of 16777216");
        QTest::newRow("100 levels deep") << nested(100) << QList<RespValue> {}
                                         << QStringLiteral("arrays nested deeper than 8 levels (offset 32)");
        QTest::newRow("9 levels deep") << nested(9) << QList<RespValue> {}
                                       << QStringLiteral("arrays nested deeper than 8 levels");
        QTest::newRow("garbage type byte") << QByteArray("?hello\r\n") << QList<RespValue> {}
                                           << QStringLiteral("unexpected RESP type byte 0x3f at offset 0");
        QTest::newRow("RESP3 map is refused") << QByteArray("%1\r\n+a\r\n+b\r\n") << QList<RespValue> {}
                                              << QStringLiteral("unexpected RESP type byte 0x25");
        QTest::newRow("garbage after a good reply")
            << QByteArray("+OK\r\nHTTP/1.1 400\r\n") << QList<RespValue> { simple("OK") }
            << QStringLiteral("unexpected RESP type byte 0x48 at offset 5");
        QTest::newRow("negative array length")
            << QByteArray("*-2\r\n") << QList<RespValue> {} << QStringLiteral("negative array length -2");
        QTest::newRow("negative bulk length")
            << QByteArray("$-7\r\n") << QList<RespValue> {} << QStringLiteral("negative bulk string length -7");
        QTest::newRow("letters in a length") << QByteArray("$5x\r\nhello\r\n") << QList<RespValue> {}
                                             << QStringLiteral("unexpected byte 0x78 in a RESP number at offset 2");
        QTest::newRow("plus sign in an integer")
            << QByteArray(":+5\r\n") << QList<RespValue> {} << QStringLiteral("in a RESP number");
        QTest::newRow("leading zero") << QByteArray("*2\r\n$4\r\nsave\r\n$02\r\nab\r\n") << QList<RespValue> {}
                                      << QStringLiteral("invalid number \"02\" in a RESP header ending at offset 18");
        QTest::newRow("minus zero") << QByteArray(":-0\r\n") << QList<RespValue> {}
                                    << QStringLiteral("invalid number \"-0\"");
        QTest::newRow("zero") << QByteArray(":0\r\n$0\r\n\r\n") << QList<RespValue> { integer(0), bulk("") }
                              << QString();
        QTest::newRow("empty length") << QByteArray("*\r\n") << QList<RespValue> {}
                                      << QStringLiteral("invalid number \"\"");
        QTest::newRow("integer overflow") << QByteArray(":99999999999999999999\r\n") << QList<RespValue> {}
                                          << QStringLiteral("invalid number \"99999999999999999999\"");
        QTest::newRow("endless number") << QByteArray(":") + QByteArray(30, '1') << QList<RespValue> {}
                                        << QStringLiteral("RESP number longer than 20 characters at offset 21");
        QTest::newRow("bulk without CRLF") << QByteArray("$2\r\nhiXY") << QList<RespValue> {}
                                           << QStringLiteral("bulk string not followed by CRLF at offset 6");
        QTest::newRow("bare LF") << QByteArray("+OK\n") << QList<RespValue> {}
                                 << QStringLiteral("line feed without carriage return at offset 3");
        QTest::newRow("bare CR") << QByteArray("+O\rK\r\n") << QList<RespValue> {}
                                 << QStringLiteral("carriage return without line feed at offset 2");
        QTest::newRow("endless status line") << QByteArray("+") + QByteArray(70000, 'a') << QList<RespValue> {}
                                             << QStringLiteral("status or error line longer than 65536 bytes");
    }

    void decodes()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<RespValue>, expected);
        QFETCH(QString, error);

        const Outcome whole = decode({ input });
        Outcome wanted { expected, whole.error };
        QCOMPARE(whole.show(), wanted.show());
        QVERIFY(whole.replies == expected);
        if (error.isEmpty())
            QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        else
            QVERIFY2(whole.error.contains(error), qPrintable(whole.error));

        // However the bytes arrive, the replies and the error are the same.
        QCOMPARE(decode(bytewise(input)).show(), whole.show());
        const qsizetype step = input.size() > 200 ? input.size() / 50 : 1;
        for (qsizetype cut = 0; cut <= input.size(); cut += step)
            QCOMPARE(decode({ input.left(cut), input.mid(cut) }).show(), whole.show());
    }

    void refusesHugeHeadersBeforeAnyPayload_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("*4294967295") << QByteArray("*4294967295\r\n");
        QTest::newRow("$1073741824") << QByteArray("$1073741824\r\n");
        QTest::newRow("*9223372036854775807") << QByteArray("*9223372036854775807\r\n");
        QTest::newRow("nested $2000000000") << QByteArray("*2\r\n$2000000000\r\n");
    }

    void refusesHugeHeadersBeforeAnyPayload()
    {
        QFETCH(QByteArray, header);
        RespCodec codec;
        QVERIFY(!codec.feed(header));
        QVERIFY(codec.hasError());
        QVERIFY(codec.bufferedBytes() <= header.size());
        // Broken for good: more bytes change nothing and are not buffered.
        QVERIFY(!codec.feed(QByteArray(4096, 'x')));
        QCOMPARE(codec.offset(), qint64(header.size()));
        QVERIFY(codec.takeReplies().isEmpty());
        codec.reset();
        QVERIFY(!codec.hasError());
        QVERIFY(codec.feed("+OK\r\n"));
        QCOMPARE(codec.takeReplies().size(), 1);
    }

    void capsAreConfigurable()
    {
        RespLimits limits;
        limits.maxBuffered = 64;
        QVERIFY(decode({ "$40\r\n" + QByteArray(40, 'a') + "\r\n" }, limits).error.isEmpty());
        Outcome big = decode({ "*2\r\n$40\r\n" + QByteArray(40, 'a') + "\r\n$40\r\n" + QByteArray(40, 'b') }, limits);
        QVERIFY2(big.error.contains(QStringLiteral("reply larger than the cap of 64 bytes (offset 64)")),
                 qPrintable(big.error));
        QCOMPARE(
            decode(bytewise("*2\r\n$40\r\n" + QByteArray(40, 'a') + "\r\n$40\r\n" + QByteArray(40, 'b')), limits).error,
            big.error);
        // The cap is per reply: many small replies in a row are fine.
        QCOMPARE(decode({ QByteArray("+OK\r\n").repeated(100) }, limits).replies.size(), 100);

        limits = {};
        limits.maxArray = 4;
        QVERIFY(decode({ "*4\r\n:1\r\n:2\r\n:3\r\n:4\r\n" }, limits).error.isEmpty());
        QVERIFY(decode({ "*5\r\n" }, limits).error.contains(QStringLiteral("array of 5 elements exceeds")));
        // Elements count over the whole reply, so nesting cannot multiply the cap.
        QVERIFY(decode({ "*3\r\n*2\r\n" }, limits).error.contains(QStringLiteral("more than 4 array elements in all")));

        limits = {};
        limits.maxDepth = 3;
        QVERIFY(decode({ nested(3) }, limits).error.isEmpty());
        QVERIFY(decode({ nested(4) }, limits).error.contains(QStringLiteral("nested deeper than 3 levels")));
        limits.maxDepth = 16; // more than hiredis 0.14 can parse: clamped
        QCOMPARE(RespCodec(limits).limits().maxDepth, 8);
        QVERIFY(decode({ nested(9) }, limits).error.contains(QStringLiteral("nested deeper than 8 levels")));

        limits = {};
        limits.maxBulk = 10;
        QVERIFY(decode({ "$10\r\n0123456789\r\n" }, limits).error.isEmpty());
        QVERIFY(decode({ "$11\r\n" }, limits).error.contains(QStringLiteral("bulk string of 11 bytes exceeds")));
    }

    void largeBulkInChunks()
    {
        const QByteArray payload(8 * 1024 * 1024, 'z');
        const QByteArray stream = "$" + QByteArray::number(payload.size()) + "\r\n" + payload + "\r\n+OK\r\n";
        RespCodec codec;
        for (qsizetype at = 0; at < stream.size(); at += 65536)
            QVERIFY2(codec.feed(QByteArrayView(stream).sliced(at, qMin<qsizetype>(65536, stream.size() - at))),
                     qPrintable(codec.errorString()));
        const QList<RespValue> replies = codec.takeReplies();
        QCOMPARE(replies.size(), 2);
        QVERIFY(replies[0] == bulk(payload));
        QCOMPARE(codec.bufferedBytes(), qint64(0));
    }

    void encodes_data()
    {
        QTest::addColumn<QList<QByteArray>>("args");
        QTest::addColumn<QByteArray>("wire"); ///< empty: not checked byte for byte

        QTest::newRow("PING") << QList<QByteArray> { "PING" } << QByteArray("*1\r\n$4\r\nPING\r\n");
        QTest::newRow("CONFIG GET") << QList<QByteArray> { "CONFIG", "GET", "appendonly" }
                                    << QByteArray("*3\r\n$6\r\nCONFIG\r\n$3\r\nGET\r\n$10\r\nappendonly\r\n");
        QTest::newRow("empty argument") << QList<QByteArray> { "ECHO", "" }
                                        << QByteArray("*2\r\n$4\r\nECHO\r\n$0\r\n\r\n");
        QTest::newRow("binary argument") << QList<QByteArray> { "ECHO", QByteArray("a\r\n\0b*$", 7) } << QByteArray();
        QTest::newRow("long argument") << QList<QByteArray> { "SET", "k", QByteArray(100000, 'v') } << QByteArray();
    }

    void encodes()
    {
        QFETCH(QList<QByteArray>, args);
        QFETCH(QByteArray, wire);
        const QByteArray encoded = RespCodec::encode(args);
        if (!wire.isEmpty())
            QCOMPARE(encoded, wire);
        // A command is an array of bulk strings: the decoder reads it back.
        RespValue expected = array({});
        for (const QByteArray &arg : args)
            expected.elements << bulk(arg);
        const Outcome back = decode({ encoded });
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
        QCOMPARE(back.replies.size(), 1);
        QVERIFY(back.replies.first() == expected);
        QCOMPARE(decode(bytewise(encoded)).show(), back.show());
    }

    void encodesNothingForNoArguments() { QVERIFY(RespCodec::encode({}).isEmpty()); }

    void debugStrings()
    {
        QCOMPARE(array({ simple("OK"), error("ERR x"), integer(3), bulk("b"), nil() }).toDebugString(),
                 QStringLiteral("*5[+OK, -ERR x, :3, $b, (nil)]"));
    }
};

QTEST_GUILESS_MAIN(TestRespCodec)
#include "testrespcodec.moc"
