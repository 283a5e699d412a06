// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/certificatebuilder.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Ops {

namespace {

template<auto Fn>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const
    {
        Fn(p);
    }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

PKeyPtr loadPrivateKey(const Core::Secret &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.reveal().constData(), int(pem.size())));
    return PKeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

X509Ptr loadCertificate(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QByteArray &value)
{
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setTime(ASN1_TIME *field, const QDateTime &when)
{
    return ASN1_TIME_set(field, time_t(when.toSecsSinceEpoch())) != nullptr;
}

} // namespace

KeyPair generateKey(KeyPair::Type type, int rsaBits, QString *error)
{
    PKeyPtr key;
    if (type == KeyPair::Type::Rsa) {
        if (rsaBits < 1024 || rsaBits > 8192) {
            if (error)
                *error = QCoreApplication::translate("Ops", "RSA key size %1 is out of range (1024 to 8192 bits)").arg(rsaBits);
            return {};
        }
        key.reset(EVP_RSA_gen(unsigned(rsaBits)));
    } else {
        key.reset(EVP_EC_gen("P-256"));
    }
    if (!key) {
        if (error)
            *error = QCoreApplication::translate("Ops", "key generation failed: %1").arg(opensslError());
        return {};
    }

    BioPtr privateBio(BIO_new(BIO_s_mem()));
    BioPtr publicBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(privateBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_PUBKEY(publicBio.get(), key.get()) != 1) {
        if (error)
            *error = QCoreApplication::translate("Ops", "could not encode the key: %1").arg(opensslError());
        return {};
    }

    KeyPair pair;
    pair.type = type;
    pair.bits = EVP_PKEY_get_bits(key.get());
    QByteArray privatePem = bioContents(privateBio.get());
    pair.privateKeyPem = Core::Secret(privatePem);
    // The BIO's buffer still holds the key: wipe it before it is freed.
    BUF_MEM *mem = nullptr;
    BIO_get_mem_ptr(privateBio.get(), &mem);
    if (mem && mem->data)
        OPENSSL_cleanse(mem->data, mem->length);
    pair.publicKeyPem = bioContents(publicBio.get());
    return pair;
}

QByteArray issueCertificate(const CertificateRequest &request, const KeyPair &subjectKey, const QByteArray &issuerCertPem,
                            const KeyPair &issuerKey, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };

    PKeyPtr subject = loadPrivateKey(subjectKey.privateKeyPem);
    if (!subject)
        return fail(QCoreApplication::translate("Ops", "the subject key is not a valid private key"));
    const bool selfSigned = issuerCertPem.isEmpty();
    PKeyPtr signer = selfSigned ? loadPrivateKey(subjectKey.privateKeyPem) : loadPrivateKey(issuerKey.privateKeyPem);
    if (!signer)
        return fail(QCoreApplication::translate("Ops", "the issuer key is not a valid private key"));
    X509Ptr issuer;
    if (!selfSigned) {
        issuer = loadCertificate(issuerCertPem);
        if (!issuer)
            return fail(QCoreApplication::translate("Ops", "the issuer certificate is not valid PEM"));
        if (X509_check_private_key(issuer.get(), signer.get()) != 1) {
            ERR_clear_error();
            return fail(QCoreApplication::translate("Ops", "the issuer key does not match the issuer certificate"));
        }
    }

    const EVP_MD *digest = EVP_get_digestbyname(request.digest.toLatin1().constData());
    if (!digest)
        return fail(QCoreApplication::translate("Ops", "unknown digest \"%1\"").arg(request.digest));

    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);

    QByteArray serial = request.serial;
    if (serial.isEmpty()) {
        serial.resize(16);
        RAND_bytes(reinterpret_cast<unsigned char *>(serial.data()), int(serial.size()));
        serial[0] = char(serial.at(0) & 0x7f); // positive
    }
    BnPtr serialBn(BN_bin2bn(reinterpret_cast<const unsigned char *>(serial.constData()), int(serial.size()), nullptr));
    if (!serialBn || !BN_to_ASN1_INTEGER(serialBn.get(), X509_get_serialNumber(cert.get())))
        return fail(QCoreApplication::translate("Ops", "could not set the serial number"));

    if (!setTime(X509_getm_notBefore(cert.get()), request.notBefore)
        || !setTime(X509_getm_notAfter(cert.get()), request.notAfter))
        return fail(QCoreApplication::translate("Ops", "invalid validity period"));

    X509_NAME *name = X509_get_subject_name(cert.get());
    if (!request.organization.isEmpty())
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(request.organization.toUtf8().constData()), -1,
                                   -1, 0);
    const QByteArray cn = request.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1,
                               0);
    X509_set_issuer_name(cert.get(), selfSigned ? name : X509_get_subject_name(issuer.get()));
    X509_set_pubkey(cert.get(), subject.get());

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, selfSigned ? cert.get() : issuer.get(), cert.get(), nullptr, nullptr, 0);

    bool ok = true;
    if (request.isCa) {
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE");
        ok = ok && addExtension(cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    } else {
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE");
        ok = ok && addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature,keyEncipherment");
        ok = ok && addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth,clientAuth");
    }
    ok = ok && addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash");
    if (!selfSigned)
        ok = ok && addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");

    QStringList altNames;
    for (const QString &dns : request.dnsNames)
        altNames << QStringLiteral("DNS:") + dns;
    for (const QString &ip : request.ipAddresses) {
        if (QHostAddress(ip).isNull())
            return fail(QCoreApplication::translate("Ops", "\"%1\" is not an IP address").arg(ip));
        altNames << QStringLiteral("IP:") + ip;
    }
    if (!altNames.isEmpty())
        ok = ok && addExtension(cert.get(), &ctx, NID_subject_alt_name, altNames.join(u',').toUtf8());
    if (!ok)
        return fail(QCoreApplication::translate("Ops", "could not add the certificate extensions: %1").arg(opensslError()));

    if (X509_sign(cert.get(), signer.get(), digest) <= 0)
        return fail(QCoreApplication::translate("Ops", "signing failed (digest %1): %2").arg(request.digest, opensslError()));

    BioPtr out(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(out.get(), cert.get());
    return bioContents(out.get());
}

} // namespace Ops
