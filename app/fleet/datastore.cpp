// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/datastore.h"

#include <QJsonArray>

namespace Fleet {

QStringList Datastore::serviceDnsNames() const
{
    const QString service = serviceName.isEmpty() ? name : serviceName;
    return {service, service + u'.' + namespaceName, service + u'.' + namespaceName + QStringLiteral(".svc"),
            service + u'.' + namespaceName + QStringLiteral(".svc.cluster.local")};
}

PasswordShape passwordShape(const QByteArray &password)
{
    PasswordShape shape;
    const QString text = QString::fromUtf8(password);
    shape.length = int(text.size());
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : text) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    shape.characterClasses = int(lower) + int(upper) + int(digit) + int(other);
    return shape;
}

QJsonObject Datastore::toJson() const
{
    QJsonArray podArray;
    for (const PodFacts &pod : pods) {
        QJsonObject object{{QStringLiteral("name"), pod.name},
                           {QStringLiteral("phase"), pod.phase},
                           {QStringLiteral("ready"), pod.ready},
                           {QStringLiteral("restarts"), pod.restarts}};
        if (!pod.imageId.isEmpty())
            object.insert(QStringLiteral("imageID"), pod.imageId);
        podArray.append(object);
    }
    QJsonArray pvcArray;
    for (const PvcFacts &pvc : pvcs) {
        pvcArray.append(QJsonObject{{QStringLiteral("name"), pvc.name},
                                    {QStringLiteral("phase"), pvc.phase},
                                    {QStringLiteral("capacity"), pvc.capacity},
                                    {QStringLiteral("storageClass"), pvc.storageClass},
                                    {QStringLiteral("accessModes"), QJsonArray::fromStringList(pvc.accessModes)}});
    }
    QJsonArray clients;
    for (const ClientSetting &client : clientsWithoutVerification) {
        clients.append(QJsonObject{{QStringLiteral("workload"), client.workload},
                                   {QStringLiteral("source"), client.source},
                                   {QStringLiteral("setting"), client.setting}});
    }
    QJsonArray connections;
    for (const ClientSetting &client : clientConnections) {
        QJsonObject connection{{QStringLiteral("workload"), client.workload},
                               {QStringLiteral("source"), client.source},
                               {QStringLiteral("setting"), client.setting},
                               {QStringLiteral("verifies"), client.verifies}};
        if (!client.role.isEmpty())
            connection.insert(QStringLiteral("role"), client.role);
        connections.append(connection);
    }
    QJsonObject json{
        {QStringLiteral("namespace"), namespaceName},
        {QStringLiteral("workload"), QString(workloadKind + u'/' + workloadName)},
        {QStringLiteral("image"), image},
        {QStringLiteral("pods"), podArray},
        {QStringLiteral("service"), serviceName},
        {QStringLiteral("pvcs"), pvcArray},
        {QStringLiteral("ephemeralData"), ephemeralData},
        {QStringLiteral("tlsSecret"), tlsSecretName},
        {QStringLiteral("keyFileMode"),
         keyFileMode ? QJsonValue(QStringLiteral("0%1").arg(*keyFileMode, 0, 8)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("keyModeFixedByInitContainer"), keyModeFixedByInitContainer},
        {QStringLiteral("tlsMaterial"), tlsMaterial.toJson()},
        {QStringLiteral("credentialsSecret"), credentialsSecretName},
        {QStringLiteral("clientsWithoutVerification"), clients},
        {QStringLiteral("clientConnections"), connections},
        {QStringLiteral("consumers"), QJsonArray::fromStringList(consumers)},
    };
    if (password) {
        json.insert(QStringLiteral("password"),
                    QJsonObject{{QStringLiteral("length"), password->length},
                                {QStringLiteral("characterClasses"), password->characterClasses}});
    }
    if (!passwordError.isEmpty())
        json.insert(QStringLiteral("passwordError"), passwordError);
    if (exposure)
        json.insert(QStringLiteral("exposure"), QJsonArray::fromStringList(*exposure));
    if (ingressPolicies)
        json.insert(QStringLiteral("ingressPolicies"), QJsonArray::fromStringList(*ingressPolicies));
    if (!openIngressPolicies.isEmpty())
        json.insert(QStringLiteral("openIngressPolicies"), QJsonArray::fromStringList(openIngressPolicies));
    if (passwordSharedWith)
        json.insert(QStringLiteral("passwordSharedWith"), QJsonArray::fromStringList(*passwordSharedWith));
    if (passwordRotatedAt.isValid())
        json.insert(QStringLiteral("passwordRotatedAt"), passwordRotatedAt.toString(Qt::ISODate));
    if (!passwordRotatedSource.isEmpty())
        json.insert(QStringLiteral("passwordRotatedSource"), passwordRotatedSource);
    return json;
}

} // namespace Fleet
