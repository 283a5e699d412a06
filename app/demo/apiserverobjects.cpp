// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The API server's verbs on stored objects: get, list (selectors, limit and continue tokens), create, update
 * and merge patches (with the resourceVersion precondition), delete, and the server-side consequences of a
 * write (defaults, generation, an instantly finished rollout). Routing and authorization are apiserver.cpp's;
 * watches, logs and port-forwards are apistreams.cpp's.
 */
#include "demo/apiserver.h"

#include "core/logging.h"
#include "demo/apiresources.h"
#include "demo/apitables.h"
#include "demo/httpconnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace Demo {

namespace {

QJsonObject conflictStatus(const ApiResource &resource, const QString &name)
{
    return statusObject(409, u"Conflict"_s,
                        u"Operation cannot be fulfilled on "_s + resource.qualifiedName() + u' ' + quotedName(name)
                            + u": the object has been modified; please apply your changes to the latest version and "
                              u"try again"_s,
                        statusDetails(resource, name));
}

/** The continue token: the list position after which the next page starts, and the token generation. */
struct ContinueToken
{
    int epoch = 0;
    QString namespaceName;
    QString name;

    QString encode() const
    {
        const QJsonObject json { { "e"_L1, epoch }, { "n"_L1, namespaceName }, { "k"_L1, name } };
        return QString::fromLatin1(compactJson(json).toBase64(QByteArray::Base64UrlEncoding));
    }
    static bool decode(const QString &text, ContinueToken *token)
    {
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        const QJsonObject json = QJsonDocument::fromJson(*decoded).object();
        if (!json.contains("e"_L1) || !json.contains("k"_L1))
            return false;
        token->epoch = json.value("e"_L1).toInt();
        token->namespaceName = json.value("n"_L1).toString();
        token->name = json.value("k"_L1).toString();
        return true;
    }
};

/** Request bodies must be JSON: protobuf (what typed clients of kubectl send for some commands) is not decoded. */
bool isJsonBody(const HttpRequest &request)
{
    const QByteArray type = request.header("content-type").toLower();
    return type.isEmpty() || type.startsWith("application/json") || type.contains("+json");
}

QJsonObject unsupportedMediaType()
{
    return statusObject(415, u"UnsupportedMediaType"_s,
                        u"the body of the request was in an unknown format - accepted media types include: "_s
                        u"application/json, application/merge-patch+json, application/strategic-merge-patch+json"_s);
}


/** The field manager of a write, as the API server names it: ?fieldManager=, else the user agent's program name. */
QString fieldManagerOf(const HttpRequest &request)
{
    const QString named = request.queryValue(u"fieldManager"_s);
    if (!named.isEmpty())
        return named;
    const QString agent = QString::fromUtf8(request.header("user-agent")).section(u'/', 0, 0).trimmed();
    return agent.isEmpty() ? u"unknown"_s : agent;
}

/**
 * managedFields for the data of Secrets and ConfigMaps, as the API server keeps them: the keys a write adds or
 * changes become @p manager's (operation Update, time now), and leave any other manager's entry; an entry that
 * owns nothing more goes. Other fields are not tracked. Removed keys leave every entry.
 */
QJsonObject withDataManagedFields(const ApiResource &resource, const QJsonObject &previous, QJsonObject object,
                                  const QString &manager)
{
    if (!resource.group.isEmpty() || (resource.name != "secrets"_L1 && resource.name != "configmaps"_L1))
        return object;
    QStringList written;
    QStringList removed;
    for (const char *map : {"data", "binaryData"}) {
        const QJsonObject before = previous.value(QLatin1String(map)).toObject();
        const QJsonObject after = object.value(QLatin1String(map)).toObject();
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (!before.contains(it.key()) || before.value(it.key()) != it.value())
                written << u"f:"_s + it.key();
        }
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (!after.contains(it.key()))
                removed << u"f:"_s + it.key();
        }
    }
    QJsonObject metadata = object.value("metadata"_L1).toObject();
    if (written.isEmpty() && removed.isEmpty()) {
        metadata.insert("managedFields"_L1, previous.value("metadata"_L1).toObject().value("managedFields"_L1));
        if (metadata.value("managedFields"_L1).isUndefined())
            metadata.remove("managedFields"_L1);
        object.insert("metadata"_L1, metadata);
        return object;
    }
    QJsonArray entries;
    QJsonObject mine;
    for (const QJsonValue &value : previous.value("metadata"_L1).toObject().value("managedFields"_L1).toArray()) {
        QJsonObject entry = value.toObject();
        QJsonObject fields = entry.value("fieldsV1"_L1).toObject();
        QJsonObject data = fields.value("f:data"_L1).toObject();
        for (const QString &key : std::as_const(written) + removed)
            data.remove(key);
        data.remove("."_L1);
        if (!data.isEmpty())
            data.insert("."_L1, QJsonObject());
        if (data.isEmpty())
            fields.remove("f:data"_L1);
        else
            fields.insert("f:data"_L1, data);
        entry.insert("fieldsV1"_L1, fields);
        if (entry.value("manager"_L1).toString() == manager && entry.value("operation"_L1).toString() == "Update"_L1) {
            mine = entry;
            continue;
        }
        if (!fields.isEmpty())
            entries.append(entry);
    }
    QJsonObject fields = mine.value("fieldsV1"_L1).toObject();
    QJsonObject data = fields.value("f:data"_L1).toObject();
    for (const QString &key : std::as_const(written))
        data.insert(key, QJsonObject());
    data.insert("."_L1, QJsonObject());
    fields.insert("f:data"_L1, data);
    mine = QJsonObject{{"manager"_L1, manager},
                       {"operation"_L1, "Update"_L1},
                       {"apiVersion"_L1, "v1"_L1},
                       {"time"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {"fieldsType"_L1, "FieldsV1"_L1},
                       {"fieldsV1"_L1, fields}};
    entries.append(mine);
    metadata.insert("managedFields"_L1, entries);
    object.insert("metadata"_L1, metadata);
    return object;
}
} // namespace

void ApiServer::serveResource(HttpConnection *connection, const HttpRequest &request, const Identity &identity,
                              const Route &route)
{
    Q_UNUSED(identity)
    const ApiResource &resource = *route.resource;
    if (route.subresource == "log"_L1) {
        if (route.verb != "get"_L1)
            replyStatus(connection, request,
                        statusObject(405, u"MethodNotAllowed"_s,
                                     u"the server does not allow this method on the requested resource"_s));
        else
            serveLog(connection, request, route);
        return;
    }
    if (route.subresource == "portforward"_L1) {
        servePortForward(connection, request, route);
        return;
    }
    if (route.subresource == "exec"_L1) {
        serveExec(connection, request, route);
        return;
    }
    if (route.verb == "get"_L1) {
        const QJsonObject object = m_store.get(resource.name, route.namespaceName, route.name);
        if (object.isEmpty())
            replyStatus(
                connection, request,
                notFoundStatus(resource, route.name));
        else if (acceptsTable(request.header("accept")))
            reply(connection, request, 200,
                  tableOf(resource, { object },
                          QJsonObject { { "resourceVersion"_L1, valueAtPath(object, u"metadata.resourceVersion"_s) } }));
        else
            reply(connection, request, 200, withTypeMeta(object, resource));
    } else if (route.verb == "list"_L1) {
        serveList(connection, request, route);
    } else if (route.verb == "watch"_L1) {
        serveWatch(connection, request, route);
    } else if (route.verb == "create"_L1) {
        if (!route.name.isEmpty())
            replyStatus(connection, request,
                        statusObject(405, u"MethodNotAllowed"_s,
                                     u"the server does not allow this method on the requested resource"_s));
        else
            serveCreate(connection, request, route);
    } else if (route.verb == "update"_L1 || route.verb == "patch"_L1) {
        serveUpdate(connection, request, route, route.verb == "patch"_L1);
    } else if (route.verb == "delete"_L1) {
        ObjectStore::Result result;
        const QJsonObject removed = m_store.remove(resource.name, route.namespaceName, route.name, &result);
        if (result == ObjectStore::Result::NotFound)
            replyStatus(
                connection, request,
                notFoundStatus(resource, route.name));
        else {
            reply(connection, request, 200, withTypeMeta(removed, resource));
            emit objectDeleted(route.namespaceName, resource.kind, route.name);
        }
    } else {
        replyStatus(connection, request,
                    statusObject(405, u"MethodNotAllowed"_s,
                                 u"the server does not allow this method on the requested resource"_s));
    }
}

void ApiServer::serveList(HttpConnection *connection, const HttpRequest &request, const Route &route)
{
    const ApiResource &resource = *route.resource;
    const Selector labels = Selector::parse(request.queryValue(u"labelSelector"_s), Selector::Kind::Labels);
    const Selector fields = Selector::parse(request.queryValue(u"fieldSelector"_s), Selector::Kind::Fields);
    if (!labels.isValid() || !fields.isValid()) {
        replyStatus(connection, request,
                    statusObject(400, u"BadRequest"_s, u"unable to parse requirement: invalid selector"_s));
        return;
    }
    bool ok = true;
    const QString limitText = request.queryValue(u"limit"_s);
    const qsizetype limit = limitText.isEmpty() ? 0 : limitText.toLongLong(&ok);
    if (!ok || limit < 0) {
        replyStatus(connection, request, statusObject(400, u"BadRequest"_s, u"invalid limit"_s));
        return;
    }
    ContinueToken start;
    const QString continueText = request.queryValue(u"continue"_s);
    if (!continueText.isEmpty()) {
        if (!ContinueToken::decode(continueText, &start)) {
            replyStatus(connection, request, statusObject(400, u"BadRequest"_s, u"continue key is not valid"_s));
            return;
        }
        if (start.epoch != m_continueEpoch) {
            replyStatus(connection, request,
                        statusObject(410, u"Expired"_s,
                                     u"The provided continue parameter is too old to display a consistent list "
                                     u"result. You can start a new list without the continue parameter, or use the "
                                     u"continue token in this response to retrieve the remainder of the results. "
                                     u"Continuing with the provided token results in an inconsistent list - objects "
                                     u"that were created, modified, or deleted between the time the first chunk was "
                                     u"returned and now may show up in the list."_s));
            return;
        }
    }
    QJsonArray items;
    QList<QJsonObject> listed;
    qsizetype remaining = 0;
    QString lastNamespace;
    QString lastName;
    for (const QJsonObject &object : m_store.list(resource.name, route.namespaceName)) {
        const QJsonObject metadata = object.value("metadata"_L1).toObject();
        const QString ns = metadata.value("namespace"_L1).toString();
        const QString name = metadata.value("name"_L1).toString();
        if (!continueText.isEmpty() && std::pair(ns, name) <= std::pair(start.namespaceName, start.name))
            continue;
        if (!labels.matches(object) || !fields.matches(object))
            continue;
        if (limit > 0 && items.size() >= limit) {
            ++remaining;
            continue;
        }
        items.append(withTypeMeta(object, resource));
        listed << object;
        lastNamespace = ns;
        lastName = name;
    }
    QJsonObject metadata { { "resourceVersion"_L1, QString::number(m_store.currentResourceVersion()) } };
    if (remaining > 0) {
        metadata.insert("continue"_L1, ContinueToken { m_continueEpoch, lastNamespace, lastName }.encode());
        metadata.insert("remainingItemCount"_L1, remaining);
    }
    if (acceptsTable(request.header("accept"))) {
        // kubectl get asks for the server's columns (READY, STATUS, RESTARTS, AGE…).
        reply(connection, request, 200, tableOf(resource, listed, metadata));
        return;
    }
    reply(connection, request, 200,
          QJsonObject { { "kind"_L1, QString(resource.kind + u"List"_s) },
                        { "apiVersion"_L1, resource.groupVersion() },
                        { "metadata"_L1, metadata },
                        { "items"_L1, items } });
}

void ApiServer::serveCreate(HttpConnection *connection, const HttpRequest &request, const Route &route)
{
    const ApiResource &resource = *route.resource;
    if (!isJsonBody(request)) {
        replyStatus(connection, request, unsupportedMediaType());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        replyStatus(connection, request,
                    statusObject(400, u"BadRequest"_s,
                                 u"the request body is not a JSON object: "_s + parseError.errorString()));
        return;
    }
    QJsonObject object = document.object();
    const QString kind = object.value("kind"_L1).toString();
    if (!kind.isEmpty() && kind != resource.kind) {
        replyStatus(
            connection, request,
            statusObject(400, u"BadRequest"_s,
                         u"the kind of the object (%1) does not match the resource (%2)"_s.arg(kind, resource.name)));
        return;
    }
    const QString bodyNamespace = object.value("metadata"_L1).toObject().value("namespace"_L1).toString();
    if (!bodyNamespace.isEmpty() && bodyNamespace != route.namespaceName) {
        replyStatus(
            connection, request,
            statusObject(400, u"BadRequest"_s,
                         u"the namespace of the provided object does not match the namespace sent on the request"_s));
        return;
    }
    bool templateChanged = false;
    object = applyWriteSemantics(resource, {}, object, &templateChanged);
    object = withDataManagedFields(resource, {}, object, fieldManagerOf(request));
    ensureNamespace(route.namespaceName);
    ObjectStore::Result result;
    const QJsonObject created = m_store.create(resource.name, route.namespaceName, object, &result);
    const QString name = object.value("metadata"_L1).toObject().value("name"_L1).toString();
    if (result == ObjectStore::Result::AlreadyExists) {
        replyStatus(connection, request,
                    statusObject(409, u"AlreadyExists"_s,
                                 resource.qualifiedName() + u' ' + quotedName(name) + u" already exists"_s,
                                 statusDetails(resource, name)));
    } else if (result != ObjectStore::Result::Ok) {
        replyStatus(connection, request,
                    statusObject(422, u"Invalid"_s,
                                 resource.kind
                                     + u" \"\" is invalid: metadata.name: Required value: name or "_s
                                       u"generateName is required"_s));
    } else {
        reply(connection, request, 201, withTypeMeta(created, resource));
    }
}

void ApiServer::serveUpdate(HttpConnection *connection, const HttpRequest &request, const Route &route, bool patch)
{
    const ApiResource &resource = *route.resource;
    const QJsonObject current = m_store.get(resource.name, route.namespaceName, route.name);
    if (current.isEmpty()) {
        replyStatus(
            connection, request,
            notFoundStatus(resource, route.name));
        return;
    }
    const QByteArray contentType = request.header("content-type").toLower();
    // JSON patches (RFC 6902) and server-side apply are not emulated; strategic merge is treated as merge.
    const bool acceptable = patch ? contentType.startsWith("application/merge-patch+json")
            || contentType.startsWith("application/strategic-merge-patch+json")
                                  : isJsonBody(request);
    if (!acceptable) {
        replyStatus(connection, request, unsupportedMediaType());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        replyStatus(connection, request,
                    statusObject(400, u"BadRequest"_s,
                                 u"the request body is not a JSON object: "_s + parseError.errorString()));
        return;
    }
    const QJsonObject body = document.object();
    const QString currentVersion = valueAtPath(current, u"metadata.resourceVersion"_s).toString();
    const QString expectedVersion = valueAtPath(body, u"metadata.resourceVersion"_s).toString();
    if (!expectedVersion.isEmpty() && expectedVersion != currentVersion) {
        replyStatus(connection, request, conflictStatus(resource, route.name));
        return;
    }
    QJsonObject updated = patch ? mergePatch(current, body).toObject() : body;
    const QString bodyName = valueAtPath(updated, u"metadata.name"_s).toString();
    if (!bodyName.isEmpty() && bodyName != route.name) {
        replyStatus(connection, request,
                    statusObject(400, u"BadRequest"_s,
                                 u"the name of the object (%1) does not match the name on the URL (%2)"_s.arg(
                                     bodyName, route.name)));
        return;
    }
    // The precondition was checked above; the write itself is atomic on this thread.
    QJsonObject metadata = updated.value("metadata"_L1).toObject();
    metadata.insert("resourceVersion"_L1, currentVersion);
    updated.insert("metadata"_L1, metadata);
    bool templateChanged = false;
    updated = applyWriteSemantics(resource, current, updated, &templateChanged);
    updated = withDataManagedFields(resource, current, updated, fieldManagerOf(request));
    ObjectStore::Result result;
    const QJsonObject stored = m_store.replace(resource.name, route.namespaceName, route.name, updated, &result);
    if (result == ObjectStore::Result::Conflict) {
        replyStatus(connection, request, conflictStatus(resource, route.name));
        return;
    }
    if (templateChanged) {
        qCInfo(lcDemo).noquote() << "emulator: rollout restart of" << resource.kind
                                 << route.namespaceName + u'/' + route.name;
        emit rolloutRestarted(route.namespaceName, resource.kind, route.name);
    }
    reply(connection, request, 200, withTypeMeta(stored, resource));
}

QJsonObject ApiServer::applyWriteSemantics(const ApiResource &resource, const QJsonObject &previous, QJsonObject object,
                                           bool *templateChanged) const
{
    object = withTypeMeta(object, resource);
    *templateChanged = false;
    if (resource.group.isEmpty() && resource.name == "secrets"_L1 && object.contains("stringData"_L1)) {
        // stringData is write-only: the API server folds it into data (base64) and never stores it.
        QJsonObject data = object.value("data"_L1).toObject();
        const QJsonObject strings = object.value("stringData"_L1).toObject();
        for (auto it = strings.begin(); it != strings.end(); ++it)
            data.insert(it.key(), QString::fromLatin1(it.value().toString().toUtf8().toBase64()));
        object.remove("stringData"_L1);
        object.insert("data"_L1, data);
    }
    if (resource.group != "apps"_L1)
        return object;
    QJsonObject spec = object.value("spec"_L1).toObject();
    if (!spec.contains("replicas"_L1))
        spec.insert("replicas"_L1, 1);
    if (resource.name == "statefulsets"_L1 && !spec.contains("updateStrategy"_L1))
        spec.insert("updateStrategy"_L1, QJsonObject { { "type"_L1, "RollingUpdate"_L1 } });
    if (resource.name == "deployments"_L1 && !spec.contains("strategy"_L1))
        spec.insert("strategy"_L1, QJsonObject { { "type"_L1, "RollingUpdate"_L1 } });
    object.insert("spec"_L1, spec);

    QJsonObject metadata = object.value("metadata"_L1).toObject();
    qint64 generation = previous.isEmpty() ? 1 : valueAtPath(previous, u"metadata.generation"_s).toInteger(1);
    if (!previous.isEmpty() && previous.value("spec"_L1).toObject() != spec)
        ++generation;
    metadata.insert("generation"_L1, generation);
    object.insert("metadata"_L1, metadata);
    *templateChanged = !previous.isEmpty()
        && valueAtPath(previous, u"spec.template"_s).toObject() != spec.value("template"_L1).toObject();

    // The emulator's controllers finish every rollout at once.
    const int replicas = spec.value("replicas"_L1).toInt(1);
    QJsonObject status = object.value("status"_L1).toObject();
    status.insert("observedGeneration"_L1, generation);
    status.insert("replicas"_L1, replicas);
    status.insert("updatedReplicas"_L1, replicas);
    status.insert("readyReplicas"_L1, replicas);
    status.insert("availableReplicas"_L1, replicas);
    if (resource.name == "deployments"_L1) {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        status.insert("conditions"_L1,
                      QJsonArray { QJsonObject { { "type"_L1, "Available"_L1 },
                                                 { "status"_L1, "True"_L1 },
                                                 { "reason"_L1, "MinimumReplicasAvailable"_L1 },
                                                 { "message"_L1, "Deployment has minimum availability."_L1 },
                                                 { "lastUpdateTime"_L1, now },
                                                 { "lastTransitionTime"_L1, now } },
                                   QJsonObject { { "type"_L1, "Progressing"_L1 },
                                                 { "status"_L1, "True"_L1 },
                                                 { "reason"_L1, "NewReplicaSetAvailable"_L1 },
                                                 { "message"_L1, "ReplicaSet has successfully progressed."_L1 },
                                                 { "lastUpdateTime"_L1, now },
                                                 { "lastTransitionTime"_L1, now } } });
    } else if (resource.name == "statefulsets"_L1) {
        const QString revision
            = valueAtPath(object, u"metadata.name"_s).toString() + u"-rev"_s + QString::number(generation);
        status.insert("currentReplicas"_L1, replicas);
        status.insert("currentRevision"_L1, revision);
        status.insert("updateRevision"_L1, revision);
    }
    object.insert("status"_L1, status);
    return object;
}

void ApiServer::ensureNamespace(const QString &namespaceName)
{
    if (namespaceName.isEmpty() || m_store.contains(u"namespaces"_s, {}, namespaceName))
        return;
    const ApiResource *resource = findApiResource(u"v1"_s, u"namespaces"_s);
    QJsonObject ns { { "metadata"_L1, QJsonObject { { "name"_L1, namespaceName } } },
                     { "status"_L1, QJsonObject { { "phase"_L1, "Active"_L1 } } } };
    m_store.create(resource->name, {}, withTypeMeta(ns, *resource));
}

QJsonObject ApiServer::createObject(const QJsonObject &object, const QString &namespaceName, const QString &fieldManager)
{
    const ApiResource *resource = findApiResourceByKind(object.value("kind"_L1).toString());
    if (!resource)
        return {};
    QString ns;
    if (resource->namespaced) {
        ns = valueAtPath(object, u"metadata.namespace"_s).toString();
        if (ns.isEmpty())
            ns = namespaceName;
        if (ns.isEmpty())
            ns = u"default"_s;
        ensureNamespace(ns);
    }
    bool templateChanged = false;
    QJsonObject stored = applyWriteSemantics(*resource, {}, object, &templateChanged);
    if (!fieldManager.isEmpty())
        stored = withDataManagedFields(*resource, {}, stored, fieldManager);
    return m_store.create(resource->name, ns, stored);
}

} // namespace Demo
