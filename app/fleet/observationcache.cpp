// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/observationcache.h"

#include "core/logging.h"
#include "fleet/fleetscanner.h"
#include "fleet/snapshot.h"
#include "probe/postgresprobe.h"
#include "probe/redisprobe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Fleet {

namespace {

constexpr qint64 s_maxFileBytes = 16 * 1024 * 1024; ///< a cache is a few KiB per datastore; more is not ours
constexpr int s_keepDays = 30;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString stateName(Probe::VersionState state)
{
    switch (state) {
    case Probe::VersionState::Accepted:
        return QStringLiteral("accepted");
    case Probe::VersionState::Refused:
        return QStringLiteral("refused");
    case Probe::VersionState::NotTestable:
        return QStringLiteral("not testable");
    case Probe::VersionState::NotTried:
        break;
    }
    return QStringLiteral("not tried");
}

std::optional<Probe::VersionState> stateFromName(const QString &name)
{
    for (const auto state : { Probe::VersionState::Accepted, Probe::VersionState::Refused,
                              Probe::VersionState::NotTestable, Probe::VersionState::NotTried }) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

std::optional<Probe::TlsVersion> versionFromName(const QString &name)
{
    for (const auto version : { Probe::TlsVersion::Tls1_0, Probe::TlsVersion::Tls1_1, Probe::TlsVersion::Tls1_2,
                                Probe::TlsVersion::Tls1_3 }) {
        if (Probe::tlsVersionName(version) == name)
            return version;
    }
    return std::nullopt;
}

/** name=value lines, sorted: the same settings always give the same bytes. */
QByteArray linesOf(const QMap<QString, QString> &values)
{
    QByteArray bytes;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        bytes += it.key().toUtf8() + '=' + it.value().toUtf8() + '\n';
    return bytes;
}

QMutex &storeMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

QString Fingerprint::digest() const
{
    QByteArray bytes;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        bytes += it.key().toUtf8() + ':' + it.value().toLatin1() + '\n';
    return sha256Hex(bytes);
}

QStringList Fingerprint::changedFrom(const Fingerprint &earlier) const
{
    QStringList changed;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        if (earlier.parts.value(it.key()) != it.value())
            changed << it.key();
    }
    for (auto it = earlier.parts.cbegin(); it != earlier.parts.cend(); ++it) {
        if (!parts.contains(it.key()))
            changed << it.key();
    }
    changed.sort();
    return changed;
}

void Fingerprint::add(const QString &name, const QByteArray &value)
{
    parts.insert(name, sha256Hex(value));
}

void addPodParts(Fingerprint &fingerprint, const ScanTarget &target)
{
    if (!target.k8s)
        return; // a direct target: the server's own start time stands for a restart
    QList<PodFacts> pods = target.k8s->pods;
    std::sort(pods.begin(), pods.end(), [](const PodFacts &a, const PodFacts &b) { return a.name < b.name; });
    QByteArray bytes = "probed=" + target.pod.toUtf8() + '\n';
    for (const PodFacts &pod : std::as_const(pods)) {
        if (pod.uid.isEmpty()) {
            fingerprint.unreadable.insert(QStringLiteral("pods"),
                                          QCoreApplication::translate("Fleet", "pod %1 has no UID").arg(pod.name));
            return;
        }
        bytes += pod.name.toUtf8() + ' ' + pod.uid.toUtf8() + ' ' + QByteArray::number(pod.restarts) + ' '
                 + pod.image.toUtf8() + '\n';
    }
    if (pods.isEmpty() && !target.pod.isEmpty()) {
        fingerprint.unreadable.insert(QStringLiteral("pods"), QCoreApplication::translate("Fleet", "no pod facts were read"));
        return;
    }
    fingerprint.add(QStringLiteral("pods"), bytes);
}

void addCertificatePart(Fingerprint &fingerprint, const QString &sha256)
{
    fingerprint.add(QStringLiteral("certificate"), sha256.isEmpty() ? QByteArray("none") : sha256.toLatin1());
}

void addPostgresParts(Fingerprint &fingerprint, const Probe::PostgresFacts &facts, const QString &user,
                      const QString &database)
{
    fingerprint.add(QStringLiteral("login"), user.toUtf8() + '@' + database.toUtf8());
    // A restart or a reload changes these: every setting that governs TLS or pg_hba.conf takes effect only so.
    if (!facts.postmasterStartedAt.isValid() || !facts.configLoadedAt.isValid() || facts.serverVersion.isEmpty()) {
        fingerprint.unreadable.insert(
            QStringLiteral("server"),
            facts.unknown.value(QStringLiteral("configLoadedAt"),
                                QCoreApplication::translate("Fleet", "the server's start and configuration load times were not read")));
    } else {
        fingerprint.add(QStringLiteral("server"),
                        facts.serverVersion.toUtf8() + '\n'
                            + facts.postmasterStartedAt.toString(Qt::ISODateWithMs).toUtf8() + '\n'
                            + facts.configLoadedAt.toString(Qt::ISODateWithMs).toUtf8());
    }
    // The settings as far as the role may see them (a hidden one changes only with a reload, which the times catch).
    QMap<QString, QString> settings;
    for (auto it = facts.settings.cbegin(); it != facts.settings.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("ssl")) || it.key() == u"password_encryption")
            settings.insert(it.key(), it.value());
    }
    for (auto it = facts.unknown.cbegin(); it != facts.unknown.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("ssl")) || it.key() == u"password_encryption")
            settings.insert(it.key(), QStringLiteral("<not visible>"));
    }
    fingerprint.add(QStringLiteral("settings"), linesOf(settings));
    QByteArray hba;
    if (facts.unknown.contains(QStringLiteral("hbaRules"))) {
        hba = "<not readable>";
    } else {
        for (const Probe::HbaRule &rule : facts.hbaRules)
            hba += QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    fingerprint.add(QStringLiteral("hba"), hba);
}

void addRedisParts(Fingerprint &fingerprint, const Probe::RedisFacts &facts, const QString &user)
{
    fingerprint.add(QStringLiteral("login"), user.toUtf8());
    const QString runId = facts.info.value(QStringLiteral("run_id"));
    if (runId.isEmpty()) {
        fingerprint.unreadable.insert(QStringLiteral("server"),
                                      facts.unknown.value(QStringLiteral("info.server"),
                                                          QCoreApplication::translate("Fleet", "INFO server gave no run_id")));
    } else {
        fingerprint.add(QStringLiteral("server"),
                        runId.toUtf8() + '\n' + facts.info.value(QStringLiteral("redis_version")).toUtf8());
    }
    QMap<QString, QString> settings;
    for (const QString &key : Probe::RedisProbe::configKeys()) {
        if (!key.startsWith(QLatin1String("tls-")) && key != u"port")
            continue;
        if (facts.settings.contains(key)) {
            settings.insert(key, facts.settings.value(key));
        } else {
            // CONFIG GET renamed or refused: a CONFIG SET of the TLS settings would go unseen.
            fingerprint.unreadable.insert(QStringLiteral("settings"),
                                          facts.unknown.value(key, QCoreApplication::translate("Fleet", "%1 was not read").arg(key)));
            return;
        }
    }
    fingerprint.add(QStringLiteral("settings"), linesOf(settings));
}

QJsonObject CachedObservation::toJson() const
{
    QJsonObject parts;
    for (auto it = fingerprint.parts.cbegin(); it != fingerprint.parts.cend(); ++it)
        parts.insert(it.key(), it.value());
    QJsonArray versionArray;
    for (const Probe::VersionResult &result : versions) {
        versionArray.append(QJsonObject { { QStringLiteral("version"), Probe::tlsVersionName(result.version) },
                                          { QStringLiteral("state"), stateName(result.state) },
                                          { QStringLiteral("detail"), result.detail } });
    }
    QJsonValue weak;
    if (weakSuites) {
        QJsonArray suites;
        for (const Probe::WeakSuite &suite : *weakSuites)
            suites.append(QJsonObject { { QStringLiteral("version"), Probe::tlsVersionName(suite.version) },
                                        { QStringLiteral("cipher"), suite.cipher },
                                        { QStringLiteral("weaknesses"), QJsonArray::fromStringList(suite.weaknesses) } });
        weak = suites;
    }
    return QJsonObject {
        { QStringLiteral("observedAt"), observedAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("fingerprint"), parts },
        { QStringLiteral("versions"), versionArray },
        { QStringLiteral("weakSuites"), weak },
        { QStringLiteral("weakSuitesDetail"), weakSuitesDetail },
        { QStringLiteral("plaintextAccepted"), plaintextAccepted ? QJsonValue(*plaintextAccepted) : QJsonValue() },
        { QStringLiteral("plaintextDetail"), plaintextDetail },
    };
}

std::optional<CachedObservation> CachedObservation::fromJson(const QJsonObject &object)
{
    CachedObservation cached;
    cached.observedAt = QDateTime::fromString(object.value(QStringLiteral("observedAt")).toString(), Qt::ISODateWithMs);
    if (!cached.observedAt.isValid())
        return std::nullopt;
    const QJsonObject parts = object.value(QStringLiteral("fingerprint")).toObject();
    for (auto it = parts.constBegin(); it != parts.constEnd(); ++it)
        cached.fingerprint.parts.insert(it.key(), it.value().toString());
    for (const QJsonValue &value : object.value(QStringLiteral("versions")).toArray()) {
        const QJsonObject one = value.toObject();
        const auto version = versionFromName(one.value(QStringLiteral("version")).toString());
        const auto state = stateFromName(one.value(QStringLiteral("state")).toString());
        if (!version || !state)
            return std::nullopt;
        cached.versions << Probe::VersionResult { *version, *state, one.value(QStringLiteral("detail")).toString() };
    }
    const QJsonValue plaintext = object.value(QStringLiteral("plaintextAccepted"));
    if (plaintext.isBool())
        cached.plaintextAccepted = plaintext.toBool();
    cached.plaintextDetail = object.value(QStringLiteral("plaintextDetail")).toString();
    if (object.value(QStringLiteral("weakSuites")).isArray()) {
        QList<Probe::WeakSuite> suites;
        for (const QJsonValue &value : object.value(QStringLiteral("weakSuites")).toArray()) {
            const QJsonObject one = value.toObject();
            const auto version = versionFromName(one.value(QStringLiteral("version")).toString());
            if (!version)
                return std::nullopt;
            QStringList weaknesses;
            for (const QJsonValue &w : one.value(QStringLiteral("weaknesses")).toArray())
                weaknesses << w.toString();
            suites.append({ *version, one.value(QStringLiteral("cipher")).toString(), weaknesses });
        }
        cached.weakSuites = suites;
    }
    cached.weakSuitesDetail = object.value(QStringLiteral("weakSuitesDetail")).toString();
    if (cached.fingerprint.parts.isEmpty() || cached.versions.size() != 4 || !cached.plaintextAccepted)
        return std::nullopt;
    return cached;
}

ReuseDecision decideReuse(const std::optional<CachedObservation> &cached, const Fingerprint &now, const QDateTime &at,
                          std::chrono::seconds ttl, bool thorough)
{
    if (thorough)
        return { false, QCoreApplication::translate("Fleet", "a thorough scan observes everything") };
    if (!now.complete()) {
        QStringList why;
        for (auto it = now.unreadable.cbegin(); it != now.unreadable.cend(); ++it)
            why << it.key() + QStringLiteral(": ") + it.value();
        return { false, QCoreApplication::translate("Fleet", "the fingerprint could not be read (%1)").arg(why.join(QStringLiteral("; "))) };
    }
    if (!cached)
        return { false, QCoreApplication::translate("Fleet", "no earlier observation") };
    const QStringList changed = now.changedFrom(cached->fingerprint);
    if (!changed.isEmpty())
        return { false, QCoreApplication::translate("Fleet", "the fingerprint changed: %1").arg(changed.join(QStringLiteral(", "))) };
    const qint64 age = cached->observedAt.secsTo(at);
    if (age < 0 || age >= qint64(ttl.count()))
        return { false, QCoreApplication::translate("Fleet", "the last observation (%1) is older than %2 h")
                            .arg(cached->observedAt.toString(Qt::ISODate))
                            .arg(double(ttl.count()) / 3600.0) };
    return { true, QCoreApplication::translate("Fleet", "reused (fingerprint unchanged)") };
}

std::optional<CachedObservation> observationOf(const DatastoreReport &report, const Fingerprint &fingerprint)
{
    if (!fingerprint.complete() || !report.tls || !report.tls->tlsEnabled || !report.errors.isEmpty())
        return std::nullopt;
    CachedObservation cached;
    cached.observedAt = report.observedAt;
    cached.fingerprint.parts = fingerprint.parts;
    for (const Probe::VersionResult &result : report.tls->versions) {
        if (result.state == Probe::VersionState::NotTried)
            return std::nullopt; // an attempt did not end: observe again next time
    }
    cached.versions = report.tls->versions;
    if (!report.tls->weakSuites)
        return std::nullopt; // the suites were not enumerated: observe again next time
    cached.weakSuites = report.tls->weakSuites;
    cached.weakSuitesDetail = report.tls->weakSuitesDetail;
    if (report.postgres) {
        cached.plaintextAccepted = report.postgres->plaintextAccepted;
        cached.plaintextDetail = report.postgres->plaintextDetail;
    } else {
        cached.plaintextAccepted = report.tls->plaintextAccepted;
        cached.plaintextDetail = report.tls->plaintextDetail;
    }
    if (!cached.plaintextAccepted || cached.versions.size() != 4)
        return std::nullopt;
    return cached;
}

void applyObservation(DatastoreReport &report, const CachedObservation &cached)
{
    if (report.tls) {
        // The session's own version was observed now; the others come from the cached attempts.
        for (Probe::VersionResult &result : report.tls->versions) {
            if (result.state != Probe::VersionState::NotTried)
                continue;
            for (const Probe::VersionResult &earlier : cached.versions) {
                if (earlier.version == result.version)
                    result = earlier;
            }
        }
        if (!report.tls->weakSuites) {
            report.tls->weakSuites = cached.weakSuites;
            report.tls->weakSuitesDetail = cached.weakSuitesDetail;
        }
    }
    if (report.postgres) {
        report.postgres->plaintextAccepted = cached.plaintextAccepted;
        report.postgres->plaintextDetail = cached.plaintextDetail;
        report.postgres->unknown.remove(QStringLiteral("plaintextAccepted"));
    } else if (report.tls) {
        report.tls->plaintextAccepted = cached.plaintextAccepted;
        report.tls->plaintextDetail = cached.plaintextDetail;
    }
}

QString ObservationCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/observation-cache.json");
}

QString ObservationCache::key(const QString &scope, const ScanTarget &target)
{
    return scope + u'|' + kindName(target.kind) + u'|' + target.name + u'|' + target.endpoint();
}

ObservationCache ObservationCache::load(const QString &path, QString *error)
{
    ObservationCache cache;
    QFile file(path);
    if (!file.exists())
        return cache;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcFleet).noquote() << message;
        return cache;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Fleet", "cannot read the observation cache %1: %2").arg(path, file.errorString()));
    if (file.size() > s_maxFileBytes)
        return fail(QCoreApplication::translate("Fleet", "the observation cache %1 is larger than %2 MiB: ignored")
                        .arg(path)
                        .arg(s_maxFileBytes / 1024 / 1024));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(s_maxFileBytes), &parseError);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("schema")).toString() != QString::fromUtf16(Schema))
        return fail(QCoreApplication::translate("Fleet", "the observation cache %1 is damaged (%2): ignored")
                        .arg(path, parseError.error == QJsonParseError::NoError ? QStringLiteral("not %1").arg(QString::fromUtf16(Schema))
                                                                                 : parseError.errorString()));
    const QJsonObject entries = root.value(QStringLiteral("datastores")).toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (const auto cached = CachedObservation::fromJson(it.value().toObject()))
            cache.m_entries.insert(it.key(), *cached);
    }
    return cache;
}

bool ObservationCache::store(const QString &path, const QHash<QString, CachedObservation> &updates, QString *error)
{
    const QMutexLocker lock(&storeMutex());
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcFleet).noquote() << message;
        return false;
    };
    ObservationCache cache = load(path);
    for (auto it = updates.cbegin(); it != updates.cend(); ++it)
        cache.m_entries.insert(it.key(), it.value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject entries;
    for (auto it = cache.m_entries.cbegin(); it != cache.m_entries.cend(); ++it) {
        if (it.value().observedAt.daysTo(now) <= s_keepDays)
            entries.insert(it.key(), it.value().toJson());
    }
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory))
        return fail(QCoreApplication::translate("Fleet", "cannot create %1").arg(directory));
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = QJsonDocument(QJsonObject { { QStringLiteral("schema"), QString::fromUtf16(Schema) },
                                                        { QStringLiteral("datastores"), entries } })
                                .toJson(QJsonDocument::Indented);
    if (!file.isOpen() || file.write(json) != json.size() || !file.commit())
        return fail(QCoreApplication::translate("Fleet", "cannot write the observation cache %1: %2").arg(path, file.errorString()));
    return true;
}

std::optional<CachedObservation> ObservationCache::find(const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

} // namespace Fleet
