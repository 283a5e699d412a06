// SPDX-License-Identifier: GPL-3.0-or-later
// The certificate factory behind the fixtures (and later the renewal): real OpenSSL certificates,
// checked with OpenSSL's own verifier and parser.
#include "certfactory.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace {

std::unique_ptr<X509, decltype(&X509_free)> parse(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    return {PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free};
}

/** Verifies @p leaf against @p ca with OpenSSL; returns the X509_V_* code. */
int verify(const QByteArray &caPem, const QByteArray &leafPem, const char *host = nullptr, int authLevel = -1)
{
    auto ca = parse(caPem);
    auto leaf = parse(leafPem);
    std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), &X509_STORE_free);
    X509_STORE_add_cert(store.get(), ca.get());
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> ctx(X509_STORE_CTX_new(), &X509_STORE_CTX_free);
    X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), nullptr);
    if (authLevel >= 0)
        X509_VERIFY_PARAM_set_auth_level(X509_STORE_CTX_get0_param(ctx.get()), authLevel);
    if (host)
        X509_VERIFY_PARAM_set1_host(X509_STORE_CTX_get0_param(ctx.get()), host, 0);
    X509_verify_cert(ctx.get());
    return X509_STORE_CTX_get_error(ctx.get());
}

} // namespace

class TestCertificateBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void leafVerifiesAgainstItsCa_data()
    {
        QTest::addColumn<int>("keyType");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<int>("expectedBits");
        QTest::newRow("EC P-256, SHA-256") << int(Ops::KeyPair::Type::EcP256) << 0 << QStringLiteral("SHA256") << 256;
        QTest::newRow("RSA 2048, SHA-256") << int(Ops::KeyPair::Type::Rsa) << 2048 << QStringLiteral("SHA256") << 2048;
        QTest::newRow("RSA 4096, SHA-384") << int(Ops::KeyPair::Type::Rsa) << 4096 << QStringLiteral("SHA384") << 4096;
    }

    void leafVerifiesAgainstItsCa()
    {
        QFETCH(int, keyType);
        QFETCH(int, bits);
        QFETCH(QString, digest);
        QFETCH(int, expectedBits);
        Test::CertFactory ca;
        QVERIFY2(ca.isValid(), qPrintable(ca.errorString()));
        Test::LeafOptions options;
        options.keyType = Ops::KeyPair::Type(keyType);
        options.rsaBits = bits;
        options.digest = digest;
        options.dnsNames = {QStringLiteral("auth-db"), QStringLiteral("auth-db.bakery-ia.svc.cluster.local")};
        const Test::IssuedCertificate leaf = ca.issue(options);
        QVERIFY2(!leaf.certificatePem.isEmpty(), qPrintable(ca.errorString()));
        QCOMPARE(leaf.key.bits, expectedBits);

        QCOMPARE(verify(ca.caCertificatePem(), leaf.certificatePem), X509_V_OK);
        QCOMPARE(verify(ca.caCertificatePem(), leaf.certificatePem, "auth-db.bakery-ia.svc.cluster.local"), X509_V_OK);
        QCOMPARE(verify(ca.caCertificatePem(), leaf.certificatePem, "orders-db"), X509_V_ERR_HOSTNAME_MISMATCH);

        const QSslCertificate cert(leaf.certificatePem);
        QVERIFY(!cert.isNull());
        const auto sans = cert.subjectAlternativeNames();
        QVERIFY(sans.values(QSsl::DnsEntry).contains(QStringLiteral("auth-db")));
        QVERIFY(sans.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(QSslKey(leaf.key.publicKeyPem, keyType == int(Ops::KeyPair::Type::Rsa) ? QSsl::Rsa : QSsl::Ec,
                         QSsl::Pem, QSsl::PublicKey)
                     .length(),
                 expectedBits);
        auto x509 = parse(leaf.certificatePem);
        const int nid = X509_get_signature_nid(x509.get());
        QCOMPARE(QString::fromLatin1(OBJ_nid2sn(nid)).contains(digest.mid(3)), true);
    }

    void sha1SignatureForWeakCertificateTests()
    {
        Test::CertFactory ca;
        Test::LeafOptions options;
        options.digest = QStringLiteral("SHA1");
        options.keyType = Ops::KeyPair::Type::Rsa;
        const auto leaf = ca.issue(options);
        QVERIFY2(!leaf.certificatePem.isEmpty(), qPrintable(ca.errorString()));
        auto x509 = parse(leaf.certificatePem);
        int digestNid = 0;
        int keyNid = 0;
        QVERIFY(OBJ_find_sigid_algs(X509_get_signature_nid(x509.get()), &digestNid, &keyNid));
        QCOMPARE(digestNid, NID_sha1);
        // Chain-wise it is sound; at TLS security level 2 (Debian's default) SHA-1 is refused.
        QCOMPARE(verify(ca.caCertificatePem(), leaf.certificatePem), X509_V_OK);
        QCOMPARE(verify(ca.caCertificatePem(), leaf.certificatePem, nullptr, 2), X509_V_ERR_CA_MD_TOO_WEAK);
    }

    void validityInThePast()
    {
        Test::CertFactory ca;
        Test::LeafOptions options;
        options.notBeforeDays = -400;
        options.notAfterDays = -30;
        const auto leaf = ca.issue(options);
        QVERIFY(!leaf.certificatePem.isEmpty());
        const QSslCertificate cert(leaf.certificatePem);
        QVERIFY(cert.expiryDate() < QDateTime::currentDateTimeUtc());
        QCOMPARE(qRound(double(cert.expiryDate().secsTo(QDateTime::currentDateTimeUtc())) / 86400.0), 30);
        QCOMPARE(verify(ca.caCertificatePem(), leaf.certificatePem), X509_V_ERR_CERT_HAS_EXPIRED);
    }

    void caIsACa()
    {
        Test::CertFactory ca(QStringLiteral("Bakery CA"), 3650);
        auto x509 = parse(ca.caCertificatePem());
        QCOMPARE(X509_check_ca(x509.get()), 1);
        const QSslCertificate cert(ca.caCertificatePem());
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("Bakery CA")});
        QVERIFY(cert.isSelfSigned());
        QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addDays(3640));
    }

    void otherCaDoesNotVerify()
    {
        Test::CertFactory ca;
        Test::CertFactory other(QStringLiteral("Other"));
        const auto leaf = ca.issue();
        QCOMPARE(verify(other.caCertificatePem(), leaf.certificatePem), X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
    }

    void badInputGivesClearErrors()
    {
        QString error;
        QVERIFY(Ops::generateKey(Ops::KeyPair::Type::Rsa, 512, &error).isNull());
        QVERIFY2(error.contains(QStringLiteral("512")), qPrintable(error));

        Test::CertFactory ca;
        const Ops::KeyPair key = Ops::generateKey(Ops::KeyPair::Type::EcP256, 0, &error);
        Ops::CertificateRequest request;
        request.commonName = QStringLiteral("x");
        request.notBefore = QDateTime::currentDateTimeUtc();
        request.notAfter = request.notBefore.addDays(1);
        request.digest = QStringLiteral("NOSUCHDIGEST");
        QVERIFY(Ops::issueCertificate(request, key, ca.caCertificatePem(), ca.caKey(), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("NOSUCHDIGEST")), qPrintable(error));

        request.digest = QStringLiteral("SHA256");
        const Ops::KeyPair stranger = Ops::generateKey(Ops::KeyPair::Type::EcP256, 0, &error);
        QVERIFY(Ops::issueCertificate(request, key, ca.caCertificatePem(), stranger, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("does not match")), qPrintable(error));

        request.ipAddresses = {QStringLiteral("not-an-ip")};
        QVERIFY(Ops::issueCertificate(request, key, ca.caCertificatePem(), ca.caKey(), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not-an-ip")), qPrintable(error));
    }

    void keyFileWrittenWith0600()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.key"));
        QVERIFY(Test::CertFactory::writeFile(path, QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n"), 0600));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestCertificateBuilder)
#include "testcertificatebuilder.moc"
