// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/rule.h"

#include <QCoreApplication>

namespace Audit {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case Kind::Redis:
        return QStringLiteral("Redis");
    case Kind::RabbitMQ:
        return QStringLiteral("RabbitMQ");
    }
    return {};
}

std::optional<Kind> kindFromName(const QString &name)
{
    for (Kind kind : { Kind::PostgreSQL, Kind::Redis, Kind::RabbitMQ }) {
        if (kindName(kind).compare(name, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
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
