// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/snapshot.h"

#include "fleet/backupcatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Fleet {

namespace {

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject mapJson(const QMap<QString, QString> &map)
{
    QJsonObject json;
    for (auto it = map.begin(); it != map.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

int methodStrength(const QString &method)
{
    // Weakest first: the fleet is as weak as the weakest door it leaves open.
    if (method == u"trust")
        return 0;
    if (method == u"password")
        return 1;
    if (method == u"md5")
        return 2;
    if (method == u"scram-sha-256")
        return 3;
    return 4; // cert, reject, peer…
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

std::optional<QDateTime> parseTime(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

/** {"at"|"takenAt": time, "ageDays": whole days before @p readAt, "path": file}, or null. */
QJsonValue datedFileJson(const char *timeKey, const std::optional<QDateTime> &time, const QString &path,
                         const QDateTime &readAt)
{
    if (!time)
        return QJsonValue(QJsonValue::Null);
    QJsonObject json{{QLatin1String(timeKey), isoTime(*time)}, {QStringLiteral("path"), path}};
    if (readAt.isValid())
        json.insert(QStringLiteral("ageDays"), time->secsTo(readAt) / 86400);
    return json;
}

} // namespace

QJsonObject BackupObservation::toJson() const
{
    return QJsonObject{
        {QStringLiteral("readAt"), readAt.isValid() ? QJsonValue(isoTime(readAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("catalogError"), catalogError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(catalogError)},
        {QStringLiteral("catalogCovers"), catalogCovers},
        {QStringLiteral("fleetLocations"), QJsonArray::fromStringList(fleetLocations)},
        {QStringLiteral("locations"), QJsonArray::fromStringList(locations)},
        {QStringLiteral("verifiedBackups"), verifiedBackups},
        {QStringLiteral("newestVerified"), datedFileJson("takenAt", newestVerifiedTakenAt, newestPath, readAt)},
        {QStringLiteral("lastRestoreTest"), datedFileJson("at", lastRestoreTestAt, lastRestoreTestPath, readAt)},
        {QStringLiteral("listedLocations"), QJsonArray::fromStringList(listedLocations)},
        {QStringLiteral("listingErrors"), QJsonArray::fromStringList(listingErrors)},
        {QStringLiteral("listedBackups"), listedBackups},
        {QStringLiteral("listedNotEncrypted"), listedNotEncrypted},
        {QStringLiteral("newestListed"), datedFileJson("takenAt", newestListedTakenAt, newestListedPath, readAt)},
    };
}

std::optional<BackupObservation> BackupObservation::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject json = value.toObject();
    BackupObservation backup;
    backup.readAt = parseTime(json.value(QStringLiteral("readAt"))).value_or(QDateTime());
    backup.catalogError = json.value(QStringLiteral("catalogError")).toString();
    backup.catalogCovers = json.value(QStringLiteral("catalogCovers")).toBool();
    backup.fleetLocations = stringList(json.value(QStringLiteral("fleetLocations")));
    backup.locations = stringList(json.value(QStringLiteral("locations")));
    backup.verifiedBackups = json.value(QStringLiteral("verifiedBackups")).toInt();
    const QJsonObject newest = json.value(QStringLiteral("newestVerified")).toObject();
    backup.newestVerifiedTakenAt = parseTime(newest.value(QStringLiteral("takenAt")));
    backup.newestPath = newest.value(QStringLiteral("path")).toString();
    const QJsonObject restore = json.value(QStringLiteral("lastRestoreTest")).toObject();
    backup.lastRestoreTestAt = parseTime(restore.value(QStringLiteral("at")));
    backup.lastRestoreTestPath = restore.value(QStringLiteral("path")).toString();
    backup.listedLocations = stringList(json.value(QStringLiteral("listedLocations")));
    backup.listingErrors = stringList(json.value(QStringLiteral("listingErrors")));
    backup.listedBackups = json.value(QStringLiteral("listedBackups")).toInt();
    backup.listedNotEncrypted = json.value(QStringLiteral("listedNotEncrypted")).toInt();
    const QJsonObject listed = json.value(QStringLiteral("newestListed")).toObject();
    backup.newestListedTakenAt = parseTime(listed.value(QStringLiteral("takenAt")));
    backup.newestListedPath = listed.value(QStringLiteral("path")).toString();
    return backup;
}

void BackupObservation::addListings(const QList<BackupLocationListing> &listings, const QString &datastore,
                                    const QSet<QString> &catalogPaths)
{
    for (const BackupLocationListing &listing : listings) {
        if (!listing.error.isEmpty()) {
            listingErrors << listing.error;
            continue;
        }
        listedLocations << listing.location;
        for (const ListedBackup &file : listing.backups) {
            if (file.datastore != datastore || catalogPaths.contains(file.path))
                continue;
            if (!file.encrypted || file.size == 0) {
                ++listedNotEncrypted;
                continue;
            }
            ++listedBackups;
            if (!newestListedTakenAt || file.takenAt >= *newestListedTakenAt) {
                newestListedTakenAt = file.takenAt;
                newestListedPath = file.path;
            }
        }
        if (listing.truncated)
            listingErrors << QCoreApplication::translate("Fleet", "%1 has more entries than Proofer lists: only the first were looked at")
                                 .arg(listing.location);
    }
}

BackupObservation BackupObservation::fromCatalog(const BackupCatalog &catalog, const QString &namespaceName,
                                                 const QString &datastore, const QDateTime &readAt)
{
    BackupObservation backup;
    backup.readAt = readAt;
    backup.catalogCovers = catalog.coversNamespace(namespaceName);
    if (!backup.catalogCovers)
        return backup;
    backup.fleetLocations = catalog.directories(namespaceName);
    const BackupCatalogSummary summary = catalog.summary(namespaceName, datastore);
    backup.locations = summary.directories;
    backup.verifiedBackups = summary.verifiedBackups;
    backup.newestVerifiedTakenAt = summary.newestVerifiedTakenAt;
    backup.newestPath = summary.newestPath;
    backup.lastRestoreTestAt = summary.lastRestoreTestAt;
    backup.lastRestoreTestPath = summary.lastRestoreTestPath;
    return backup;
}

BackupObservation BackupObservation::unreadable(const QString &error, const QDateTime &readAt)
{
    BackupObservation backup;
    backup.readAt = readAt;
    backup.catalogError = error.isEmpty() ? QCoreApplication::translate("Fleet", "the backup catalog could not be read") : error;
    return backup;
}

void attachBackupCatalog(QList<DatastoreReport> &reports, const QString &namespaceName, const QString &catalogPath,
                         const QDateTime &readAt)
{
    BackupCatalog catalog(catalogPath);
    QString error;
    const bool loaded = catalog.load(&error);
    for (DatastoreReport &report : reports) {
        if (report.kind != Kind::PostgreSQL)
            continue;
        report.backup = loaded ? BackupObservation::fromCatalog(catalog, namespaceName, report.name, readAt)
                               : BackupObservation::unreadable(error, readAt);
    }
}

QJsonObject certificateJson(const Probe::CertificateInfo &c)
{
    return QJsonObject{
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("issuer"), c.issuer},
        {QStringLiteral("sans"), QJsonArray::fromStringList(c.sans)},
        {QStringLiteral("serial"), c.serialHex},
        {QStringLiteral("notBefore"), c.notBefore.toString(Qt::ISODate)},
        {QStringLiteral("notAfter"), c.notAfter.toString(Qt::ISODate)},
        {QStringLiteral("daysLeft"), c.daysLeft},
        {QStringLiteral("keyType"), c.keyType},
        {QStringLiteral("keyBits"), c.keyBits},
        {QStringLiteral("signatureAlgorithm"), c.signatureAlgorithm},
        {QStringLiteral("selfSigned"), c.selfSigned},
        {QStringLiteral("sha256"), c.sha256Fingerprint},
    };
}

std::optional<Probe::CertificateInfo> DatastoreReport::servedCertificate() const
{
    if (tls && !tls->chain.isEmpty())
        return tls->chain.first();
    if (postgres && !postgres->chain.isEmpty())
        return postgres->chain.first();
    if (redis && !redis->chain.isEmpty())
        return redis->chain.first();
    return std::nullopt;
}

QString DatastoreReport::authMethod() const
{
    if (postgres) {
        QString weakest;
        for (const Probe::HbaRule &rule : postgres->hbaRules) {
            if (!rule.type.startsWith(QStringLiteral("host")))
                continue;
            if (weakest.isEmpty() || methodStrength(rule.method) < methodStrength(weakest))
                weakest = rule.method;
        }
        if (!weakest.isEmpty())
            return weakest;
        // No rules to read: SCRAM only when new passwords are hashed with it and no stored verifier is
        // anything else. An unreadable pg_authid is no evidence of that.
        const QString encryption = postgres->settings.value(QStringLiteral("password_encryption"));
        const bool verifiersKnown = !postgres->unknown.contains(QStringLiteral("nonScramRoles"));
        if (postgres->connected && verifiersKnown && postgres->nonScramRoles.isEmpty()
            && encryption == u"scram-sha-256")
            return QStringLiteral("scram-sha-256");
        // Nothing readable: the probe's own TLS login, observed with channel binding required, is the method
        // the server uses for that path (unless the verifiers read say otherwise).
        if (postgres->connected && postgres->scramAuthentication == true
            && (!verifiersKnown || postgres->nonScramRoles.isEmpty()))
            return QStringLiteral("scram-sha-256");
        return QStringLiteral("unknown");
    }
    if (redis)
        return redis->authMethod;
    // AMQP PLAIN/AMQPLAIN and the management API: a user name and a password (guest's being public).
    if (rabbitmq && rabbitmq->managementReachable.value_or(false) && rabbitmq->guestLogin.has_value())
        return QStringLiteral("password");
    return QStringLiteral("unknown");
}

std::optional<bool> DatastoreReport::acceptsPlaintext() const
{
    std::optional<bool> plaintext = tls ? tls->plaintextAccepted : std::nullopt;
    if (postgres && postgres->plaintextAccepted)
        plaintext = postgres->plaintextAccepted;
    if (rabbitmq && rabbitmq->plainAmqpOpen)
        plaintext = plaintext.value_or(false) || *rabbitmq->plainAmqpOpen;
    return plaintext;
}

std::optional<bool> DatastoreReport::authRequired() const
{
    if (redis) {
        // Only a reply says whether AUTH is needed: a connection that never answered says nothing.
        if (redisAnswered())
            return redis->authRequired;
        return std::nullopt;
    }
    const QString method = authMethod();
    if (method == u"unknown")
        return std::nullopt;
    return method != u"trust" && method != u"none";
}

QMap<QString, QString> DatastoreReport::settings() const
{
    if (postgres)
        return postgres->settings;
    if (redis)
        return redis->settings;
    return {};
}

QList<ServerTlsFile> DatastoreReport::serverTlsFiles() const
{
    struct Names
    {
        const char *role;
        const char *pg;
        const char *redis;
    };
    static constexpr Names names[] = { { "certificate", "ssl_cert_file", "tls-cert-file" },
                                       { "key", "ssl_key_file", "tls-key-file" },
                                       { "ca", "ssl_ca_file", "tls-ca-cert-file" } };
    const bool pg = postgres.has_value();
    if (!pg && !redis)
        return {};
    const QMap<QString, QString> values = pg ? postgres->settings : redis->settings;
    const QMap<QString, QString> unknowns = pg ? postgres->unknown : redis->unknown;
    QString notRead;
    if (pg && !postgres->connected)
        notRead = postgres->error.isEmpty() ? QCoreApplication::translate("Fleet", "the PostgreSQL probe did not log in")
                                            : postgres->error;
    else if (!pg && !redisAnswered())
        notRead = redis->error.isEmpty() ? QCoreApplication::translate("Fleet", "Redis never answered") : redis->error;
    QList<ServerTlsFile> files;
    for (const Names &n : names) {
        ServerTlsFile file;
        file.role = QLatin1String(n.role);
        file.setting = QLatin1String(pg ? n.pg : n.redis);
        if (values.contains(file.setting))
            file.path = values.value(file.setting);
        else
            file.unknownReason = !notRead.isEmpty() ? notRead
                : unknowns.value(file.setting, QCoreApplication::translate("Fleet", "not read"));
        files << file;
    }
    return files;
}

bool DatastoreReport::redisAnswered() const
{
    return redis && (redis->authRequired || redis->authMethod != u"unknown");
}

QString DatastoreReport::notReachedReason() const
{
    const bool tlsReached = tls && (tls->tlsEnabled || tls->plaintextAccepted.value_or(false));
    const bool probeReached = (postgres && postgres->connected) || redisAnswered()
                              || (rabbitmq && (rabbitmq->plainAmqpOpen.value_or(false)
                                               || rabbitmq->managementReachable.value_or(false)));
    if (tlsReached || probeReached)
        return {};
    if (!errors.isEmpty())
        return errors.first();
    if (redis && redis->connected)
        return QCoreApplication::translate("Fleet", "%1: connected, but Redis never answered").arg(endpoint);
    return QCoreApplication::translate("Fleet", "%1: no answer").arg(endpoint);
}

bool DatastoreReport::unreachable() const
{
    return !notReachedReason().isEmpty();
}

QJsonObject DatastoreReport::toJson() const
{
    QJsonObject tlsJson;
    if (tls) {
        QJsonArray accepted;
        QJsonObject versions;
        for (const Probe::VersionResult &version : tls->versions) {
            const QString name = Probe::tlsVersionName(version.version);
            if (version.state == Probe::VersionState::Accepted)
                accepted.append(name);
            versions.insert(name, version.state == Probe::VersionState::Accepted      ? QStringLiteral("accepted")
                                  : version.state == Probe::VersionState::Refused     ? QStringLiteral("refused")
                                  : version.state == Probe::VersionState::NotTestable ? QStringLiteral("not testable")
                                                                                      : QStringLiteral("not tried"));
        }
        const std::optional<bool> plaintext = acceptsPlaintext();
        tlsJson = QJsonObject{
            {QStringLiteral("enabled"), tls->tlsEnabled},
            {QStringLiteral("acceptsPlaintext"), optionalBool(plaintext)},
            {QStringLiteral("protocols"), accepted},
            {QStringLiteral("versions"), versions},
            {QStringLiteral("negotiated"), tls->negotiatedProtocol},
            {QStringLiteral("cipher"), tls->cipher},
            {QStringLiteral("verified"), tls->verified},
            {QStringLiteral("verifyError"),
             tls->verifyError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tls->verifyError)},
        };
        if (tls->weakSuites) {
            QJsonArray weak;
            for (const Probe::WeakSuite &suite : *tls->weakSuites)
                weak.append(QJsonObject{{QStringLiteral("version"), Probe::tlsVersionName(suite.version)},
                                        {QStringLiteral("cipher"), suite.cipher},
                                        {QStringLiteral("weaknesses"), QJsonArray::fromStringList(suite.weaknesses)}});
            tlsJson.insert(QStringLiteral("weakSuites"), weak);
        } else {
            tlsJson.insert(QStringLiteral("weakSuites"), QJsonValue(QJsonValue::Null));
        }
        tlsJson.insert(QStringLiteral("cipherProfile"), Probe::cipherProfileName());
        if (!tls->weakSuitesDetail.isEmpty())
            tlsJson.insert(QStringLiteral("weakSuitesDetail"), tls->weakSuitesDetail);
        // Which Secret key each file the server reads comes from (also k8s.tlsMaterial, kept when tls is null).
        if (k8s)
            tlsJson.insert(QStringLiteral("material"), k8s->tlsMaterial.toJson());
    }
    const auto certificate = servedCertificate();
    QJsonArray errorArray = QJsonArray::fromStringList(errors);
    const std::optional<bool> required = authRequired();
    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("observedAt"), observedAt.toString(Qt::ISODate)},
        {QStringLiteral("tls"), tls ? QJsonValue(tlsJson) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("certificate"), certificate ? QJsonValue(certificateJson(*certificate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("required"), optionalBool(required)}, {QStringLiteral("method"), authMethod()}}},
        {QStringLiteral("settings"), mapJson(settings())},
        {QStringLiteral("k8s"), k8s ? QJsonValue(k8s->toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("unknown"), mapJson(unknown)},
        {QStringLiteral("errors"), errorArray},
        {QStringLiteral("backup"), backup ? QJsonValue(backup->toJson()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("logs"), logs ? QJsonValue(logs->toJson()) : QJsonValue(QJsonValue::Null)},
    };
    const QString down = notReachedReason();
    json.insert(QStringLiteral("reached"), down.isEmpty());
    json.insert(QStringLiteral("notReachedReason"), down.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(down));
    if (!observedEndpoint.isEmpty() && observedEndpoint != endpoint)
        json.insert(QStringLiteral("observedEndpoint"), observedEndpoint);
    const QList<ServerTlsFile> tlsFiles = serverTlsFiles();
    if (!tlsFiles.isEmpty()) {
        // The TLS files the server's own settings name (SHOW / CONFIG GET); a path not read says why.
        QJsonObject filesJson;
        for (const ServerTlsFile &file : tlsFiles) {
            QJsonObject one{{QStringLiteral("setting"), file.setting},
                            {QStringLiteral("path"), file.path ? QJsonValue(*file.path) : QJsonValue(QJsonValue::Null)}};
            if (!file.path)
                one.insert(QStringLiteral("unknown"), file.unknownReason);
            filesJson.insert(file.role, one);
        }
        json.insert(QStringLiteral("tlsFiles"), filesJson);
    }
    if (observations)
        json.insert(QStringLiteral("observations"), observations->toJson());
    if (postgres)
        json.insert(QStringLiteral("postgresql"), postgres->toJson());
    if (redis)
        json.insert(QStringLiteral("redis"), redis->toJson());
    if (rabbitmq)
        json.insert(QStringLiteral("rabbitmq"), rabbitmq->toJson());
    return json;
}

QJsonObject Snapshot::toJson() const
{
    QJsonArray stores;
    for (const DatastoreReport &report : datastores)
        stores.append(report.toJson());
    QJsonObject scope{{QStringLiteral("source"), source}};
    if (source == u"kubernetes") {
        scope.insert(QStringLiteral("context"), context);
        scope.insert(QStringLiteral("server"), server);
        scope.insert(QStringLiteral("namespace"), namespaceName);
    } else {
        scope.insert(QStringLiteral("targetsFile"), targetsFile);
    }
    QJsonObject json{
        {QStringLiteral("schema"), QString::fromUtf16(Schema)},
        {QStringLiteral("takenAt"), takenAt.toString(Qt::ISODate)},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("datastores"), stores},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
    };
    if (source == u"kubernetes")
        json.insert(QStringLiteral("kubernetes"), QJsonObject{{QStringLiteral("secretAccess"), secretAccess.toJson()}});
    if (!observationMode.isEmpty()) {
        QJsonObject mode{{QStringLiteral("mode"), observationMode}};
        if (observationMode != u"thorough")
            mode.insert(QStringLiteral("ttlSeconds"), observationTtlSeconds);
        json.insert(QStringLiteral("observations"), mode);
    }
    return json;
}

QJsonObject ObservationProvenance::toJson() const
{
    return QJsonObject{
        {QStringLiteral("reused"), reused},
        {QStringLiteral("observedAt"), observedAt.toString(Qt::ISODate)},
        {QStringLiteral("facts"), QJsonArray{QStringLiteral("tls.versions"), QStringLiteral("tls.acceptsPlaintext")}},
        {QStringLiteral("note"), reused ? QStringLiteral("reused (fingerprint unchanged)") : QStringLiteral("observed")},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("fingerprint"), fingerprint.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(fingerprint)},
    };
}

} // namespace Fleet
