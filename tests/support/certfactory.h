// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/certificatebuilder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Test {

/** A leaf (server) certificate and its key, as PEM. */
struct IssuedCertificate
{
    QByteArray certificatePem;
    Ops::KeyPair key;
};

struct LeafOptions
{
    QString commonName = QStringLiteral("localhost");
    QStringList dnsNames = {QStringLiteral("localhost")};
    QStringList ipAddresses = {QStringLiteral("127.0.0.1")};
    Ops::KeyPair::Type keyType = Ops::KeyPair::Type::EcP256; ///< fast; RSA when a test needs it
    int rsaBits = 2048;
    int notBeforeDays = -1; ///< relative to now (negative: in the past)
    int notAfterDays = 365;
    QString digest = QStringLiteral("SHA256");
};

/**
 * A test certificate authority on OpenSSL 3: makes a CA on construction and issues leaves with the
 * SANs, key type/size, validity (past or future) and signature digest (SHA-1 too) a test asks for.
 * Writes PEM files with the modes servers demand (keys 0600).
 */
class CertFactory final
{
public:
    explicit CertFactory(const QString &caName = QStringLiteral("Proofer Test CA"), int caDays = 3650,
                         const QString &digest = QStringLiteral("SHA256"));

    bool isValid() const { return !m_caCertPem.isEmpty(); }
    QString errorString() const { return m_error; }

    const QByteArray &caCertificatePem() const { return m_caCertPem; }
    const Ops::KeyPair &caKey() const { return m_caKey; }

    /** Issues a leaf signed by this CA; on failure the certificate is empty and errorString() says why. */
    IssuedCertificate issue(const LeafOptions &options = {});

    /** Writes @p pem to @p path with @p mode (e.g. 0600 for keys). Returns false on I/O error. */
    static bool writeFile(const QString &path, const QByteArray &pem, int mode = 0644);

private:
    QByteArray m_caCertPem;
    Ops::KeyPair m_caKey;
    QString m_error;
};

} // namespace Test
