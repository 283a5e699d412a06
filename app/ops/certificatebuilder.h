// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Ops {

/** A private key and its PEM. The PEM is a Core::Secret: it wipes itself. */
struct KeyPair
{
    enum class Type { Rsa, EcP256 };

    Type type = Type::Rsa;
    int bits = 0;
    Core::Secret privateKeyPem; ///< PKCS#8 PEM
    QByteArray publicKeyPem;

    bool isNull() const { return privateKeyPem.isEmpty(); }
};

/** Generates a key with OpenSSL. RSA bits: 1024…8192. Returns a null KeyPair and sets @p error on failure. */
KeyPair generateKey(KeyPair::Type type, int rsaBits, QString *error);

/** What a certificate should say. */
struct CertificateRequest
{
    QString commonName;
    QString organization;
    QStringList dnsNames;    ///< subjectAltName DNS entries
    QStringList ipAddresses; ///< subjectAltName IP entries
    QDateTime notBefore;     ///< UTC; may be in the past (expired certificates for tests)
    QDateTime notAfter;
    bool isCa = false;
    QString digest = QStringLiteral("SHA256"); ///< any digest OpenSSL knows: SHA256, SHA384, SHA1…
    QByteArray serial;                          ///< big-endian bytes; empty: 16 random bytes
};

/**
 * Issues a certificate for @p subjectKey, signed by @p issuerKey with @p issuerCertPem as issuer
 * (empty issuer certificate: self-signed by @p subjectKey). Returns the PEM or an empty array and
 * sets @p error. Server leaves get serverAuth, CAs get keyCertSign/cRLSign and basicConstraints CA.
 */
QByteArray issueCertificate(const CertificateRequest &request, const KeyPair &subjectKey, const QByteArray &issuerCertPem,
                            const KeyPair &issuerKey, QString *error);

} // namespace Ops
