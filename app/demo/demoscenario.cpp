// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoscenario.h"

namespace Demo {

std::optional<Scenario> scenarioFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"before")
        return Scenario::Before;
    if (lower == u"reference")
        return Scenario::Reference;
    if (lower == u"hardened")
        return Scenario::Hardened;
    return std::nullopt;
}

QString scenarioName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Before:
        return QStringLiteral("before");
    case Scenario::Reference:
        return QStringLiteral("reference");
    case Scenario::Hardened:
        return QStringLiteral("hardened");
    }
    return {};
}

ScenarioSettings settingsFor(Scenario scenario)
{
    ScenarioSettings settings;
    switch (scenario) {
    case Scenario::Before:
        settings.tls = false;
        settings.passwordLength = 12;
        settings.passwordEncryption = QStringLiteral("md5");
        settings.persistentVolumes = false;
        settings.auditLogging = false;
        settings.logStatement = QStringLiteral("none");
        settings.pgcrypto = false;
        settings.passwordRotationRecorded = false;
        settings.clientTlsMode = QStringLiteral("disable");
        settings.redisTlsAuthClients = QStringLiteral("no");
        settings.redisAof = false;
        settings.rabbitmqGuest = true; // plain AMQP only (TLS is off), guest/guest still there
        settings.broadSecretAccess = true; // the services share the default ServiceAccount, which reads every Secret
        break;
    case Scenario::Reference:
        break; // the defaults are the documented platform
    case Scenario::Hardened:
        // DDL only: statements with data or secrets stay out of the server log.
        settings.logStatement = QStringLiteral("ddl");
        settings.clientTlsMode = QStringLiteral("verify-full");
        settings.redisTlsAuthClients = QStringLiteral("optional");
        settings.redisAclUsers = true;
        settings.networkPolicies = true;
        settings.strongCiphers = true;
        break;
    }
    return settings;
}

const QStringList &referenceInstanceNames()
{
    static const QStringList names = {
        QStringLiteral("auth-db"),         QStringLiteral("tenant-db"),
        QStringLiteral("training-db"),     QStringLiteral("forecasting-db"),
        QStringLiteral("sales-db"),        QStringLiteral("external-db"),
        QStringLiteral("notification-db"), QStringLiteral("inventory-db"),
        QStringLiteral("recipes-db"),      QStringLiteral("suppliers-db"),
        QStringLiteral("pos-db"),          QStringLiteral("orders-db"),
        QStringLiteral("production-db"),   QStringLiteral("alert-processor-db"),
    };
    return names;
}

} // namespace Demo
