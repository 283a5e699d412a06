// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the rule families. Internal to app/audit/rules/.

#include "audit/rule.h"
#include "core/clock.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Audit::Rules::Support {

inline const QList<Kind> &allKinds()
{
    static const QList<Kind> kinds { Kind::PostgreSQL, Kind::Redis, Kind::RabbitMQ };
    return kinds;
}

inline QDateTime now()
{
    return Core::Clock::currentDateTimeUtc();
}

inline QString day(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

/**
 * "Unknown: tls.enabled (probe timed out)" — the reason carried by a NotAssessed outcome. Without a reason for the
 * fact itself, that of the nearest enclosing fact ("pvc" for "pvc.bound": "a direct target: no Kubernetes facts").
 */
inline Outcome unknown(const QMap<QString, QString> &reasons, const QString &fact)
{
    QString why;
    for (QString name = fact; why.isEmpty() && !name.isEmpty();) {
        why = reasons.value(name);
        const qsizetype dot = name.lastIndexOf(u'.');
        name = dot > 0 ? name.left(dot) : QString();
    }
    if (why.isEmpty())
        return Outcome::notAssessed(QCoreApplication::translate("Audit", "Unknown: %1").arg(fact));
    return Outcome::notAssessed(QCoreApplication::translate("Audit", "Unknown: %1 (%2)").arg(fact, why));
}

inline Outcome unknown(const Evidence &e, const QString &fact)
{
    return unknown(e.unknownReasons, fact);
}

/**
 * Rules about a TLS session only apply when the server speaks TLS: with TLS off they are not applicable
 * (TLS-001 already fails), with TLS unknown they are not assessed. Returns nothing when TLS is on.
 */
inline std::optional<Outcome> requireTls(const Evidence &e)
{
    if (!e.tls.enabled)
        return unknown(e, QStringLiteral("tls.enabled"));
    if (!*e.tls.enabled)
        return Outcome::notApplicable(QCoreApplication::translate("Audit", "TLS is off (see TLS-001)"));
    return std::nullopt;
}

inline QString onOff(bool value)
{
    return value ? QStringLiteral("on") : QStringLiteral("off");
}

} // namespace Audit::Rules::Support

namespace Audit::Rules::Support {

/** Builds a datastore rule; families with per-kind remediations set remediationByKind afterwards. */
inline Rule makeRule(const char *id, Family family, Severity severity, QList<Kind> kinds, const char *title,
                     const char *remediation, QStringList used, QStringList references, Rule::Evaluate evaluate)
{
    Rule r;
    r.id = QString::fromLatin1(id);
    r.family = family;
    r.severity = severity;
    r.kinds = std::move(kinds);
    r.titleSource = title;
    r.remediationSource = remediation;
    r.evidenceUsed = std::move(used);
    r.references = std::move(references);
    r.evaluate = std::move(evaluate);
    return r;
}

} // namespace Audit::Rules::Support
