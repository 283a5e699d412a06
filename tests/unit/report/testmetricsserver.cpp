// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP side of `proofer serve` over real loopback sockets: the known paths with their methods, and the bounds on
// what a client may send (header and body size, time, connections at once); each answer arrives whole before the
// connection closes. Also the --listen address parser.
#include "report/metricsserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

namespace {

struct Reply
{
    int status = 0; ///< 0: no status line arrived
    QByteArray headers;
    QByteArray body;
    bool closed = false; ///< the server closed the connection
};

Reply parse(const QByteArray &raw)
{
    Reply reply;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || end < 0)
        return reply;
    reply.status = raw.mid(9, 3).toInt();
    reply.headers = raw.left(end);
    reply.body = raw.mid(end + 4);
    return reply;
}

/** Sends @p request (in pieces when @p pieces > 1, a turn of the event loop apart) and reads until the server closes. */
Reply exchange(quint16 port, const QByteArray &request, int pieces = 1, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs))
        return {};
    const qsizetype step = (request.size() + pieces - 1) / std::max(pieces, 1);
    for (qsizetype at = 0; at < request.size(); at += step) {
        socket.write(request.mid(at, step));
        QTest::qWait(10);
    }
    QByteArray raw;
    const bool closed = QTest::qWaitFor(
        [&] {
            raw += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    raw += socket.readAll();
    Reply reply = parse(raw);
    reply.closed = closed;
    return reply;
}

QByteArray get(const QByteArray &path)
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: Prometheus/2.42.0\r\nAccept: text/plain\r\n\r\n";
}

} // namespace

class TestMetricsServer final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<Report::MetricsServer>();
        const auto port = m_server->listen({QHostAddress(QHostAddress::LocalHost), 0});
        QVERIFY2(port.ok(), qPrintable(port.error()));
        QVERIFY(*port > 0);
        m_port = *port;
        m_server->setMetrics(QByteArrayLiteral("# HELP proofer_up Up.\n# TYPE proofer_up gauge\nproofer_up 1\n"));
    }

    void cleanup() { m_server.reset(); }

    void routes_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("bodyHas");
        QTest::addColumn<QByteArray>("headerHas");
        QTest::newRow("metrics") << get("/metrics") << 200 << QByteArray("proofer_up 1\n")
                                 << QByteArray("Content-Type: text/plain; version=0.0.4; charset=utf-8");
        QTest::newRow("metrics with a query") << get("/metrics?name[]=x") << 200 << QByteArray("proofer_up 1") << QByteArray();
        QTest::newRow("HTTP/1.0") << QByteArray("GET /metrics HTTP/1.0\r\n\r\n") << 200 << QByteArray("proofer_up 1") << QByteArray();
        QTest::newRow("healthz") << get("/healthz") << 200 << QByteArray("ok") << QByteArray("Connection: close");
        QTest::newRow("index") << get("/") << 200 << QByteArray("/metrics") << QByteArray();
        QTest::newRow("not ready") << get("/readyz") << 503 << QByteArray("first scan") << QByteArray();
        QTest::newRow("unknown path") << get("/metrics/x") << 404 << QByteArray() << QByteArray();
        QTest::newRow("path traversal") << get("/../etc/passwd") << 404 << QByteArray() << QByteArray();
        QTest::newRow("POST metrics") << QByteArray("POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 405
                                      << QByteArray() << QByteArray("Allow: GET");
        QTest::newRow("GET rescan") << get("/-/rescan") << 405 << QByteArray() << QByteArray("Allow: POST");
        QTest::newRow("HEAD") << QByteArray("HEAD /metrics HTTP/1.1\r\n\r\n") << 405 << QByteArray() << QByteArray("Allow: GET");
        QTest::newRow("DELETE") << QByteArray("DELETE /healthz HTTP/1.1\r\n\r\n") << 405 << QByteArray() << QByteArray();
        QTest::newRow("not HTTP") << QByteArray("hello there\r\n\r\n") << 400 << QByteArray() << QByteArray();
        QTest::newRow("absolute URI") << QByteArray("GET http://x/metrics HTTP/1.1\r\n\r\n") << 400 << QByteArray() << QByteArray();
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400 << QByteArray() << QByteArray();
        QTest::newRow("HTTP/3.0") << QByteArray("GET /metrics HTTP/3.0\r\n\r\n") << 505 << QByteArray() << QByteArray();
        QTest::newRow("malformed header") << QByteArray("GET /metrics HTTP/1.1\r\nno colon here\r\n\r\n") << 400
                                          << QByteArray() << QByteArray();
        QTest::newRow("chunked") << QByteArray("POST /-/rescan HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                 << 501 << QByteArray() << QByteArray();
        QTest::newRow("negative length") << QByteArray("POST /-/rescan HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400
                                         << QByteArray() << QByteArray();
        QTest::newRow("two lengths") << QByteArray("POST /-/rescan HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                     << 400 << QByteArray() << QByteArray();
        QTest::newRow("body too large") << QByteArray("POST /-/rescan HTTP/1.1\r\nContent-Length: 100000\r\n\r\n") << 413
                                        << QByteArray() << QByteArray();
        QTest::newRow("header too large") << QByteArray("GET /metrics HTTP/1.1\r\nX-Big: " + QByteArray(9000, 'a') + "\r\n\r\n")
                                          << 431 << QByteArray() << QByteArray();
        QTest::newRow("endless header") << QByteArray("GET /metrics HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a')) << 431
                                        << QByteArray() << QByteArray();
    }

    void routes()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QByteArray, bodyHas);
        QFETCH(QByteArray, headerHas);
        m_server->setReady(false, QStringLiteral("waiting for the first scan to end"));
        QSignalSpy rescans(m_server.get(), &Report::MetricsServer::rescanRequested);
        const Reply reply = exchange(m_port, request);
        QVERIFY2(reply.closed, "the server closes after one answer");
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.body.contains(bodyHas), reply.body.constData());
        QVERIFY2(reply.headers.contains(headerHas), reply.headers.constData());
        QVERIFY(reply.headers.contains(QByteArray("Content-Length: " + QByteArray::number(reply.body.size()))));
        QCOMPARE(rescans.size(), 0);
    }

    void ready()
    {
        m_server->setReady(true, QStringLiteral("scanned at 12:00"));
        const Reply reply = exchange(m_port, get("/readyz"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("scanned at 12:00\n"));
    }

    void rescan()
    {
        QSignalSpy rescans(m_server.get(), &Report::MetricsServer::rescanRequested);
        Reply reply = exchange(m_port, QByteArrayLiteral("POST /-/rescan HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"));
        QCOMPARE(reply.status, 202);
        QCOMPARE(rescans.size(), 1);
        // curl -X POST sends no length at all; a small body is read and ignored, even in pieces.
        reply = exchange(m_port, QByteArrayLiteral("POST /-/rescan HTTP/1.1\r\n\r\n"));
        QCOMPARE(reply.status, 202);
        reply = exchange(m_port, QByteArrayLiteral("POST /-/rescan HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello world"), 5);
        QCOMPARE(reply.status, 202);
        QCOMPARE(rescans.size(), 3);
    }

    void requestInPieces()
    {
        // A request that arrives a few bytes at a time is answered once it is whole.
        const Reply reply = exchange(m_port, get("/metrics"), 20);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.endsWith("proofer_up 1\n"));
    }

    void slowClientTimesOut()
    {
        Report::MetricsServer::Limits limits;
        limits.requestTimeout = std::chrono::milliseconds(300);
        m_server->setLimits(limits);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
        socket.write("GET /metrics HTTP/1.1\r\nHost: x\r\n"); // never the empty line
        QByteArray raw;
        QVERIFY(QTest::qWaitFor(
            [&] {
                raw += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000));
        raw += socket.readAll();
        QCOMPARE(parse(raw).status, 408);
    }

    void connectionsAreBounded()
    {
        Report::MetricsServer::Limits limits;
        limits.maxConnections = 2;
        m_server->setLimits(limits);
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 2; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(QTest::qWaitFor([&] { return idle.back()->state() == QAbstractSocket::ConnectedState; }, 5000));
        }
        QTest::qWait(50); // the server has accepted both
        QCOMPARE(exchange(m_port, get("/metrics")).status, 503);
        // Once they are gone, requests are served again.
        idle.clear();
        QVERIFY(QTest::qWaitFor([&] { return exchange(m_port, get("/metrics")).status == 200; }, 5000));
    }

    void listenAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address"); ///< empty: refused
        QTest::addColumn<int>("port");
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1:9187") << QStringLiteral("127.0.0.1") << 9187;
        QTest::newRow("IPv6") << QStringLiteral("[::1]:9187") << QStringLiteral("::1") << 9187;
        QTest::newRow("every interface") << QStringLiteral(":9187") << QStringLiteral("any") << 9187;
        QTest::newRow("localhost") << QStringLiteral("localhost:9187") << QStringLiteral("127.0.0.1") << 9187;
        QTest::newRow("any free port") << QStringLiteral("0.0.0.0:0") << QStringLiteral("0.0.0.0") << 0;
        QTest::newRow("no port") << QStringLiteral("127.0.0.1") << QString() << 0;
        QTest::newRow("port too large") << QStringLiteral("127.0.0.1:65536") << QString() << 0;
        QTest::newRow("port not a number") << QStringLiteral("127.0.0.1:http") << QString() << 0;
        QTest::newRow("host name") << QStringLiteral("example.com:9187") << QString() << 0;
        QTest::newRow("IPv6 without brackets") << QStringLiteral("::1:9187") << QString() << 0;
    }

    void listenAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        QFETCH(int, port);
        const auto parsed = Report::parseListenAddress(text);
        if (address.isEmpty()) {
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.error().contains(text), qPrintable(parsed.error()));
            return;
        }
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->port, port);
        if (address == u"any")
            QCOMPARE(parsed->address, QHostAddress(QHostAddress::Any));
        else
            QCOMPARE(parsed->address, QHostAddress(address));
    }

    void portInUse()
    {
        Report::MetricsServer other;
        const auto taken = other.listen({QHostAddress(QHostAddress::LocalHost), m_port});
        QVERIFY(!taken.ok());
        QVERIFY2(taken.error().contains(QString::number(m_port)), qPrintable(taken.error()));
    }

private:
    std::unique_ptr<Report::MetricsServer> m_server;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestMetricsServer)
#include "testmetricsserver.moc"
