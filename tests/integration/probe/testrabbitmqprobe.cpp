// SPDX-License-Identifier: GPL-3.0-or-later
// RabbitMqProbe against real brokers (Debian's rabbitmq-server in a temp dir): TLS only with guest,
// TLS plus a plain AMQP port without guest, no management API; then the frame parser on hostile input.
#include "probe/rabbitmqprobe.h"
#include "rabbitmqserver.h"
#include "serverprocess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using Probe::RabbitMqFacts;
using Probe::RabbitMqProbe;
using Probe::RabbitMqTarget;

namespace {

RabbitMqFacts runProbe(const RabbitMqTarget &target)
{
    RabbitMqProbe probe;
    QSignalSpy spy(&probe, &RabbitMqProbe::finished);
    probe.start(target);
    if (!spy.wait(30000))
        return {};
    QTest::qWait(50); // a second finished() would show here
    if (spy.count() != 1)
        qWarning("finished() came %d times", int(spy.count()));
    return spy.first().first().value<RabbitMqFacts>();
}

RabbitMqTarget targetFor(const Test::RabbitMqServer &server)
{
    RabbitMqTarget target;
    target.host = server.host();
    target.serverName = QStringLiteral("localhost");
    target.caPem = server.ca().caCertificatePem();
    target.tlsPort = server.tlsPort();
    target.plainPort = server.plainPort() ? server.plainPort() : Test::pickFreePort();
    target.managementPort = server.managementPort();
    return target;
}

QByteArray frame(const QByteArray &payload, char type = 1)
{
    QByteArray f;
    f += type;
    f += QByteArray("\x00\x00", 2);
    const quint32 size = quint32(payload.size());
    f += char(size >> 24);
    f += char(size >> 16);
    f += char(size >> 8);
    f += char(size);
    f += payload;
    f += char(0xCE);
    return f;
}

QByteArray longString(const QByteArray &key, const QByteArray &value)
{
    QByteArray entry;
    entry += char(key.size());
    entry += key;
    entry += 'S';
    const quint32 size = quint32(value.size());
    entry += char(size >> 24);
    entry += char(size >> 16);
    entry += char(size >> 8);
    entry += char(size);
    entry += value;
    return entry;
}

} // namespace

class TestRabbitMqProbe final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tlsOnlyWithGuest();
    void plainAlsoWithoutGuest();
    void noManagementApi();
    void refusedEverywhere();
    void parseConnectionStart_data();
    void parseConnectionStart();

private:
    Test::CertFactory m_ca;
    QString m_skip;
};

void TestRabbitMqProbe::initTestCase()
{
    m_skip = Test::RabbitMqServer::unavailableReason();
}

void TestRabbitMqProbe::tlsOnlyWithGuest()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    Test::RabbitMqServer server(&m_ca);
    QVERIFY2(server.start({}), qPrintable(server.errorString()));
    qInfo("broker started in %lld ms", server.startupMs());
    const RabbitMqFacts facts = runProbe(targetFor(server));

    QVERIFY(facts.tls);
    QVERIFY2(facts.tls->tlsEnabled, qPrintable(facts.tls->errors.join(u'\n')));
    QVERIFY2(facts.tls->verified, qPrintable(facts.tls->verifyError));
    QCOMPARE(facts.tls->state(Probe::TlsVersion::Tls1_2), Probe::VersionState::Accepted);
    // A refused separate port is "could not connect" to the inspector; the probe's own check says closed.
    QVERIFY(!facts.tls->plaintextAccepted.value_or(false));

    QCOMPARE(facts.plainAmqpOpen, std::optional<bool>(false));
    QCOMPARE(facts.managementReachable, std::optional<bool>(true));
    QCOMPARE(facts.guestLogin, std::optional<bool>(true));
    QCOMPARE(facts.guestExists, std::optional<bool>(true));
    QVERIFY2(facts.guestTags.contains(QStringLiteral("administrator")), qPrintable(facts.guestTags.join(u',')));
    QVERIFY(!facts.unknown.contains(QStringLiteral("rabbitmq.guest")));
}

void TestRabbitMqProbe::plainAlsoWithoutGuest()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    Test::RabbitMqServer server(&m_ca);
    Test::RabbitMqOptions options;
    options.plain = true;
    options.guest = false;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    RabbitMqTarget target = targetFor(server);
    RabbitMqFacts facts = runProbe(target);

    QVERIFY(facts.tls && facts.tls->tlsEnabled);
    QCOMPARE(facts.tls->plaintextAccepted, std::optional<bool>(true));
    QCOMPARE(facts.plainAmqpOpen, std::optional<bool>(true));
    QCOMPARE(facts.product, QStringLiteral("RabbitMQ"));
    QVERIFY2(facts.version.startsWith(u'3'), qPrintable(facts.version));
    QVERIFY2(facts.plainAmqpDetail.contains(QString::number(server.plainPort())), qPrintable(facts.plainAmqpDetail));
    QCOMPARE(facts.managementReachable, std::optional<bool>(true));
    QCOMPARE(facts.guestLogin, std::optional<bool>(false));
    QVERIFY(!facts.guestExists.has_value());

    // The broker's own admin does log in: the refusal above is about guest, not about the API.
    target.managementUser = server.adminUser();
    target.managementPassword = Core::Secret(server.adminPassword().toUtf8());
    target.inspectTls = false;
    facts = runProbe(target);
    QVERIFY(!facts.tls);
    QCOMPARE(facts.guestLogin, std::optional<bool>(true));
    QVERIFY2(!facts.toJson().isEmpty(), "json");
}

void TestRabbitMqProbe::noManagementApi()
{
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    Test::RabbitMqServer server(&m_ca);
    Test::RabbitMqOptions options;
    options.management = false;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    RabbitMqTarget target = targetFor(server);
    target.managementPort = Test::pickFreePort(); // nothing listens there
    const RabbitMqFacts facts = runProbe(target);
    QVERIFY(facts.tls && facts.tls->tlsEnabled);
    QCOMPARE(facts.managementReachable, std::optional<bool>(false));
    QVERIFY(!facts.guestLogin.has_value());
    QVERIFY2(facts.unknown.value(QStringLiteral("rabbitmq.guest")).contains(QString::number(target.managementPort)),
             qPrintable(facts.unknown.value(QStringLiteral("rabbitmq.guest"))));
}

void TestRabbitMqProbe::refusedEverywhere()
{
    RabbitMqTarget target;
    target.host = QStringLiteral("127.0.0.1");
    target.tlsPort = Test::pickFreePort();
    target.plainPort = Test::pickFreePort();
    target.managementPort = Test::pickFreePort();
    target.timeoutMs = 2000;
    const RabbitMqFacts facts = runProbe(target);
    QVERIFY(facts.tls);
    QVERIFY(!facts.tls->tlsEnabled);
    QCOMPARE(facts.plainAmqpOpen, std::optional<bool>(false));
    QCOMPARE(facts.managementReachable, std::optional<bool>(false));
    QVERIFY(!facts.guestLogin.has_value());
}

void TestRabbitMqProbe::parseConnectionStart_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("product");

    QByteArray table = longString("product", "RabbitMQ") + longString("version", "3.10.8");
    QByteArray payload = QByteArray("\x00\x0a\x00\x0a\x00\x09", 6);
    const quint32 size = quint32(table.size());
    payload += char(size >> 24);
    payload += char(size >> 16);
    payload += char(size >> 8);
    payload += char(size);
    payload += table;
    QTest::newRow("connection.start") << frame(payload) << true << QStringLiteral("RabbitMQ");
    QTest::newRow("heartbeat frame") << frame(QByteArray(), 8) << false << QString();
    QTest::newRow("another method") << frame(QByteArray("\x00\x0a\x00\x1e", 4)) << false << QString();
    QByteArray truncated = frame(payload);
    truncated.chop(10);
    QTest::newRow("truncated") << truncated << false << QString();
    QByteArray badEnd = frame(payload);
    badEnd[badEnd.size() - 1] = 'x';
    QTest::newRow("no frame end") << badEnd << false << QString();
    // A table size that points far past the data: the reader stops, nothing is read out of bounds.
    QByteArray lying = payload;
    lying[6] = char(0x7f);
    QTest::newRow("table size lies") << frame(lying) << true << QStringLiteral("RabbitMQ");
    QTest::newRow("empty") << QByteArray() << false << QString();
}

void TestRabbitMqProbe::parseConnectionStart()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, valid);
    QFETCH(QString, product);
    QString parsedProduct;
    QString version;
    QString error;
    QCOMPARE(RabbitMqProbe::parseConnectionStart(data, &parsedProduct, &version, &error), valid);
    QCOMPARE(parsedProduct, product);
    QCOMPARE(error.isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestRabbitMqProbe)
#include "testrabbitmqprobe.moc"
