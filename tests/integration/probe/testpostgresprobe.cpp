// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresProbe against real PostgreSQL 15 servers: each fact is asserted against how the server was set up
// (TLS on/off, pg_hba.conf lines, password_encryption, log_* settings, extensions), plus the failures a
// probe must name precisely (wrong CA, host name mismatch, wrong password, refused port, a server that never
// answers) and the event loop staying free while a probe runs.
#include "countingrelay.h"
#include "postgresserver.h"
#include "probe/pgconnection.h"
#include "probe/postgresprobe.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <libpq-fe.h>

#include <memory>

using Probe::PostgresFacts;
using Probe::PostgresProbe;
using Probe::PostgresTarget;

namespace {

QString describe(const PostgresFacts &facts)
{
    return QString::fromUtf8(QJsonDocument(facts.toJson()).toJson(QJsonDocument::Indented));
}

PostgresTarget targetFor(const Test::PostgresServer &server, bool superuser = false)
{
    PostgresTarget target;
    target.host = QStringLiteral("localhost");
    target.hostaddr = QStringLiteral("127.0.0.1");
    target.port = server.port();
    target.database = superuser ? QStringLiteral("postgres") : server.database();
    target.user = superuser ? QStringLiteral("postgres") : server.role();
    target.password = Core::Secret::fromUtf8(superuser ? server.superuserPassword() : server.password());
    target.caFile = server.caFile();
    target.connectTimeoutMs = 10000;
    target.queryTimeoutMs = 10000;
    target.overallTimeoutMs = 60000;
    return target;
}

/** Runs a probe to the end on this thread's event loop (libpq never blocks it). */
bool runProbe(const PostgresTarget &target, PostgresFacts *facts, int waitMs = 90000)
{
    PostgresProbe probe;
    QSignalSpy spy(&probe, &PostgresProbe::finished);
    probe.start(target);
    if (!QTest::qWaitFor([&spy] { return spy.count() > 0; }, waitMs))
        return false;
    *facts = spy.at(0).at(0).value<PostgresFacts>();
    QTest::qWait(20);
    return spy.count() == 1 && !probe.isRunning();
}

const Probe::HbaRule *ruleAt(const PostgresFacts &facts, int line)
{
    for (const Probe::HbaRule &rule : facts.hbaRules) {
        if (rule.line == line)
            return &rule;
    }
    return nullptr;
}

/** A plain TCP listener that accepts connections and never says a word. */
class SilentServer final
{
public:
    bool listen()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                m_sockets.push_back(socket);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_sockets; // children of the server
};

/**
 * A relay in front of a real server that forwards the connections beginning with an SSLRequest (the probe's TLS
 * sessions) and hangs up at once on any other (a connection without TLS): a genuine transport failure of the
 * plaintext check, counted.
 */
class TlsOnlyRelay final
{
public:
    explicit TlsOnlyRelay(quint16 target)
        : m_target(target)
    {
    }

    bool listen()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    int dropped() const { return m_dropped; }

private:
    void relay(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto decided = std::make_shared<bool>(false);
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, decided] {
            if (!*decided) {
                if (client->bytesAvailable() < 8)
                    return;
                *decided = true;
                static const QByteArray sslRequest = QByteArray::fromHex("0000000804d2162f");
                if (client->peek(8) != sslRequest) {
                    ++m_dropped;
                    client->abort();
                    client->deleteLater();
                    return;
                }
                upstream->connectToHost(QHostAddress::LocalHost, m_target);
            }
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream] { upstream->write(client->readAll()); });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnectFromHost();
            client->deleteLater();
        });
    }

    QTcpServer m_server;
    quint16 m_target;
    int m_dropped = 0;
};

PostgresTarget silentTarget(quint16 port, int connectTimeoutMs)
{
    PostgresTarget target;
    target.host = QStringLiteral("localhost");
    target.hostaddr = QStringLiteral("127.0.0.1");
    target.port = port;
    target.database = QStringLiteral("app");
    target.user = QStringLiteral("app");
    target.password = Core::Secret::fromUtf8(QStringLiteral("irrelevant"));
    target.connectTimeoutMs = connectTimeoutMs;
    target.overallTimeoutMs = 60000;
    return target;
}

} // namespace

class TestPostgresProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tlsVerifyFullAsSuperuser();
    void ordinaryRoleRecordsUnknownFacts();
    void grantedRoleReadsHbaRules();
    void loginRolesAndWhatTheyOwn();
    void pipelineGoesOnAfterARefusal();
    void extensionsInstalledVersusAvailable();
    void tlsOffServer();
    void verifyFullAgainstTlsOffServerFails();
    void plaintextAcceptedByHostRule();
    void everyConnectionNamesItself();
    void plaintextTransportFailureIsRetriedOnce();
    void hbaRulesAndNonScramRoles();
    void caFromPem();
    void wrongCa();
    void hostnameMismatch();
    void wrongPassword();
    void connectionRefused();
    void silentServerTimesOut();
    void overallTimeout();
    void cancelMidConnect();
    void destroyWhileRunning();
    void eventLoopStaysResponsive();
    void hostNameResolvedWithoutHostaddr();
    void futureApi();

private:
    Test::CertFactory m_ca;
    std::unique_ptr<Test::PostgresServer> m_main;
};

void TestPostgresProbe::initTestCase()
{
    QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
    m_main = std::make_unique<Test::PostgresServer>(&m_ca);
    Test::PostgresOptions options;
    options.extraConfig = {
        QStringLiteral("log_statement = 'all'"),
        QStringLiteral("log_connections = on"),
        QStringLiteral("log_disconnections = on"),
        QStringLiteral("log_duration = off"),
        QStringLiteral("log_min_duration_statement = 250"),
        QStringLiteral("log_line_prefix = '%m [%p] %q%u@%d '"),
        QStringLiteral("log_rotation_age = '2h'"),
        QStringLiteral("log_rotation_size = '50MB'"),
        QStringLiteral("ssl_prefer_server_ciphers = on"),
    };
    QVERIFY2(m_main->start(options), qPrintable(m_main->errorString()));
    QString error;
    m_main->superuserQuery(QStringLiteral("CREATE EXTENSION pgcrypto"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPostgresProbe::tlsVerifyFullAsSuperuser()
{
    PostgresFacts facts;
    const PostgresTarget target = targetFor(*m_main, true);
    QVERIFY(runProbe(target, &facts));
    const QString text = describe(facts);
    QVERIFY2(facts.connected && facts.error.isEmpty(), qPrintable(text));
    QCOMPARE(facts.endpoint, QStringLiteral("localhost:%1 (127.0.0.1)").arg(m_main->port()));

    // TLS session: OpenSSL 3 on both ends with a TLSv1.2 floor negotiates 1.3.
    QCOMPARE(facts.tlsProtocol, QStringLiteral("TLSv1.3"));
    QVERIFY2(facts.tlsCipher.startsWith(QLatin1String("TLS_")), qPrintable(facts.tlsCipher));
    QVERIFY2(facts.tlsKeyBits >= 128, qPrintable(text));
    QCOMPARE(facts.chain.size(), 1);
    QCOMPARE(facts.chain.first().commonName, QStringLiteral("localhost"));
    QVERIFY(facts.chain.first().dnsNames.contains(QStringLiteral("localhost")));
    QVERIFY(facts.chain.first().ipAddresses.contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(facts.chain.first().keyType, QStringLiteral("EC"));
    QVERIFY(facts.chain.first().issuer.contains(QLatin1String("Proofer Test CA")));

    QVERIFY2(facts.serverVersion.startsWith(QLatin1String("15.")), qPrintable(facts.serverVersion));
    QCOMPARE(facts.serverVersionNumber / 10000, 15);

    // Settings, exactly as the fixture configured them.
    QCOMPARE(facts.settings.value(QStringLiteral("ssl")), QStringLiteral("on"));
    QCOMPARE(facts.settings.value(QStringLiteral("ssl_min_protocol_version")), QStringLiteral("TLSv1.2"));
    QVERIFY(!facts.settings.value(QStringLiteral("ssl_ciphers")).isEmpty());
    QCOMPARE(facts.settings.value(QStringLiteral("password_encryption")), QStringLiteral("scram-sha-256"));
    QCOMPARE(facts.settings.value(QStringLiteral("log_statement")), QStringLiteral("all"));
    QCOMPARE(facts.settings.value(QStringLiteral("log_connections")), QStringLiteral("on"));
    QCOMPARE(facts.settings.value(QStringLiteral("log_disconnections")), QStringLiteral("on"));
    QCOMPARE(facts.settings.value(QStringLiteral("log_duration")), QStringLiteral("off"));
    QCOMPARE(facts.settings.value(QStringLiteral("log_min_duration_statement")), QStringLiteral("250ms"));
    QCOMPARE(facts.settings.value(QStringLiteral("log_line_prefix")), QStringLiteral("%m [%p] %q%u@%d "));
    QVERIFY(facts.settings.contains(QStringLiteral("shared_preload_libraries")));
    QCOMPARE(facts.settings.value(QStringLiteral("shared_preload_libraries")), QString());
    QCOMPARE(facts.settings.value(QStringLiteral("data_checksums")), QStringLiteral("off"));
    // Log collection and rotation (issue 15 §3) and the TLS files the server reads (§1), as SHOW reports them.
    QCOMPARE(facts.settings.value(QStringLiteral("logging_collector")), QStringLiteral("off"));
    QCOMPARE(facts.settings.value(QStringLiteral("log_destination")), QStringLiteral("stderr"));
    QCOMPARE(facts.settings.value(QStringLiteral("log_rotation_age")), QStringLiteral("2h"));
    QCOMPARE(facts.settings.value(QStringLiteral("log_rotation_size")), QStringLiteral("50MB"));
    QCOMPARE(facts.settings.value(QStringLiteral("ssl_prefer_server_ciphers")), QStringLiteral("on"));
    QVERIFY2(facts.settings.value(QStringLiteral("ssl_cert_file")).endsWith(QLatin1String("/server.crt")), qPrintable(text));
    QVERIFY2(facts.settings.value(QStringLiteral("ssl_key_file")).endsWith(QLatin1String("/server.key")), qPrintable(text));
    QVERIFY(facts.settings.contains(QStringLiteral("ssl_ca_file")));
    QCOMPARE(facts.settings.value(QStringLiteral("ssl_ca_file")), QString()); // the fixture asks for no client certificates
    QCOMPARE(facts.settings.value(QStringLiteral("ssl_max_protocol_version")), QString()); // no ceiling
    QCOMPARE(facts.settings.size(), 21);
    // When the server started and last read its configuration: any role may read them (the fingerprint's own).
    QVERIFY2(facts.postmasterStartedAt.isValid() && facts.configLoadedAt.isValid(), qPrintable(text));
    QVERIFY(facts.postmasterStartedAt.secsTo(QDateTime::currentDateTimeUtc()) < 3600);

    QCOMPARE(facts.superuser, std::optional<bool>(true));
    // Default fixture pg_hba.conf: one hostssl line.
    QCOMPARE(facts.hbaRules.size(), 1);
    QCOMPARE(facts.hbaRules.first().line, 1);
    QCOMPARE(facts.hbaRules.first().type, QStringLiteral("hostssl"));
    QCOMPARE(facts.hbaRules.first().database, QStringLiteral("all"));
    QCOMPARE(facts.hbaRules.first().user, QStringLiteral("all"));
    QCOMPARE(facts.hbaRules.first().address, QStringLiteral("127.0.0.1"));
    QCOMPARE(facts.hbaRules.first().method, QStringLiteral("scram-sha-256"));
    QVERIFY2(facts.nonScramRoles.isEmpty(), qPrintable(text));

    // Only TLS sessions exist (the fixture's superuser connections use sslmode=require).
    QVERIFY(facts.tlsSessionShare.has_value());
    QCOMPARE(*facts.tlsSessionShare, 1.0);
    QVERIFY(facts.sessionsCounted >= 1);

    // hostssl only: a connection without TLS is refused by pg_hba.conf.
    QCOMPARE(facts.plaintextAccepted, std::optional<bool>(false));
    QVERIFY2(facts.plaintextDetail.contains(QLatin1String("no pg_hba.conf entry")), qPrintable(text));
    QVERIFY2(facts.plaintextDetail.contains(QLatin1String("no encryption")), qPrintable(text));

    // hostssl … scram-sha-256: the login with channel_binding=require connected, with any libpq (13+).
    QCOMPARE(facts.scramAuthentication, std::optional<bool>(true));
    QVERIFY2(facts.scramDetail.contains(QLatin1String("channel binding")), qPrintable(text));
    // Nothing is unknown to a superuser.
    QCOMPARE(facts.unknown.size(), 0);

    // The secret never shows up in the facts.
    QVERIFY(!text.contains(m_main->superuserPassword()));
}

void TestPostgresProbe::ordinaryRoleRecordsUnknownFacts()
{
    PostgresFacts facts;
    QVERIFY(runProbe(targetFor(*m_main), &facts));
    const QString text = describe(facts);
    QVERIFY2(facts.connected && facts.error.isEmpty(), qPrintable(text));
    QCOMPARE(facts.superuser, std::optional<bool>(false));

    // Settings only superusers and pg_read_all_settings may examine: unknown, with the server's reason.
    int restricted = 0;
    for (auto it = facts.unknown.cbegin(); it != facts.unknown.cend(); ++it) {
        if (facts.settings.contains(it.key()))
            QFAIL(qPrintable(QStringLiteral("%1 both known and unknown").arg(it.key())));
        if (it.value().contains(QLatin1String("pg_read_all_settings"))) {
            ++restricted;
            QVERIFY2(it.value().contains(QLatin1String("must be superuser")), qPrintable(it.value()));
        }
    }
    // PostgreSQL 15 marks these GUC_SUPERUSER_ONLY.
    for (const char *name : { "shared_preload_libraries", "ssl_ciphers", "ssl_min_protocol_version", "ssl_max_protocol_version" }) {
        QVERIFY2(facts.unknown.value(QString::fromLatin1(name)).contains(QLatin1String("pg_read_all_settings")),
                 qPrintable(text));
    }
    QCOMPARE(restricted, 4);
    QCOMPARE(facts.settings.size(), 17);
    QVERIFY2(facts.postmasterStartedAt.isValid() && facts.configLoadedAt.isValid(), qPrintable(text));
    // The TLS files and the log collection settings are readable by any role on PostgreSQL 15.
    for (const char *name : { "ssl_cert_file", "ssl_key_file", "ssl_ca_file", "logging_collector", "log_rotation_age",
                              "log_rotation_size", "log_destination", "ssl_prefer_server_ciphers" })
        QVERIFY2(facts.settings.contains(QString::fromLatin1(name)), name);
    QCOMPARE(facts.settings.value(QStringLiteral("log_statement")), QStringLiteral("all"));
    // Readable by everyone.
    QCOMPARE(facts.settings.value(QStringLiteral("ssl")), QStringLiteral("on"));
    QCOMPARE(facts.settings.value(QStringLiteral("password_encryption")), QStringLiteral("scram-sha-256"));

    QVERIFY(facts.hbaRules.isEmpty());
    QVERIFY2(facts.unknown.value(QStringLiteral("hbaRules")).contains(QLatin1String("permission denied")),
             qPrintable(text));
    QVERIFY(facts.nonScramRoles.isEmpty());
    QVERIFY2(facts.unknown.value(QStringLiteral("nonScramRoles")).contains(QLatin1String("permission denied")),
             qPrintable(text));

    // The probe's own session is visible, and on TLS.
    QVERIFY(facts.tlsSessionShare.has_value());
    QCOMPARE(*facts.tlsSessionShare, 1.0);
    QCOMPARE(facts.plaintextAccepted, std::optional<bool>(false));
    QVERIFY(!text.contains(m_main->password()));

    // What the role may not read was not asked: no "permission denied" errors in the server's log.
    QFile log(m_main->logFile());
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(m_main->logFile()));
    const QByteArray logText = log.readAll();
    QVERIFY2(logText.contains("proofer"), "the log does not show the probe's statements");
    QVERIFY2(!logText.contains("permission denied"), logText.right(2000).constData());
}

/** Any role reads every login role's attributes and what it owns: PG-ROLE-001 needs no privilege. */
void TestPostgresProbe::loginRolesAndWhatTheyOwn()
{
    QString error;
    m_main->superuserQuery(QStringLiteral("CREATE ROLE expiring LOGIN CREATEROLE VALID UNTIL '2031-05-04 03:02:01+00'"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_main->superuserQuery(QStringLiteral("CREATE ROLE nologin_group NOLOGIN"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    PostgresFacts facts;
    QVERIFY(runProbe(targetFor(*m_main), &facts));
    const QString text = describe(facts);
    QVERIFY2(facts.connected && facts.error.isEmpty(), qPrintable(text));
    QVERIFY2(!facts.unknown.contains(QStringLiteral("loginRoles")), qPrintable(text));
    QCOMPARE(facts.database, m_main->database());
    QHash<QString, Probe::RoleFacts> byName;
    for (const Probe::RoleFacts &role : std::as_const(facts.loginRoles))
        byName.insert(role.name, role);
    QVERIFY2(!byName.contains(QStringLiteral("nologin_group")), qPrintable(text));
    QVERIFY2(byName.contains(m_main->role()) && byName.contains(QStringLiteral("postgres"))
                 && byName.contains(QStringLiteral("expiring")),
             qPrintable(text));
    const Probe::RoleFacts service = byName.value(m_main->role());
    QVERIFY(service.current);
    QVERIFY(!service.superuser);
    QCOMPARE(service.ownedDatabases, QStringList { m_main->database() });
    const Probe::RoleFacts bootstrap = byName.value(QStringLiteral("postgres"));
    QVERIFY(!bootstrap.current);
    QVERIFY(bootstrap.superuser);
    QVERIFY2(bootstrap.ownedDatabases.contains(QStringLiteral("postgres"))
                 && bootstrap.ownedDatabases.contains(QStringLiteral("template1")),
             qPrintable(bootstrap.ownedDatabases.join(u',')));
    const Probe::RoleFacts expiring = byName.value(QStringLiteral("expiring"));
    QVERIFY(expiring.createRole);
    QVERIFY(expiring.ownedDatabases.isEmpty());
    QCOMPARE(expiring.validUntil, std::optional<qint64>(QDateTime(QDate(2031, 5, 4), QTime(3, 2, 1), Qt::UTC).toSecsSinceEpoch()));
    QVERIFY(!bootstrap.validUntil);
    m_main->superuserQuery(QStringLiteral("DROP ROLE expiring"), &error);
    m_main->superuserQuery(QStringLiteral("DROP ROLE nologin_group"), &error);
}

void TestPostgresProbe::grantedRoleReadsHbaRules()
{
    // A monitoring role granted pg_hba_file_rules (view and function) but not pg_authid: the rules are read,
    // the verifiers stay unknown with the reason.
    Test::PostgresServer server(&m_ca);
    Test::PostgresOptions options;
    options.role = QStringLiteral("monitor");
    options.database = QStringLiteral("monitor");
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QString error;
    server.superuserQuery(QStringLiteral("GRANT SELECT ON pg_catalog.pg_hba_file_rules TO monitor"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    server.superuserQuery(QStringLiteral("GRANT EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO monitor"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    PostgresFacts facts;
    PostgresTarget target = targetFor(server);
    target.database = QStringLiteral("postgres"); // grants on catalog views belong to the database they were made in
    QVERIFY(runProbe(target, &facts));
    const QString text = describe(facts);
    QVERIFY2(facts.connected && facts.error.isEmpty(), qPrintable(text));
    QCOMPARE(facts.superuser, std::optional<bool>(false));
    QVERIFY2(!facts.hbaRules.isEmpty(), qPrintable(facts.unknown.value(QStringLiteral("hbaRules"))));
    QVERIFY2(!facts.unknown.contains(QStringLiteral("hbaRules")), qPrintable(text));
    QCOMPARE(facts.hbaRules.first().type, QStringLiteral("hostssl"));
    QVERIFY2(facts.unknown.value(QStringLiteral("nonScramRoles")).contains(QLatin1String("permission denied")),
             qPrintable(text));
}

void TestPostgresProbe::pipelineGoesOnAfterARefusal()
{
    // Each statement of a pipeline runs in its own implicit transaction: the refused one is an error result,
    // the ones after it still answer. All in one round trip.
    const QByteArray conninfo = m_main->conninfo();
    Probe::PgConnection connection;
    QEventLoop loop;
    QString failure;
    std::vector<std::pair<int, QString>> results;
    bool done = false;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    PQconninfoOption *options = PQconninfoParse(conninfo.constData(), nullptr);
    QVERIFY(options);
    Probe::PgConnection::Params params;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val)
            params.emplace_back(option->keyword, option->val);
    }
    connection.open(
        params,
        [&] {
            connection.sendPipeline(
                { { "SELECT 1", {} }, { "SELECT 1 / 0", {} }, { "SELECT $1::int + 1", QByteArrayLiteral("41") } },
                [&](int index, const PGresult *result) {
                    QString value;
                    if (result && PQresultStatus(result) == PGRES_TUPLES_OK)
                        value = QString::fromUtf8(PQgetvalue(result, 0, 0));
                    else
                        value = QStringLiteral("error: ") + QString::fromUtf8(result ? PQresultErrorMessage(result) : "none");
                    results.emplace_back(index, value);
                },
                [&] {
                    done = true;
                    // The connection is usable again outside the pipeline.
                    connection.sendQuery("SELECT 'after'", {}, [&](const PGresult *result) {
                        if (result && PQresultStatus(result) == PGRES_TUPLES_OK)
                            results.emplace_back(3, QString::fromUtf8(PQgetvalue(result, 0, 0)));
                        loop.quit();
                    });
                });
        },
        [&](Probe::PgConnection::Step, const QString &cause) {
            failure = cause;
            loop.quit();
        });
    PQconninfoFree(options);
    loop.exec();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(done);
    QCOMPARE(int(results.size()), 4);
    QCOMPARE(results[0], std::make_pair(0, QStringLiteral("1")));
    QCOMPARE(results[1].first, 1);
    QVERIFY2(results[1].second.contains(QLatin1String("division by zero")), qPrintable(results[1].second));
    QCOMPARE(results[2], std::make_pair(2, QStringLiteral("42")));
    QCOMPARE(results[3], std::make_pair(3, QStringLiteral("after")));
}

void TestPostgresProbe::extensionsInstalledVersusAvailable()
{
    // pgcrypto was created in database "postgres" only.
    PostgresFacts withPgcrypto;
    QVERIFY(runProbe(targetFor(*m_main, true), &withPgcrypto));
    QVERIFY2(withPgcrypto.extensionsInstalled.contains(QStringLiteral("pgcrypto")), qPrintable(describe(withPgcrypto)));
    QVERIFY(withPgcrypto.extensionsInstalled.contains(QStringLiteral("plpgsql")));

    PostgresTarget appDb = targetFor(*m_main, true);
    appDb.database = m_main->database();
    PostgresFacts without;
    QVERIFY(runProbe(appDb, &without));
    QVERIFY2(without.connected, qPrintable(describe(without)));
    QCOMPARE(without.extensionsInstalled, QStringList { QStringLiteral("plpgsql") });
    QVERIFY(without.extensionsAvailable.contains(QStringLiteral("pgcrypto")));
    QVERIFY(without.extensionsAvailable.contains(QStringLiteral("plpgsql")));
}

void TestPostgresProbe::tlsOffServer()
{
    Test::PostgresServer server(&m_ca);
    Test::PostgresOptions options;
    options.tls = false;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));

    PostgresTarget target = targetFor(server);
    target.sslmode = QStringLiteral("disable");
    target.caFile.clear();
    PostgresFacts facts;
    QVERIFY(runProbe(target, &facts));
    const QString text = describe(facts);
    QVERIFY2(facts.connected && facts.error.isEmpty(), qPrintable(text));
    QVERIFY(facts.tlsProtocol.isEmpty());
    QVERIFY(facts.tlsCipher.isEmpty());
    QCOMPARE(facts.tlsKeyBits, 0);
    QVERIFY(facts.chain.isEmpty());
    QCOMPARE(facts.settings.value(QStringLiteral("ssl")), QStringLiteral("off"));
    QCOMPARE(facts.plaintextAccepted, std::optional<bool>(true));
    QVERIFY(!facts.plaintextDetail.isEmpty());
    // The probe's own plaintext session is the only one it can see.
    QVERIFY(facts.tlsSessionShare.has_value());
    QCOMPARE(*facts.tlsSessionShare, 0.0);
    // Defaults of a server without log settings.
    QCOMPARE(facts.settings.value(QStringLiteral("log_statement")), QStringLiteral("none"));
    QCOMPARE(facts.settings.value(QStringLiteral("log_connections")), QStringLiteral("off"));
}

void TestPostgresProbe::verifyFullAgainstTlsOffServerFails()
{
    Test::PostgresServer server(&m_ca);
    Test::PostgresOptions options;
    options.tls = false;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));

    PostgresTarget target = targetFor(server);
    target.caFile = m_main->caFile();
    PostgresFacts facts;
    QVERIFY(runProbe(target, &facts));
    QVERIFY(!facts.connected);
    QVERIFY2(facts.error.contains(QStringLiteral("localhost:%1").arg(server.port())), qPrintable(facts.error));
    QVERIFY2(facts.error.contains(QLatin1String("TLS failed")), qPrintable(facts.error));
    QVERIFY2(facts.error.contains(QLatin1String("does not support SSL")), qPrintable(facts.error));
}

void TestPostgresProbe::plaintextAcceptedByHostRule()
{
    Test::PostgresServer server(&m_ca);
    Test::PostgresOptions options;
    options.hbaLines = { QStringLiteral("host all all 127.0.0.1/32 scram-sha-256") };
    QVERIFY2(server.start(options), qPrintable(server.errorString()));

    // One plaintext session of the superuser stays open while the probe (on TLS) counts sessions.
    const QByteArray conninfo = QByteArrayLiteral("host=127.0.0.1 dbname=postgres user=postgres sslmode=disable port=")
        + QByteArray::number(server.port()) + QByteArrayLiteral(" password=") + server.superuserPassword().toUtf8();
    std::unique_ptr<PGconn, decltype(&PQfinish)> plain(PQconnectdb(conninfo.constData()), &PQfinish);
    QVERIFY2(PQstatus(plain.get()) == CONNECTION_OK, PQerrorMessage(plain.get()));
    QVERIFY(!PQsslInUse(plain.get()));

    PostgresFacts facts;
    QVERIFY(runProbe(targetFor(server, true), &facts));
    const QString text = describe(facts);
    QVERIFY2(facts.connected && facts.error.isEmpty(), qPrintable(text));
    QCOMPARE(facts.tlsProtocol, QStringLiteral("TLSv1.3"));
    QCOMPARE(facts.plaintextAccepted, std::optional<bool>(true));
    QVERIFY2(facts.plaintextDetail.contains(QLatin1String("password authentication failed")), qPrintable(text));

    QVERIFY(facts.tlsSessionShare.has_value());
    QVERIFY2(*facts.tlsSessionShare > 0.0 && *facts.tlsSessionShare < 1.0, qPrintable(text));
    QVERIFY(facts.sessionsCounted >= 2);
    QCOMPARE(facts.hbaRules.size(), 1);
    QCOMPARE(facts.hbaRules.first().type, QStringLiteral("host"));

    // An ordinary role cannot see the TLS state of the superuser's session: counted apart, never guessed.
    PostgresFacts app;
    QVERIFY(runProbe(targetFor(server), &app));
    const QString appText = describe(app);
    QVERIFY2(app.connected && app.error.isEmpty(), qPrintable(appText));
    QCOMPARE(app.sessionsCounted, 1);
    QCOMPARE(app.tlsSessionShare, std::optional<double>(1.0));
    QVERIFY2(
        app.unknown.value(QStringLiteral("tlsSessionShare.otherRoles")).contains(QLatin1String("pg_read_all_stats")),
        qPrintable(appText));
}

void TestPostgresProbe::everyConnectionNamesItself()
{
    // log_line_prefix %a: the server's log names the application of every session line.
    Test::PostgresServer server(&m_ca);
    Test::PostgresOptions options;
    options.extraConfig = { QStringLiteral("log_connections = on"), QStringLiteral("log_disconnections = on"),
                            QStringLiteral("log_line_prefix = 'app=%a '") };
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    Test::CountingRelay relay(server.port());
    QVERIFY(relay.listen());
    PostgresTarget target = targetFor(server);
    target.port = relay.port();

    PostgresFacts facts;
    QVERIFY(runProbe(target, &facts));
    QVERIFY2(facts.connected && facts.error.isEmpty(), qPrintable(describe(facts)));
    QCOMPARE(facts.plaintextAccepted, std::optional<bool>(false)); // hostssl only: the plaintext check is refused

    // Two connections: the verify-full login and the sslmode=disable check. The check's startup packet travels
    // in clear text: it carries application_name=proofer-probe (the login's is inside TLS).
    QCOMPARE(PostgresProbe::applicationName(), QStringLiteral("proofer-probe"));
    QCOMPARE(relay.connections(), 2);
    const QByteArray sslRequest = QByteArray::fromHex("0000000804d2162f");
    int plain = 0;
    for (const QByteArray &bytes : relay.firstBytes()) {
        if (bytes.startsWith(sslRequest))
            continue;
        ++plain;
        QVERIFY2(bytes.contains(QByteArrayLiteral("application_name\0proofer-probe\0")), bytes.toHex().constData());
    }
    QCOMPARE(plain, 1);

    // The login's session is named too: the server logged it (and never under another name).
    const auto logText = [&server] {
        QFile log(server.logFile());
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    };
    QVERIFY(QTest::qWaitFor([&] { return logText().contains(QLatin1String("disconnection:")); }, 5000));
    const QString text = logText();
    QVERIFY2(text.contains(QLatin1String("connection authorized: user=app database=app application_name=proofer-probe")),
             qPrintable(text.right(3000)));
    QVERIFY2(text.contains(QLatin1String("app=proofer-probe LOG:  disconnection:")), qPrintable(text.right(3000)));
    QVERIFY2(!text.contains(QLatin1String("application_name=proofer ")), qPrintable(text.right(3000)));
}

void TestPostgresProbe::hbaRulesAndNonScramRoles()
{
    Test::PostgresServer server(&m_ca);
    Test::PostgresOptions options;
    options.passwordEncryption = QStringLiteral("md5"); // the role "app" gets an md5 verifier
    options.hbaLines = {
        QStringLiteral("hostssl all postgres 127.0.0.1/32 scram-sha-256"),
        QStringLiteral("host all app 127.0.0.1/32 md5"),
        QStringLiteral("host sameuser nobody 127.0.0.1/32 trust"),
        QStringLiteral("hostssl all all 127.0.0.1/32 password"),
    };
    QVERIFY2(server.start(options), qPrintable(server.errorString()));

    PostgresFacts facts;
    QVERIFY(runProbe(targetFor(server, true), &facts));
    const QString text = describe(facts);
    QVERIFY2(facts.connected && facts.error.isEmpty(), qPrintable(text));
    QCOMPARE(facts.settings.value(QStringLiteral("password_encryption")), QStringLiteral("md5"));
    QCOMPARE(facts.hbaRules.size(), 4);

    const Probe::HbaRule *md5 = ruleAt(facts, 2);
    QVERIFY(md5);
    QCOMPARE(md5->type, QStringLiteral("host"));
    QCOMPARE(md5->user, QStringLiteral("app"));
    QCOMPARE(md5->method, QStringLiteral("md5"));
    const Probe::HbaRule *trust = ruleAt(facts, 3);
    QVERIFY(trust);
    QCOMPARE(trust->database, QStringLiteral("sameuser"));
    QCOMPARE(trust->user, QStringLiteral("nobody"));
    QCOMPARE(trust->method, QStringLiteral("trust"));
    const Probe::HbaRule *password = ruleAt(facts, 4);
    QVERIFY(password);
    QCOMPARE(password->type, QStringLiteral("hostssl"));
    QCOMPARE(password->method, QStringLiteral("password"));

    // The superuser's verifier (made by initdb) is SCRAM; app's is md5.
    QCOMPARE(facts.nonScramRoles, QStringList { QStringLiteral("app") });
    // The superuser has only hostssl lines: no plaintext for it.
    QCOMPARE(facts.plaintextAccepted, std::optional<bool>(false));

    // app, over its "host … md5" line, connects with TLS and its plaintext attempt reaches authentication.
    PostgresFacts app;
    QVERIFY(runProbe(targetFor(server), &app));
    QVERIFY2(app.connected && app.error.isEmpty(), qPrintable(describe(app)));
    QCOMPARE(app.plaintextAccepted, std::optional<bool>(true));
    QVERIFY2(app.plaintextDetail.contains(QLatin1String("password authentication failed")), qPrintable(describe(app)));

    // SCRAM as observed by the login itself: the superuser's hostssl line is scram-sha-256, so its TLS login
    // with channel_binding=require connects; app's md5 line is refused by libpq before any password is sent,
    // and the probe logs in again without the requirement (it still connected, above).
    QCOMPARE(facts.scramAuthentication, std::optional<bool>(true));
    QVERIFY2(facts.scramDetail.contains(QLatin1String("channel binding")), qPrintable(facts.scramDetail));
    QCOMPARE(app.scramAuthentication, std::optional<bool>(false));
    QVERIFY2(app.scramDetail.contains(QLatin1String("no password was sent")), qPrintable(app.scramDetail));
    QVERIFY(!app.unknown.contains(QStringLiteral("scramAuthentication")));

    // The password line (hostssl … password) for any other role: also not SCRAM.
    server.superuserQuery(QStringLiteral("CREATE ROLE clerk LOGIN PASSWORD 'clerk-password-0123456789'"));
    Probe::PostgresTarget clerkTarget = targetFor(server);
    clerkTarget.user = QStringLiteral("clerk");
    clerkTarget.database = QStringLiteral("postgres");
    clerkTarget.password = Core::Secret(QByteArrayLiteral("clerk-password-0123456789"));
    PostgresFacts clerk;
    QVERIFY(runProbe(clerkTarget, &clerk));
    QVERIFY2(clerk.connected && clerk.error.isEmpty(), qPrintable(describe(clerk)));
    QCOMPARE(clerk.scramAuthentication, std::optional<bool>(false));

    // A wrong password is not retried: the first login already sent it (one failed login, not two).
    Probe::PostgresTarget wrong = targetFor(server, true);
    wrong.password = Core::Secret(QByteArrayLiteral("not-the-password"));
    PostgresFacts refused;
    QVERIFY(runProbe(wrong, &refused));
    QVERIFY(!refused.connected);
    QVERIFY(!refused.scramAuthentication.has_value());
    QFile log(server.logFile());
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(log.readAll().count("password authentication failed for user \"postgres\""), 1);
}

void TestPostgresProbe::caFromPem()
{
    PostgresTarget target = targetFor(*m_main);
    target.caFile.clear();
    target.caPem = m_ca.caCertificatePem();
    PostgresFacts facts;
    QVERIFY(runProbe(target, &facts));
    QVERIFY2(facts.connected && facts.error.isEmpty(), qPrintable(describe(facts)));
    QCOMPARE(facts.tlsProtocol, QStringLiteral("TLSv1.3"));
}

void TestPostgresProbe::wrongCa()
{
    Test::CertFactory other(QStringLiteral("Some Other CA"));
    QVERIFY(other.isValid());
    PostgresTarget target = targetFor(*m_main);
    target.caFile.clear();
    target.caPem = other.caCertificatePem();
    PostgresFacts facts;
    QVERIFY(runProbe(target, &facts));
    QVERIFY(!facts.connected);
    QVERIFY2(facts.error.contains(QStringLiteral("localhost:%1").arg(m_main->port())), qPrintable(facts.error));
    QVERIFY2(facts.error.contains(QLatin1String("TLS verify failed")), qPrintable(facts.error));
    QVERIFY2(facts.error.contains(QLatin1String("certificate verify failed")), qPrintable(facts.error));
    QVERIFY(facts.tlsProtocol.isEmpty());
    QVERIFY(facts.settings.isEmpty());
}

void TestPostgresProbe::hostnameMismatch()
{
    PostgresTarget target = targetFor(*m_main);
    target.host = QStringLiteral("orders-db.bakery-ia.svc");
    PostgresFacts facts;
    QVERIFY(runProbe(target, &facts));
    QVERIFY(!facts.connected);
    QVERIFY2(facts.error.contains(QStringLiteral("orders-db.bakery-ia.svc:%1").arg(m_main->port())),
             qPrintable(facts.error));
    QVERIFY2(facts.error.contains(QLatin1String("TLS verify failed")), qPrintable(facts.error));
    QVERIFY2(facts.error.contains(QLatin1String("does not match host name \"orders-db.bakery-ia.svc\"")),
             qPrintable(facts.error));
}

void TestPostgresProbe::wrongPassword()
{
    PostgresTarget target = targetFor(*m_main);
    target.password = Core::Secret::fromUtf8(QStringLiteral("definitely-not-the-password"));
    PostgresFacts facts;
    QVERIFY(runProbe(target, &facts));
    QVERIFY(!facts.connected);
    QVERIFY2(facts.error.contains(QLatin1String("authentication failed:")), qPrintable(facts.error));
    QVERIFY2(facts.error.contains(QLatin1String("password authentication failed for user \"app\"")),
             qPrintable(facts.error));
    QVERIFY(!facts.error.contains(QLatin1String("definitely-not-the-password")));
}

void TestPostgresProbe::plaintextTransportFailureIsRetriedOnce()
{
    // Every connection without TLS is cut before the server says anything: that says nothing about pg_hba.conf.
    // The check asks once more, then the fact is unknown with the cause; the rest of the probe is unaffected.
    TlsOnlyRelay relay(m_main->port());
    QVERIFY(relay.listen());
    PostgresTarget target = targetFor(*m_main, true);
    target.port = relay.port();
    PostgresFacts facts;
    QVERIFY(runProbe(target, &facts));
    const QString text = describe(facts);
    QVERIFY2(facts.connected && facts.error.isEmpty(), qPrintable(text));
    QCOMPARE(relay.dropped(), 2);
    QVERIFY2(!facts.plaintextAccepted.has_value(), qPrintable(text));
    const QString reason = facts.unknown.value(QStringLiteral("plaintextAccepted"));
    QVERIFY2(reason.contains(QLatin1String("server closed the connection unexpectedly")), qPrintable(text));
    QCOMPARE(facts.scramAuthentication, std::optional<bool>(true));
}

void TestPostgresProbe::connectionRefused()
{
    const quint16 port = Test::pickFreePort();
    QVERIFY(port != 0);
    PostgresTarget target = targetFor(*m_main);
    target.port = port;
    PostgresFacts facts;
    QVERIFY(runProbe(target, &facts));
    QVERIFY(!facts.connected);
    QVERIFY2(facts.error.contains(QStringLiteral("localhost:%1").arg(port)), qPrintable(facts.error));
    QVERIFY2(facts.error.contains(QLatin1String("connect failed")), qPrintable(facts.error));
    QVERIFY2(facts.error.contains(QLatin1String("Connection refused")), qPrintable(facts.error));
}

void TestPostgresProbe::silentServerTimesOut()
{
    SilentServer silent;
    QVERIFY(silent.listen());
    PostgresFacts facts;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runProbe(silentTarget(silent.port(), 1000), &facts, 10000));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 900 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(!facts.connected);
    QVERIFY2(facts.error.contains(QStringLiteral("localhost:%1").arg(silent.port())), qPrintable(facts.error));
    QVERIFY2(facts.error.contains(QLatin1String("TLS failed: timed out after 1000 ms")), qPrintable(facts.error));

    // Without TLS the silence comes after the startup packet.
    PostgresTarget plain = silentTarget(silent.port(), 500);
    plain.sslmode = QStringLiteral("disable");
    QVERIFY(runProbe(plain, &facts, 10000));
    QVERIFY2(facts.error.contains(QLatin1String("authentication failed: timed out after 500 ms")),
             qPrintable(facts.error));
}

void TestPostgresProbe::overallTimeout()
{
    SilentServer silent;
    QVERIFY(silent.listen());
    PostgresTarget target = silentTarget(silent.port(), 10000);
    target.overallTimeoutMs = 700;
    PostgresFacts facts;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runProbe(target, &facts, 10000));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(facts.error.contains(QLatin1String("overall limit")), qPrintable(facts.error));
    QVERIFY2(facts.error.contains(QLatin1String("700 ms")), qPrintable(facts.error));
}

void TestPostgresProbe::cancelMidConnect()
{
    SilentServer silent;
    QVERIFY(silent.listen());
    PostgresProbe probe;
    QSignalSpy spy(&probe, &PostgresProbe::finished);
    probe.start(silentTarget(silent.port(), 20000));
    QTest::qWait(150);
    QVERIFY(probe.isRunning());
    QCOMPARE(spy.count(), 0);
    probe.cancel();
    QCOMPARE(spy.count(), 1);
    const auto facts = spy.at(0).at(0).value<PostgresFacts>();
    QVERIFY(!facts.connected);
    QVERIFY2(facts.error.contains(QLatin1String("cancelled")), qPrintable(facts.error));
    QVERIFY(!probe.isRunning());
    probe.cancel(); // idle: no second signal
    QTest::qWait(100);
    QCOMPARE(spy.count(), 1);

    // The same object probes again after a cancel.
    probe.start(targetFor(*m_main));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 30000);
    QVERIFY2(spy.at(1).at(0).value<PostgresFacts>().connected,
             qPrintable(describe(spy.at(1).at(0).value<PostgresFacts>())));
}

void TestPostgresProbe::destroyWhileRunning()
{
    // Mid-connect and mid-query: the destructor closes libpq, no signal, no crash.
    for (int delayMs : { 0, 5, 20, 40 }) {
        auto probe = std::make_unique<PostgresProbe>();
        QSignalSpy spy(probe.get(), &PostgresProbe::finished);
        probe->start(targetFor(*m_main, true));
        QTest::qWait(delayMs);
        probe.reset();
        QTest::qWait(10);
    }
    PostgresFacts facts;
    QVERIFY(runProbe(targetFor(*m_main), &facts));
    QVERIFY(facts.connected);
}

void TestPostgresProbe::eventLoopStaysResponsive()
{
    SilentServer silent;
    QVERIFY(silent.listen());
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    PostgresProbe probe;
    QSignalSpy spy(&probe, &PostgresProbe::finished);
    probe.start(silentTarget(silent.port(), 1000));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    // ~100 ticks in a second; a blocked loop would give ~0.
    QVERIFY2(ticks >= 50, qPrintable(QString::number(ticks)));

    // And during a full probe of a real server.
    ticks = 0;
    probe.start(targetFor(*m_main, true));
    QElapsedTimer timer;
    timer.start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 30000);
    QVERIFY(spy.at(1).at(0).value<PostgresFacts>().connected);
    const qint64 expected = timer.elapsed() / 10;
    QVERIFY2(ticks >= expected / 2, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(timer.elapsed())));
}

void TestPostgresProbe::hostNameResolvedWithoutHostaddr()
{
    PostgresTarget target = targetFor(*m_main);
    target.hostaddr.clear(); // "localhost" resolved with QHostInfo, not inside libpq
    PostgresFacts facts;
    QVERIFY(runProbe(target, &facts));
    QVERIFY2(facts.connected && facts.error.isEmpty(), qPrintable(describe(facts)));
    QCOMPARE(facts.endpoint, QStringLiteral("localhost:%1").arg(m_main->port()));
    QCOMPARE(facts.chain.first().commonName, QStringLiteral("localhost"));
}

void TestPostgresProbe::futureApi()
{
    const QFuture<PostgresFacts> future = Probe::probePostgres(targetFor(*m_main));
    QVERIFY(QTest::qWaitFor([&future] { return future.isFinished(); }, 30000));
    QCOMPARE(future.resultCount(), 1);
    QVERIFY2(future.result().connected, qPrintable(describe(future.result())));
    QCOMPARE(future.result().superuser, std::optional<bool>(false));
}

QTEST_GUILESS_MAIN(TestPostgresProbe)
#include "testpostgresprobe.moc"
