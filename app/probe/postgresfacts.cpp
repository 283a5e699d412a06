// SPDX-License-Identifier: GPL-3.0-or-later
// What a PostgreSQL probe found, as JSON (the snapshot's "postgresql" facts), and where it connects.
#include "probe/postgresprobe.h"

#include <QJsonArray>

namespace Probe {

namespace {

QJsonObject certificateJson(const CertificateInfo &cert)
{
    return QJsonObject {
        { QStringLiteral("subject"), cert.subject },
        { QStringLiteral("issuer"), cert.issuer },
        { QStringLiteral("sans"), QJsonArray::fromStringList(cert.sans) },
        { QStringLiteral("serial"), cert.serialHex },
        { QStringLiteral("notBefore"), cert.notBefore.toString(Qt::ISODate) },
        { QStringLiteral("notAfter"), cert.notAfter.toString(Qt::ISODate) },
        { QStringLiteral("daysLeft"), cert.daysLeft },
        { QStringLiteral("keyType"), cert.keyType },
        { QStringLiteral("keyBits"), cert.keyBits },
        { QStringLiteral("keyCurve"), cert.keyCurve },
        { QStringLiteral("signatureAlgorithm"), cert.signatureAlgorithm },
        { QStringLiteral("selfSigned"), cert.selfSigned },
        { QStringLiteral("isCa"), cert.isCa },
        { QStringLiteral("sha256Fingerprint"), cert.sha256Fingerprint },
    };
}

QJsonObject mapJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}


template<typename T> QJsonValue optionalJson(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString PostgresTarget::endpoint() const
{
    const QString name = host.contains(u':') ? u'[' + host + u']' : host;
    QString text = name + u':' + QString::number(port);
    if (!hostaddr.isEmpty() && hostaddr != host)
        text += QStringLiteral(" (") + hostaddr + u')';
    return text;
}

QJsonObject HbaRule::toJson() const
{
    QJsonObject object {
        { QStringLiteral("line"), line },         { QStringLiteral("type"), type },
        { QStringLiteral("database"), database }, { QStringLiteral("user"), user },
        { QStringLiteral("address"), address },   { QStringLiteral("netmask"), netmask },
        { QStringLiteral("method"), method },
    };
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    return object;
}

QJsonObject RoleFacts::toJson() const
{
    QJsonObject object {
        { QStringLiteral("name"), name },
        { QStringLiteral("superuser"), superuser },
        { QStringLiteral("createRole"), createRole },
        { QStringLiteral("createDb"), createDb },
        { QStringLiteral("bypassRls"), bypassRls },
        { QStringLiteral("replication"), replication },
        { QStringLiteral("ownedDatabases"), QJsonArray::fromStringList(ownedDatabases) },
    };
    if (validUntil)
        object.insert(QStringLiteral("validUntil"),
                      QDateTime::fromSecsSinceEpoch(*validUntil, Qt::UTC).toString(Qt::ISODate));
    if (current)
        object.insert(QStringLiteral("current"), true);
    return object;
}

QJsonObject PostgresFacts::toJson() const
{
    QJsonArray rolesJson;
    for (const RoleFacts &role : loginRoles)
        rolesJson.append(role.toJson());
    QJsonArray chainJson;
    for (const CertificateInfo &cert : chain)
        chainJson.append(certificateJson(cert));
    QJsonArray hba;
    for (const HbaRule &rule : hbaRules)
        hba.append(rule.toJson());
    return QJsonObject {
        { QStringLiteral("endpoint"), endpoint },
        { QStringLiteral("connected"), connected },
        { QStringLiteral("error"), error },
        { QStringLiteral("serverVersion"), serverVersion },
        { QStringLiteral("serverVersionNumber"), serverVersionNumber },
        { QStringLiteral("postmasterStartedAt"), postmasterStartedAt.isValid() ? QJsonValue(postmasterStartedAt.toString(Qt::ISODateWithMs)) : QJsonValue() },
        { QStringLiteral("configLoadedAt"), configLoadedAt.isValid() ? QJsonValue(configLoadedAt.toString(Qt::ISODateWithMs)) : QJsonValue() },
        { QStringLiteral("tlsProtocol"), tlsProtocol },
        { QStringLiteral("tlsCipher"), tlsCipher },
        { QStringLiteral("tlsKeyBits"), tlsKeyBits },
        { QStringLiteral("chain"), chainJson },
        { QStringLiteral("settings"), mapJson(settings) },
        { QStringLiteral("extensionsInstalled"), QJsonArray::fromStringList(extensionsInstalled) },
        { QStringLiteral("extensionsAvailable"), QJsonArray::fromStringList(extensionsAvailable) },
        { QStringLiteral("tlsSessionShare"), optionalJson(tlsSessionShare) },
        { QStringLiteral("sessionsCounted"), sessionsCounted },
        { QStringLiteral("hbaRules"), hba },
        { QStringLiteral("nonScramRoles"), QJsonArray::fromStringList(nonScramRoles) },
        { QStringLiteral("superuser"), optionalJson(superuser) },
        { QStringLiteral("loginRoles"), rolesJson },
        { QStringLiteral("database"), database },
        { QStringLiteral("plaintextAccepted"), optionalJson(plaintextAccepted) },
        { QStringLiteral("plaintextDetail"), plaintextDetail },
        { QStringLiteral("scramAuthentication"), optionalJson(scramAuthentication) },
        { QStringLiteral("scramDetail"), scramDetail },
        { QStringLiteral("unknown"), mapJson(unknown) },
        { QStringLiteral("errors"), QJsonArray::fromStringList(errors) },
    };
}

} // namespace Probe
