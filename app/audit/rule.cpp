// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/rule.h"

#include <QCoreApplication>

#include <algorithm>

namespace Audit {

QString basisName(Basis basis)
{
    switch (basis) {
    case Basis::Observed:
        return QStringLiteral("observed");
    case Basis::Read:
        return QStringLiteral("read");
    case Basis::Inferred:
        return QStringLiteral("inferred");
    case Basis::Attested:
        return QStringLiteral("attested");
    }
    return {};
}

namespace {

bool hasPrefix(const QString &fact, QLatin1StringView prefix)
{
    return fact == prefix || (fact.size() > prefix.size() && fact.startsWith(prefix) && fact.at(prefix.size()) == u'.');
}

} // namespace

Basis factBasis(const QString &fact)
{
    // Seen from outside, live: handshakes, the served chain, the probe's own logins and commands.
    for (const char *prefix : { "tls", "certificate", "ca", "redis.authRequired", "redis.plainPortOpen",
                                "pg.scramLogin", "rabbitmq" }) {
        if (hasPrefix(fact, QLatin1StringView(prefix)))
            return Basis::Observed;
    }
    // A comparison of what is read (the TLS Secret) with what is observed (the served certificate).
    if (fact == u"secretCertificateMatchesServed")
        return Basis::Inferred;
    // Keyed digests of the datastores' passwords compared with each other.
    if (fact == u"secret.sharedWith")
        return Basis::Inferred;
    if (hasPrefix(fact, QLatin1StringView("profile")))
        return Basis::Attested;
    // Server settings (pg_settings, pg_hba_file_rules, CONFIG GET, ACL LIST) and Kubernetes objects.
    return Basis::Read;
}

bool isLiveFact(const QString &fact)
{
    for (const char *prefix : { "tls", "certificate", "ca", "secretCertificateMatchesServed", "pg", "redis", "rabbitmq",
                                "secret.validUntil" }) {
        if (hasPrefix(fact, QLatin1StringView(prefix)))
            return true;
    }
    return false;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (Severity s : { Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info }) {
        if (severityName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString familyName(Family family)
{
    switch (family) {
    case Family::Tls:
        return QStringLiteral("tls");
    case Family::Certificates:
        return QStringLiteral("certificates");
    case Family::Authentication:
        return QStringLiteral("authentication");
    case Family::Secrets:
        return QStringLiteral("secrets");
    case Family::Persistence:
        return QStringLiteral("persistence");
    case Family::AuditLogging:
        return QStringLiteral("audit-logging");
    case Family::Operations:
        return QStringLiteral("operations");
    case Family::Kubernetes:
        return QStringLiteral("kubernetes");
    }
    return {};
}

QString statusName(Outcome::Status status)
{
    switch (status) {
    case Outcome::Status::Pass:
        return QStringLiteral("pass");
    case Outcome::Status::Fail:
        return QStringLiteral("fail");
    case Outcome::Status::NotAssessed:
        return QStringLiteral("not-assessed");
    case Outcome::Status::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return {};
}

Basis Rule::basis() const
{
    for (const QString &fact : evidenceUsed) {
        if (!fact.startsWith(u"profile."))
            return factBasis(fact);
    }
    // A rule that reads only what the organisation states (log retention) rests on that statement.
    return evidenceUsed.isEmpty() ? Basis::Read : Basis::Attested;
}

bool Rule::readsLiveFacts() const
{
    return std::any_of(evidenceUsed.cbegin(), evidenceUsed.cend(), [](const QString &fact) { return isLiveFact(fact); });
}

QString Rule::title() const
{
    return QCoreApplication::translate("Audit", titleSource);
}

QString Rule::remediation(std::optional<Kind> kind) const
{
    if (kind) {
        for (const auto &[k, text] : remediationByKind) {
            if (k == *kind)
                return QCoreApplication::translate("Audit", text);
        }
    }
    return QCoreApplication::translate("Audit", remediationSource);
}

} // namespace Audit
