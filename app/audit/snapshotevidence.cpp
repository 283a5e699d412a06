// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/snapshotevidence.h"

#include "audit/checklist.h"

#include "audit/compliancecatalog.h"
#include "audit/ruleset.h"
#include "core/clock.h"
#include "probe/postgresprobe.h"
#include "probe/tlscertificate.h"

#include <QFileInfo>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace Audit {

namespace {

std::optional<bool> yesNo(const QMap<QString, QString> &settings, const QString &key)
{
    if (!settings.contains(key))
        return std::nullopt;
    const QString value = settings.value(key).toLower();
    return value == u"yes" || value == u"on" || value == u"true" || value == u"1";
}

/**
 * Backup facts as the scan read them (DatastoreReport::backup): Proofer's backup catalog, when it had entries for
 * this fleet (its directories, this datastore's verified backups whose files still existed), and the backup
 * locations the scan listed (this datastore's encrypted files there, seen but not decrypted). With neither, the
 * facts stay unknown and say why. Never reads a file.
 */
void addBackupFacts(Evidence &e, const Fleet::DatastoreReport &report)
{
    if (e.kind != Kind::PostgreSQL || !report.backup)
        return;
    const Fleet::BackupObservation &backup = *report.backup;
    const bool catalog = backup.known();
    if (!catalog && !backup.listingKnown()) {
        QStringList why;
        if (!backup.catalogError.isEmpty())
            why << QCoreApplication::translate("Audit", "Proofer's backup catalog could not be read: %1").arg(backup.catalogError);
        else
            why << QCoreApplication::translate("Audit", "Proofer's backup catalog has no backup of this namespace");
        if (!backup.listingErrors.isEmpty())
            why << QCoreApplication::translate("Audit", "the backup location could not be listed: %1").arg(backup.listingErrors.join(u"; "));
        else
            why << QCoreApplication::translate("Audit", "no backup location was given to list (proofer scan --backup-location DIR)");
        e.unknownReasons.insert(QStringLiteral("backup.location"), why.join(u"; "));
        return;
    }
    QStringList locations = catalog ? backup.fleetLocations : QStringList();
    for (const QString &location : backup.listedLocations) {
        if (!locations.contains(location))
            locations << location;
    }
    e.backup.location = locations.join(QStringLiteral(", "));
    e.backup.count = (catalog ? backup.verifiedBackups : 0) + backup.listedBackups;
    if (backup.listingKnown())
        e.backup.notes << QCoreApplication::translate("Audit", "%n backup(s) of this datastore: %1 verified by Proofer, %2 "
                                                               "encrypted file(s) seen at the location",
                                                      nullptr, *e.backup.count)
                              .arg(catalog ? backup.verifiedBackups : 0)
                              .arg(backup.listedBackups);
    std::optional<QDateTime> newest = catalog ? backup.newestVerifiedTakenAt : std::nullopt;
    if (backup.newestListedTakenAt && (!newest || *backup.newestListedTakenAt > *newest)) {
        newest = backup.newestListedTakenAt;
        e.backup.notes << QCoreApplication::translate("Audit", "The newest, %1, is an encrypted file the platform's script wrote: seen at "
                                                  "the location, not decrypted or restore-tested")
                              .arg(QFileInfo(backup.newestListedPath).fileName());
    } else if (newest && backup.listingKnown()) {
        e.backup.notes << QCoreApplication::translate("Audit", "The newest was verified by Proofer (decrypted, unpacked, dump header read)");
    }
    if (backup.listedNotEncrypted > 0)
        e.backup.notes << QCoreApplication::translate("Audit", "%n file(s) for this datastore at the location are empty or "
                                                               "not encrypted: not counted",
                                                      nullptr, backup.listedNotEncrypted);
    for (const QString &error : backup.listingErrors)
        e.backup.notes << error;
    if (newest)
        e.backup.newestAt = *newest;
    else
        e.unknownReasons.insert(QStringLiteral("backup.newestAt"), QCoreApplication::translate("Audit", "no backup of this datastore at the location"));
}

} // namespace

Evidence evidenceFrom(const Fleet::DatastoreReport &report)
{
    Evidence e;
    e.name = report.name;
    e.kind = report.kind;
    e.observedAt = report.observedAt;
    e.unknownReasons = report.unknown;
    e.notReached = report.notReachedReason();
    const QString unreachable = report.errors.isEmpty() ? QString() : report.errors.first();

    // TLS, as the inspector saw it.
    if (report.tls) {
        const Probe::TlsReport &tls = *report.tls;
        const bool reached = tls.tlsEnabled || tls.plaintextAccepted.has_value();
        if (reached) {
            e.tls.enabled = tls.tlsEnabled;
            e.host = tls.serverName;
        }
        const std::optional<bool> plaintext = report.acceptsPlaintext();
        e.tls.plaintextAccepted = plaintext;
        if (!plaintext)
            e.unknownReasons.insert(QStringLiteral("tls.plaintextAccepted"),
                                    tls.plaintextDetail.isEmpty() ? unreachable : tls.plaintextDetail);
        if (tls.tlsEnabled) {
            QSet<QString> accepted;
            bool anyTried = false;
            for (const Probe::VersionResult &version : tls.versions) {
                if (version.state == Probe::VersionState::Accepted)
                    accepted.insert(Probe::tlsVersionName(version.version));
                anyTried = anyTried || version.state == Probe::VersionState::Accepted
                           || version.state == Probe::VersionState::Refused;
            }
            if (anyTried)
                e.tls.protocolsAccepted = accepted;
            if (!tls.cipher.isEmpty())
                e.tls.cipher = tls.cipher;
            e.tls.verified = tls.verified;
            if (!tls.verifyError.isEmpty())
                e.tls.verifyError = tls.verifyError;
            if (tls.weakSuites) {
                QStringList weak;
                for (const Probe::WeakSuite &suite : *tls.weakSuites)
                    weak << QStringLiteral("%1 %2 (%3)").arg(Probe::tlsVersionName(suite.version), suite.cipher,
                                                            suite.weaknesses.join(QStringLiteral(", ")));
                e.tls.weakCiphersAccepted = weak;
                e.tls.weakCiphersNote = tls.weakSuitesDetail;
            } else {
                e.unknownReasons.insert(QStringLiteral("tls.weakCiphersAccepted"),
                                        tls.weakSuitesDetail.isEmpty() ? QCoreApplication::translate("Audit", "the suites were not enumerated")
                                                                       : tls.weakSuitesDetail);
            }
        }
    } else {
        e.unknownReasons.insert(QStringLiteral("tls"), unreachable.isEmpty() ? QStringLiteral("not inspected")
                                                                             : unreachable);
    }

    if (const auto leaf = report.servedCertificate()) {
        e.certificate.notBefore = leaf->notBefore;
        e.certificate.notAfter = leaf->notAfter;
        e.certificate.keyType = leaf->keyType;
        e.certificate.keyBits = leaf->keyBits;
        e.certificate.signatureAlgorithm = leaf->signatureAlgorithm;
        e.certificate.selfSigned = leaf->selfSigned;
        e.certificate.sanDns = leaf->dnsNames;
        e.certificate.sanIp = leaf->ipAddresses;
        if (report.tls && !report.tls->serverName.isEmpty()) {
            const QString name = report.tls->serverName;
            e.certificate.hostnameMatches = leaf->dnsNames.contains(name, Qt::CaseInsensitive)
                                            || leaf->ipAddresses.contains(name);
        }
        if (report.tls && report.tls->chain.size() > 1)
            e.ca.notAfter = report.tls->chain.last().notAfter;
    }

    // Kubernetes facts.
    if (report.k8s) {
        const Fleet::Datastore &k = *report.k8s;
        if (!k.tlsSecretCertificatePem.isEmpty()) {
            const QList<Probe::CertificateInfo> stored = Probe::parseCertificates(k.tlsSecretCertificatePem);
            const auto served = report.servedCertificate();
            if (!stored.isEmpty() && served)
                e.secretCertificateMatchesServed = stored.first().sha256Fingerprint == served->sha256Fingerprint;
            if (!k.tlsSecretCaPem.isEmpty() && !e.ca.notAfter) {
                const QList<Probe::CertificateInfo> ca = Probe::parseCertificates(k.tlsSecretCaPem);
                if (!ca.isEmpty())
                    e.ca.notAfter = ca.first().notAfter;
            }
        }
        if (k.keyFileMode)
            e.keyFileMode = *k.keyFileMode;
        if (k.exposure)
            e.network.exposure = *k.exposure;
        else if (!k.exposureUnknown.isEmpty())
            e.unknownReasons.insert(QStringLiteral("network.exposure"), k.exposureUnknown);
        if (k.ingressPolicies)
            e.network.ingressPolicies = *k.ingressPolicies;
        else if (!k.policiesUnknown.isEmpty())
            e.unknownReasons.insert(QStringLiteral("network.ingressPolicies"), k.policiesUnknown);
        e.network.openIngressPolicies = k.openIngressPolicies;
        QList<UnverifiedClient> clients;
        for (const Fleet::ClientSetting &client : k.clientsWithoutVerification)
            clients.append({client.workload, client.setting});
        e.clientsWithoutVerification = clients;
        QList<ClientConnection> connections;
        for (const Fleet::ClientSetting &client : k.clientConnections)
            connections.append({client.workload, client.source, client.verifies, client.setting, client.role});
        e.clientConnections = connections;
        if (k.password) {
            e.secret.passwordLength = k.password->length;
            e.secret.characterClasses = k.password->characterClasses;
        } else if (!k.passwordError.isEmpty()) {
            e.unknownReasons.insert(QStringLiteral("secret.passwordLength"), k.passwordError);
            e.unknownReasons.insert(QStringLiteral("secret.characterClasses"), k.passwordError);
            e.unknownReasons.insert(QStringLiteral("secret.sharedWith"), k.passwordError);
        }
        if (k.passwordRotatedAt.isValid())
            e.secret.rotatedAt = k.passwordRotatedAt;
        e.secret.rotatedSource = k.passwordRotatedSource;
        if (k.passwordSharedWith)
            e.secret.sharedWith = *k.passwordSharedWith;
        bool bound = false;
        for (const Fleet::PvcFacts &pvc : k.pvcs) {
            if (pvc.phase == u"Bound" && !bound) {
                if (!pvc.capacity.isEmpty())
                    e.pvc.capacity = pvc.capacity;
                e.pvc.accessModes = pvc.accessModes;
            }
            bound = bound || pvc.phase == u"Bound";
        }
        e.pvc.bound = bound;
        e.pvc.ephemeral = k.ephemeralData;
        if (!k.pvcs.isEmpty())
            e.pvc.name = k.pvcs.first().name;
        if (!k.pods.isEmpty()) {
            e.pod.phase = k.pods.first().phase;
            e.pod.ready = k.pods.first().ready;
            e.pod.restarts = k.pods.first().restarts;
        }
    } else {
        const QString reason = QStringLiteral("a direct target: no Kubernetes facts");
        for (const char *fact : {"pvc", "pod", "secret", "keyFileMode", "clientsWithoutVerification", "clientConnections"})
            e.unknownReasons.insert(QLatin1String(fact), reason);
    }

    if (report.postgres && report.postgres->connected) {
        const Probe::PostgresFacts &pg = *report.postgres;
        if (!pg.unknown.contains(QStringLiteral("hbaRules"))) {
            QList<HbaRule> rules;
            for (const Probe::HbaRule &rule : pg.hbaRules)
                rules.append({rule.type, rule.database, rule.user, rule.address, rule.method, rule.line});
            if (!rules.isEmpty())
                e.pg.hbaRules = rules;
        }
        if (pg.settings.contains(QStringLiteral("password_encryption")))
            e.pg.passwordEncryption = pg.settings.value(QStringLiteral("password_encryption"));
        if (!pg.unknown.contains(QStringLiteral("nonScramRoles")))
            e.pg.nonScramRoles = pg.nonScramRoles;
        if (!pg.unknown.contains(QStringLiteral("loginRoles")) && !pg.loginRoles.isEmpty()) {
            QList<LoginRole> roles;
            for (const Probe::RoleFacts &role : pg.loginRoles) {
                roles.append({role.name, role.superuser, role.createRole, role.createDb, role.bypassRls, role.ownedDatabases});
                if (role.current) {
                    e.pg.credentialsRole = role.name;
                    if (role.validUntil)
                        e.secret.validUntil = QDateTime::fromSecsSinceEpoch(*role.validUntil, Qt::UTC);
                }
            }
            e.pg.loginRoles = roles;
            e.pg.database = pg.database;
        }
        e.pg.scramLogin = pg.scramAuthentication;
        e.pg.scramLoginDetail = pg.scramDetail;
        e.pg.settings = pg.settings;
        // A setting the role may not read (or the server lacks) is unknown under the name the rules use, with the
        // probe's reason ("not visible to role app: must be superuser or have privileges of pg_read_all_settings").
        for (const QString &name : Probe::PostgresProbe::settingNames()) {
            if (!pg.settings.contains(name) && pg.unknown.contains(name))
                e.unknownReasons.insert(QStringLiteral("pg.settings.") + name, pg.unknown.value(name));
        }
        if (pg.serverVersionNumber > 0) {
            e.pg.serverVersionNumber = pg.serverVersionNumber;
            e.pg.serverVersion = pg.serverVersion;
        } else {
            e.unknownReasons.insert(QStringLiteral("pg.serverVersionNumber"),
                                    QCoreApplication::translate("Audit", "the server reported no server_version"));
        }
        e.pg.extensionsInstalled = pg.extensionsInstalled;
        e.pg.extensionsAvailable = pg.extensionsAvailable;
    } else if (report.postgres) {
        // Reached (or not) but never logged in: every server fact is unknown for the probe's reason.
        const QString why = report.postgres->error.isEmpty()
            ? QCoreApplication::translate("Audit", "the PostgreSQL probe did not log in")
            : report.postgres->error;
        for (const char *fact : { "pg.serverVersionNumber", "pg.settings", "pg.hbaRules", "pg.passwordEncryption",
                                  "pg.extensionsInstalled" })
            e.unknownReasons.insert(QLatin1String(fact), why);
    }
    if (report.redis && !report.redisAnswered()) {
        // Connected (a port-forward accepts locally) but no reply: nothing is known about Redis itself.
        const QString why = report.redis->error.isEmpty()
            ? QCoreApplication::translate("Audit", "Redis never answered") : report.redis->error;
        for (const char *fact : {"redis.authRequired", "redis.defaultUserNopass", "redis.aclUsers",
                                 "redis.tlsAuthClients", "redis.appendonly", "redis.appendfsync", "redis.save",
                                 "redis.plainPortOpen"})
            e.unknownReasons.insert(QLatin1String(fact), why);
    } else if (report.redis) {
        const Probe::RedisFacts &redis = *report.redis;
        e.redis.authRequired = redis.authRequired;
        e.redis.defaultUserNopass = redis.defaultUserNopass;
        QStringList users = redis.aclUsers;
        users.removeAll(QStringLiteral("default"));
        if (!redis.unknown.contains(QStringLiteral("aclUsers")))
            e.redis.aclUsers = users;
        if (redis.settings.contains(QStringLiteral("tls-auth-clients")))
            e.redis.tlsAuthClients = redis.settings.value(QStringLiteral("tls-auth-clients"));
        e.redis.appendonly = yesNo(redis.settings, QStringLiteral("appendonly"));
        if (redis.settings.contains(QStringLiteral("appendfsync")))
            e.redis.appendfsync = redis.settings.value(QStringLiteral("appendfsync"));
        if (redis.settings.contains(QStringLiteral("save")))
            e.redis.save = redis.settings.value(QStringLiteral("save"));
        if (redis.settings.contains(QStringLiteral("dir")))
            e.redis.dir = redis.settings.value(QStringLiteral("dir"));
        // CONFIG GET renamed, denied (NOPERM) or missing a key: the fact is unknown with the probe's reason.
        for (const char *key : { "appendonly", "appendfsync", "save", "tls-auth-clients", "port" }) {
            const QString name = QLatin1String(key);
            if (!redis.settings.contains(name) && redis.unknown.contains(name)) {
                const QString fact = name == u"tls-auth-clients" ? QStringLiteral("redis.tlsAuthClients")
                    : name == u"port"                            ? QStringLiteral("redis.plainPortOpen")
                                                                 : QStringLiteral("redis.") + name;
                e.unknownReasons.insert(fact, redis.unknown.value(name));
            }
        }
        if (redis.settings.contains(QStringLiteral("port")))
            e.redis.plainPortOpen = redis.settings.value(QStringLiteral("port")) != u"0";
    }
    if (report.rabbitmq) {
        const Probe::RabbitMqFacts &rabbit = *report.rabbitmq;
        e.rabbitmq.guestLogin = rabbit.guestLogin;
        e.rabbitmq.guestExists = rabbit.guestExists;
        e.rabbitmq.plainPortOpen = rabbit.plainAmqpOpen;
    }
    addBackupFacts(e, report);
    return e;
}

FleetEvidence fleetEvidenceFrom(const Fleet::Snapshot &snapshot, bool kubeconfigInsecure)
{
    FleetEvidence fleet;
    fleet.observedAt = snapshot.takenAt;
    if (snapshot.source == u"kubernetes") {
        fleet.scope = QStringLiteral("namespace/") + snapshot.namespaceName;
        fleet.kubeconfigInsecureSkipTlsVerify = kubeconfigInsecure;
    } else {
        fleet.scope = QStringLiteral("targets");
        fleet.unknownReasons.insert(QStringLiteral("kubeconfigInsecureSkipTlsVerify"),
                                    QStringLiteral("a targets file: no kubeconfig"));
    }
    if (snapshot.source == u"kubernetes" && snapshot.secretAccess.observed)
        fleet.secretsReadableBroadly = snapshot.secretAccess.broadGrants();
    else
        fleet.unknownReasons.insert(QStringLiteral("secretsReadableBroadly"),
                                    snapshot.source != u"kubernetes" ? QStringLiteral("a targets file: no RBAC")
                                    : snapshot.secretAccess.unknownReason.isEmpty()
                                        ? QStringLiteral("RBAC was not read in this scan")
                                        : snapshot.secretAccess.unknownReason);
    return fleet;
}

QJsonObject checkJson(const Assessment &a)
{
    QJsonObject json {
        { QStringLiteral("rule"), a.ruleId },
        { QStringLiteral("outcome"), statusName(a.outcome.status) },
        { QStringLiteral("reason"), a.outcome.reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.outcome.reason) },
        { QStringLiteral("basis"), basisName(a.basis) },
        { QStringLiteral("evidence"), QJsonArray::fromStringList(a.outcome.evidence) },
    };
    if (a.acceptance)
        json.insert(QStringLiteral("acceptance"), a.acceptance->toJson());
    return json;
}

QJsonObject Audit::toJson(const Fleet::Snapshot &snapshot) const
{
    QJsonObject root = snapshot.toJson();
    QJsonArray stores = root.value(QStringLiteral("datastores")).toArray();
    QSet<QString> names;
    for (const Fleet::DatastoreReport &report : snapshot.datastores)
        names.insert(report.name);
    QJsonArray fleetChecks;
    for (const Assessment &a : assessments) {
        if (!names.contains(a.datastore))
            fleetChecks.append(checkJson(a));
    }
    root.insert(QStringLiteral("fleetChecks"), fleetChecks);
    for (qsizetype i = 0; i < stores.size(); ++i) {
        QJsonObject store = stores.at(i).toObject();
        const QString name = store.value(QStringLiteral("name")).toString();
        QJsonArray checks;
        for (const Assessment &a : assessments) {
            if (a.datastore == name)
                checks.append(checkJson(a));
        }
        store.insert(QStringLiteral("checks"), checks);
        QJsonArray storeFindings;
        for (const Finding &finding : findings) {
            if (finding.datastore == name)
                storeFindings.append(finding.toJson());
        }
        store.insert(QStringLiteral("findings"), storeFindings);
        if (const Grade *g = grade.datastore(name))
            store.insert(QStringLiteral("grade"), g->toJson());
        stores.replace(i, store);
    }
    root.insert(QStringLiteral("datastores"), stores);
    QJsonArray fleetFindings;
    for (const Finding &finding : findings) {
        bool perDatastore = false;
        for (const Fleet::DatastoreReport &report : snapshot.datastores)
            perDatastore = perDatastore || report.name == finding.datastore;
        if (!perDatastore)
            fleetFindings.append(finding.toJson());
    }
    root.insert(QStringLiteral("fleetFindings"), fleetFindings);
    root.insert(QStringLiteral("grade"), grade.fleet.toJson());
    root.insert(QStringLiteral("compliance"), compliance.toJson());
    root.insert(QStringLiteral("checklist"), checklistJson(computeChecklist(snapshot, this)));
    root.insert(QStringLiteral("policy"), policy.toJson(assessments, Core::Clock::currentDateTimeUtc().date()));
    if (!complianceError.isEmpty())
        root.insert(QStringLiteral("complianceError"), complianceError);
    return root;
}

Audit auditSnapshot(const Fleet::Snapshot &snapshot, const QString &complianceDir, bool kubeconfigInsecure,
                    const Policy &policy)
{
    Audit result;
    result.policy = policy;
    QList<Evidence> evidence;
    for (const Fleet::DatastoreReport &report : snapshot.datastores)
        evidence << evidenceFrom(report);
    FleetEvidence fleet = fleetEvidenceFrom(snapshot, kubeconfigInsecure);
    fleet.profile = policy.profile;
    result.assessments = evaluate(evidence, fleet);
    applyAcceptances(result.assessments, policy, Core::Clock::currentDateTimeUtc().date());
    result.findings = Finding::fromAssessments(result.assessments);
    result.grade = Grader(result.assessments).grade();
    if (snapshot.datastores.isEmpty()) {
        // Nothing to grade is not a clean bill: say where nothing was found (a typo, the wrong context, nothing deployed).
        result.grade.fleet.reason = snapshot.source == u"kubernetes"
            ? QCoreApplication::translate("Audit", "no PostgreSQL, Redis or RabbitMQ found in namespace %1 of context %2")
                  .arg(snapshot.namespaceName, snapshot.context)
            : QCoreApplication::translate("Audit", "no datastore listed in targets file %1").arg(snapshot.targetsFile);
    }
    QString error;
    const ComplianceCatalog catalog = ComplianceCatalog::load(complianceDir, &error);
    if (error.isEmpty())
        result.compliance = ComplianceMatrix::build(catalog, result.assessments);
    else
        result.complianceError = error;
    return result;
}

} // namespace Audit
