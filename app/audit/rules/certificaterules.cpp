// SPDX-License-Identifier: GPL-3.0-or-later
// Certificates: expiry, names, key strength, signature, issuer, validity, and the secret behind the served one.
#include "audit/rules/rules.h"
#include "audit/rules/rulesupport.h"

namespace Audit::Rules {

using namespace Support;

namespace {

constexpr int kUrgentDays = 30;

/** Whole days from now to @p when (negative when past). */
qint64 daysUntil(const QDateTime &when)
{
    return now().secsTo(when) / 86400;
}

Outcome expired(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.certificate.notAfter)
        return unknown(e, QStringLiteral("certificate.notAfter"));
    const QDateTime notAfter = *e.certificate.notAfter;
    if (now() > notAfter)
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "The served certificate expired on %1").arg(day(notAfter)) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "Valid until %1 (%2 days left)")
                               .arg(day(notAfter))
                               .arg(daysUntil(notAfter)) });
}

Outcome expiresSoon(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.certificate.notAfter)
        return unknown(e, QStringLiteral("certificate.notAfter"));
    const QDateTime notAfter = *e.certificate.notAfter;
    if (now() > notAfter)
        return Outcome::notApplicable(QCoreApplication::translate("Audit", "Already expired (see CERT-001)"));
    const qint64 days = daysUntil(notAfter);
    if (days < kUrgentDays)
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "Expires on %1, in %2 days").arg(day(notAfter)).arg(days) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "%1 days left").arg(days) });
}

Outcome insideRenewalWindow(const Evidence &e, const FleetEvidence &fleet)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.certificate.notAfter)
        return unknown(e, QStringLiteral("certificate.notAfter"));
    const QDateTime notAfter = *e.certificate.notAfter;
    const qint64 days = daysUntil(notAfter);
    if (now() > notAfter || days < kUrgentDays)
        return Outcome::notApplicable(
            QCoreApplication::translate("Audit", "Expired or expiring within 30 days (see CERT-001, CERT-002)"));
    if (days < fleet.profile.renewalWindowDays)
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "Expires on %1, in %2 days: inside the %3-day renewal window")
                  .arg(day(notAfter))
                  .arg(days)
                  .arg(fleet.profile.renewalWindowDays) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "%1 days left, renewal window %2 days")
                               .arg(days)
                               .arg(fleet.profile.renewalWindowDays) });
}

Outcome noSan(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    const bool hasDns = e.certificate.sanDns && !e.certificate.sanDns->isEmpty();
    const bool hasIp = e.certificate.sanIp && !e.certificate.sanIp->isEmpty();
    if (hasDns || hasIp) {
        QStringList sans = e.certificate.sanDns.value_or(QStringList());
        sans << e.certificate.sanIp.value_or(QStringList());
        return Outcome::pass({ QCoreApplication::translate("Audit", "subjectAltName: %1").arg(sans.join(u", ")) });
    }
    if (!e.certificate.sanDns || !e.certificate.sanIp)
        return unknown(e, QStringLiteral("certificate.sans"));
    return Outcome::fail({ QCoreApplication::translate(
        "Audit", "The certificate has no subjectAltName: verifying clients match only the deprecated CN") });
}

Outcome hostnameMismatch(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.certificate.hostnameMatches)
        return unknown(e, QStringLiteral("certificate.hostnameMatches"));
    const QString sans = e.certificate.sanDns.value_or(QStringList()).join(u", ");
    if (*e.certificate.hostnameMatches)
        return Outcome::pass({ QCoreApplication::translate("Audit", "%1 is covered by the certificate").arg(e.host) });
    return Outcome::fail(
        { QCoreApplication::translate("Audit", "%1 is not among the certificate's names (%2)").arg(e.host, sans) });
}

bool isRsa(const Evidence &e)
{
    return e.certificate.keyType && e.certificate.keyType->startsWith(u"RSA", Qt::CaseInsensitive);
}

Outcome rsaTooShort(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.certificate.keyType)
        return unknown(e, QStringLiteral("certificate.keyType"));
    if (!isRsa(e))
        return Outcome::notApplicable(
            QCoreApplication::translate("Audit", "%1 key, not RSA").arg(*e.certificate.keyType));
    if (!e.certificate.keyBits)
        return unknown(e, QStringLiteral("certificate.keyBits"));
    if (*e.certificate.keyBits < 2048)
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "RSA %1-bit key (minimum 2048)").arg(*e.certificate.keyBits) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "RSA %1-bit key").arg(*e.certificate.keyBits) });
}

Outcome rsaShortForLongValidity(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.certificate.keyType)
        return unknown(e, QStringLiteral("certificate.keyType"));
    if (!isRsa(e))
        return Outcome::notApplicable(
            QCoreApplication::translate("Audit", "%1 key, not RSA").arg(*e.certificate.keyType));
    if (!e.certificate.keyBits)
        return unknown(e, QStringLiteral("certificate.keyBits"));
    if (*e.certificate.keyBits < 2048)
        return Outcome::notApplicable(QCoreApplication::translate("Audit", "Below 2048 bits (see CERT-006)"));
    if (!e.certificate.notBefore || !e.certificate.notAfter)
        return unknown(e, QStringLiteral("certificate.validity"));
    const qint64 validityDays = e.certificate.notBefore->secsTo(*e.certificate.notAfter) / 86400;
    if (*e.certificate.keyBits < 3072 && validityDays > 366)
        return Outcome::fail({ QCoreApplication::translate(
                                   "Audit", "RSA %1-bit key valid for %2 days: use 3072 bits or more beyond one year")
                                   .arg(*e.certificate.keyBits)
                                   .arg(validityDays) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "RSA %1-bit key, valid for %2 days")
                               .arg(*e.certificate.keyBits)
                               .arg(validityDays) });
}

Outcome weakSignature(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.certificate.signatureAlgorithm)
        return unknown(e, QStringLiteral("certificate.signatureAlgorithm"));
    const QString algorithm = *e.certificate.signatureAlgorithm;
    const QString lower = algorithm.toLower();
    if (lower.contains(u"sha1") || lower.contains(u"sha-1") || lower.contains(u"md5") || lower.contains(u"md2"))
        return Outcome::fail({ QCoreApplication::translate("Audit", "Signed with %1").arg(algorithm) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "Signed with %1").arg(algorithm) });
}

Outcome selfSignedLeaf(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.certificate.selfSigned)
        return unknown(e, QStringLiteral("certificate.selfSigned"));
    if (*e.certificate.selfSigned)
        return Outcome::fail({ QCoreApplication::translate(
            "Audit", "The leaf certificate is self-signed: clients cannot verify it against a CA") });
    return Outcome::pass({ QCoreApplication::translate("Audit", "The leaf is issued by a CA") });
}

Outcome caExpiring(const Evidence &e, const FleetEvidence &fleet)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.ca.notAfter)
        return unknown(e, QStringLiteral("ca.notAfter"));
    const qint64 days = daysUntil(*e.ca.notAfter);
    if (now() > *e.ca.notAfter)
        return Outcome::fail({ QCoreApplication::translate("Audit", "The CA expired on %1").arg(day(*e.ca.notAfter)) });
    if (days < fleet.profile.renewalWindowDays)
        return Outcome::fail({ QCoreApplication::translate("Audit", "The CA expires on %1, in %2 days")
                                   .arg(day(*e.ca.notAfter))
                                   .arg(days) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "CA valid until %1").arg(day(*e.ca.notAfter)) });
}

/**
 * The CA/Browser Forum Baseline Requirements §6.3.2 cap for publicly trusted TLS certificates in force at @p when:
 * 398 days since 1 September 2020, then (ballot SC-081) 200 days from 15 March 2026, 100 days from 15 March 2027
 * and 47 days from 15 March 2029.
 */
int cabForumMaxDays(const QDateTime &when)
{
    const QDate d = when.toUTC().date();
    if (d >= QDate(2029, 3, 15))
        return 47;
    if (d >= QDate(2027, 3, 15))
        return 100;
    if (d >= QDate(2026, 3, 15))
        return 200;
    return 398;
}

Outcome longValidity(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.certificate.notBefore || !e.certificate.notAfter)
        return unknown(e, QStringLiteral("certificate.validity"));
    const qint64 validityDays = e.certificate.notBefore->secsTo(*e.certificate.notAfter) / 86400;
    const int cap = cabForumMaxDays(now());
    const QString norms = QCoreApplication::translate(
                              "Audit",
                              "CA/Browser Forum maximum for public TLS certificates: %1 days now; 398 days since "
                              "2020-09-01, 200 days from 2026-03-15, 100 from 2027-03-15, 47 from 2029-03-15 "
                              "(ballot SC-081)")
                              .arg(cap);
    if (validityDays > cap)
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "Leaf valid for %1 days").arg(validityDays), norms });
    return Outcome::pass({ QCoreApplication::translate("Audit", "Leaf valid for %1 days").arg(validityDays), norms });
}

Outcome secretDiffers(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.secretCertificateMatchesServed)
        return unknown(e, QStringLiteral("secretCertificateMatchesServed"));
    if (*e.secretCertificateMatchesServed)
        return Outcome::pass(
            { QCoreApplication::translate("Audit", "The TLS secret holds the certificate being served") });
    return Outcome::fail({ QCoreApplication::translate(
        "Audit",
        "The TLS secret's certificate differs from the one served: a renewal was not rolled "
        "out, or the server reads another file") });
}

Outcome keyFileMode(const Evidence &e, const FleetEvidence &)
{
    if (auto gate = requireTls(e))
        return *gate;
    if (!e.keyFileMode)
        return unknown(e, QStringLiteral("keyFileMode"));
    const QString mode = QStringLiteral("0%1").arg(*e.keyFileMode, 3, 8, QLatin1Char('0'));
    if (*e.keyFileMode & 077)
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "Private key file mode %1: readable beyond its owner").arg(mode) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "Private key file mode %1").arg(mode) });
}

Rule certRule(const char *id, Severity severity, const char *title, const char *remediation, QStringList used,
              QStringList references, Rule::Evaluate evaluate)
{
    Rule r;
    r.id = QString::fromLatin1(id);
    r.family = Family::Certificates;
    r.severity = severity;
    r.kinds = allKinds();
    r.titleSource = title;
    r.remediationSource = remediation;
    r.evidenceUsed = std::move(used);
    r.references = std::move(references);
    r.evaluate = std::move(evaluate);
    return r;
}

// The reference fleet's conventions: RSA 4096, SHA-256, server certificates for 3 years from a 10-year CA.
const char *const kRenew = QT_TRANSLATE_NOOP(
    "Audit",
    "openssl req -new -newkey rsa:4096 -sha256 -nodes -keyout server-key.pem -out server.csr -subj \"/CN=<service>\" "
    "&& openssl x509 -req -in server.csr -CA ca-cert.pem -CAkey ca-key.pem -CAcreateserial -days 1095 -sha256 "
    "-extfile <(printf 'subjectAltName=DNS:<service>,DNS:<service>.<namespace>.svc.cluster.local') "
    "-out server-cert.pem (or Proofer's certificate renewal)");

} // namespace

QList<Rule> certificateRules()
{
    const QString pci = QStringLiteral("PCI DSS v4.0.1 4.2.1");
    const QString rfc5280 = QStringLiteral("RFC 5280");
    return {
        certRule("CERT-001", Severity::Critical, QT_TRANSLATE_NOOP("Audit", "The certificate has expired"), kRenew,
                 { QStringLiteral("certificate.notAfter") }, { pci, rfc5280 }, expired),
        certRule("CERT-002", Severity::High, QT_TRANSLATE_NOOP("Audit", "The certificate expires within 30 days"),
                 kRenew, { QStringLiteral("certificate.notAfter") }, { pci }, expiresSoon),
        certRule("CERT-003", Severity::Medium,
                 QT_TRANSLATE_NOOP("Audit", "The certificate is inside its renewal window"), kRenew,
                 { QStringLiteral("certificate.notAfter"), QStringLiteral("profile.renewalWindowDays") }, { pci },
                 insideRenewalWindow),
        certRule("CERT-004", Severity::Medium, QT_TRANSLATE_NOOP("Audit", "The certificate has no subjectAltName"),
                 kRenew, { QStringLiteral("certificate.sans") }, { QStringLiteral("RFC 6125 §6.4.4"), rfc5280 }, noSan),
        certRule("CERT-005", Severity::High,
                 QT_TRANSLATE_NOOP("Audit", "The certificate does not name the host clients connect to"), kRenew,
                 { QStringLiteral("certificate.hostnameMatches"), QStringLiteral("host") },
                 { pci, QStringLiteral("RFC 6125") }, hostnameMismatch),
        certRule("CERT-006", Severity::High, QT_TRANSLATE_NOOP("Audit", "RSA key shorter than 2048 bits"), kRenew,
                 { QStringLiteral("certificate.keyType"), QStringLiteral("certificate.keyBits") },
                 { pci, QStringLiteral("NIST SP 800-57 Part 1 Rev. 5 Table 2") }, rsaTooShort),
        certRule("CERT-007", Severity::Low,
                 QT_TRANSLATE_NOOP("Audit", "RSA key shorter than 3072 bits on a certificate valid beyond one year"),
                 kRenew, { QStringLiteral("certificate.keyBits"), QStringLiteral("certificate.validity") },
                 { QStringLiteral("NIST SP 800-57 Part 1 Rev. 5 Table 4") }, rsaShortForLongValidity),
        certRule("CERT-008", Severity::High, QT_TRANSLATE_NOOP("Audit", "The certificate is signed with SHA-1"), kRenew,
                 { QStringLiteral("certificate.signatureAlgorithm") },
                 { pci, QStringLiteral("NIST SP 800-131A Rev. 2") }, weakSignature),
        certRule("CERT-009", Severity::Medium, QT_TRANSLATE_NOOP("Audit", "The leaf certificate is self-signed"),
                 kRenew, { QStringLiteral("certificate.selfSigned") }, { pci }, selfSignedLeaf),
        certRule("CERT-010", Severity::High,
                 QT_TRANSLATE_NOOP("Audit", "The CA certificate expires within the renewal window"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "openssl req -x509 -new -newkey rsa:4096 -sha256 -nodes -days 3650 "
                                   "-keyout ca-key.pem -out ca-cert.pem -subj \"/CN=<namespace> CA\", "
                                   "then reissue every server certificate and distribute ca-cert.pem"),
                 { QStringLiteral("ca.notAfter") }, { pci }, caExpiring),
        certRule("CERT-011", Severity::Info,
                 QT_TRANSLATE_NOOP("Audit", "The leaf certificate is valid far beyond current public norms"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "Issue shorter-lived leaves and automate renewal: openssl x509 -req … "
                                   "-days 398 (or less)"),
                 { QStringLiteral("certificate.validity") },
                 { QStringLiteral("CA/Browser Forum Baseline Requirements §6.3.2"),
                   QStringLiteral("CA/Browser Forum ballot SC-081") },
                 longValidity),
        certRule("CERT-012", Severity::High,
                 QT_TRANSLATE_NOOP("Audit", "The TLS secret's certificate differs from the one served"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "kubectl -n <namespace> rollout restart statefulset/<name> (then "
                                   "confirm: openssl s_client -connect <host>:<port> | openssl x509 "
                                   "-noout -fingerprint -sha256)"),
                 { QStringLiteral("secretCertificateMatchesServed") }, { pci }, secretDiffers),
        certRule("CERT-013", Severity::Medium,
                 QT_TRANSLATE_NOOP("Audit", "The private key file is readable beyond its owner"),
                 QT_TRANSLATE_NOOP("Audit", "chmod 0600 /tls/server-key.pem (secret volume: defaultMode: 0600)"),
                 { QStringLiteral("keyFileMode") },
                 { pci, QStringLiteral("https://www.postgresql.org/docs/current/ssl-tcp.html") },
                 keyFileMode),
    };
}

} // namespace Audit::Rules
