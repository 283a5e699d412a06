// SPDX-License-Identifier: GPL-3.0-or-later
// RedisProbe against real redis-servers: TLS only with requirepass, plain without auth, both ports, ACL
// users, AOF on and off, tls-auth-clients with and without a client certificate, CONFIG renamed or not
// permitted; each fact is checked against the server's own configuration. Then what must fail, and how:
// wrong CA, host name mismatch, wrong password, refused port, a hostile server and a silent one.
#include "probe/redisprobe.h"
#include "redisserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <optional>

using Probe::RedisFacts;
using Probe::RedisProbe;
using Probe::RedisTarget;

namespace {

QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log << message;
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

QString capturedLog()
{
    QMutexLocker lock(&s_logMutex);
    return s_log.join(u'\n');
}

/** A password no test could produce by accident. */
QString randomPassword()
{
    QString password = QStringLiteral("pw-");
    for (int i = 0; i < 29; ++i)
        password += QChar(u'a' + QRandomGenerator::global()->bounded(26));
    return password;
}

/** Runs a probe to its end without blocking the event loop; checks that finished() came exactly once. */
RedisFacts probe(const RedisTarget &target)
{
    RedisProbe probe;
    int emitted = 0;
    std::optional<RedisFacts> result;
    QObject::connect(&probe, &RedisProbe::finished, &probe, [&](const RedisFacts &facts) {
        ++emitted;
        result = facts;
    });
    probe.start(target);
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, target.timeoutMs + 10000))
        qFatal("RedisProbe did not finish");
    QTest::qWait(50); // a second finished() would show up here
    if (emitted != 1)
        qFatal("RedisProbe emitted finished() %d times", emitted);
    if (probe.isRunning())
        qFatal("RedisProbe still running after finished()");
    return *result;
}

RedisTarget tlsTarget(const Test::RedisServer &server)
{
    RedisTarget target;
    target.host = server.host();
    target.serverName = QStringLiteral("localhost");
    target.port = server.tlsPort();
    target.caPem = server.ca().caCertificatePem();
    target.timeoutMs = 10000;
    return target;
}

RedisTarget plainTarget(const Test::RedisServer &server)
{
    RedisTarget target;
    target.host = server.host();
    target.port = server.plainPort();
    target.tls = false;
    target.timeoutMs = 10000;
    return target;
}

QString json(const RedisFacts &facts)
{
    return QString::fromUtf8(QJsonDocument(facts.toJson()).toJson());
}

/** A field of /proc/self/status in KiB ("VmRSS", "VmHWM"), -1 when unreadable. */
qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/** Resets the peak resident set size (VmHWM) to the current one; false when the kernel does not allow it. */
bool resetPeakResident()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

/** Answers the first bytes it receives with @p prefix, then streams 'x' for as long as the client reads. */
class HostileServer final : public QObject
{
public:
    explicit HostileServer(const QByteArray &prefix)
        : m_prefix(prefix)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            connect(m_socket, &QTcpSocket::readyRead, this, [this] {
                m_socket->readAll();
                if (m_started)
                    return;
                m_started = true;
                m_socket->write(m_prefix);
                m_timer.start(1);
            });
        });
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
                m_timer.stop();
                return;
            }
            if (m_socket->bytesToWrite() < 4 * 1024 * 1024) {
                m_socket->write(QByteArray(1024 * 1024, 'x'));
                m_streamed += 1024 * 1024;
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    bool clientGone() const { return !m_socket || m_socket->state() != QAbstractSocket::ConnectedState; }

private:
    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    QByteArray m_prefix;
    qint64 m_streamed = 0;
    bool m_started = false;
};

} // namespace

class TestRedisProbe final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("proofer.probe.debug=true"));
        s_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(s_previousHandler); }

    void tlsOnlyWithRequirePass()
    {
        Test::RedisServer server;
        Test::RedisOptions options;
        options.requirePass = randomPassword();
        options.aof = true;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        RedisTarget target = tlsTarget(server);
        target.password = Core::Secret::fromUtf8(options.requirePass);
        const RedisFacts facts = probe(target);

        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QVERIFY2(facts.errors.isEmpty(), qPrintable(facts.errors.join(u'\n')));
        QVERIFY(facts.connected);
        QCOMPARE(facts.endpoint, QStringLiteral("127.0.0.1:%1").arg(server.tlsPort()));
        QVERIFY2(facts.tlsProtocol == QLatin1String("TLSv1.3") || facts.tlsProtocol == QLatin1String("TLSv1.2"),
                 qPrintable(facts.tlsProtocol));
        QVERIFY(!facts.tlsCipher.isEmpty());
        QVERIFY(!facts.chain.isEmpty());
        QVERIFY(facts.chain.first().dnsNames.contains(QStringLiteral("localhost")));
        QCOMPARE(facts.chain.first().keyType, QStringLiteral("EC"));
        QVERIFY(facts.chain.first().daysLeft > 300);

        QVERIFY(facts.authRequired);
        QCOMPARE(facts.authMethod, QStringLiteral("requirepass"));
        QCOMPARE(facts.whoami, QStringLiteral("default"));
        QVERIFY(facts.aclUsers.contains(QStringLiteral("default")));
        QCOMPARE(facts.nopassUsers.value(QStringLiteral("default"), true), false);
        QCOMPARE(facts.defaultUserNopass, std::optional<bool>(false));

        QCOMPARE(facts.settings.value(QStringLiteral("requirepass")), QStringLiteral("set"));
        QCOMPARE(facts.settings.value(QStringLiteral("appendonly")), QStringLiteral("yes"));
        QCOMPARE(facts.settings.value(QStringLiteral("port")), QStringLiteral("0"));
        QCOMPARE(facts.settings.value(QStringLiteral("tls-port")), QString::number(server.tlsPort()));
        QCOMPARE(facts.settings.value(QStringLiteral("tls-auth-clients")), QStringLiteral("no"));
        QCOMPARE(facts.settings.value(QStringLiteral("protected-mode")), QStringLiteral("yes"));
        QVERIFY(facts.settings.contains(QStringLiteral("tls-protocols")));
        QCOMPARE(facts.settings.value(QStringLiteral("save"), QStringLiteral("<missing>")), QString());
        // Persistence and the TLS files the server reads, as CONFIG GET reports them (issue 15 §1, §3).
        QCOMPARE(facts.settings.value(QStringLiteral("appendfsync")), QStringLiteral("everysec"));
        QCOMPARE(facts.settings.value(QStringLiteral("dir")), server.dir());
        QCOMPARE(facts.settings.value(QStringLiteral("tls-cert-file")), server.dir() + QStringLiteral("/server.crt"));
        QCOMPARE(facts.settings.value(QStringLiteral("tls-key-file")), server.dir() + QStringLiteral("/server.key"));
        QCOMPARE(facts.settings.value(QStringLiteral("tls-ca-cert-file")), server.caFile());
        QVERIFY2(facts.unknown.isEmpty(), qPrintable(json(facts)));

        QVERIFY(facts.info.value(QStringLiteral("redis_version")).startsWith(QLatin1String("7.")));
        // With `port 0` Redis reports its TLS port here.
        QCOMPARE(facts.info.value(QStringLiteral("tcp_port")), QString::number(server.tlsPort()));
        QCOMPARE(facts.info.value(QStringLiteral("aof_enabled")), QStringLiteral("1"));
        QVERIFY(facts.info.contains(QStringLiteral("rdb_last_save_time")));

        // The password is nowhere: not in the facts, not in the debug log (which did record the AUTH).
        QVERIFY(!json(facts).contains(options.requirePass));
        const QString log = capturedLog();
        QVERIFY2(log.contains(QStringLiteral("AUTH <redacted>")), qPrintable(log.right(2000)));
        QVERIFY(log.contains(QStringLiteral("CONFIG GET requirepass")));
        QVERIFY(!log.contains(options.requirePass));
    }

    void connectionNamesItself()
    {
        // Every command logged to the slow log, which records the client's name with each: the probe's commands
        // after AUTH come from "proofer-probe".
        Test::RedisServer server;
        Test::RedisOptions options;
        options.mode = Test::RedisOptions::Mode::Both;
        options.requirePass = randomPassword();
        options.extraConfig = { QStringLiteral("slowlog-log-slower-than 0"), QStringLiteral("slowlog-max-len 1000") };
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        RedisTarget target = tlsTarget(server);
        target.password = Core::Secret::fromUtf8(options.requirePass);
        const RedisFacts facts = probe(target);
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QCOMPARE(RedisProbe::clientName(), QStringLiteral("proofer-probe"));

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REDISCLI_AUTH"), options.requirePass); // not on the command line
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral("redis-cli"), { QStringLiteral("-h"), server.host(), QStringLiteral("-p"),
                                                 QString::number(server.plainPort()), QStringLiteral("--no-raw"),
                                                 QStringLiteral("SLOWLOG"), QStringLiteral("GET"), QStringLiteral("1000") });
        QVERIFY(cli.waitForFinished(10000));
        const QString slowlog = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY(!slowlog.contains(options.requirePass));
        // Each entry ends with the client's address and name; the probe's ACL LIST and CONFIG GET carry its name.
        const QStringList entries = slowlog.split(QRegularExpression(QStringLiteral("\\n\\d+\\) 1\\) \\(integer\\)")));
        int named = 0;
        for (const QString &entry : entries) {
            if (entry.contains(QLatin1String("\"LIST\"")) || entry.contains(QLatin1String("\"GET\"")))
                QVERIFY2(entry.contains(QLatin1String("\"proofer-probe\"")), qPrintable(entry));
            if (entry.contains(QLatin1String("\"proofer-probe\"")))
                ++named;
        }
        QVERIFY2(named >= 5, qPrintable(slowlog.right(3000)));
    }

    void plainWithoutAuth()
    {
        Test::RedisServer server;
        Test::RedisOptions options;
        options.mode = Test::RedisOptions::Mode::Plain;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        const RedisFacts facts = probe(plainTarget(server));
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QVERIFY(facts.connected);
        QVERIFY(facts.tlsProtocol.isEmpty());
        QVERIFY(facts.chain.isEmpty());
        QVERIFY(!facts.authRequired);
        QCOMPARE(facts.authMethod, QStringLiteral("none"));
        QCOMPARE(facts.whoami, QStringLiteral("default"));
        QCOMPARE(facts.defaultUserNopass, std::optional<bool>(true));
        QCOMPARE(facts.nopassUsers.value(QStringLiteral("default")), true);
        QCOMPARE(facts.settings.value(QStringLiteral("requirepass")), QStringLiteral("empty"));
        QCOMPARE(facts.settings.value(QStringLiteral("port")), QString::number(server.plainPort()));
        QCOMPARE(facts.settings.value(QStringLiteral("tls-port")), QStringLiteral("0"));
        QCOMPARE(facts.settings.value(QStringLiteral("appendonly")), QStringLiteral("no"));
        QCOMPARE(facts.info.value(QStringLiteral("aof_enabled")), QStringLiteral("0"));
        QCOMPARE(facts.info.value(QStringLiteral("tcp_port")), QString::number(server.plainPort()));
    }

    void bothPorts()
    {
        Test::RedisServer server;
        Test::RedisOptions options;
        options.mode = Test::RedisOptions::Mode::Both;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        for (const RedisTarget &target : { tlsTarget(server), plainTarget(server) }) {
            const RedisFacts facts = probe(target);
            QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
            QCOMPARE(facts.tlsProtocol.isEmpty(), !target.tls);
            QCOMPARE(facts.settings.value(QStringLiteral("port")), QString::number(server.plainPort()));
            QCOMPARE(facts.settings.value(QStringLiteral("tls-port")), QString::number(server.tlsPort()));
            QCOMPARE(facts.authMethod, QStringLiteral("none"));
        }
    }

    void aclUsers_data()
    {
        QTest::addColumn<bool>("requirePass");
        QTest::newRow("default user nopass") << false;
        QTest::newRow("default user with requirepass") << true;
    }

    void aclUsers()
    {
        QFETCH(bool, requirePass);
        Test::RedisServer server;
        Test::RedisOptions options;
        const QString alicePassword = randomPassword();
        options.aclUsers = { { QStringLiteral("alice"), alicePassword }, { QStringLiteral("bob"), randomPassword() } };
        if (requirePass)
            options.requirePass = randomPassword();
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        RedisTarget target = tlsTarget(server);
        target.user = QStringLiteral("alice");
        target.password = Core::Secret::fromUtf8(alicePassword);
        const RedisFacts facts = probe(target);
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QCOMPARE(facts.whoami, QStringLiteral("alice"));
        QCOMPARE(facts.authRequired, requirePass);
        QCOMPARE(facts.authMethod, requirePass ? QStringLiteral("acl") : QStringLiteral("none"));
        QCOMPARE(facts.aclUsers.size(), 3);
        for (const QString &name : { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("default") })
            QVERIFY(facts.aclUsers.contains(name));
        QCOMPARE(facts.nopassUsers.value(QStringLiteral("alice"), true), false);
        QCOMPARE(facts.nopassUsers.value(QStringLiteral("bob"), true), false);
        QCOMPARE(facts.nopassUsers.value(QStringLiteral("default")), !requirePass);
        QCOMPARE(facts.defaultUserNopass, std::optional<bool>(!requirePass));
        QCOMPARE(facts.settings.value(QStringLiteral("requirepass")),
                 requirePass ? QStringLiteral("set") : QStringLiteral("empty"));
        QVERIFY(!json(facts).contains(alicePassword));
        QVERIFY(!capturedLog().contains(alicePassword));
    }

    void aof_data()
    {
        QTest::addColumn<bool>("aof");
        QTest::newRow("AOF on") << true;
        QTest::newRow("AOF off") << false;
    }

    void aof()
    {
        QFETCH(bool, aof);
        Test::RedisServer server;
        Test::RedisOptions options;
        options.aof = aof;
        options.extraConfig = { QStringLiteral("save 900 1 300 10") };
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        const RedisFacts facts = probe(tlsTarget(server));
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QCOMPARE(facts.settings.value(QStringLiteral("appendonly")),
                 aof ? QStringLiteral("yes") : QStringLiteral("no"));
        QCOMPARE(facts.info.value(QStringLiteral("aof_enabled")), aof ? QStringLiteral("1") : QStringLiteral("0"));
        QCOMPARE(facts.settings.value(QStringLiteral("save")), QStringLiteral("900 1 300 10"));
    }

    void tlsAuthClients()
    {
        Test::CertFactory ca;
        Test::RedisServer server(&ca);
        Test::RedisOptions options;
        options.tlsAuthClients = true;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        // Without a client certificate: no session, and the error says why it may be.
        const RedisFacts refused = probe(tlsTarget(server));
        QVERIFY(!refused.error.isEmpty());
        QVERIFY2(refused.error.contains(QStringLiteral("127.0.0.1:%1: TLS: ").arg(server.tlsPort())),
                 qPrintable(refused.error));
        QVERIFY2(refused.error.contains(QStringLiteral("client certificate")), qPrintable(refused.error));
        QVERIFY(refused.settings.isEmpty());
        QCOMPARE(refused.authMethod, QStringLiteral("unknown"));

        // With a certificate of the CA the server trusts: the probe goes through.
        Test::LeafOptions client;
        client.commonName = QStringLiteral("proofer-probe");
        client.dnsNames = {};
        client.ipAddresses = {};
        const Test::IssuedCertificate issued = ca.issue(client);
        QVERIFY2(!issued.certificatePem.isEmpty(), qPrintable(ca.errorString()));
        RedisTarget target = tlsTarget(server);
        target.clientCertPem = issued.certificatePem;
        target.clientKeyPem = issued.key.privateKeyPem;
        const RedisFacts facts = probe(target);
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QCOMPARE(facts.settings.value(QStringLiteral("tls-auth-clients")), QStringLiteral("yes"));
        QCOMPARE(facts.authMethod, QStringLiteral("none"));
    }

    void configRenamed()
    {
        Test::RedisServer server;
        Test::RedisOptions options;
        options.extraConfig = { QStringLiteral("rename-command CONFIG \"\"") };
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        const RedisFacts facts = probe(tlsTarget(server));
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QVERIFY2(facts.errors.isEmpty(), qPrintable(facts.errors.join(u'\n')));
        QVERIFY(facts.settings.isEmpty());
        for (const QString &key : RedisProbe::configKeys()) {
            QVERIFY2(facts.unknown.value(key).contains(QStringLiteral("CONFIG GET is renamed or disabled")),
                     qPrintable(key + u' ' + facts.unknown.value(key)));
        }
        // The rest of the facts are still there.
        QCOMPARE(facts.authMethod, QStringLiteral("none"));
        QVERIFY(facts.info.contains(QStringLiteral("redis_version")));
        QCOMPARE(facts.whoami, QStringLiteral("default"));
    }

    void configNotPermitted()
    {
        Test::RedisServer server;
        Test::RedisOptions options;
        const QString password = randomPassword();
        options.requirePass = randomPassword();
        options.extraConfig = { QStringLiteral("user carol on >%1 ~* &* +@all -@admin").arg(password) };
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        RedisTarget target = tlsTarget(server);
        target.user = QStringLiteral("carol");
        target.password = Core::Secret::fromUtf8(password);
        const RedisFacts facts = probe(target);
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QCOMPARE(facts.whoami, QStringLiteral("carol"));
        QCOMPARE(facts.authMethod, QStringLiteral("acl"));
        QVERIFY(facts.settings.isEmpty());
        QVERIFY2(facts.unknown.value(QStringLiteral("appendonly"))
                     .contains(QStringLiteral("CONFIG GET is not allowed for user \"carol\" (NOPERM")),
                 qPrintable(facts.unknown.value(QStringLiteral("appendonly"))));
        QVERIFY(facts.unknown.value(QStringLiteral("aclUsers")).contains(QStringLiteral("ACL LIST is not allowed")));
        QVERIFY(!facts.defaultUserNopass.has_value());
        QVERIFY(facts.info.contains(QStringLiteral("aof_enabled")));
    }

    void wrongCa()
    {
        Test::RedisServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Test::CertFactory other(QStringLiteral("Unrelated CA"));
        RedisTarget target = tlsTarget(server);
        target.caPem = other.caCertificatePem();
        const RedisFacts facts = probe(target);
        QVERIFY(!facts.connected);
        QVERIFY2(
            facts.error.startsWith(
                QStringLiteral("Redis 127.0.0.1:%1: TLS: certificate verification failed: ").arg(server.tlsPort())),
            qPrintable(facts.error));
        QVERIFY2(facts.error.contains(QStringLiteral("issuer")) || facts.error.contains(QStringLiteral("self signed"))
                     || facts.error.contains(QStringLiteral("self-signed")),
                 qPrintable(facts.error));
        QCOMPARE(facts.errors, QStringList { facts.error });
        QCOMPARE(facts.authMethod, QStringLiteral("unknown"));
    }

    void hostnameMismatch()
    {
        Test::RedisServer server;
        Test::RedisOptions options;
        options.certificate.commonName = QStringLiteral("redis.other.svc");
        options.certificate.dnsNames = { QStringLiteral("redis.other.svc") };
        options.certificate.ipAddresses = {};
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        const RedisFacts facts = probe(tlsTarget(server));
        QVERIFY(!facts.connected);
        QVERIFY2(facts.error.contains(QStringLiteral("TLS: certificate verification failed")), qPrintable(facts.error));
        QVERIFY2(facts.error.contains(QStringLiteral("host name did not match")), qPrintable(facts.error));

        // The name it does carry verifies.
        RedisTarget target = tlsTarget(server);
        target.serverName = QStringLiteral("redis.other.svc");
        QVERIFY2(probe(target).error.isEmpty(), qPrintable(probe(target).error));
    }

    void ipAddressVerifiedAgainstIpSan()
    {
        Test::RedisServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        RedisTarget target = tlsTarget(server);
        target.serverName.clear(); // verify 127.0.0.1 itself
        const RedisFacts facts = probe(target);
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QVERIFY(facts.chain.first().ipAddresses.contains(QStringLiteral("127.0.0.1")));
    }

    void wrongPassword()
    {
        Test::RedisServer server;
        Test::RedisOptions options;
        options.requirePass = randomPassword();
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        RedisTarget target = tlsTarget(server);
        const QString wrong = randomPassword();
        target.password = Core::Secret::fromUtf8(wrong);
        const RedisFacts facts = probe(target);
        QVERIFY(facts.connected);
        QVERIFY(facts.authRequired);
        QCOMPARE(facts.authMethod, QStringLiteral("unknown"));
        QVERIFY2(
            facts.error.startsWith(
                QStringLiteral("Redis 127.0.0.1:%1: AUTH: authentication failed: WRONGPASS").arg(server.tlsPort())),
            qPrintable(facts.error));
        QVERIFY(facts.settings.isEmpty());
        QVERIFY(!json(facts).contains(wrong));
        QVERIFY(!capturedLog().contains(wrong));

        // And no password at all.
        const RedisFacts none = probe(tlsTarget(server));
        QVERIFY(none.authRequired);
        QVERIFY2(none.error.contains(QStringLiteral("AUTH: the server requires AUTH and no password was given")),
                 qPrintable(none.error));
    }

    void refusedPort()
    {
        quint16 port = 0;
        {
            QTcpServer reserve;
            QVERIFY(reserve.listen(QHostAddress::LocalHost));
            port = reserve.serverPort();
        }
        RedisTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = port;
        target.timeoutMs = 5000;
        for (const bool tls : { true, false }) {
            target.tls = tls;
            const RedisFacts facts = probe(target);
            QVERIFY(!facts.connected);
            QVERIFY2(facts.error.startsWith(QStringLiteral("Redis 127.0.0.1:%1: connect: ").arg(port)),
                     qPrintable(facts.error));
            QVERIFY2(facts.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(facts.error));
        }
    }

    void hostileServer_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QString>("error");
        QTest::newRow("4294967295 elements")
            << QByteArray("*4294967295\r\n") << QStringLiteral("array of 4294967295 elements exceeds the cap");
        QTest::newRow("1 GiB bulk") << QByteArray("$1073741824\r\n")
                                    << QStringLiteral("bulk string of 1073741824 bytes exceeds the cap");
        QTest::newRow("100 levels deep") << QByteArray("*1\r\n").repeated(100)
                                         << QStringLiteral("arrays nested deeper than 8 levels");
        QTest::newRow("garbage") << QByteArray("HTTP/1.1 400 Bad Request\r\n")
                                 << QStringLiteral("unexpected RESP type byte 0x48 at offset 0");
        QTest::newRow("bulk that never ends")
            << QByteArray("$16777216\r\n") << QStringLiteral("bulk string not followed by CRLF");
        const QByteArray bulk = QByteArray("$16000000\r\n") + QByteArray(16000000, 'y') + QByteArray("\r\n");
        QTest::newRow("reply over 32 MiB") << QByteArray("*3\r\n") + bulk + bulk + QByteArray("$16000000\r\n")
                                           << QStringLiteral("reply larger than the cap of 33554432 bytes");
    }

    void hostileServer()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QString, error);
        HostileServer hostile(prefix);
        QVERIFY(hostile.port() > 0);
        RedisTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = hostile.port();
        target.tls = false;
        target.timeoutMs = 30000;

        const bool peak = resetPeakResident();
        const qint64 before = statusKiB("VmRSS");
        QElapsedTimer timer;
        timer.start();
        const RedisFacts facts = probe(target);
        // The peak while the hostile server streamed, not what is left after the probe freed it.
        const qint64 growth = statusKiB(peak ? "VmHWM" : "VmRSS") - before;
        qInfo("%s resident memory grew by %lld KiB", peak ? "peak" : "final", growth);
        QVERIFY2(
            facts.error.startsWith(QStringLiteral("Redis 127.0.0.1:%1: command: protocol error: ").arg(hostile.port())),
            qPrintable(facts.error));
        QVERIFY2(facts.error.contains(error), qPrintable(facts.error));
        QVERIFY2(timer.elapsed() < 20000, "the protocol error must end the probe, not the timeout");
        QVERIFY2(growth < 96 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growth)));
        // The probe dropped the connection.
        QVERIFY(QTest::qWaitFor([&hostile] { return hostile.clientGone(); }, 5000));
    }

    void silentServer_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("step");
        QTest::newRow("TLS") << true << QStringLiteral("TLS");
        QTest::newRow("plain") << false << QStringLiteral("command");
    }

    void silentServer()
    {
        QFETCH(bool, tls);
        QFETCH(QString, step);
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        RedisTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = silent.serverPort();
        target.tls = tls;
        target.timeoutMs = 1500;
        QElapsedTimer timer;
        timer.start();
        const RedisFacts facts = probe(target);
        QVERIFY(timer.elapsed() >= 1400);
        QVERIFY(timer.elapsed() < 6000);
        QCOMPARE(facts.error,
                 QStringLiteral("Redis 127.0.0.1:%1: %2: timed out after 1500 ms").arg(silent.serverPort()).arg(step));
    }

    void cancel()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        RedisTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = silent.serverPort();
        target.tls = false;
        RedisProbe probe;
        QList<RedisFacts> results;
        connect(&probe, &RedisProbe::finished, this, [&results](const RedisFacts &facts) { results << facts; });
        probe.start(target);
        QTest::qWait(200);
        QVERIFY(probe.isRunning());
        probe.cancel();
        QVERIFY(!probe.isRunning());
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().error.endsWith(QStringLiteral(": cancelled")), qPrintable(results.first().error));
        probe.cancel(); // idle: nothing
        QTest::qWait(100);
        QCOMPARE(results.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRedisProbe)
#include "testredisprobe.moc"
