// SPDX-License-Identifier: GPL-3.0-or-later
// Client connection settings: where the workloads that use a datastore are told how to connect, and whether that
// verifies the server (TLS-005). Split from the inventory: discovery of the datastore itself stays there.
#include "fleet/clientsettings.h"

#include "fleet/jsonfields.h"

#include "core/secret.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Fleet {

namespace {

using Json::obj;
using Json::arr;
using Json::str;
using Json::nameOf;

const QJsonObject *findByName(const QList<QJsonObject> &objects, const QString &name)
{
    for (const QJsonObject &object : objects) {
        if (nameOf(object) == name)
            return &object;
    }
    return nullptr;
}

/** A Secret key worth reading for a connection setting: its name says URL, URI, DSN or connection string. */
bool holdsConnectionString(const QString &key)
{
    const QString upper = key.toUpper();
    for (const char *marker : {"URL", "URI", "DSN", "CONNECTION", "CONN_STR"}) {
        if (upper.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

/** The value of query/DSN parameter @p name, as written; nothing when absent. */
std::optional<QString> parameter(const QString &value, const char *name)
{
    const QRegularExpression pattern(QStringLiteral("(?:^|[?&;\\s])%1\\s*=\\s*([^&;\\s]*)").arg(QLatin1String(name)),
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

/**
 * The user name a PostgreSQL URL (postgresql://user:password@host/db) or DSN (user=name) logs in as; empty when
 * absent or still a variable to expand ($(VAR), ${VAR}, %(var)s). Only the part before the password is read.
 */
QString postgresRole(const QString &text, bool url)
{
    QString user;
    if (url) {
        const QString rest = text.section(QStringLiteral("://"), 1);
        const QString authority = rest.left(rest.indexOf(u'/') < 0 ? rest.size() : rest.indexOf(u'/'));
        const qsizetype at = authority.lastIndexOf(u'@');
        if (at >= 0)
            user = QUrl::fromPercentEncoding(authority.left(at).section(u':', 0, 0).toUtf8());
        else if (const auto named = parameter(text, "user"))
            user = QUrl::fromPercentEncoding(named->toUtf8());
    } else if (const auto named = parameter(text, "user")) {
        user = *named;
        if (user.size() >= 2 && user.startsWith(u'\'') && user.endsWith(u'\''))
            user = user.mid(1, user.size() - 2);
    }
    static const QRegularExpression variable(QStringLiteral("\\$[({]|%\\("));
    if (variable.match(user).hasMatch())
        return {};
    return user;
}

QString setting(const char *name, const QString &value)
{
    return QLatin1String(name) + u'=' + value;
}

} // namespace

std::optional<ClientSetting> classifyClientSetting(Kind kind, const QString &value, const QString &pgSslMode)
{
    const QString text = value.trimmed();
    const QString lower = text.toLower();
    const bool url = lower.contains(u"://");
    static const QRegularExpression dsnHost(QStringLiteral("(^|\\s)host\\s*="));
    const bool dsn = !url && dsnHost.match(lower).hasMatch();
    if (!url && !dsn)
        return std::nullopt;
    const QString scheme = url ? lower.section(QStringLiteral("://"), 0, 0).trimmed() : QString();
    ClientSetting result;
    switch (kind) {
    case Kind::PostgreSQL: {
        if (url && !scheme.startsWith(u"postgres"))
            return std::nullopt;
        result.role = postgresRole(text, url);
        if (const auto mode = parameter(text, "sslmode")) {
            result.setting = setting("sslmode", *mode);
            result.verifies = mode->startsWith(u"verify-", Qt::CaseInsensitive);
        } else if (const auto ssl = parameter(text, "ssl")) { // asyncpg
            result.setting = setting("ssl", *ssl);
            result.verifies = ssl->startsWith(u"verify-", Qt::CaseInsensitive);
        } else if (!pgSslMode.isEmpty()) {
            result.setting = setting("PGSSLMODE", pgSslMode);
            result.verifies = pgSslMode.startsWith(u"verify-", Qt::CaseInsensitive);
        } else {
            result.setting = QCoreApplication::translate("Fleet", "no sslmode (libpq's default, prefer, does not verify)");
        }
        return result;
    }
    case Kind::Redis: {
        if (!url || !scheme.startsWith(u"redis"))
            return std::nullopt;
        if (scheme == u"redis") {
            result.setting = QCoreApplication::translate("Fleet", "redis:// (no TLS)");
            return result;
        }
        if (const auto reqs = parameter(text, "ssl_cert_reqs")) {
            result.setting = setting("ssl_cert_reqs", *reqs);
            result.verifies = reqs->compare(u"required", Qt::CaseInsensitive) == 0
                              || reqs->compare(u"CERT_REQUIRED", Qt::CaseInsensitive) == 0;
        } else {
            result.setting = QCoreApplication::translate("Fleet", "rediss:// (ssl_cert_reqs defaults to required)");
            result.verifies = true;
        }
        return result;
    }
    case Kind::RabbitMQ: {
        if (!url || !scheme.startsWith(u"amqp"))
            return std::nullopt;
        if (scheme == u"amqp") {
            result.setting = QCoreApplication::translate("Fleet", "amqp:// (no TLS)");
            return result;
        }
        const auto verify = parameter(text, "verify");
        result.setting = verify ? setting("verify", *verify) : QStringLiteral("amqps://");
        result.verifies = !verify || verify->compare(u"verify_none", Qt::CaseInsensitive) != 0;
        return result;
    }
    }
    return std::nullopt;
}

SecretValue secretData(const QJsonObject &secret, const QString &key)
{
    SecretValue result;
    const QJsonObject data = obj(secret, "data");
    if (data.contains(key)) {
        // Kubernetes stores standard base64; anything else is a broken Secret, not a short password.
        auto decoded = QByteArray::fromBase64Encoding(data.value(key).toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            result.error = QCoreApplication::translate("Fleet", "Secret %1 key %2 is not valid base64")
                               .arg(nameOf(secret), key);
            return result;
        }
        result.value = std::move(*decoded);
        return result;
    }
    const QJsonObject stringData = obj(secret, "stringData");
    if (stringData.contains(key))
        result.value = stringData.value(key).toString().toUtf8();
    return result;
}

QString expandKubernetesVariables(const QString &text, const std::function<std::optional<QString>(const QString &)> &lookup)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'$' || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(i + 1);
        if (next == u'$') {
            out += u'$'; // $$ is an escaped $
            ++i;
            continue;
        }
        if (next != u'(') {
            out += c;
            continue;
        }
        const qsizetype close = text.indexOf(u')', i + 2);
        if (close < 0) {
            out += text.mid(i); // unterminated: as written
            break;
        }
        const QString name = text.mid(i + 2, close - i - 2);
        const std::optional<QString> value = name.isEmpty() ? std::nullopt : lookup(name);
        out += value ? *value : text.mid(i, close - i + 1); // unknown: left as written
        i = close;
    }
    return out;
}

QString expandKubernetesVariables(const QString &text, const QHash<QString, QString> &defined)
{
    return expandKubernetesVariables(text, [&defined](const QString &name) -> std::optional<QString> {
        const auto it = defined.constFind(name);
        return it == defined.constEnd() ? std::nullopt : std::optional<QString>(*it);
    });
}

void linkClientSettings(Datastore &store, const ClusterObjects &objects)
{
    const QString service = store.serviceName.isEmpty() ? store.name : store.serviceName;
    const QRegularExpression mentions(QStringLiteral("(^|[^a-z0-9-])%1([^a-z0-9-]|$)")
                                          .arg(QRegularExpression::escape(service)));
    auto addConsumer = [&store](const QString &workload) {
        if (!store.consumers.contains(workload))
            store.consumers << workload;
    };
    auto record = [&store](ClientSetting found) {
        for (const ClientSetting &existing : std::as_const(store.clientConnections)) {
            if (existing.source == found.source && existing.setting == found.setting)
                return;
        }
        store.clientConnections << found;
        if (!found.verifies)
            store.clientsWithoutVerification << found;
    };
    auto consider = [&](const QString &workload, const QString &source, const QString &value, const QString &pgSslMode) {
        if (!mentions.match(value).hasMatch())
            return;
        addConsumer(workload);
        if (auto found = classifyClientSetting(store.kind, value, pgSslMode)) {
            found->workload = workload;
            found->source = source;
            record(*found);
        }
    };
    // A Secret key that holds a URL or DSN: decoded, judged and wiped; only the verdict is kept.
    auto considerSecretKey = [&](const QString &workload, const QString &secretName, const QString &key,
                                 const QString &source, const QString &pgSslMode, bool holdsUrl) {
        if (!holdsUrl)
            return;
        const QJsonObject *secret = findByName(objects.secrets, secretName);
        if (!secret)
            return;
        SecretValue decoded = secretData(*secret, key);
        if (!decoded.value)
            return;
        QString value = QString::fromUtf8(*decoded.value);
        consider(workload, source, value, pgSslMode);
        Core::wipe(*decoded.value);
        value.fill(u' ');
    };

    QList<QPair<QString, QJsonObject>> workloads;
    for (const QJsonObject &d : objects.deployments)
        workloads.append({QStringLiteral("Deployment"), d});
    for (const QJsonObject &s : objects.statefulSets)
        workloads.append({QStringLiteral("StatefulSet"), s});
    for (const auto &[kind, object] : std::as_const(workloads)) {
        if (nameOf(object) == store.workloadName)
            continue;
        const QString workload = kind + u'/' + nameOf(object);
        const QJsonObject podSpec = obj(obj(obj(object, "spec"), "template"), "spec");
        for (const QJsonValue &c : arr(podSpec, "containers")) {
            const QJsonObject container = c.toObject();
            QString pgSslMode;
            for (const QJsonValue &e : arr(container, "env")) {
                if (str(e.toObject(), "name") == u"PGSSLMODE")
                    pgSslMode = str(e.toObject(), "value");
            }
            // The variables $(VAR) can name, as the kubelet defines them: envFrom first (ConfigMaps only: a Secret's
            // value is never expanded here), then each env entry in order, a later definition replacing an earlier.
            QHash<QString, QString> defined;
            for (const QJsonValue &f : arr(container, "envFrom")) {
                if (const QJsonObject *map = findByName(objects.configMaps, str(obj(f.toObject(), "configMapRef"), "name"))) {
                    const QString prefix = str(f.toObject(), "prefix");
                    const QJsonObject data = obj(*map, "data");
                    for (auto it = data.begin(); it != data.end(); ++it)
                        defined.insert(prefix + it.key(), it.value().toString());
                }
            }
            for (const QJsonValue &e : arr(container, "env")) {
                const QJsonObject env = e.toObject();
                const QString name = str(env, "name");
                if (env.contains(QStringLiteral("value"))) {
                    const QString value = expandKubernetesVariables(str(env, "value"), defined);
                    consider(workload, QStringLiteral("env %1").arg(name), value, pgSslMode);
                    defined.insert(name, value);
                } else {
                    defined.remove(name); // from a Secret or a field: not expanded
                }
                const QJsonObject mapRef = obj(obj(env, "valueFrom"), "configMapKeyRef");
                if (const QJsonObject *map = findByName(objects.configMaps, str(mapRef, "name"))) {
                    const QString key = str(mapRef, "key");
                    const QString value = obj(*map, "data").value(key).toString();
                    consider(workload, QStringLiteral("ConfigMap %1 key %2 (env %3)").arg(nameOf(*map), key, name),
                             value, pgSslMode);
                    defined.insert(name, value);
                }
                const QJsonObject secretRef = obj(obj(env, "valueFrom"), "secretKeyRef");
                if (!secretRef.isEmpty()) {
                    const QString secretName = str(secretRef, "name");
                    const QString key = str(secretRef, "key");
                    if (secretName == store.credentialsSecretName)
                        addConsumer(workload);
                    considerSecretKey(workload, secretName, key,
                                      QStringLiteral("Secret %1 key %2 (env %3)").arg(secretName, key, name), pgSslMode,
                                      holdsConnectionString(name) || holdsConnectionString(key));
                }
            }
            for (const QJsonValue &f : arr(container, "envFrom")) {
                const QString mapName = str(obj(f.toObject(), "configMapRef"), "name");
                if (const QJsonObject *map = findByName(objects.configMaps, mapName)) {
                    const QJsonObject data = obj(*map, "data");
                    for (auto it = data.begin(); it != data.end(); ++it)
                        consider(workload, QStringLiteral("ConfigMap %1 key %2").arg(mapName, it.key()),
                                 it.value().toString(), pgSslMode);
                }
                const QString secretName = str(obj(f.toObject(), "secretRef"), "name");
                if (secretName.isEmpty())
                    continue;
                if (secretName == store.credentialsSecretName)
                    addConsumer(workload);
                if (const QJsonObject *secret = findByName(objects.secrets, secretName)) {
                    for (const QString &key : obj(*secret, "data").keys() + obj(*secret, "stringData").keys())
                        considerSecretKey(workload, secretName, key,
                                          QStringLiteral("Secret %1 key %2").arg(secretName, key), pgSslMode,
                                          holdsConnectionString(key));
                }
            }
        }
    }
    // ConfigMaps that no workload mounts still show how clients are told to connect.
    for (const QJsonObject &map : objects.configMaps) {
        const QJsonObject data = obj(map, "data");
        for (auto it = data.begin(); it != data.end(); ++it) {
            const QString value = it.value().toString();
            if (!mentions.match(value).hasMatch())
                continue;
            const QString source = QStringLiteral("ConfigMap %1 key %2").arg(nameOf(map), it.key());
            bool known = false;
            for (const ClientSetting &existing : std::as_const(store.clientConnections))
                known = known || existing.source == source || existing.source.startsWith(source + QStringLiteral(" ("));
            if (known)
                continue;
            if (auto found = classifyClientSetting(store.kind, value)) {
                found->workload = QStringLiteral("ConfigMap/") + nameOf(map);
                found->source = source;
                record(*found);
            }
        }
    }
}

} // namespace Fleet
