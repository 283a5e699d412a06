// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/wire.h"

#include <QTest>

class TestWire final : public QObject
{
    Q_OBJECT

private slots:
    void watchEvents_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("resourceVersion");
        QTest::addColumn<int>("code");
        QTest::newRow("added") << QByteArray(R"({"type":"ADDED","object":{"metadata":{"name":"a","resourceVersion":"7"}}})")
                               << int(Kube::WatchEvent::Type::Added) << QStringLiteral("7") << 0;
        QTest::newRow("bookmark") << QByteArray(R"({"type":"BOOKMARK","object":{"metadata":{"resourceVersion":"99"}}})")
                                  << int(Kube::WatchEvent::Type::Bookmark) << QStringLiteral("99") << 0;
        QTest::newRow("410 in stream")
            << QByteArray(R"({"type":"ERROR","object":{"kind":"Status","code":410,"reason":"Expired"}})")
            << int(Kube::WatchEvent::Type::Error) << QString() << 410;
        QTest::newRow("not json") << QByteArray("<html>") << int(Kube::WatchEvent::Type::Invalid) << QString() << 0;
        QTest::newRow("no object") << QByteArray(R"({"type":"ADDED"})") << int(Kube::WatchEvent::Type::Invalid)
                                   << QString() << 0;
        QTest::newRow("unknown type") << QByteArray(R"({"type":"EXPLODED","object":{}})")
                                      << int(Kube::WatchEvent::Type::Invalid) << QString() << 0;
    }

    void watchEvents()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, type);
        QFETCH(QString, resourceVersion);
        QFETCH(int, code);
        const Kube::WatchEvent event = Kube::parseWatchEvent(line);
        QCOMPARE(int(event.type), type);
        QCOMPARE(event.resourceVersion, resourceVersion);
        QCOMPARE(event.errorCode, code);
        if (event.type == Kube::WatchEvent::Type::Invalid)
            QVERIFY(!event.errorMessage.isEmpty());
    }

    void linesSplitAcrossFeeds()
    {
        Kube::LineSplitter splitter;
        QCOMPARE(splitter.feed("{\"a\":1}\n{\"b\""), QList<QByteArray>{"{\"a\":1}"});
        QCOMPARE(splitter.feed(":2}\r\n\n"), QList<QByteArray>{"{\"b\":2}"});
        QCOMPARE(splitter.feed("tail"), QList<QByteArray>());
        QCOMPARE(splitter.takeRest(), QByteArray("tail"));
    }

    void overlongLineIsRefused()
    {
        Kube::LineSplitter splitter(16);
        QVERIFY(splitter.feed(QByteArray(40, 'x')).isEmpty());
        QVERIFY(splitter.overflowed());
        splitter.clear();
        QCOMPARE(splitter.feed("ok\n"), QList<QByteArray>{"ok"});
    }

    void channelFramesStripThePort()
    {
        Kube::ChannelDemux demux(5432);
        Kube::ChannelDemux::Frame frame;
        QString error;
        QVERIFY(demux.decode(QByteArray("\x00\x38\x15", 3), &frame, &error));
        QCOMPARE(frame.channel, 0);
        QVERIFY(frame.payload.isEmpty());
        QVERIFY(demux.decode(QByteArray("\x00" "SELECT", 7), &frame, &error));
        QCOMPARE(frame.payload, QByteArray("SELECT"));
        QVERIFY(demux.decode(QByteArray("\x01\x38\x15" "lost connection to pod", 25), &frame, &error));
        QCOMPARE(frame.channel, 1);
        QCOMPARE(frame.payload, QByteArray("lost connection to pod"));
        QCOMPARE(Kube::ChannelDemux::encodeData("x"), QByteArray("\x00x", 2));
    }

    void channelProtocolErrors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("unknown channel") << QByteArray("\x05\x38\x15", 3) << QStringLiteral("unknown channel 5");
        QTest::newRow("short first frame") << QByteArray("\x00\x38", 2) << QStringLiteral("too short");
        QTest::newRow("other port") << QByteArray("\x00\xeb\x18", 3) << QStringLiteral("port 6379, not 5432");
    }

    void channelProtocolErrors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, expected);
        Kube::ChannelDemux demux(5432);
        Kube::ChannelDemux::Frame frame;
        QString error;
        QVERIFY(!demux.decode(message, &frame, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "testwire.moc"
