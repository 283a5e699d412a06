// SPDX-License-Identifier: GPL-3.0-or-later
// TlsInspector against real servers: PostgreSQL (SSLRequest) with different protocol floors and ceilings,
// Redis TLS-only/plain/both, certificates that fail verification for each reason, a refused port and a
// server that never answers.
#include "mockclock.h"
#include "postgresserver.h"
#include "probe/postgresprobe.h"
#include "probe/tlsinspector.h"
#include "redisserver.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

#include <sys/stat.h>

using Probe::TlsVersion;
using Probe::VerifyFailure;
using Probe::VersionState;

Q_DECLARE_METATYPE(Probe::Preamble)
Q_DECLARE_METATYPE(Probe::VerifyFailure)
Q_DECLARE_METATYPE(Test::LeafOptions)

namespace {

constexpr int s_timeoutMs = 5000;

/** Runs an inspection to the end without blocking this thread's event loop. */
Probe::TlsReport inspect(const Probe::TlsTarget &target)
{
    const QFuture<Probe::TlsReport> future = Probe::TlsInspector().inspect(target);
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 120000))
        qFatal("TLS inspection did not finish");
    return future.result();
}

/** "A" accepted, "R" refused, "N" not testable, "-" not tried: one letter per TLSv1, 1.1, 1.2, 1.3. */
QString states(const Probe::TlsReport &report)
{
    QString text;
    for (const Probe::VersionResult &result : report.versions) {
        switch (result.state) {
        case VersionState::Accepted:
            text += u'A';
            break;
        case VersionState::Refused:
            text += u'R';
            break;
        case VersionState::NotTestable:
            text += u'N';
            break;
        case VersionState::NotTried:
            text += u'-';
            break;
        }
    }
    return text;
}

QString describe(const Probe::TlsReport &report)
{
    QStringList lines { QStringLiteral("endpoint %1 tls %2 versions %3 negotiated %4 %5")
                            .arg(report.endpoint)
                            .arg(report.tlsEnabled)
                            .arg(states(report), report.negotiatedProtocol, report.cipher),
                        QStringLiteral("verify %1 (%2) %3")
                            .arg(Probe::verifyFailureName(report.verifyFailure))
                            .arg(report.verifyErrorCode)
                            .arg(report.verifyError) };
    for (const Probe::VersionResult &result : report.versions)
        lines << Probe::tlsVersionName(result.version) + QStringLiteral(": ") + result.detail;
    lines << QStringLiteral("plaintext: %1").arg(report.plaintextDetail);
    lines << report.errors;
    return lines.join(u'\n');
}

/**
 * Lowers OpenSSL's security level for the servers started while it lives (OPENSSL_CONF is read by the
 * child at start): a server can then load a SHA-1 certificate or speak TLS 1.0/1.1, as old servers do.
 * This process has initialised OpenSSL already, so its own settings do not change.
 */
class LegacyServerOpenSsl final {
public:
    LegacyServerOpenSsl()
        : m_previous(qgetenv("OPENSSL_CONF"))
    {
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
        const QString path = m_dir.filePath(QStringLiteral("openssl.cnf"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("openssl_conf = openssl_init\n"
                       "[openssl_init]\nssl_conf = ssl_sect\n"
                       "[ssl_sect]\nsystem_default = system_default_sect\n"
                       "[system_default_sect]\nMinProtocol = TLSv1\nCipherString = ALL:@SECLEVEL=0\n");
            file.close();
            ::chmod(QFile::encodeName(path).constData(), 0644);
        }
        qputenv("OPENSSL_CONF", QFile::encodeName(path));
    }
    ~LegacyServerOpenSsl()
    {
        if (m_previous.isNull())
            qunsetenv("OPENSSL_CONF");
        else
            qputenv("OPENSSL_CONF", m_previous);
    }
    LegacyServerOpenSsl(const LegacyServerOpenSsl &) = delete;
    LegacyServerOpenSsl &operator=(const LegacyServerOpenSsl &) = delete;

private:
    QTemporaryDir m_dir;
    QByteArray m_previous;
};

Probe::TlsTarget postgresTarget(const Test::PostgresServer &server, const QByteArray &caPem)
{
    Probe::TlsTarget target;
    target.host = server.host();
    target.port = server.port();
    target.preamble = Probe::Preamble::Postgres;
    target.caPem = caPem;
    target.timeoutMs = s_timeoutMs;
    return target;
}

/** The names of the suites the profile refuses, as the local OpenSSL knows them (TLS 1.0–1.2, security level 0). */
QSet<QString> profileWeakNames()
{
    QSet<QString> names;
    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_min_proto_version(context, TLS1_VERSION);
    SSL_CTX_set_max_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_security_level(context, 0);
    SSL_CTX_set_cipher_list(context, "kRSA:aNULL:eNULL:EXPORT:DES:3DES:RC4:IDEA:SEED:MD5:SHA1:@SECLEVEL=0");
    SSL *ssl = SSL_new(context);
    STACK_OF(SSL_CIPHER) *ciphers = SSL_get1_supported_ciphers(ssl);
    for (int i = 0; ciphers && i < sk_SSL_CIPHER_num(ciphers); ++i)
        names.insert(QString::fromLatin1(SSL_CIPHER_get_name(sk_SSL_CIPHER_value(ciphers, i))));
    sk_SSL_CIPHER_free(ciphers);
    SSL_free(ssl);
    SSL_CTX_free(context);
    return names;
}

} // namespace

class TestTlsInspector final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The first OpenSSL use of this process reads the configuration before any test changes OPENSSL_CONF.
        QVERIFY(m_ca.isValid());
    }

    void postgresProtocolVersions_data()
    {
        QTest::addColumn<QString>("minVersion");
        QTest::addColumn<QStringList>("extraConfig");
        QTest::addColumn<bool>("legacyServer");
        QTest::addColumn<QString>("expectedStates");
        QTest::addColumn<QString>("expectedNegotiated");
        QTest::addColumn<QString>("maxAfterStart"); ///< ssl_max_protocol_version set once the fixture is ready

        // TLS 1.0 and 1.1 are testable from here: at security level 0 Debian 12's OpenSSL 3.0 still offers
        // them, so a server with a TLS 1.2 floor is seen refusing them ("R"), not "N".
        QTest::newRow("floor TLSv1.2") << QStringLiteral("TLSv1.2") << QStringList() << false << QStringLiteral("RRAA")
                                       << QStringLiteral("TLSv1.3") << QString();
        QTest::newRow("TLSv1.3 only") << QStringLiteral("TLSv1.3") << QStringList() << false << QStringLiteral("RRRA")
                                      << QStringLiteral("TLSv1.3") << QString();
        QTest::newRow("ceiling TLSv1.2") << QStringLiteral("TLSv1.2")
                                         << QStringList { QStringLiteral("ssl_max_protocol_version = 'TLSv1.2'") }
                                         << false << QStringLiteral("RRAR") << QStringLiteral("TLSv1.2") << QString();
        // An old-style server (security level 0, TLS 1.0 floor) accepts everything: proves the probe really
        // offers TLS 1.0 and 1.1, while a default client still negotiates TLS 1.3.
        QTest::newRow("legacy server TLSv1 floor") << QStringLiteral("TLSv1") << QStringList() << true
                                                   << QStringLiteral("AAAA") << QStringLiteral("TLSv1.3") << QString();
        // The fixture's own libpq needs TLS 1.2, so the ceiling comes down after it has set the server up.
        QTest::newRow("legacy server only TLSv1.0") << QStringLiteral("TLSv1") << QStringList() << true
                                                    << QStringLiteral("ARRR") << QString() << QStringLiteral("TLSv1");
    }

    void postgresProtocolVersions()
    {
        QFETCH(QString, minVersion);
        QFETCH(QStringList, extraConfig);
        QFETCH(bool, legacyServer);
        QFETCH(QString, expectedStates);
        QFETCH(QString, expectedNegotiated);
        QFETCH(QString, maxAfterStart);

        Test::PostgresServer server(&m_ca);
        Test::PostgresOptions options;
        options.sslMinProtocolVersion = minVersion;
        options.extraConfig = extraConfig;
        {
            std::unique_ptr<LegacyServerOpenSsl> legacy;
            if (legacyServer)
                legacy = std::make_unique<LegacyServerOpenSsl>();
            QVERIFY2(server.start(options), qPrintable(server.errorString()));
        }
        if (!maxAfterStart.isEmpty()) {
            QString error;
            server.superuserQuery(QStringLiteral("ALTER SYSTEM SET ssl_max_protocol_version = '%1'").arg(maxAfterStart),
                                  &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            server.superuserQuery(QStringLiteral("SELECT pg_reload_conf()"), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            // Reloaded once the fixture's TLS 1.2+ client is turned away.
            QTRY_VERIFY_WITH_TIMEOUT(
                [&server] {
                    QString refused;
                    server.superuserQuery(QStringLiteral("SELECT 1"), &refused);
                    return refused.contains(u"protocol version");
                }(),
                10000);
        }

        const Probe::TlsReport report = inspect(postgresTarget(server, m_ca.caCertificatePem()));
        QVERIFY2(report.errors.isEmpty(), qPrintable(describe(report)));
        QVERIFY(report.tlsEnabled);
        QCOMPARE(states(report), expectedStates);
        QCOMPARE(report.negotiatedProtocol, expectedNegotiated);
        QCOMPARE(report.endpoint, QStringLiteral("127.0.0.1:%1").arg(server.port()));
        QVERIFY(!report.plaintextAccepted.has_value()); // SSLRequest answered 'S' cannot tell
        QVERIFY(!report.plaintextDetail.isEmpty());
        for (const Probe::VersionResult &result : report.versions)
            QVERIFY2(!result.detail.isEmpty(), qPrintable(describe(report)));

        if (expectedNegotiated.isEmpty()) {
            // A default client cannot talk to a TLS 1.0-only server; the chain still comes from the probe.
            QVERIFY(!report.verified);
            QCOMPARE(report.verifyFailure, VerifyFailure::HandshakeFailed);
            QVERIFY2(!report.verifyError.isEmpty(), qPrintable(describe(report)));
            QCOMPARE(report.chain.size(), 1);
            QVERIFY(report.result(TlsVersion::Tls1_0).detail.contains(u"SHA"));
        } else {
            QVERIFY2(report.verified, qPrintable(describe(report)));
            QCOMPARE(report.verifyFailure, VerifyFailure::None);
            QVERIFY(!report.cipher.isEmpty());
            if (report.state(TlsVersion::Tls1_3) == VersionState::Accepted)
                QVERIFY(report.result(TlsVersion::Tls1_3).detail.startsWith(u"TLS_"));
        }
        if (!expectedNegotiated.isEmpty()) {
            // The scanner's path: the session of the PostgreSQL probe's own verify-full login stands in for
            // the verification handshake; the versions come out the same, that session's version untried.
            Probe::PostgresTarget pg;
            pg.host = server.host();
            pg.port = server.port();
            pg.database = server.database();
            pg.user = server.role();
            pg.password = Core::Secret(server.password().toUtf8());
            pg.caPem = m_ca.caCertificatePem();
            QFuture<Probe::PostgresFacts> probed = Probe::probePostgres(pg);
            QVERIFY(QTest::qWaitFor([&probed] { return probed.isFinished(); }, 60000));
            const Probe::PostgresFacts facts = probed.result();
            QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
            QCOMPARE(facts.tlsProtocol, expectedNegotiated);
            Probe::TlsTarget withSession = postgresTarget(server, m_ca.caCertificatePem());
            withSession.session = Probe::TlsSession { facts.tlsProtocol, facts.tlsCipher, facts.chain };
            const Probe::TlsReport reused = inspect(withSession);
            QVERIFY2(reused.errors.isEmpty(), qPrintable(describe(reused)));
            QCOMPARE(states(reused), expectedStates);
            QCOMPARE(reused.negotiatedProtocol, expectedNegotiated);
            QCOMPARE(reused.cipher, facts.tlsCipher);
            QVERIFY2(reused.verified, qPrintable(describe(reused)));
            QCOMPARE(reused.chain.size(), report.chain.size());
            QCOMPARE(reused.leaf()->sha256Fingerprint, report.leaf()->sha256Fingerprint);
        }
        if (expectedStates.startsWith(u'R')) {
            // The server's refusal as OpenSSL words it: an alert, not a local problem.
            QVERIFY2(report.result(TlsVersion::Tls1_0).detail.contains(u"alert")
                         || report.result(TlsVersion::Tls1_0).detail.contains(u"protocol"),
                     qPrintable(describe(report)));
        }
    }

    /**
     * The suites the cipher profile refuses, enumerated per version, agree with sslscan's (an independent
     * implementation, run here with the same security level 0): every weak suite sslscan sees accepted is found,
     * and nothing else.
     */
    void weakSuitesAgreeWithSslscan_data()
    {
        QTest::addColumn<QString>("minVersion");
        QTest::addColumn<QStringList>("extraConfig");
        QTest::addColumn<bool>("legacyServer");
        QTest::addColumn<bool>("weak");
        QTest::newRow("legacy RSA server: static RSA, anonymous and CBC-SHA1 in TLS 1.2 and 1.0")
            << QStringLiteral("TLSv1") << QStringList { QStringLiteral("ssl_ciphers = 'ALL:@SECLEVEL=0'") } << true << true;
        QTest::newRow("PostgreSQL's default suites") << QStringLiteral("TLSv1.2") << QStringList() << false << true;
        QTest::newRow("ECDHE with AEAD only")
            << QStringLiteral("TLSv1.2") << QStringList { QStringLiteral("ssl_ciphers = 'ECDHE+AESGCM:ECDHE+CHACHA20'") }
            << false << false;
    }

    void weakSuitesAgreeWithSslscan()
    {
        QFETCH(QString, minVersion);
        QFETCH(QStringList, extraConfig);
        QFETCH(bool, legacyServer);
        QFETCH(bool, weak);
        const QString sslscan = QStandardPaths::findExecutable(QStringLiteral("sslscan"));
        if (sslscan.isEmpty())
            QSKIP("sslscan is not installed (apt-get install sslscan; scripts/setup installs it)");

        Test::PostgresServer server(&m_ca);
        Test::PostgresOptions options;
        options.sslMinProtocolVersion = minVersion;
        options.extraConfig = extraConfig;
        if (legacyServer)
            options.certificate.keyType = Ops::KeyPair::Type::Rsa; // static RSA key exchange needs an RSA key
        {
            std::unique_ptr<LegacyServerOpenSsl> legacy;
            if (legacyServer)
                legacy = std::make_unique<LegacyServerOpenSsl>();
            QVERIFY2(server.start(options), qPrintable(server.errorString()));
        }
        const Probe::TlsReport report = inspect(postgresTarget(server, m_ca.caCertificatePem()));
        QVERIFY2(report.errors.isEmpty() && report.weakSuites, qPrintable(describe(report) + report.weakSuitesDetail));
        QSet<QString> ours;
        for (const Probe::WeakSuite &suite : *report.weakSuites) {
            QVERIFY2(!suite.weaknesses.isEmpty(), qPrintable(suite.cipher));
            ours.insert(Probe::tlsVersionName(suite.version) + u' ' + suite.cipher);
        }
        QCOMPARE(!ours.isEmpty(), weak);
        QVERIFY2(report.cipherAttempts >= ours.size(), qPrintable(QString::number(report.cipherAttempts)));

        // sslscan with a configuration at security level 0, as the probe's own attempts are.
        LegacyServerOpenSsl clientLevel;
        QProcess scan;
        scan.start(sslscan, { QStringLiteral("--no-colour"), QStringLiteral("--starttls-psql"), QStringLiteral("--xml=-"),
                              QStringLiteral("--no-heartbleed"), QStringLiteral("--no-compression"),
                              QStringLiteral("--no-renegotiation"), QStringLiteral("--no-fallback"),
                              QStringLiteral("--no-groups"), QStringLiteral("--no-check-certificate"),
                              QStringLiteral("%1:%2").arg(server.host()).arg(server.port()) });
        QVERIFY2(scan.waitForFinished(180000), "sslscan did not finish within 3 minutes");
        QXmlStreamReader xml(scan.readAllStandardOutput());
        QSet<QString> theirs;
        int acceptedByThem = 0;
        const QSet<QString> weakNames = profileWeakNames();
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"cipher")
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value(QLatin1String("status")) != u"accepted" && attributes.value(QLatin1String("status")) != u"preferred")
                continue;
            ++acceptedByThem;
            QString version = attributes.value(QLatin1String("sslversion")).toString();
            if (version == u"TLSv1.3")
                continue;
            if (version == u"TLSv1.0")
                version = QStringLiteral("TLSv1");
            const QString cipher = attributes.value(QLatin1String("cipher")).toString();
            if (weakNames.contains(cipher))
                theirs.insert(version + u' ' + cipher);
        }
        QVERIFY2(acceptedByThem > 0, qPrintable(QString::fromUtf8(scan.readAllStandardError())));
        QCOMPARE(ours, theirs);
        if (legacyServer) {
            bool staticRsa = false;
            bool tls10 = false;
            for (const Probe::WeakSuite &suite : *report.weakSuites) {
                staticRsa = staticRsa || (suite.version == TlsVersion::Tls1_2 && suite.weaknesses.join(u' ').contains(u"forward secrecy"));
                tls10 = tls10 || suite.version == TlsVersion::Tls1_0;
            }
            QStringList listed;
            for (const Probe::WeakSuite &suite : *report.weakSuites)
                listed << Probe::tlsVersionName(suite.version) + u' ' + suite.cipher + u' ' + suite.weaknesses.join(u',');
            QVERIFY2(staticRsa, qPrintable(listed.join(u'\n')));
            QVERIFY2(tls10, qPrintable(listed.join(u'\n')));
        }
    }

    void postgresTlsOff()
    {
        Test::PostgresServer server(&m_ca);
        Test::PostgresOptions options;
        options.tls = false;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        const Probe::TlsReport report = inspect(postgresTarget(server, m_ca.caCertificatePem()));
        QVERIFY2(report.errors.isEmpty(), qPrintable(describe(report)));
        QVERIFY(!report.tlsEnabled);
        QCOMPARE(report.plaintextAccepted, std::optional<bool>(true));
        QVERIFY2(report.plaintextDetail.contains(u"'N'"), qPrintable(report.plaintextDetail));
        QCOMPARE(states(report), QStringLiteral("RRRR"));
        QVERIFY(report.chain.isEmpty());
        QVERIFY(!report.verified);
        QVERIFY(report.negotiatedProtocol.isEmpty());
    }

    void postgresUnknownCa()
    {
        Test::PostgresServer server(&m_ca);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Test::CertFactory other(QStringLiteral("Unrelated CA"));

        const Probe::TlsReport report = inspect(postgresTarget(server, other.caCertificatePem()));
        QVERIFY2(report.errors.isEmpty(), qPrintable(describe(report)));
        QVERIFY(report.tlsEnabled);
        QVERIFY(!report.verified);
        QCOMPARE(report.verifyFailure, VerifyFailure::UnknownCa);
        // PostgreSQL sends the leaf alone, so OpenSSL misses the issuer rather than distrusting a root.
        QCOMPARE(report.verifyErrorCode, int(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY));
        QCOMPARE(report.verifyError, QStringLiteral("unable to get local issuer certificate"));
        QCOMPARE(report.verifyErrorDepth, 0);
        QCOMPARE(report.chain.size(), 1);
    }

    void postgresChainAndKey_data()
    {
        QTest::addColumn<Test::LeafOptions>("leaf");
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<int>("keyBits");
        QTest::addColumn<QString>("curve");

        Test::LeafOptions rsa;
        rsa.keyType = Ops::KeyPair::Type::Rsa;
        rsa.rsaBits = 2048;
        QTest::newRow("RSA 2048") << rsa << QStringLiteral("RSA") << 2048 << QString();
        QTest::newRow("EC P-256") << Test::LeafOptions() << QStringLiteral("EC") << 256 << QStringLiteral("prime256v1");
    }

    void postgresChainAndKey()
    {
        QFETCH(Test::LeafOptions, leaf);
        QFETCH(QString, keyType);
        QFETCH(int, keyBits);
        QFETCH(QString, curve);

        Test::PostgresServer server(&m_ca);
        Test::PostgresOptions options;
        options.certificate = leaf;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        const Probe::TlsReport report = inspect(postgresTarget(server, m_ca.caCertificatePem()));
        QVERIFY2(report.verified, qPrintable(describe(report)));
        QCOMPARE(report.chain.size(), 1); // PostgreSQL sends server.crt as it is: the leaf alone
        const Probe::CertificateInfo &info = report.chain.first();
        QCOMPARE(info.keyType, keyType);
        QCOMPARE(info.keyBits, keyBits);
        QCOMPARE(info.keyCurve, curve);
        QCOMPARE(info.signatureAlgorithm, QStringLiteral("ecdsa-with-SHA256")); // the test CA's key is EC
        QCOMPARE(info.commonName, QStringLiteral("localhost"));
        QVERIFY(info.subject.contains(u"CN=localhost"));
        QVERIFY(info.issuer.contains(u"CN=Proofer Test CA"));
        QCOMPARE(info.sans, (QStringList { QStringLiteral("localhost"), QStringLiteral("127.0.0.1") }));
        QCOMPARE(info.dnsNames, QStringList { QStringLiteral("localhost") });
        QCOMPARE(info.ipAddresses, QStringList { QStringLiteral("127.0.0.1") });
        QVERIFY(!info.selfSigned);
        QVERIFY(!info.isCa);
        QVERIFY(!info.serialHex.isEmpty());
        QVERIFY(info.pem.startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(info.sha256Fingerprint.size(), 32 * 3 - 1);
        QCOMPARE(info.notBefore.timeSpec(), Qt::UTC);
        QVERIFY(info.notAfter > info.notBefore);
        QVERIFY(info.daysLeft == 364 || info.daysLeft == 365);

        // TLS 1.2 is tried apart from the TLS 1.3 session, and only up to the server's certificate. An RSA key
        // is asked with RSA key exchange (no server signature: the server's private key is never used); an EC
        // key cannot do that, so it is asked again with every cipher and answers with ECDHE.
        const Probe::VersionResult tls12 = report.result(TlsVersion::Tls1_2);
        QCOMPARE(tls12.state, VersionState::Accepted);
        QVERIFY2(tls12.detail.contains(u"stopped at its certificate"), qPrintable(tls12.detail));
        if (keyType == u"RSA")
            QVERIFY2(!tls12.detail.contains(u"DHE") && tls12.detail.contains(u"AES"), qPrintable(tls12.detail));
        else
            QVERIFY2(tls12.detail.contains(u"ECDHE-ECDSA"), qPrintable(tls12.detail));

        // The same certificate parsed from PEM (how a Kubernetes secret is read) says the same.
        QString error;
        const QList<Probe::CertificateInfo> parsed
            = Probe::parseCertificates(info.pem + m_ca.caCertificatePem(), &error);
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed.first().serialHex, info.serialHex);
        QCOMPARE(parsed.first().sha256Fingerprint, info.sha256Fingerprint);
        QVERIFY(parsed.at(1).isCa);
        QVERIFY(parsed.at(1).selfSigned);
    }

    void parseCertificatesRejectsGarbage()
    {
        QString error;
        QVERIFY(Probe::parseCertificates("not a certificate", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        error.clear();
        QByteArray broken = m_ca.caCertificatePem();
        broken.replace(40, 20, QByteArray(20, '*'));
        QVERIFY(Probe::parseCertificates(broken, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    /** A CA read from a Secret that holds no PEM certificate: the error names the Secret and the key (#14). */
    void caThatIsNotPemNamesItsSource_data()
    {
        QTest::addColumn<QByteArray>("caPem");
        QTest::addColumn<QString>("caSource");
        QTest::addColumn<QString>("error");
        const QString source = QStringLiteral("Secret postgres-tls key ca-cert.pem");
        const QString named = QStringLiteral("Secret postgres-tls key ca-cert.pem: not a PEM certificate");
        QByteArray broken = m_ca.caCertificatePem();
        broken.replace(40, 20, QByteArray(20, '*'));
        QByteArray key = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n";
        QTest::newRow("not PEM at all") << QByteArray("not a certificate") << source << named;
        QTest::newRow("a broken PEM certificate") << broken << source << named;
        QTest::newRow("a private key instead") << key << source << named;
        QTest::newRow("DER, not PEM") << QSslCertificate(m_ca.caCertificatePem()).toDer() << source << named;
        QTest::newRow("source not known")
            << QByteArray("not a certificate") << QString()
            << QStringLiteral("The CA certificates given for verification hold no PEM certificate");
    }

    void caThatIsNotPemNamesItsSource()
    {
        QFETCH(QByteArray, caPem);
        QFETCH(QString, caSource);
        QFETCH(QString, error);
        Test::RedisServer server(&m_ca);
        QVERIFY2(server.start(Test::RedisOptions {}), qPrintable(server.errorString()));
        Probe::TlsTarget target;
        target.host = server.host();
        target.port = server.tlsPort();
        target.preamble = Probe::Preamble::Redis;
        target.serverName = QStringLiteral("localhost");
        target.caPem = caPem;
        target.caSource = caSource;
        target.timeoutMs = s_timeoutMs;

        const Probe::TlsReport report = inspect(target);
        QVERIFY2(report.tlsEnabled, qPrintable(describe(report)));
        QVERIFY(!report.verified);
        QCOMPARE(report.errors, QStringList { error });

        // The scanner's path with a session in hand reads the same CA and says the same.
        Probe::TlsTarget withSession = target;
        withSession.checkPlaintext = false;
        withSession.session = Probe::TlsSession { report.negotiatedProtocol, report.cipher, report.chain };
        const Probe::TlsReport reused = inspect(withSession);
        QVERIFY(!reused.verified);
        QCOMPARE(reused.errors, QStringList { error });
    }

    void verification_data()
    {
        QTest::addColumn<Test::LeafOptions>("leaf");
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<QString>("trust"); ///< "ca", "other" (an unrelated CA) or "system"
        QTest::addColumn<bool>("legacyServer");
        QTest::addColumn<VerifyFailure>("failure");
        QTest::addColumn<int>("errorCode");

        const Test::LeafOptions valid;
        QTest::newRow("valid, IP SAN") << valid << QString() << QStringLiteral("ca") << false << VerifyFailure::None
                                       << int(X509_V_OK);
        QTest::newRow("valid, DNS SAN") << valid << QStringLiteral("localhost") << QStringLiteral("ca") << false
                                        << VerifyFailure::None << int(X509_V_OK);

        Test::LeafOptions expired;
        expired.notBeforeDays = -60;
        expired.notAfterDays = -3;
        QTest::newRow("expired") << expired << QString() << QStringLiteral("ca") << false << VerifyFailure::Expired
                                 << int(X509_V_ERR_CERT_HAS_EXPIRED);

        Test::LeafOptions future;
        future.notBeforeDays = 2;
        future.notAfterDays = 30;
        QTest::newRow("not yet valid") << future << QString() << QStringLiteral("ca") << false
                                       << VerifyFailure::NotYetValid << int(X509_V_ERR_CERT_NOT_YET_VALID);

        Test::LeafOptions noSan;
        noSan.dnsNames = {};
        noSan.ipAddresses = {};
        QTest::newRow("CN only, no SAN") << noSan << QStringLiteral("localhost") << QStringLiteral("ca") << false
                                         << VerifyFailure::NoSan << int(X509_V_ERR_HOSTNAME_MISMATCH);

        QTest::newRow("hostname mismatch") << valid << QStringLiteral("db.example.com") << QStringLiteral("ca") << false
                                           << VerifyFailure::HostnameMismatch << int(X509_V_ERR_HOSTNAME_MISMATCH);
        QTest::newRow("IP mismatch") << valid << QStringLiteral("127.0.0.2") << QStringLiteral("ca") << false
                                     << VerifyFailure::HostnameMismatch << int(X509_V_ERR_IP_ADDRESS_MISMATCH);

        // Redis sends its CA along, so an unknown CA shows as a self-signed certificate in the chain.
        QTest::newRow("unrelated CA") << valid << QString() << QStringLiteral("other") << false
                                      << VerifyFailure::UnknownCa << int(X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN);
        QTest::newRow("system CAs") << valid << QString() << QStringLiteral("system") << false
                                    << VerifyFailure::UnknownCa << int(X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN);

        // What OpenSSL 3.0 really says about a SHA-1 signed leaf at the default security level (the server
        // needs security level 0 to load it at all).
        Test::LeafOptions sha1;
        sha1.digest = QStringLiteral("SHA1");
        QTest::newRow("SHA-1 signature") << sha1 << QString() << QStringLiteral("ca") << true
                                         << VerifyFailure::WeakSignature << int(X509_V_ERR_CA_MD_TOO_WEAK);

        Test::LeafOptions rsa1024;
        rsa1024.keyType = Ops::KeyPair::Type::Rsa;
        rsa1024.rsaBits = 1024;
        QTest::newRow("RSA 1024 key") << rsa1024 << QString() << QStringLiteral("ca") << true << VerifyFailure::WeakKey
                                      << int(X509_V_ERR_EE_KEY_TOO_SMALL);
    }

    /** Verification reasons over Redis (direct TLS, starts in milliseconds). */
    void verification()
    {
        QFETCH(Test::LeafOptions, leaf);
        QFETCH(QString, serverName);
        QFETCH(QString, trust);
        QFETCH(bool, legacyServer);
        QFETCH(VerifyFailure, failure);
        QFETCH(int, errorCode);

        Test::RedisServer server(&m_ca);
        Test::RedisOptions options;
        options.certificate = leaf;
        {
            std::unique_ptr<LegacyServerOpenSsl> legacy;
            if (legacyServer)
                legacy = std::make_unique<LegacyServerOpenSsl>();
            QVERIFY2(server.start(options), qPrintable(server.errorString()));
        }

        Test::CertFactory other(QStringLiteral("Unrelated CA"));
        Probe::TlsTarget target;
        target.host = server.host();
        target.port = server.tlsPort();
        target.preamble = Probe::Preamble::Redis;
        target.serverName = serverName;
        target.caPem = trust == u"ca" ? m_ca.caCertificatePem()
            : trust == u"other"       ? other.caCertificatePem()
                                      : QByteArray();
        target.timeoutMs = s_timeoutMs;

        const Probe::TlsReport report = inspect(target);
        QVERIFY2(report.errors.isEmpty(), qPrintable(describe(report)));
        QVERIFY(report.tlsEnabled);
        QCOMPARE(report.serverName, serverName.isEmpty() ? server.host() : serverName);
        QVERIFY2(!report.chain.isEmpty(), qPrintable(describe(report))); // the chain even when verification fails
        QCOMPARE(report.verified, failure == VerifyFailure::None);
        QCOMPARE(report.verifyFailure, failure);
        QCOMPARE(report.verifyErrorCode, errorCode);
        if (failure == VerifyFailure::None) {
            QVERIFY(report.verifyError.isEmpty());
        } else {
            QCOMPARE(report.verifyError, QString::fromLatin1(X509_verify_cert_error_string(errorCode)));
        }

        // The same chain verified without a handshake (the scanner's path when a probe holds the session)
        // gives the same verdict, for the same reason.
        Probe::TlsTarget withSession = target;
        withSession.checkPlaintext = false;
        withSession.session = Probe::TlsSession { report.negotiatedProtocol, report.cipher, report.chain };
        const Probe::TlsReport reused = inspect(withSession);
        QVERIFY2(reused.errors.isEmpty(), qPrintable(describe(reused)));
        QCOMPARE(reused.verified, report.verified);
        QCOMPARE(reused.verifyFailure, report.verifyFailure);
        QCOMPARE(reused.verifyErrorCode, report.verifyErrorCode);
        QCOMPARE(reused.verifyErrorDepth, report.verifyErrorDepth);
        QCOMPARE(reused.verifyError, report.verifyError);
        QCOMPARE(states(reused), states(report));

        const Probe::CertificateInfo &info = report.chain.first();
        if (failure == VerifyFailure::Expired) {
            QVERIFY2(info.daysLeft < 0, qPrintable(QString::number(info.daysLeft)));
            QVERIFY(info.daysLeft == -3 || info.daysLeft == -4);
        }
        if (failure == VerifyFailure::NoSan) {
            QVERIFY(!info.hasSan());
            QCOMPARE(info.commonName, QStringLiteral("localhost"));
        }
        if (leaf.digest == u"SHA1")
            QCOMPARE(info.signatureAlgorithm, QStringLiteral("ecdsa-with-SHA1"));
        if (failure == VerifyFailure::WeakKey)
            QCOMPARE(info.keyBits, 1024);
    }

    void daysLeftFollowsTheClock()
    {
        Test::RedisServer server(&m_ca);
        Test::RedisOptions options;
        options.certificate.notAfterDays = 20;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        Probe::TlsTarget target;
        target.host = server.host();
        target.port = server.tlsPort();
        target.preamble = Probe::Preamble::Redis;
        target.caPem = m_ca.caCertificatePem();

        Test::MockClock clock(QDateTime::currentDateTimeUtc());
        Probe::TlsReport report = inspect(target);
        QVERIFY2(report.verified, qPrintable(describe(report)));
        const int daysLeft = report.chain.first().daysLeft;
        QVERIFY2(daysLeft == 19 || daysLeft == 20, qPrintable(QString::number(daysLeft)));

        // Ten days later by the injected clock (the certificate is still valid for OpenSSL, which uses real time).
        clock.advanceDays(10);
        report = inspect(target);
        QCOMPARE(report.chain.first().daysLeft, daysLeft - 10);
        clock.advanceDays(30);
        report = inspect(target);
        QCOMPARE(report.chain.first().daysLeft, daysLeft - 40);
    }

    void redisPlaintext_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("requirePass");
        QTest::addColumn<bool>("tlsEnabled");
        QTest::addColumn<bool>("plaintextAccepted");
        QTest::addColumn<QString>("plaintextAnswer");

        QTest::newRow("TLS only") << int(Test::RedisOptions::Mode::TlsOnly) << QString() << true << false << QString();
        QTest::newRow("TLS only, requirepass")
            << int(Test::RedisOptions::Mode::TlsOnly) << QStringLiteral("a-long-redis-password-of-32-char") << true
            << false << QString();
        QTest::newRow("both ports") << int(Test::RedisOptions::Mode::Both) << QString() << true << true
                                    << QStringLiteral("+PONG");
        QTest::newRow("plain only") << int(Test::RedisOptions::Mode::Plain) << QString() << false << true
                                    << QStringLiteral("+PONG");
        QTest::newRow("plain only, requirepass")
            << int(Test::RedisOptions::Mode::Plain) << QStringLiteral("a-long-redis-password-of-32-char") << false
            << true << QStringLiteral("-NOAUTH");
    }

    void redisPlaintext()
    {
        QFETCH(int, mode);
        QFETCH(QString, requirePass);
        QFETCH(bool, tlsEnabled);
        QFETCH(bool, plaintextAccepted);
        QFETCH(QString, plaintextAnswer);

        Test::RedisServer server(&m_ca);
        Test::RedisOptions options;
        options.mode = Test::RedisOptions::Mode(mode);
        options.requirePass = requirePass;
        QVERIFY2(server.start(options), qPrintable(server.errorString()));

        Probe::TlsTarget target;
        target.host = server.host();
        target.port = server.tlsPort() ? server.tlsPort() : server.plainPort();
        target.plaintextPort = server.plainPort(); // 0 for TLS only: the TLS port itself
        target.preamble = Probe::Preamble::Redis;
        target.caPem = m_ca.caCertificatePem();
        target.timeoutMs = s_timeoutMs;

        QElapsedTimer timer;
        timer.start();
        const Probe::TlsReport report = inspect(target);
        QVERIFY2(report.errors.isEmpty(), qPrintable(describe(report)));
        QCOMPARE(report.tlsEnabled, tlsEnabled);
        QCOMPARE(report.plaintextAccepted, std::optional<bool>(plaintextAccepted));
        if (!plaintextAnswer.isEmpty())
            QVERIFY2(report.plaintextDetail.contains(plaintextAnswer), qPrintable(report.plaintextDetail));
        if (tlsEnabled) {
            QCOMPARE(states(report), QStringLiteral("RRAA"));
            QVERIFY2(report.verified, qPrintable(describe(report)));
            QCOMPARE(report.chain.size(), 2); // Redis sends its CA along
            QVERIFY(report.chain.at(1).isCa);
            QVERIFY(report.chain.at(1).selfSigned);
        } else {
            QCOMPARE(states(report), QStringLiteral("RRRR"));
            QVERIFY(report.chain.isEmpty());
        }
        // Nothing waited for a timeout: a TLS port drops plaintext at once, a plain port answers PING.
        QVERIFY2(timer.elapsed() < s_timeoutMs, qPrintable(QString::number(timer.elapsed())));
    }

    /** A separate plaintext port that refuses the connection is closed: observed, not unknown. */
    void redisSeparatePlaintextPortRefused()
    {
        Test::RedisServer server(&m_ca);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Probe::TlsTarget target;
        target.host = server.host();
        target.port = server.tlsPort();
        target.plaintextPort = Test::pickFreePort(); // nothing listens there
        target.preamble = Probe::Preamble::Redis;
        target.caPem = m_ca.caCertificatePem();
        target.timeoutMs = s_timeoutMs;

        const Probe::TlsReport report = inspect(target);
        QVERIFY2(report.errors.isEmpty(), qPrintable(describe(report)));
        QVERIFY(report.tlsEnabled);
        QCOMPARE(report.plaintextAccepted, std::optional<bool>(false));
        QVERIFY2(report.plaintextDetail.contains(u"closed") && report.plaintextDetail.contains(u"refused"),
                 qPrintable(report.plaintextDetail));
        QCOMPARE(states(report), QStringLiteral("RRAA"));

        // A plaintext port that does not answer at all stays unknown.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        silent.pauseAccepting();
        target.plaintextPort = silent.serverPort();
        target.timeoutMs = 1000;
        const Probe::TlsReport quiet = inspect(target);
        QVERIFY2(!quiet.plaintextAccepted.has_value(), qPrintable(describe(quiet)));
    }

    /** A plaintext AMQP broker answers the protocol header with its own: plaintext, no TLS. */
    void amqpPlaintext()
    {
        QTcpServer broker;
        QVERIFY(broker.listen(QHostAddress::LocalHost));
        connect(&broker, &QTcpServer::newConnection, &broker, [&broker] {
            while (QTcpSocket *socket = broker.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (socket->readAll().startsWith("AMQP"))
                        socket->write(QByteArray("AMQP\x00\x00\x09\x01", 8));
                });
            }
        });
        Probe::TlsTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = broker.serverPort();
        target.preamble = Probe::Preamble::Amqp;
        target.timeoutMs = s_timeoutMs;
        const Probe::TlsReport report = inspect(target);
        QVERIFY2(report.errors.isEmpty(), qPrintable(describe(report)));
        QCOMPARE(report.plaintextAccepted, std::optional<bool>(true));
        QVERIFY(!report.tlsEnabled);
        QCOMPARE(states(report), QStringLiteral("RRRR"));
    }

    void connectionRefused_data()
    {
        QTest::addColumn<Probe::Preamble>("preamble");
        QTest::newRow("direct TLS") << Probe::Preamble::None;
        QTest::newRow("PostgreSQL") << Probe::Preamble::Postgres;
        QTest::newRow("Redis") << Probe::Preamble::Redis;
    }

    void connectionRefused()
    {
        QFETCH(Probe::Preamble, preamble);
        quint16 port = 0;
        {
            QTcpServer listener;
            QVERIFY(listener.listen(QHostAddress::LocalHost));
            port = listener.serverPort();
        } // closed: nothing listens there any more

        Probe::TlsTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = port;
        target.preamble = preamble;
        target.timeoutMs = s_timeoutMs;
        QElapsedTimer timer;
        timer.start();
        const Probe::TlsReport report = inspect(target);
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.first(), QStringLiteral("Connection to 127.0.0.1:%1 refused").arg(port));
        QVERIFY(!report.tlsEnabled);
        QVERIFY(!report.plaintextAccepted.has_value());
        QCOMPARE(states(report), QStringLiteral("----"));
    }

    void unresolvableHost()
    {
        Probe::TlsTarget target;
        target.host = QStringLiteral("no-such-host.invalid");
        target.port = 5432;
        target.timeoutMs = s_timeoutMs;
        const Probe::TlsReport report = inspect(target);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().startsWith(u"Could not resolve no-such-host.invalid"),
                 qPrintable(report.errors.first()));
    }

    void silentServer_data()
    {
        QTest::addColumn<Probe::Preamble>("preamble");
        QTest::addColumn<QString>("waitingFor");
        QTest::newRow("direct TLS") << Probe::Preamble::None << QStringLiteral("the TLS handshake");
        QTest::newRow("PostgreSQL") << Probe::Preamble::Postgres << QStringLiteral("the answer to SSLRequest");
        QTest::newRow("Redis") << Probe::Preamble::Redis << QStringLiteral("the answer to PING");
    }

    void silentServer()
    {
        QFETCH(Probe::Preamble, preamble);
        QFETCH(QString, waitingFor);
        // The kernel completes the TCP handshake from the backlog; nobody ever reads or answers.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));

        constexpr int timeoutMs = 700;
        Probe::TlsTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = listener.serverPort();
        target.preamble = preamble;
        target.timeoutMs = timeoutMs;
        QElapsedTimer timer;
        timer.start();
        const Probe::TlsReport report = inspect(target);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed >= timeoutMs - 50 && elapsed < timeoutMs + 1000, qPrintable(QString::number(elapsed)));
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.first(),
                 QStringLiteral("Timed out after 700 ms waiting for %1 from 127.0.0.1:%2")
                     .arg(waitingFor)
                     .arg(listener.serverPort()));
        QVERIFY(!report.tlsEnabled);
        QCOMPARE(states(report), QStringLiteral("----"));
    }

private:
    Test::CertFactory m_ca;
};

QTEST_GUILESS_MAIN(TestTlsInspector)
#include "testtlsinspector.moc"
