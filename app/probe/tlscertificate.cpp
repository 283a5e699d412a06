// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/tlscertificate.h"

#include "core/clock.h"
#include "probe/tlsopenssl.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>

#include <cmath>
#include <ctime>

namespace Probe {

namespace {

QString nameToString(const X509_NAME *name)
{
    if (!name)
        return {};
    Ssl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(size));
}

QString commonNameOf(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    std::tm tm {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QString serialToHex(const ASN1_INTEGER *serial)
{
    const Ssl::BignumPtr bn(ASN1_INTEGER_to_BN(serial, nullptr));
    if (!bn)
        return {};
    const Ssl::OpenSslString hex(BN_bn2hex(bn.get()));
    return hex ? QString::fromLatin1(hex.get()) : QString();
}

QString keyTypeName(const EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QStringLiteral("RSA");
    case EVP_PKEY_RSA_PSS:
        return QStringLiteral("RSA-PSS");
    case EVP_PKEY_EC:
        return QStringLiteral("EC");
    case EVP_PKEY_ED25519:
        return QStringLiteral("Ed25519");
    case EVP_PKEY_ED448:
        return QStringLiteral("Ed448");
    case EVP_PKEY_DSA:
        return QStringLiteral("DSA");
    default:
        break;
    }
    const char *name = EVP_PKEY_get0_type_name(key);
    return name ? QString::fromLatin1(name) : QStringLiteral("unknown");
}

void readSubjectAltNames(X509 *cert, CertificateInfo *info)
{
    const Ssl::GeneralNamesPtr names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS) {
            const ASN1_IA5STRING *dns = name->d.dNSName;
            const QString text = QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(dns)),
                                                     ASN1_STRING_length(dns));
            info->dnsNames << text;
            info->sans << text;
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *ip = name->d.iPAddress;
            const unsigned char *bytes = ASN1_STRING_get0_data(ip);
            QHostAddress address;
            if (ASN1_STRING_length(ip) == 4) {
                address.setAddress(quint32((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]));
            } else if (ASN1_STRING_length(ip) == 16) {
                address.setAddress(bytes);
            }
            if (!address.isNull()) {
                info->ipAddresses << address.toString();
                info->sans << address.toString();
            }
        }
    }
}

QString fingerprint(const X509 *cert)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert, EVP_sha256(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length)).toHex(':'))
        .toUpper();
}

} // namespace

CertificateInfo certificateInfo(X509 *cert)
{
    CertificateInfo info;
    if (!cert)
        return info;
    info.subject = nameToString(X509_get_subject_name(cert));
    info.commonName = commonNameOf(X509_get_subject_name(cert));
    info.issuer = nameToString(X509_get_issuer_name(cert));
    readSubjectAltNames(cert, &info);
    info.serialHex = serialToHex(X509_get0_serialNumber(cert));
    info.notBefore = toDateTime(X509_get0_notBefore(cert));
    info.notAfter = toDateTime(X509_get0_notAfter(cert));
    if (info.notAfter.isValid()) {
        // Milliseconds, not secsTo(): that truncates toward zero and would round "20 days and a bit ago" up.
        const qint64 msecs = Core::Clock::currentDateTimeUtc().msecsTo(info.notAfter);
        info.daysLeft = int(std::floor(double(msecs) / 86400000.0));
    }
    if (const EVP_PKEY *key = X509_get0_pubkey(cert)) {
        info.keyType = keyTypeName(key);
        info.keyBits = EVP_PKEY_get_bits(key);
        if (info.keyType == u"EC") {
            char group[80] = {};
            size_t length = 0;
            if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) == 1)
                info.keyCurve = QString::fromLatin1(group, qsizetype(length));
        }
    }
    const int signatureNid = X509_get_signature_nid(cert);
    if (const char *name = OBJ_nid2ln(signatureNid))
        info.signatureAlgorithm = QString::fromLatin1(name);
    info.selfSigned = X509_self_signed(cert, 1) == 1;
    info.isCa = X509_check_ca(cert) >= 1;
    info.sha256Fingerprint = fingerprint(cert);
    Ssl::BioPtr bio(BIO_new(BIO_s_mem()));
    if (bio && PEM_write_bio_X509(bio.get(), cert) == 1) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        info.pem = QByteArray(data, qsizetype(size));
    }
    ERR_clear_error(); // X509_self_signed and friends may leave notes that are not errors of the caller
    return info;
}

QList<CertificateInfo> parseCertificates(const QByteArray &pem, QString *error)
{
    QList<CertificateInfo> certificates;
    ERR_clear_error();
    Ssl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio) {
        if (error)
            *error = QCoreApplication::translate("Probe", "Out of memory while reading certificates");
        return certificates;
    }
    for (;;) {
        Ssl::X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!cert)
            break;
        certificates << certificateInfo(cert.get());
    }
    // The loop ends on "no start line" at the end of the data; anything else is a broken certificate.
    const unsigned long last = ERR_peek_last_error();
    const bool cleanEnd = !last || (ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE);
    const QString reason = Ssl::drainErrors();
    if (!cleanEnd || certificates.isEmpty()) {
        if (error) {
            *error = certificates.isEmpty() && cleanEnd
                ? QCoreApplication::translate("Probe", "No PEM certificate found")
                : QCoreApplication::translate("Probe", "Broken PEM certificate: %1").arg(reason);
        }
        return {};
    }
    return certificates;
}

} // namespace Probe
