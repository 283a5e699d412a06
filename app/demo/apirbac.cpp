// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/apirbac.h"

#include "demo/objectstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Demo {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

bool subjectMatches(const QJsonObject &subject, const QString &bindingNamespace, const AccessRequest &request)
{
    const QString kind = subject.value(QLatin1String("kind")).toString();
    const QString name = subject.value(QLatin1String("name")).toString();
    if (kind == QLatin1String("User"))
        return name == request.user;
    if (kind == QLatin1String("Group"))
        return request.groups.contains(name);
    if (kind == QLatin1String("ServiceAccount")) {
        // A ServiceAccount subject without a namespace is the binding's own namespace's (kubectl fills it in).
        QString ns = subject.value(QLatin1String("namespace")).toString();
        if (ns.isEmpty())
            ns = bindingNamespace;
        return request.user == QStringLiteral("system:serviceaccount:") + ns + u':' + name;
    }
    return false;
}

bool ruleAllows(const QJsonObject &rule, const AccessRequest &request)
{
    const QStringList groups = strings(rule.value(QLatin1String("apiGroups")));
    if (!groups.contains(request.apiGroup) && !groups.contains(QLatin1String("*")))
        return false;
    const QStringList resources = strings(rule.value(QLatin1String("resources")));
    bool resourceMatches = false;
    if (request.subresource.isEmpty()) {
        resourceMatches = resources.contains(request.resource) || resources.contains(QLatin1String("*"));
    } else {
        const QString combined = request.resource + u'/' + request.subresource;
        resourceMatches = resources.contains(combined) || resources.contains(QLatin1String("*/") + request.subresource)
            || resources.contains(QLatin1String("*"));
    }
    if (!resourceMatches)
        return false;
    const QStringList verbs = strings(rule.value(QLatin1String("verbs")));
    if (!verbs.contains(request.verb) && !verbs.contains(QLatin1String("*")))
        return false;
    const QStringList names = strings(rule.value(QLatin1String("resourceNames")));
    if (!names.isEmpty())
        return !request.name.isEmpty() && names.contains(request.name);
    return true;
}

/** The rules of the role a binding refers to: a Role of @p bindingNamespace or a ClusterRole; none when absent. */
QJsonArray rulesOf(const ObjectStore &store, const QJsonObject &binding, const QString &bindingNamespace)
{
    const QJsonObject ref = binding.value(QLatin1String("roleRef")).toObject();
    const QString kind = ref.value(QLatin1String("kind")).toString();
    const QString name = ref.value(QLatin1String("name")).toString();
    QJsonObject role;
    if (kind == QLatin1String("Role") && !bindingNamespace.isEmpty())
        role = store.get(QStringLiteral("roles"), bindingNamespace, name);
    else if (kind == QLatin1String("ClusterRole"))
        role = store.get(QStringLiteral("clusterroles"), {}, name);
    return role.value(QLatin1String("rules")).toArray();
}

bool bindingAllows(const ObjectStore &store, const QJsonObject &binding, const QString &bindingNamespace,
                   const AccessRequest &request)
{
    bool subject = false;
    for (const QJsonValue &s : binding.value(QLatin1String("subjects")).toArray())
        subject = subject || subjectMatches(s.toObject(), bindingNamespace, request);
    if (!subject)
        return false;
    for (const QJsonValue &rule : rulesOf(store, binding, bindingNamespace)) {
        if (ruleAllows(rule.toObject(), request))
            return true;
    }
    return false;
}

} // namespace

namespace {

/** The fields of one protobuf message: number → the last value of a length-delimited field (others skipped). */
std::optional<QHash<int, QByteArray>> protobufFields(const QByteArray &message)
{
    QHash<int, QByteArray> fields;
    qsizetype at = 0;
    auto varint = [&](quint64 *value) {
        *value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at >= message.size())
                return false;
            const auto byte = quint8(message.at(at++));
            *value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    };
    while (at < message.size()) {
        quint64 key = 0;
        if (!varint(&key))
            return std::nullopt;
        const int number = int(key >> 3);
        switch (key & 7) {
        case 0: {
            quint64 ignored = 0;
            if (!varint(&ignored))
                return std::nullopt;
            break;
        }
        case 1:
            at += 8;
            break;
        case 5:
            at += 4;
            break;
        case 2: {
            quint64 length = 0;
            if (!varint(&length) || length > quint64(message.size() - at))
                return std::nullopt;
            fields.insert(number, message.mid(at, qsizetype(length)));
            at += qsizetype(length);
            break;
        }
        default:
            return std::nullopt;
        }
        if (at > message.size())
            return std::nullopt;
    }
    return fields;
}

} // namespace

std::optional<QJsonObject> accessReviewFromProtobuf(const QByteArray &body)
{
    static const QByteArray magic("k8s\0", 4);
    if (!body.startsWith(magic))
        return std::nullopt;
    const auto unknown = protobufFields(body.mid(magic.size())); // runtime.Unknown: 1 typeMeta, 2 raw
    if (!unknown)
        return std::nullopt;
    const auto typeMeta = protobufFields(unknown->value(1)); // 1 apiVersion, 2 kind
    if (!typeMeta || typeMeta->value(2) != "SelfSubjectAccessReview")
        return std::nullopt;
    const auto review = protobufFields(unknown->value(2)); // 1 metadata, 2 spec, 3 status
    const auto spec = review ? protobufFields(review->value(2)) : std::nullopt; // 1 resourceAttributes, 2 nonResource…
    if (!spec)
        return std::nullopt;
    QJsonObject jsonSpec;
    if (spec->contains(1)) {
        const auto attributes = protobufFields(spec->value(1));
        if (!attributes)
            return std::nullopt;
        static const char *names[]
            = { nullptr, "namespace", "verb", "group", "version", "resource", "subresource", "name" };
        QJsonObject json;
        for (int number = 1; number <= 7; ++number) {
            if (attributes->contains(number))
                json.insert(QLatin1String(names[number]), QString::fromUtf8(attributes->value(number)));
        }
        jsonSpec.insert(QLatin1String("resourceAttributes"), json);
    } else {
        const auto attributes = protobufFields(spec->value(2)); // 1 path, 2 verb
        if (!attributes)
            return std::nullopt;
        jsonSpec.insert(QLatin1String("nonResourceAttributes"),
                        QJsonObject { { QLatin1String("path"), QString::fromUtf8(attributes->value(1)) },
                                      { QLatin1String("verb"), QString::fromUtf8(attributes->value(2)) } });
    }
    return QJsonObject { { QLatin1String("kind"), QLatin1String("SelfSubjectAccessReview") },
                         { QLatin1String("apiVersion"), QLatin1String("authorization.k8s.io/v1") },
                         { QLatin1String("spec"), jsonSpec } };
}

bool parseServiceAccountUser(const QString &user, QString *namespaceName, QString *name)
{
    const QStringList parts = user.split(u':');
    if (parts.size() != 4 || parts.at(0) != QLatin1String("system") || parts.at(1) != QLatin1String("serviceaccount") || parts.at(2).isEmpty()
        || parts.at(3).isEmpty())
        return false;
    if (namespaceName)
        *namespaceName = parts.at(2);
    if (name)
        *name = parts.at(3);
    return true;
}

QStringList serviceAccountGroups(const QString &namespaceName)
{
    return { QStringLiteral("system:serviceaccounts"), QStringLiteral("system:serviceaccounts:") + namespaceName, QStringLiteral("system:authenticated") };
}

bool rbacAllows(const ObjectStore &store, const AccessRequest &request)
{
    if (!request.namespaceName.isEmpty()) {
        for (const QJsonObject &binding : store.list(QStringLiteral("rolebindings"), request.namespaceName)) {
            if (bindingAllows(store, binding, request.namespaceName, request))
                return true;
        }
    }
    for (const QJsonObject &binding : store.list(QStringLiteral("clusterrolebindings"))) {
        if (bindingAllows(store, binding, {}, request))
            return true;
    }
    return false;
}

} // namespace Demo
