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

namespace Demo {

namespace {

QJsonObject conflictStatus(const ApiResource &resource, const QString &name)
{
    return statusObject(409, QStringLiteral("Conflict"),
                        QStringLiteral("Operation cannot be fulfilled on ") + resource.qualifiedName() + u' ' + quotedName(name)
                            + QStringLiteral(": the object has been modified; please apply your changes to the latest version and "
                              "try again"),
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
        const QJsonObject json { { QLatin1String("e"), epoch }, { QLatin1String("n"), namespaceName }, { QLatin1String("k"), name } };
        return QString::fromLatin1(compactJson(json).toBase64(QByteArray::Base64UrlEncoding));
    }
    static bool decode(const QString &text, ContinueToken *token)
    {
        const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        const QJsonObject json = QJsonDocument::fromJson(*decoded).object();
        if (!json.contains(QLatin1String("e")) || !json.contains(QLatin1String("k")))
            return false;
        token->epoch = json.value(QLatin1String("e")).toInt();
        token->namespaceName = json.value(QLatin1String("n")).toString();
        token->name = json.value(QLatin1String("k")).toString();
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
    return statusObject(415, QStringLiteral("UnsupportedMediaType"),
                        QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                        "application/json, application/merge-patch+json, application/strategic-merge-patch+json"));
}


/** The field manager of a write, as the API server names it: ?fieldManager=, else the user agent's program name. */
QString fieldManagerOf(const HttpRequest &request)
{
    const QString named = request.queryValue(QStringLiteral("fieldManager"));
    if (!named.isEmpty())
        return named;
    const QString agent = QString::fromUtf8(request.header("user-agent")).section(u'/', 0, 0).trimmed();
    return agent.isEmpty() ? QStringLiteral("unknown") : agent;
}

/**
 * managedFields for the data of Secrets and ConfigMaps, as the API server keeps them: the keys a write adds or
 * changes become @p manager's (operation Update, time now), and leave any other manager's entry; an entry that
 * owns nothing more goes. Other fields are not tracked. Removed keys leave every entry.
 */
QJsonObject withDataManagedFields(const ApiResource &resource, const QJsonObject &previous, QJsonObject object,
                                  const QString &manager)
{
    if (!resource.group.isEmpty() || (resource.name != QLatin1String("secrets") && resource.name != QLatin1String("configmaps")))
        return object;
    QStringList written;
    QStringList removed;
    for (const char *map : {"data", "binaryData"}) {
        const QJsonObject before = previous.value(QLatin1String(map)).toObject();
        const QJsonObject after = object.value(QLatin1String(map)).toObject();
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (!before.contains(it.key()) || before.value(it.key()) != it.value())
                written << QStringLiteral("f:") + it.key();
        }
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (!after.contains(it.key()))
                removed << QStringLiteral("f:") + it.key();
        }
    }
    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    if (written.isEmpty() && removed.isEmpty()) {
        metadata.insert(QLatin1String("managedFields"), previous.value(QLatin1String("metadata")).toObject().value(QLatin1String("managedFields")));
        if (metadata.value(QLatin1String("managedFields")).isUndefined())
            metadata.remove(QLatin1String("managedFields"));
        object.insert(QLatin1String("metadata"), metadata);
        return object;
    }
    QJsonArray entries;
    QJsonObject mine;
    for (const QJsonValue &value : previous.value(QLatin1String("metadata")).toObject().value(QLatin1String("managedFields")).toArray()) {
        QJsonObject entry = value.toObject();
        QJsonObject fields = entry.value(QLatin1String("fieldsV1")).toObject();
        QJsonObject data = fields.value(QLatin1String("f:data")).toObject();
        for (const QString &key : std::as_const(written) + removed)
            data.remove(key);
        data.remove(QLatin1String("."));
        if (!data.isEmpty())
            data.insert(QLatin1String("."), QJsonObject());
        if (data.isEmpty())
            fields.remove(QLatin1String("f:data"));
        else
            fields.insert(QLatin1String("f:data"), data);
        entry.insert(QLatin1String("fieldsV1"), fields);
        if (entry.value(QLatin1String("manager")).toString() == manager && entry.value(QLatin1String("operation")).toString() == QLatin1String("Update")) {
            mine = entry;
            continue;
        }
        if (!fields.isEmpty())
            entries.append(entry);
    }
    QJsonObject fields = mine.value(QLatin1String("fieldsV1")).toObject();
    QJsonObject data = fields.value(QLatin1String("f:data")).toObject();
    for (const QString &key : std::as_const(written))
        data.insert(key, QJsonObject());
    data.insert(QLatin1String("."), QJsonObject());
    fields.insert(QLatin1String("f:data"), data);
    mine = QJsonObject{{QLatin1String("manager"), manager},
                       {QLatin1String("operation"), QLatin1String("Update")},
                       {QLatin1String("apiVersion"), QLatin1String("v1")},
                       {QLatin1String("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {QLatin1String("fieldsType"), QLatin1String("FieldsV1")},
                       {QLatin1String("fieldsV1"), fields}};
    entries.append(mine);
    metadata.insert(QLatin1String("managedFields"), entries);
    object.insert(QLatin1String("metadata"), metadata);
    return object;
}
} // namespace

void ApiServer::serveResource(HttpConnection *connection, const HttpRequest &request, const Identity &identity,
                              const Route &route)
{
    Q_UNUSED(identity)
    const ApiResource &resource = *route.resource;
    if (route.subresource == QLatin1String("log")) {
        if (route.verb != QLatin1String("get"))
            replyStatus(connection, request,
                        statusObject(405, QStringLiteral("MethodNotAllowed"),
                                     QStringLiteral("the server does not allow this method on the requested resource")));
        else
            serveLog(connection, request, route);
        return;
    }
    if (route.subresource == QLatin1String("portforward")) {
        servePortForward(connection, request, route);
        return;
    }
    if (route.subresource == QLatin1String("exec")) {
        serveExec(connection, request, route);
        return;
    }
    if (route.verb == QLatin1String("get")) {
        const QJsonObject object = m_store.get(resource.name, route.namespaceName, route.name);
        if (object.isEmpty())
            replyStatus(
                connection, request,
                notFoundStatus(resource, route.name));
        else if (acceptsTable(request.header("accept")))
            reply(connection, request, 200,
                  tableOf(resource, { object },
                          QJsonObject { { QLatin1String("resourceVersion"), valueAtPath(object, QStringLiteral("metadata.resourceVersion")) } }));
        else
            reply(connection, request, 200, withTypeMeta(object, resource));
    } else if (route.verb == QLatin1String("list")) {
        serveList(connection, request, route);
    } else if (route.verb == QLatin1String("watch")) {
        serveWatch(connection, request, route);
    } else if (route.verb == QLatin1String("create")) {
        if (!route.name.isEmpty())
            replyStatus(connection, request,
                        statusObject(405, QStringLiteral("MethodNotAllowed"),
                                     QStringLiteral("the server does not allow this method on the requested resource")));
        else
            serveCreate(connection, request, route);
    } else if (route.verb == QLatin1String("update") || route.verb == QLatin1String("patch")) {
        serveUpdate(connection, request, route, route.verb == QLatin1String("patch"));
    } else if (route.verb == QLatin1String("delete")) {
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
                    statusObject(405, QStringLiteral("MethodNotAllowed"),
                                 QStringLiteral("the server does not allow this method on the requested resource")));
    }
}

void ApiServer::serveList(HttpConnection *connection, const HttpRequest &request, const Route &route)
{
    const ApiResource &resource = *route.resource;
    const Selector labels = Selector::parse(request.queryValue(QStringLiteral("labelSelector")), Selector::Kind::Labels);
    const Selector fields = Selector::parse(request.queryValue(QStringLiteral("fieldSelector")), Selector::Kind::Fields);
    if (!labels.isValid() || !fields.isValid()) {
        replyStatus(connection, request,
                    statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("unable to parse requirement: invalid selector")));
        return;
    }
    bool ok = true;
    const QString limitText = request.queryValue(QStringLiteral("limit"));
    const qsizetype limit = limitText.isEmpty() ? 0 : limitText.toLongLong(&ok);
    if (!ok || limit < 0) {
        replyStatus(connection, request, statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("invalid limit")));
        return;
    }
    ContinueToken start;
    const QString continueText = request.queryValue(QStringLiteral("continue"));
    if (!continueText.isEmpty()) {
        if (!ContinueToken::decode(continueText, &start)) {
            replyStatus(connection, request, statusObject(400, QStringLiteral("BadRequest"), QStringLiteral("continue key is not valid")));
            return;
        }
        if (start.epoch != m_continueEpoch) {
            replyStatus(connection, request,
                        statusObject(410, QStringLiteral("Expired"),
                                     QStringLiteral("The provided continue parameter is too old to display a consistent list "
                                     "result. You can start a new list without the continue parameter, or use the "
                                     "continue token in this response to retrieve the remainder of the results. "
                                     "Continuing with the provided token results in an inconsistent list - objects "
                                     "that were created, modified, or deleted between the time the first chunk was "
                                     "returned and now may show up in the list.")));
            return;
        }
    }
    QJsonArray items;
    QList<QJsonObject> listed;
    qsizetype remaining = 0;
    QString lastNamespace;
    QString lastName;
    for (const QJsonObject &object : m_store.list(resource.name, route.namespaceName)) {
        const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        const QString ns = metadata.value(QLatin1String("namespace")).toString();
        const QString name = metadata.value(QLatin1String("name")).toString();
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
    QJsonObject metadata { { QLatin1String("resourceVersion"), QString::number(m_store.currentResourceVersion()) } };
    if (remaining > 0) {
        metadata.insert(QLatin1String("continue"), ContinueToken { m_continueEpoch, lastNamespace, lastName }.encode());
        metadata.insert(QLatin1String("remainingItemCount"), remaining);
    }
    if (acceptsTable(request.header("accept"))) {
        // kubectl get asks for the server's columns (READY, STATUS, RESTARTS, AGE…).
        reply(connection, request, 200, tableOf(resource, listed, metadata));
        return;
    }
    reply(connection, request, 200,
          QJsonObject { { QLatin1String("kind"), QString(resource.kind + QStringLiteral("List")) },
                        { QLatin1String("apiVersion"), resource.groupVersion() },
                        { QLatin1String("metadata"), metadata },
                        { QLatin1String("items"), items } });
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
                    statusObject(400, QStringLiteral("BadRequest"),
                                 QStringLiteral("the request body is not a JSON object: ") + parseError.errorString()));
        return;
    }
    QJsonObject object = document.object();
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (!kind.isEmpty() && kind != resource.kind) {
        replyStatus(
            connection, request,
            statusObject(400, QStringLiteral("BadRequest"),
                         QStringLiteral("the kind of the object (%1) does not match the resource (%2)").arg(kind, resource.name)));
        return;
    }
    const QString bodyNamespace = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString();
    if (!bodyNamespace.isEmpty() && bodyNamespace != route.namespaceName) {
        replyStatus(
            connection, request,
            statusObject(400, QStringLiteral("BadRequest"),
                         QStringLiteral("the namespace of the provided object does not match the namespace sent on the request")));
        return;
    }
    bool templateChanged = false;
    object = applyWriteSemantics(resource, {}, object, &templateChanged);
    object = withDataManagedFields(resource, {}, object, fieldManagerOf(request));
    ensureNamespace(route.namespaceName);
    ObjectStore::Result result;
    const QJsonObject created = m_store.create(resource.name, route.namespaceName, object, &result);
    const QString name = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    if (result == ObjectStore::Result::AlreadyExists) {
        replyStatus(connection, request,
                    statusObject(409, QStringLiteral("AlreadyExists"),
                                 resource.qualifiedName() + u' ' + quotedName(name) + QStringLiteral(" already exists"),
                                 statusDetails(resource, name)));
    } else if (result != ObjectStore::Result::Ok) {
        replyStatus(connection, request,
                    statusObject(422, QStringLiteral("Invalid"),
                                 resource.kind
                                     + QStringLiteral(" \"\" is invalid: metadata.name: Required value: name or "
                                       "generateName is required")));
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
                    statusObject(400, QStringLiteral("BadRequest"),
                                 QStringLiteral("the request body is not a JSON object: ") + parseError.errorString()));
        return;
    }
    const QJsonObject body = document.object();
    const QString currentVersion = valueAtPath(current, QStringLiteral("metadata.resourceVersion")).toString();
    const QString expectedVersion = valueAtPath(body, QStringLiteral("metadata.resourceVersion")).toString();
    if (!expectedVersion.isEmpty() && expectedVersion != currentVersion) {
        replyStatus(connection, request, conflictStatus(resource, route.name));
        return;
    }
    QJsonObject updated = patch ? mergePatch(current, body).toObject() : body;
    const QString bodyName = valueAtPath(updated, QStringLiteral("metadata.name")).toString();
    if (!bodyName.isEmpty() && bodyName != route.name) {
        replyStatus(connection, request,
                    statusObject(400, QStringLiteral("BadRequest"),
                                 QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)").arg(
                                     bodyName, route.name)));
        return;
    }
    // The precondition was checked above; the write itself is atomic on this thread.
    QJsonObject metadata = updated.value(QLatin1String("metadata")).toObject();
    metadata.insert(QLatin1String("resourceVersion"), currentVersion);
    updated.insert(QLatin1String("metadata"), metadata);
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
    if (resource.group.isEmpty() && resource.name == QLatin1String("secrets") && object.contains(QLatin1String("stringData"))) {
        // stringData is write-only: the API server folds it into data (base64) and never stores it.
        QJsonObject data = object.value(QLatin1String("data")).toObject();
        const QJsonObject strings = object.value(QLatin1String("stringData")).toObject();
        for (auto it = strings.begin(); it != strings.end(); ++it)
            data.insert(it.key(), QString::fromLatin1(it.value().toString().toUtf8().toBase64()));
        object.remove(QLatin1String("stringData"));
        object.insert(QLatin1String("data"), data);
    }
    if (resource.group != QLatin1String("apps"))
        return object;
    QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    if (!spec.contains(QLatin1String("replicas")))
        spec.insert(QLatin1String("replicas"), 1);
    if (resource.name == QLatin1String("statefulsets") && !spec.contains(QLatin1String("updateStrategy")))
        spec.insert(QLatin1String("updateStrategy"), QJsonObject { { QLatin1String("type"), QLatin1String("RollingUpdate") } });
    if (resource.name == QLatin1String("deployments") && !spec.contains(QLatin1String("strategy")))
        spec.insert(QLatin1String("strategy"), QJsonObject { { QLatin1String("type"), QLatin1String("RollingUpdate") } });
    object.insert(QLatin1String("spec"), spec);

    QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    qint64 generation = previous.isEmpty() ? 1 : valueAtPath(previous, QStringLiteral("metadata.generation")).toInteger(1);
    if (!previous.isEmpty() && previous.value(QLatin1String("spec")).toObject() != spec)
        ++generation;
    metadata.insert(QLatin1String("generation"), generation);
    object.insert(QLatin1String("metadata"), metadata);
    *templateChanged = !previous.isEmpty()
        && valueAtPath(previous, QStringLiteral("spec.template")).toObject() != spec.value(QLatin1String("template")).toObject();

    // The emulator's controllers finish every rollout at once.
    const int replicas = spec.value(QLatin1String("replicas")).toInt(1);
    QJsonObject status = object.value(QLatin1String("status")).toObject();
    status.insert(QLatin1String("observedGeneration"), generation);
    status.insert(QLatin1String("replicas"), replicas);
    status.insert(QLatin1String("updatedReplicas"), replicas);
    status.insert(QLatin1String("readyReplicas"), replicas);
    status.insert(QLatin1String("availableReplicas"), replicas);
    if (resource.name == QLatin1String("deployments")) {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        status.insert(QLatin1String("conditions"),
                      QJsonArray { QJsonObject { { QLatin1String("type"), QLatin1String("Available") },
                                                 { QLatin1String("status"), QLatin1String("True") },
                                                 { QLatin1String("reason"), QLatin1String("MinimumReplicasAvailable") },
                                                 { QLatin1String("message"), QLatin1String("Deployment has minimum availability.") },
                                                 { QLatin1String("lastUpdateTime"), now },
                                                 { QLatin1String("lastTransitionTime"), now } },
                                   QJsonObject { { QLatin1String("type"), QLatin1String("Progressing") },
                                                 { QLatin1String("status"), QLatin1String("True") },
                                                 { QLatin1String("reason"), QLatin1String("NewReplicaSetAvailable") },
                                                 { QLatin1String("message"), QLatin1String("ReplicaSet has successfully progressed.") },
                                                 { QLatin1String("lastUpdateTime"), now },
                                                 { QLatin1String("lastTransitionTime"), now } } });
    } else if (resource.name == QLatin1String("statefulsets")) {
        const QString revision
            = valueAtPath(object, QStringLiteral("metadata.name")).toString() + QStringLiteral("-rev") + QString::number(generation);
        status.insert(QLatin1String("currentReplicas"), replicas);
        status.insert(QLatin1String("currentRevision"), revision);
        status.insert(QLatin1String("updateRevision"), revision);
    }
    object.insert(QLatin1String("status"), status);
    return object;
}

void ApiServer::ensureNamespace(const QString &namespaceName)
{
    if (namespaceName.isEmpty() || m_store.contains(QStringLiteral("namespaces"), {}, namespaceName))
        return;
    const ApiResource *resource = findApiResource(QStringLiteral("v1"), QStringLiteral("namespaces"));
    QJsonObject ns { { QLatin1String("metadata"), QJsonObject { { QLatin1String("name"), namespaceName } } },
                     { QLatin1String("status"), QJsonObject { { QLatin1String("phase"), QLatin1String("Active") } } } };
    m_store.create(resource->name, {}, withTypeMeta(ns, *resource));
}

QJsonObject ApiServer::createObject(const QJsonObject &object, const QString &namespaceName, const QString &fieldManager)
{
    const ApiResource *resource = findApiResourceByKind(object.value(QLatin1String("kind")).toString());
    if (!resource)
        return {};
    QString ns;
    if (resource->namespaced) {
        ns = valueAtPath(object, QStringLiteral("metadata.namespace")).toString();
        if (ns.isEmpty())
            ns = namespaceName;
        if (ns.isEmpty())
            ns = QStringLiteral("default");
        ensureNamespace(ns);
    }
    bool templateChanged = false;
    QJsonObject stored = applyWriteSemantics(*resource, {}, object, &templateChanged);
    if (!fieldManager.isEmpty())
        stored = withDataManagedFields(*resource, {}, stored, fieldManager);
    return m_store.create(resource->name, ns, stored);
}

} // namespace Demo
