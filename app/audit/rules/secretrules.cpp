// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets: the shape and age of the datastore's password. Proofer never sees or stores the value here.
#include "audit/rules/rules.h"
#include "audit/rules/rulesupport.h"

namespace Audit::Rules {

using namespace Support;

namespace {

Outcome tooShort(const Evidence &e, const FleetEvidence &fleet)
{
    if (!e.secret.passwordLength)
        return unknown(e, QStringLiteral("secret.passwordLength"));
    const int length = *e.secret.passwordLength;
    const int minimum = fleet.profile.minPasswordLength;
    if (length < minimum)
        return Outcome::fail({ QCoreApplication::translate("Audit", "Password of %1 characters (profile: %2)")
                                   .arg(length)
                                   .arg(minimum) });
    return Outcome::pass({ QCoreApplication::translate("Audit", "Password of %1 characters").arg(length) });
}

Outcome fewClasses(const Evidence &e, const FleetEvidence &fleet)
{
    if (!e.secret.characterClasses)
        return unknown(e, QStringLiteral("secret.characterClasses"));
    const int classes = *e.secret.characterClasses;
    const int minimum = fleet.profile.minCharacterClasses;
    if (classes < minimum)
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "Password uses %1 of 4 character classes (profile: %2)")
                  .arg(classes)
                  .arg(minimum) });
    return Outcome::pass(
        { QCoreApplication::translate("Audit", "Password uses %1 of 4 character classes").arg(classes) });
}

Outcome notRotated(const Evidence &e, const FleetEvidence &fleet)
{
    const QDateTime current = now();
    const int days = fleet.profile.rotationDays;
    QStringList failures;
    QStringList passes;
    if (e.secret.rotatedAt) {
        const qint64 age = e.secret.rotatedAt->secsTo(current) / 86400;
        const QString source = e.secret.rotatedSource;
        if (source.startsWith(QLatin1String("managedFields "))) {
            // The API server's record of the last write of the password key: the password is at least that old.
            (age > days ? failures : passes)
                << QCoreApplication::translate("Audit", "The password key was last written on %1 by %2, %3 days ago (policy: %4 days; "
                                                        "from the Secret's managedFields)")
                       .arg(day(*e.secret.rotatedAt), source.mid(14))
                       .arg(age)
                       .arg(days);
        } else {
            (age > days ? failures : passes) << QCoreApplication::translate("Audit",
                                                                            "Rotated on %1, %2 days ago (policy: %3 days)")
                                                    .arg(day(*e.secret.rotatedAt))
                                                    .arg(age)
                                                    .arg(days);
        }
    }
    if (e.secret.validUntil) {
        (current > *e.secret.validUntil ? failures : passes)
            << QCoreApplication::translate("Audit", "rolvaliduntil %1").arg(day(*e.secret.validUntil));
    }
    if (!failures.isEmpty())
        return Outcome::fail(failures + passes);
    if (!e.secret.rotatedAt)
        return unknown(e, QStringLiteral("secret.rotatedAt"));
    return Outcome::pass(passes);
}

Outcome shared(const Evidence &e, const FleetEvidence &)
{
    if (!e.secret.sharedWith)
        return unknown(e, QStringLiteral("secret.sharedWith"));
    if (!e.secret.sharedWith->isEmpty())
        return Outcome::fail({ QCoreApplication::translate("Audit", "The same password as %1: one leaked credential opens both")
                                   .arg(e.secret.sharedWith->join(QStringLiteral(", "))) });
    return Outcome::pass({ QCoreApplication::translate(
        "Audit", "No other datastore of the namespace whose password was read has the same one (compared as keyed "
                 "digests in memory)") });
}

const char *const kNewPassword = QT_TRANSLATE_NOOP(
    "Audit",
    "openssl rand -base64 48 | tr -d '/+=\\n' | cut -c1-32, stored in the datastore's Secret and set with "
    "\\password <role> (or Proofer's password rotation, which sends only the SCRAM verifier)");

} // namespace

QList<Rule> secretRules()
{
    const QString pci = QStringLiteral("PCI DSS v4.0.1 8.3.6");
    return {
        makeRule("SECRET-001", Family::Secrets, Severity::High, allKinds(),
                 QT_TRANSLATE_NOOP("Audit", "The password is shorter than the profile requires"), kNewPassword,
                 { QStringLiteral("secret.passwordLength"), QStringLiteral("profile.minPasswordLength") },
                 { pci, QStringLiteral("NIST SP 800-63B §5.1.1") }, tooShort),
        makeRule("SECRET-002", Family::Secrets, Severity::Medium, allKinds(),
                 QT_TRANSLATE_NOOP("Audit", "The password uses few character classes"), kNewPassword,
                 { QStringLiteral("secret.characterClasses"), QStringLiteral("profile.minCharacterClasses") }, { pci },
                 fewClasses),
        makeRule("SECRET-003", Family::Secrets, Severity::Medium, allKinds(),
                 QT_TRANSLATE_NOOP("Audit", "The password is older than the rotation policy"), kNewPassword,
                 { QStringLiteral("secret.rotatedAt"), QStringLiteral("secret.validUntil"),
                   QStringLiteral("profile.rotationDays") },
                 { QStringLiteral("PCI DSS v4.0.1 8.6.3") }, notRotated),
        makeRule("SECRET-004", Family::Secrets, Severity::High, allKinds(),
                 QT_TRANSLATE_NOOP("Audit", "The password is shared with another datastore"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "Give each service its own password (and role): generate one per datastore, "
                                   "store it in that datastore's Secret key and rotate the ones that were shared"),
                 { QStringLiteral("secret.sharedWith") },
                 { QStringLiteral("PCI DSS v4.0.1 8.2.2"), QStringLiteral("SOC 2 CC6.1") }, shared),
    };
}

} // namespace Audit::Rules
