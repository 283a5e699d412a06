// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/apirbac.h"

#include "demo/objectstore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

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
    const QString kind = subject.value("kind"_L1).toString();
    const QString name = subject.value("name"_L1).toString();
    if (kind == "User"_L1)
        return name == request.user;
    if (kind == "Group"_L1)
        return request.groups.contains(name);
    if (kind == "ServiceAccount"_L1) {
        // A ServiceAccount subject without a namespace is the binding's own namespace's (kubectl fills it in).
        QString ns = subject.value("namespace"_L1).toString();
        if (ns.isEmpty())
            ns = bindingNamespace;
        return request.user == u"system:serviceaccount:"_s + ns + u':' + name;
    }
    return false;
}

bool ruleAllows(const QJsonObject &rule, const AccessRequest &request)
{
    const QStringList groups = strings(rule.value("apiGroups"_L1));
    if (!groups.contains(request.apiGroup) && !groups.contains("*"_L1))
        return false;
    const QStringList resources = strings(rule.value("resources"_L1));
    bool resourceMatches = false;
    if (request.subresource.isEmpty()) {
        resourceMatches = resources.contains(request.resource) || resources.contains("*"_L1);
    } else {
        const QString combined = request.resource + u'/' + request.subresource;
        resourceMatches = resources.contains(combined) || resources.contains("*/"_L1 + request.subresource)
            || resources.contains("*"_L1);
    }
    if (!resourceMatches)
        return false;
    const QStringList verbs = strings(rule.value("verbs"_L1));
    if (!verbs.contains(request.verb) && !verbs.contains("*"_L1))
        return false;
    const QStringList names = strings(rule.value("resourceNames"_L1));
    if (!names.isEmpty())
        return !request.name.isEmpty() && names.contains(request.name);
    return true;
}

/** The rules of the role a binding refers to: a Role of @p bindingNamespace or a ClusterRole; none when absent. */
QJsonArray rulesOf(const ObjectStore &store, const QJsonObject &binding, const QString &bindingNamespace)
{
    const QJsonObject ref = binding.value("roleRef"_L1).toObject();
    const QString kind = ref.value("kind"_L1).toString();
    const QString name = ref.value("name"_L1).toString();
    QJsonObject role;
    if (kind == "Role"_L1 && !bindingNamespace.isEmpty())
        role = store.get(u"roles"_s, bindingNamespace, name);
    else if (kind == "ClusterRole"_L1)
        role = store.get(u"clusterroles"_s, {}, name);
    return role.value("rules"_L1).toArray();
}

bool bindingAllows(const ObjectStore &store, const QJsonObject &binding, const QString &bindingNamespace,
                   const AccessRequest &request)
{
    bool subject = false;
    for (const QJsonValue &s : binding.value("subjects"_L1).toArray())
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

bool parseServiceAccountUser(const QString &user, QString *namespaceName, QString *name)
{
    const QStringList parts = user.split(u':');
    if (parts.size() != 4 || parts.at(0) != "system"_L1 || parts.at(1) != "serviceaccount"_L1 || parts.at(2).isEmpty()
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
    return { u"system:serviceaccounts"_s, u"system:serviceaccounts:"_s + namespaceName, u"system:authenticated"_s };
}

bool rbacAllows(const ObjectStore &store, const AccessRequest &request)
{
    if (!request.namespaceName.isEmpty()) {
        for (const QJsonObject &binding : store.list(u"rolebindings"_s, request.namespaceName)) {
            if (bindingAllows(store, binding, request.namespaceName, request))
                return true;
        }
    }
    for (const QJsonObject &binding : store.list(u"clusterrolebindings"_s)) {
        if (bindingAllows(store, binding, {}, request))
            return true;
    }
    return false;
}

} // namespace Demo
