// SPDX-License-Identifier: GPL-3.0-or-later
// Port-forward over WebSocket through the API emulator to real servers: a libpq TLS session with
// verify-full (host = the service name, hostaddr = the tunnel), a RESP session over TLS to Redis,
// several tunnels at once, and a target that goes away reported as a lost tunnel.
#include "emulatorfixture.h"
#include "kubetestutil.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"
#include "kube/portforwarder.h"
#include "postgresserver.h"
#include "redisserver.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QtConcurrent>

#include <libpq-fe.h>

namespace {

template<typename T>
T await(QFuture<T> future, int timeoutMs = 30000)
{
    return Test::await(future, timeoutMs);
}

using Test::contextFor;

/** Runs a libpq session on a worker thread (the tunnel needs this thread's event loop). */
QFuture<QString> pgSession(const QByteArray &conninfo)
{
    return QtConcurrent::run([conninfo] {
        std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(conninfo.constData()), &PQfinish);
        if (PQstatus(conn.get()) != CONNECTION_OK)
            return QString(QStringLiteral("error: ") + QString::fromUtf8(PQerrorMessage(conn.get())));
        std::unique_ptr<PGresult, decltype(&PQclear)> result(
            PQexec(conn.get(), "SELECT current_user || ' ' || ssl::text FROM pg_stat_ssl WHERE pid = pg_backend_pid()"),
            &PQclear);
        if (PQresultStatus(result.get()) != PGRES_TUPLES_OK)
            return QString(QStringLiteral("error: ") + QString::fromUtf8(PQerrorMessage(conn.get())));
        return QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
    });
}

} // namespace

class TestPortForward final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emulator.isValid(), qPrintable(m_emulator.errorString()));
        Test::PostgresOptions options;
        // The certificate names the Service, as in the cluster: verify-full checks that name.
        options.certificate.dnsNames = {QStringLiteral("auth-db"), QStringLiteral("auth-db.bakery-ia.svc"),
                                        QStringLiteral("auth-db.bakery-ia.svc.cluster.local")};
        options.certificate.commonName = QStringLiteral("auth-db");
        QVERIFY2(m_postgres.start(options), qPrintable(m_postgres.errorString()));
        m_emulator.addPod(QStringLiteral("auth-db-0"));
        m_emulator.server().setPortForwardTarget(m_emulator.namespaceName(), QStringLiteral("auth-db-0"), 5432,
                                                 QHostAddress::LocalHost, m_postgres.port());
    }

    void libpqVerifyFullThroughTheTunnel()
    {
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        Kube::PortForwarder forwarder(&client, m_emulator.namespaceName(), QStringLiteral("auth-db-0"), 5432);
        QString error;
        QVERIFY2(forwarder.listen(&error), qPrintable(error));
        QVERIFY(forwarder.localPort() > 0);

        QByteArray conninfo = m_postgres.conninfo();
        conninfo.replace("host=localhost", "host=auth-db.bakery-ia.svc.cluster.local");
        conninfo.replace(QByteArray("port=" + QByteArray::number(m_postgres.port())),
                         QByteArray("port=" + QByteArray::number(forwarder.localPort())));
        const QString answer = await(pgSession(conninfo));
        QCOMPARE(answer, m_postgres.role() + QStringLiteral(" true"));
    }

    void hostnameStillCheckedThroughTheTunnel()
    {
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        Kube::PortForwarder forwarder(&client, m_emulator.namespaceName(), QStringLiteral("auth-db-0"), 5432);
        QVERIFY(forwarder.listen());
        QByteArray conninfo = m_postgres.conninfo();
        conninfo.replace("host=localhost", "host=orders-db");
        conninfo.replace(QByteArray("port=" + QByteArray::number(m_postgres.port())),
                         QByteArray("port=" + QByteArray::number(forwarder.localPort())));
        const QString answer = await(pgSession(conninfo));
        QVERIFY2(answer.contains(QStringLiteral("does not match host name")), qPrintable(answer));
    }

    void severalTunnelsAtOnce()
    {
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        Kube::PortForwarder forwarder(&client, m_emulator.namespaceName(), QStringLiteral("auth-db-0"), 5432);
        QVERIFY(forwarder.listen());
        QSignalSpy opened(&forwarder, &Kube::PortForwarder::tunnelOpened);
        QByteArray conninfo = m_postgres.conninfo();
        conninfo.replace("host=localhost", "host=auth-db");
        conninfo.replace(QByteArray("port=" + QByteArray::number(m_postgres.port())),
                         QByteArray("port=" + QByteArray::number(forwarder.localPort())));
        QList<QFuture<QString>> sessions;
        for (int i = 0; i < 4; ++i)
            sessions << pgSession(conninfo);
        for (auto &session : sessions)
            QCOMPARE(await(session), m_postgres.role() + QStringLiteral(" true"));
        QCOMPARE(opened.count(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(forwarder.activeTunnels(), 0, 10000);
    }

    void redisOverTlsThroughTheTunnel()
    {
        Test::RedisServer redis;
        Test::RedisOptions options;
        options.requirePass = QStringLiteral("redis-password-redis-password-32");
        options.certificate.dnsNames = {QStringLiteral("redis-service")};
        QVERIFY2(redis.start(options), qPrintable(redis.errorString()));
        m_emulator.addPod(QStringLiteral("redis-0"));
        m_emulator.server().setPortForwardTarget(m_emulator.namespaceName(), QStringLiteral("redis-0"), 6379,
                                                 QHostAddress::LocalHost, redis.tlsPort());
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        Kube::PortForwarder forwarder(&client, m_emulator.namespaceName(), QStringLiteral("redis-0"), 6379);
        QVERIFY(forwarder.listen());

        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromData(redis.ca().caCertificatePem()));
        socket.setSslConfiguration(config);
        socket.setPeerVerifyName(QStringLiteral("redis-service"));
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), forwarder.localPort());
        QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000);
        socket.write("*2\r\n$4\r\nAUTH\r\n$32\r\nredis-password-redis-password-32\r\n*1\r\n$4\r\nPING\r\n");
        QByteArray reply;
        QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll()).contains("+PONG"), 10000);
        QVERIFY(reply.startsWith("+OK\r\n"));
    }

    // What a server writes just before it closes reaches the client before the close, every time: a PostgreSQL that
    // refuses a connection without TLS sends its FATAL and hangs up at once, and a tunnel that dropped those last
    // words made the refusal look like "server closed the connection unexpectedly" (TLS-002 not assessed).
    void lastWordsBeforeTheCloseArrive()
    {
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        Kube::PortForwarder forwarder(&client, m_emulator.namespaceName(), QStringLiteral("auth-db-0"), 5432);
        QVERIFY(forwarder.listen());
        QByteArray conninfo = m_postgres.conninfo(QStringLiteral("disable")) + " gssencmode=disable";
        conninfo.replace(QByteArray("port=" + QByteArray::number(m_postgres.port())),
                         QByteArray("port=" + QByteArray::number(forwarder.localPort())));
        QStringList lost;
        for (int i = 0; i < 30; ++i) {
            const QString answer = await(pgSession(conninfo));
            if (!answer.contains(QStringLiteral("no pg_hba.conf entry")) || !answer.contains(QStringLiteral("no encryption")))
                lost << QStringLiteral("attempt %1: %2").arg(i).arg(answer.trimmed());
        }
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("%1 of 30 refusals were lost:\n").arg(lost.size())
                                            + lost.join(u'\n')));
    }

    void refusedTargetIsALostTunnel()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 deadPort = reserve.serverPort();
        reserve.close();
        m_emulator.addPod(QStringLiteral("gone-0"));
        m_emulator.server().setPortForwardTarget(m_emulator.namespaceName(), QStringLiteral("gone-0"), 5432,
                                                 QHostAddress::LocalHost, deadPort);
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        Kube::PortForwarder forwarder(&client, m_emulator.namespaceName(), QStringLiteral("gone-0"), 5432);
        QVERIFY(forwarder.listen());
        QSignalSpy errors(&forwarder, &Kube::PortForwarder::tunnelError);
        QTcpSocket local;
        local.connectToHost(QHostAddress::LocalHost, forwarder.localPort());
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.startsWith(QStringLiteral("tunnel lost to ")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("gone-0")));
        QTRY_COMPARE_WITH_TIMEOUT(local.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void unknownPodFailsClearly()
    {
        Kube::KubeClient client(contextFor(m_emulator.kubeconfigPath()));
        Kube::PortForwarder forwarder(&client, m_emulator.namespaceName(), QStringLiteral("no-such-pod"), 5432);
        QVERIFY(forwarder.listen());
        QSignalSpy errors(&forwarder, &Kube::PortForwarder::tunnelError);
        QTcpSocket local;
        local.connectToHost(QHostAddress::LocalHost, forwarder.localPort());
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("no-such-pod")), qPrintable(message));
    }

private:
    Test::Emulator m_emulator;
    Test::PostgresServer m_postgres;
};

QTEST_GUILESS_MAIN(TestPortForward)
#include "testportforward.moc"
