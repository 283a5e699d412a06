// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

using X509 = struct x509_st;

namespace Probe {

/** What a probe (or a Kubernetes secret) says about one X.509 certificate. */
struct CertificateInfo {
    QString subject; ///< RFC 2253, e.g. "CN=localhost,O=Proofer tests"
    QString commonName; ///< the subject's CN ("" when there is none)
    QString issuer; ///< RFC 2253
    QStringList sans; ///< subjectAltName DNS names and IP addresses, in certificate order
    QStringList dnsNames;
    QStringList ipAddresses;
    QString serialHex; ///< upper-case hex, no separators
    QDateTime notBefore; ///< UTC
    QDateTime notAfter; ///< UTC
    int daysLeft = 0; ///< whole days from Core::Clock's now to notAfter, rounded down (negative: expired)
    QString keyType; ///< "RSA", "EC", "Ed25519", "Ed448", "RSA-PSS", "DSA" or OpenSSL's name
    int keyBits = 0;
    QString keyCurve; ///< EC group name, e.g. "prime256v1"; empty otherwise
    QString signatureAlgorithm; ///< OpenSSL long name, e.g. "sha256WithRSAEncryption", "ecdsa-with-SHA256"
    bool selfSigned = false; ///< issuer == subject and the signature verifies with its own key
    bool isCa = false;
    QString sha256Fingerprint; ///< upper-case hex with colons
    QByteArray pem;

    bool hasSan() const { return !sans.isEmpty(); }
    bool isExpiredAt(const QDateTime &now) const { return now > notAfter; }
};

/** Reads @p cert (not owned, not modified). Days left count from Core::Clock::currentDateTimeUtc(). */
CertificateInfo certificateInfo(X509 *cert);

/**
 * Parses every certificate of a PEM bundle (e.g. a Kubernetes secret's tls.crt or ca.crt), in order.
 * Returns an empty list and sets @p error when the data holds no certificate or a broken one.
 */
QList<CertificateInfo> parseCertificates(const QByteArray &pem, QString *error = nullptr);

} // namespace Probe
