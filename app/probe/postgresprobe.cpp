// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/postgresprobe.h"

#include "core/logging.h"
#include "probe/pgconnection.h"
#include "probe/pgqueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QPromise>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTimer>

#include <numeric>

#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <functional>

namespace Probe {

namespace {

/** Every connection of the probe names itself so that operators can filter it (pg_stat_activity, %a in logs). */
constexpr char s_applicationName[] = "proofer-probe";

QString value(const PGresult *result, int row, int column)
{
    if (PQgetisnull(result, row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(result, row, column));
}

/** The server's own words for a refused query (e.g. "permission denied for table pg_authid"). */
QString reasonOf(const PGresult *result)
{
    if (!result)
        return QCoreApplication::translate("Probe", "no result");
    if (const char *primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY))
        return QString::fromUtf8(primary);
    const QString message = cleanLibpqMessage(PQresultErrorMessage(result));
    return message.isEmpty() ? QString::fromUtf8(PQresStatus(PQresultStatus(result))) : message;
}

QStringList column(const PGresult *result, int col = 0)
{
    QStringList values;
    for (int row = 0; row < PQntuples(result); ++row)
        values << value(result, row, col);
    return values;
}

/** A throw-away password for the plaintext check: the real one never goes over an unencrypted link. */
QByteArray throwAwayPassword()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray password = QByteArrayLiteral("proofer-plaintext-check-");
    for (int i = 0; i < 16; ++i)
        password += alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))];
    return password;
}

/** Seconds since the epoch as the server writes them ("1733602480.123456"), to the millisecond; invalid when empty. */
QDateTime timestampOf(const QString &epoch)
{
    bool ok = false;
    const double seconds = epoch.toDouble(&ok);
    if (!ok || seconds <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0 + 0.5), Qt::UTC);
}

} // namespace

QString PostgresProbe::applicationName()
{
    return QString::fromLatin1(s_applicationName);
}

QStringList PostgresProbe::settingNames()
{
    QStringList names;
    for (const char *name : PgQueries::settings)
        names << QString::fromLatin1(name);
    return names;
}


struct PostgresProbe::Query
{
    QStringList facts; ///< the keys in PostgresFacts::unknown when the query is refused
    const char *sql = nullptr;
    QByteArray parameter; ///< null: no parameter
    std::function<void(PostgresFacts &facts, const PGresult *result)> read;
    bool done = false;
};

PostgresProbe::PostgresProbe(QObject *parent)
    : QObject(parent)
    , m_connection(new PgConnection(this))
    , m_plainConnection(new PgConnection(this))
    , m_stepTimer(new QTimer(this))
    , m_plainTimer(new QTimer(this))
    , m_overallTimer(new QTimer(this))
{
    m_stepTimer->setSingleShot(true);
    m_overallTimer->setSingleShot(true);
    m_plainTimer->setSingleShot(true);
    connect(m_stepTimer, &QTimer::timeout, this, &PostgresProbe::onStepTimeout);
    connect(m_plainTimer, &QTimer::timeout, this, &PostgresProbe::onPlaintextTimeout);
    connect(m_overallTimer, &QTimer::timeout, this, &PostgresProbe::onOverallTimeout);
}

PostgresProbe::~PostgresProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_connection->close();
    m_plainConnection->close();
}

void PostgresProbe::start(const PostgresTarget &target)
{
    if (m_running) {
        qCWarning(lcProbe) << "PostgreSQL probe of" << m_target.endpoint() << "already running; start() ignored";
        return;
    }
    m_target = target;
    m_facts = PostgresFacts {};
    m_facts.endpoint = target.endpoint();
    m_running = true;
    m_bindChannel = true;
    m_hostaddr.clear();
    m_caPath.clear();
    m_queries.clear();
    m_firstPrivilegedQuery = 0;
    if (m_target.overallTimeoutMs > 0)
        m_overallTimer->start(m_target.overallTimeoutMs);

    QString invalid;
    if (m_target.host.isEmpty())
        invalid = QCoreApplication::translate("Probe", "no host given");
    else if (m_target.port == 0)
        invalid = QCoreApplication::translate("Probe", "no port given");
    else if (m_target.user.isEmpty())
        invalid = QCoreApplication::translate("Probe", "no user given");
    if (invalid.isEmpty() && m_target.caFile.isEmpty() && !m_target.caPem.isEmpty()) {
        // libpq reads the CA from a file only: a private temp file (0600), removed when the probe ends.
        m_caTemp = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/proofer-pg-ca-XXXXXX.crt"));
        if (!m_caTemp->open() || m_caTemp->write(m_target.caPem) != m_target.caPem.size() || !m_caTemp->flush())
            invalid = QCoreApplication::translate("Probe", "could not write the CA to a temp file: %1").arg(m_caTemp->errorString());
        else
            m_caPath = QFile::encodeName(m_caTemp->fileName());
    } else if (!m_target.caFile.isEmpty()) {
        m_caPath = QFile::encodeName(m_target.caFile);
    }
    if (!invalid.isEmpty()) {
        // finished() always comes from the event loop, after start() returned.
        QTimer::singleShot(0, this, [this, invalid] { fail(stepError(QCoreApplication::translate("Probe", "connect"), invalid)); });
        return;
    }
    resolveThenConnect();
}

void PostgresProbe::cancel()
{
    if (!m_running)
        return;
    if (m_facts.connected)
        markRemainingUnknown(QCoreApplication::translate("Probe", "not read: the probe was cancelled"));
    fail(QCoreApplication::translate("Probe", "%1: cancelled during %2").arg(m_facts.endpoint, phaseName()));
}

void PostgresProbe::resolveThenConnect()
{
    if (!m_target.hostaddr.isEmpty()) {
        m_hostaddr = m_target.hostaddr.toUtf8();
    } else if (!QHostAddress(m_target.host).isNull()) {
        m_hostaddr = m_target.host.toUtf8();
    } else if (!m_target.host.startsWith(u'/')) {
        // libpq would resolve the name inside PQconnectPoll, blocking this thread: resolve it here first.
        m_phase = Phase::Resolving;
        startStepTimer(m_target.connectTimeoutMs);
        m_lookupId = QHostInfo::lookupHost(m_target.host, this, [this](const QHostInfo &info) {
            m_lookupId = -1;
            if (!m_running || m_phase != Phase::Resolving)
                return;
            m_stepTimer->stop();
            QHostAddress chosen;
            for (const QHostAddress &address : info.addresses()) {
                if (chosen.isNull()
                    || (chosen.protocol() != QAbstractSocket::IPv4Protocol
                        && address.protocol() == QAbstractSocket::IPv4Protocol))
                    chosen = address;
            }
            if (info.error() != QHostInfo::NoError || chosen.isNull()) {
                fail(stepError(QCoreApplication::translate("Probe", "connect"),
                               QCoreApplication::translate("Probe", "DNS lookup of %1 failed: %2").arg(m_target.host, info.errorString())));
                return;
            }
            m_hostaddr = chosen.toString().toUtf8();
            connectMain();
        });
        return;
    }
    connectMain();
}

void PostgresProbe::connectMain()
{
    m_phase = Phase::Connecting;
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray port = QByteArray::number(m_target.port);
    const QByteArray database = m_target.database.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const QByteArray sslmode = m_target.sslmode.toUtf8();
    PgConnection::Params params = {
        { "host", host.constData() },       { "port", port.constData() },
        { "dbname", database.constData() }, { "user", user.constData() },
        { "sslmode", sslmode.constData() }, { "gssencmode", "disable" }, // no Kerberos detour before TLS
        { "application_name", s_applicationName },
    };
    if (!m_hostaddr.isEmpty())
        params.emplace_back("hostaddr", m_hostaddr.constData());
    if (!m_caPath.isEmpty())
        params.emplace_back("sslrootcert", m_caPath.constData());
    // Over TLS the login itself asks for SCRAM with channel binding: libpq answers no other request (md5,
    // password, trust) and sends no password to it. Connected: the server authenticated with SCRAM-SHA-256-PLUS
    // (what require_auth=scram-sha-256 would test, without a second login). Refused before any password was
    // sent: that is the observation, and the probe logs in again without the requirement.
    const bool bindChannel = m_bindChannel && m_target.sslmode != u"disable";
    if (bindChannel)
        params.emplace_back("channel_binding", "require");
    // Handed to libpq straight from the Secret (libpq copies it); never in a conninfo string or a log.
    if (!m_target.password.isEmpty())
        params.emplace_back("password", m_target.password.reveal().constData());

    qCDebug(lcProbe) << "PostgreSQL probe: connecting to" << m_facts.endpoint << "as" << m_target.user << "sslmode"
                     << m_target.sslmode;
    startStepTimer(m_target.connectTimeoutMs);
    m_connection->open(
        params,
        [this, bindChannel] {
            if (bindChannel) {
                m_facts.scramAuthentication = true;
                m_facts.scramDetail = QCoreApplication::translate(
                    "Probe", "the probe's login used SCRAM-SHA-256 with channel binding (channel_binding=require)");
            }
            onMainConnected();
        },
        [this, bindChannel](PgConnection::Step step, const QString &cause) {
            if (m_phase == Phase::Connecting && bindChannel && step == PgConnection::Step::Authentication
                && !m_connection->failedAfterPassword()) {
                m_facts.scramAuthentication = false;
                m_facts.scramDetail
                    = QCoreApplication::translate("Probe", "the server did not authenticate the probe with SCRAM and "
                                                           "channel binding; no password was sent: %1")
                          .arg(cause);
                m_bindChannel = false;
                connectMain();
                return;
            }
            if (m_phase == Phase::Connecting) {
                fail(stepError(PgConnection::stepName(step), cause));
                return;
            }
            // The link broke during the queries.
            const QString message = stepError(PgConnection::stepName(step), cause);
            markRemainingUnknown(QCoreApplication::translate("Probe", "not read: %1").arg(cause));
            fail(message);
        });
}

void PostgresProbe::onMainConnected()
{
    m_stepTimer->stop();
    PGconn *conn = m_connection->handle();
    m_facts.connected = true;
    m_facts.serverVersion = QString::fromUtf8(PQparameterStatus(conn, "server_version"));
    m_facts.serverVersionNumber = PQserverVersion(conn);
    if (PQsslInUse(conn)) {
        m_facts.tlsProtocol = QString::fromUtf8(PQsslAttribute(conn, "protocol"));
        m_facts.tlsCipher = QString::fromUtf8(PQsslAttribute(conn, "cipher"));
        m_facts.tlsKeyBits = QByteArray(PQsslAttribute(conn, "key_bits")).toInt();
        if (auto *ssl = static_cast<SSL *>(PQsslStruct(conn, "OpenSSL"))) {
            // Client side: the chain as the server sent it, leaf first (not owned).
            if (STACK_OF(X509) *chain = SSL_get_peer_cert_chain(ssl)) {
                for (int i = 0; i < sk_X509_num(chain); ++i)
                    m_facts.chain << certificateInfo(sk_X509_value(chain, i));
            }
        }
    }
    qCDebug(lcProbe) << "PostgreSQL probe: connected to" << m_facts.endpoint << m_facts.serverVersion
                     << (m_facts.tlsProtocol.isEmpty() ? QStringLiteral("without TLS") : m_facts.tlsProtocol);
    Q_EMIT connected(TlsSession { m_facts.tlsProtocol, m_facts.tlsCipher, m_facts.chain });
    if (!m_running)
        return; // a handler cancelled the probe

    m_queries.clear();
    // The settings and is_superuser in one round trip. A setting pg_settings hides from this role is unknown
    // with the reason; never guessed from another source.
    QStringList settingFacts { QStringLiteral("superuser") };
    QByteArray settingNames = QByteArrayLiteral("{");
    for (const char *name : PgQueries::settings) {
        settingFacts << QString::fromLatin1(name);
        if (settingNames.size() > 1)
            settingNames += ',';
        settingNames += name;
    }
    settingNames += '}';
    m_queries.push_back(
        { settingFacts,
          m_facts.serverVersionNumber >= 150000 ? PgQueries::settingsAndRole : PgQueries::settingsAndRoleBefore15,
          settingNames, [this, role = m_target.user](PostgresFacts &facts, const PGresult *result) {
              for (int row = 0; row < PQntuples(result); ++row) {
                  const QString name = value(result, row, 0);
                  if (row == 0) {
                      facts.superuser = value(result, row, 3) == u"on";
                      m_mayReadHba = value(result, row, 5) == u"t";
                      m_mayReadAuthid = value(result, row, 6) == u"t";
                  }
                  if (!PQgetisnull(result, row, 1)) {
                      facts.settings.insert(name, value(result, row, 1));
                      continue;
                  }
                  const bool readsAll = value(result, row, 4) == u"t";
                  const QString exists = value(result, row, 2); // "t", "f" or null (before PostgreSQL 15)
                  QString reason;
                  if (exists == u"f")
                      reason = QCoreApplication::translate("Probe", "unrecognized configuration parameter \"%1\": not a setting of this server")
                                   .arg(name);
                  else if (readsAll)
                      reason = QCoreApplication::translate("Probe", "not listed in pg_settings although role %1 may read all settings").arg(role);
                  else if (exists == u"t")
                      reason = QCoreApplication::translate("Probe", "not visible to role %1: must be superuser or have privileges of "
                                       "pg_read_all_settings to examine it")
                                   .arg(role);
                  else
                      reason = QCoreApplication::translate("Probe", "not visible to role %1: must be superuser or have privileges of "
                                       "pg_read_all_settings to examine it (or this server version lacks it)")
                                   .arg(role);
                  facts.unknown.insert(name, reason);
              }
              if (!facts.superuser)
                  facts.unknown.insert(QStringLiteral("superuser"), QCoreApplication::translate("Probe", "the server returned no rows"));
          } });
    m_queries.push_back({ { QStringLiteral("extensionsInstalled"), QStringLiteral("extensionsAvailable") },
                          PgQueries::extensions,
                          {},
                          [](PostgresFacts &facts, const PGresult *result) {
                              for (int row = 0; row < PQntuples(result); ++row) {
                                  if (value(result, row, 0) == u"installed")
                                      facts.extensionsInstalled << value(result, row, 1);
                                  else
                                      facts.extensionsAvailable << value(result, row, 1);
                              }
                          } });
    m_queries.push_back({ { QStringLiteral("tlsSessionShare") },
                          PgQueries::tlsSessions,
                          {},
                          [](PostgresFacts &facts, const PGresult *result) {
                              if (PQntuples(result) < 1)
                                  return;
                              const int onTls = value(result, 0, 0).toInt();
                              const int visible = value(result, 0, 1).toInt();
                              const int hidden = value(result, 0, 2).toInt();
                              facts.sessionsCounted = visible;
                              if (visible > 0)
                                  facts.tlsSessionShare = double(onTls) / visible;
                              if (hidden > 0) {
                                  facts.unknown.insert(
                                      QStringLiteral("tlsSessionShare.otherRoles"),
                                      QCoreApplication::translate("Probe", "%1 other sessions are hidden from this role (their TLS state needs "
                                              "pg_read_all_stats); the share counts the %2 it can see")
                                          .arg(hidden)
                                          .arg(visible));
                              }
                          } });
    // Login roles and what they own: the services' role should be neither a superuser nor own other databases.
    m_queries.push_back({ { QStringLiteral("loginRoles") },
                          PgQueries::loginRoles,
                          {},
                          [](PostgresFacts &facts, const PGresult *result) {
                              const int rows = PQntuples(result);
                              for (int row = 0; row < std::min(rows, PgQueries::loginRolesLimit); ++row) {
                                  RoleFacts role;
                                  role.name = value(result, row, 0);
                                  role.superuser = value(result, row, 1) == u"t";
                                  role.createRole = value(result, row, 2) == u"t";
                                  role.createDb = value(result, row, 3) == u"t";
                                  role.bypassRls = value(result, row, 4) == u"t";
                                  role.replication = value(result, row, 5) == u"t";
                                  if (!PQgetisnull(result, row, 6))
                                      role.validUntil = value(result, row, 6).toLongLong();
                                  const QString owned = value(result, row, 7);
                                  if (!owned.isEmpty())
                                      role.ownedDatabases = owned.split(QChar(0x1f));
                                  role.current = value(result, row, 8) == u"t";
                                  facts.database = value(result, row, 9);
                                  facts.loginRoles << role;
                              }
                              if (rows > PgQueries::loginRolesLimit)
                                  facts.errors << QCoreApplication::translate("Probe", "more than %1 login roles: only the first %1 by name were read")
                                                      .arg(PgQueries::loginRolesLimit);
                          } });
    // Restarts and reloads: part of the fingerprint under which observations are reused (fleet/observationcache).
    m_queries.push_back({ { QStringLiteral("postmasterStartedAt"), QStringLiteral("configLoadedAt") },
                          PgQueries::serverTimes,
                          {},
                          [](PostgresFacts &facts, const PGresult *result) {
                              if (PQntuples(result) < 1)
                                  return;
                              facts.postmasterStartedAt = timestampOf(value(result, 0, 0));
                              facts.configLoadedAt = timestampOf(value(result, 0, 1));
                          } });
    // Second round, only what the role may read (the first round tells).
    m_firstPrivilegedQuery = int(m_queries.size());
    m_queries.push_back(
        { { QStringLiteral("hbaRules") }, PgQueries::hbaRules, {}, [](PostgresFacts &facts, const PGresult *result) {
             for (int row = 0; row < PQntuples(result); ++row) {
                 HbaRule rule;
                 rule.line = value(result, row, 0).toInt();
                 rule.type = value(result, row, 1);
                 rule.database = value(result, row, 2);
                 rule.user = value(result, row, 3);
                 rule.address = value(result, row, 4);
                 rule.netmask = value(result, row, 5);
                 rule.method = value(result, row, 6);
                 rule.error = value(result, row, 7);
                 facts.hbaRules << rule;
             }
         } });
    m_queries.push_back({ { QStringLiteral("nonScramRoles") },
                          PgQueries::nonScramRoles,
                          {},
                          [](PostgresFacts &facts, const PGresult *result) { facts.nonScramRoles = column(result); } });
    m_phase = Phase::Querying;
    m_mayReadHba.reset();
    m_mayReadAuthid.reset();
    // The plaintext check needs its own connection: it runs while the queries do (over a tunnel, each
    // step waited for in turn would cost its round trips again).
    m_queriesDone = false;
    m_plaintextDone = false;
    m_plainAttempts = 0;
    if (!m_gate)
        startPlaintextCheck();
    std::vector<int> firstRound(m_firstPrivilegedQuery);
    std::iota(firstRound.begin(), firstRound.end(), 0);
    runQueries(firstRound, [this] { runPrivilegedQueries(); });
}

void PostgresProbe::runPrivilegedQueries()
{
    // The first round said whether this role may read them; when it could not say (that query was refused),
    // they are sent anyway, and the server's refusal is the reason.
    std::vector<int> round;
    for (int i = m_firstPrivilegedQuery; i < int(m_queries.size()); ++i) {
        Query &query = m_queries[i];
        const std::optional<bool> allowed = query.facts.contains(QStringLiteral("hbaRules")) ? m_mayReadHba : m_mayReadAuthid;
        if (allowed.value_or(true)) {
            round.push_back(i);
            continue;
        }
        query.done = true;
        const QString reason
            = query.facts.contains(QStringLiteral("hbaRules"))
                  ? QCoreApplication::translate("Probe", "permission denied for view pg_hba_file_rules: role %1 may not read it (superuser, or "
                            "SELECT on the view and EXECUTE on its function, needed); not queried")
                  : QCoreApplication::translate("Probe", "permission denied for table pg_authid: role %1 may not read it (superuser, or SELECT on "
                            "it, needed); not queried");
        for (const QString &fact : std::as_const(query.facts))
            m_facts.unknown.insert(fact, reason.arg(m_target.user));
    }
    runQueries(round, [this] {
        m_connection->close();
        m_queriesDone = true;
        if (m_gate) {
            // The plaintext check was deferred: the gate decides with the facts read (the fingerprint).
            if (m_facts.tlsProtocol.isEmpty() || m_gate(m_facts))
                startPlaintextCheck();
            else
                m_plaintextDone = true;
            if (!m_running)
                return;
        }
        continueAfterChecks();
    });
}

/** Sends the queries at @p indexes in one pipeline (one round trip); @p then runs once every result is read. */
void PostgresProbe::runQueries(const std::vector<int> &indexes, std::function<void()> then)
{
    std::vector<PgConnection::Statement> statements;
    for (const int i : indexes)
        statements.push_back({ m_queries[i].sql, m_queries[i].parameter });
    startStepTimer(m_target.queryTimeoutMs);
    m_connection->sendPipeline(
        std::move(statements),
        [this, indexes](int index, const PGresult *result) {
            Query &query = m_queries[indexes[index]];
            query.done = true;
            if (result && PQresultStatus(result) == PGRES_TUPLES_OK) {
                query.read(m_facts, result);
            } else {
                for (const QString &fact : query.facts)
                    m_facts.unknown.insert(fact, reasonOf(result));
            }
        },
        [this, then = std::move(then)] {
            m_stepTimer->stop();
            then();
        });
}

void PostgresProbe::startPlaintextCheck()
{
    if (m_facts.tlsProtocol.isEmpty()) {
        m_facts.plaintextAccepted = true;
        m_facts.plaintextDetail = QCoreApplication::translate("Probe", "the probe itself connected without TLS");
        m_plaintextDone = true;
        return;
    }
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray port = QByteArray::number(m_target.port);
    const QByteArray database = m_target.database.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const QByteArray password = throwAwayPassword();
    PgConnection::Params params = {
        { "host", host.constData() },         { "port", port.constData() },
        { "dbname", database.constData() },   { "user", user.constData() },
        { "password", password.constData() }, { "sslmode", "disable" },
        { "gssencmode", "disable" },          { "application_name", s_applicationName },
    };
    if (!m_hostaddr.isEmpty())
        params.emplace_back("hostaddr", m_hostaddr.constData());

    ++m_plainAttempts;
    m_plainTimer->start(std::max(1, m_target.connectTimeoutMs));
    m_plainConnection->open(
        params,
        [this] {
            m_plainTimer->stop();
            m_plainConnection->close();
            m_facts.plaintextAccepted = true;
            m_facts.plaintextDetail
                = QCoreApplication::translate("Probe", "a connection without TLS was accepted, without a valid password (trust)");
            m_plaintextDone = true;
            continueAfterChecks();
        },
        [this](PgConnection::Step step, const QString &cause) {
            m_plainTimer->stop();
            if (cause.contains(QLatin1String("no pg_hba.conf entry"))
                || cause.contains(QLatin1String("pg_hba.conf rejects"))) {
                m_facts.plaintextAccepted = false;
                m_facts.plaintextDetail = QCoreApplication::translate("Probe", "refused by pg_hba.conf: %1").arg(cause);
            } else if (step == PgConnection::Step::Authentication
                       && (cause.contains(QLatin1String("authentication failed"))
                           || cause.contains(QLatin1String("password")))) {
                // Past pg_hba.conf: the server asked a client without TLS for a password.
                m_facts.plaintextAccepted = true;
                m_facts.plaintextDetail
                    = QCoreApplication::translate("Probe", "a connection without TLS reaches password authentication: %1").arg(cause);
            } else if (m_plainAttempts < 2) {
                // A transport failure (the link closed before the server's answer was read, a reset) says nothing
                // about pg_hba.conf: ask once more, a little later, before calling it unknown. (A refusal always
                // arrives whole: the tunnel hands a server's last words over before it closes.)
                QTimer::singleShot(100, this, [this] {
                    if (m_running && !m_plaintextDone)
                        startPlaintextCheck();
                });
                return;
            } else {
                m_facts.unknown.insert(QStringLiteral("plaintextAccepted"),
                                       stepError(PgConnection::stepName(step), cause));
            }
            m_plaintextDone = true;
            continueAfterChecks();
        });
}

void PostgresProbe::onPlaintextTimeout()
{
    if (!m_running || m_plaintextDone)
        return;
    const PgConnection::Step step = m_plainConnection->currentStep();
    m_plainConnection->close();
    m_facts.unknown.insert(QStringLiteral("plaintextAccepted"),
                           stepError(PgConnection::stepName(step),
                                     QCoreApplication::translate("Probe", "timed out after %1 ms without TLS")
                                         .arg(m_target.connectTimeoutMs)));
    m_plaintextDone = true;
    continueAfterChecks();
}

/** Once the queries and the plaintext check have both ended: the SCRAM check, then the facts. */
void PostgresProbe::continueAfterChecks()
{
    if (m_running && m_queriesDone && m_plaintextDone)
        startScramCheck();
}

void PostgresProbe::startScramCheck()
{
    m_phase = Phase::ScramCheck;
    if (m_facts.scramAuthentication.has_value()) {
        finish(); // the login over TLS already told (channel binding)
        return;
    }
    const int libpq = PQlibVersion();
    if (libpq < 160000) {
        m_facts.unknown.insert(QStringLiteral("scramAuthentication"),
                               QCoreApplication::translate("Probe", "not testable without TLS and with libpq %1: channel binding "
                                                                    "needs TLS, require_auth needs libpq 16")
                                   .arg(libpq / 10000));
        finish();
        return;
    }
    const QByteArray host = m_target.host.toUtf8();
    const QByteArray port = QByteArray::number(m_target.port);
    const QByteArray database = m_target.database.toUtf8();
    const QByteArray user = m_target.user.toUtf8();
    const QByteArray sslmode = m_target.sslmode.toUtf8();
    PgConnection::Params params = {
        { "host", host.constData() },        { "port", port.constData() },
        { "dbname", database.constData() },  { "user", user.constData() },
        { "sslmode", sslmode.constData() },  { "gssencmode", "disable" },
        { "require_auth", "scram-sha-256" }, { "application_name", s_applicationName },
    };
    if (!m_hostaddr.isEmpty())
        params.emplace_back("hostaddr", m_hostaddr.constData());
    if (!m_caPath.isEmpty())
        params.emplace_back("sslrootcert", m_caPath.constData());
    if (!m_target.password.isEmpty())
        params.emplace_back("password", m_target.password.reveal().constData());

    startStepTimer(m_target.connectTimeoutMs);
    m_connection->open(
        params,
        [this] {
            m_stepTimer->stop();
            m_connection->close();
            m_facts.scramAuthentication = true;
            m_facts.scramDetail = QCoreApplication::translate("Probe", "connected with require_auth=scram-sha-256");
            finish();
        },
        [this](PgConnection::Step step, const QString &cause) {
            m_stepTimer->stop();
            if (cause.contains(QLatin1String("require_auth"))
                || cause.contains(QLatin1String("authentication method requirement"))) {
                m_facts.scramAuthentication = false;
                m_facts.scramDetail = cause;
            } else {
                m_facts.unknown.insert(QStringLiteral("scramAuthentication"),
                                       stepError(PgConnection::stepName(step), cause));
            }
            finish();
        });
}

void PostgresProbe::startStepTimer(int ms)
{
    if (ms > 0)
        m_stepTimer->start(ms);
    else
        m_stepTimer->stop();
}

void PostgresProbe::onStepTimeout()
{
    if (!m_running)
        return;
    const PgConnection::Step step = m_connection->currentStep();
    const QString stepName = PgConnection::stepName(step);
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Resolving:
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        fail(stepError(
            QCoreApplication::translate("Probe", "connect"),
            QCoreApplication::translate("Probe", "DNS lookup of %1 timed out after %2 ms").arg(m_target.host).arg(m_target.connectTimeoutMs)));
        return;
    case Phase::Connecting: {
        QString cause;
        if (step == PgConnection::Step::Connect)
            cause = QCoreApplication::translate("Probe", "timed out after %1 ms: no TCP connection").arg(m_target.connectTimeoutMs);
        else if (step == PgConnection::Step::Tls)
            cause = QCoreApplication::translate("Probe", "timed out after %1 ms: the server accepted the TCP connection but did not answer the TLS "
                            "request")
                        .arg(m_target.connectTimeoutMs);
        else
            cause = QCoreApplication::translate("Probe", "timed out after %1 ms waiting for the server's answer").arg(m_target.connectTimeoutMs);
        fail(stepError(stepName, cause));
        return;
    }
    case Phase::Querying: {
        const QString cause = QCoreApplication::translate("Probe", "timed out after %1 ms").arg(m_target.queryTimeoutMs);
        QStringList waitingFor;
        for (const Query &query : m_queries) {
            if (!query.done)
                waitingFor << query.facts;
        }
        const QString fact = waitingFor.join(QStringLiteral(", "));
        markRemainingUnknown(QCoreApplication::translate("Probe", "not read: a query timed out"));
        fail(stepError(QCoreApplication::translate("Probe", "query"), fact.isEmpty() ? cause : QCoreApplication::translate("Probe", "%1 (reading %2)").arg(cause, fact)));
        return;
    }
    case Phase::ScramCheck:
        m_connection->close();
        m_facts.unknown.insert(QStringLiteral("scramAuthentication"),
                               stepError(stepName, QCoreApplication::translate("Probe", "timed out after %1 ms").arg(m_target.connectTimeoutMs)));
        finish();
        return;
    }
}

void PostgresProbe::onOverallTimeout()
{
    if (!m_running)
        return;
    const QString phase = phaseName();
    if (m_facts.connected)
        markRemainingUnknown(QCoreApplication::translate("Probe", "not read: the probe ran out of time"));
    fail(QCoreApplication::translate("Probe", "%1: the probe did not finish within %2 ms (overall limit), during %3")
             .arg(m_facts.endpoint)
             .arg(m_target.overallTimeoutMs)
             .arg(phase));
}

void PostgresProbe::markRemainingUnknown(const QString &reason)
{
    for (const Query &query : m_queries) {
        if (query.done)
            continue;
        for (const QString &fact : query.facts) {
            if (!m_facts.unknown.contains(fact))
                m_facts.unknown.insert(fact, reason);
        }
    }
    if (!m_facts.plaintextAccepted && !m_facts.unknown.contains(QStringLiteral("plaintextAccepted")))
        m_facts.unknown.insert(QStringLiteral("plaintextAccepted"), reason);
}

void PostgresProbe::fail(const QString &message)
{
    if (!m_running)
        return;
    if (m_facts.error.isEmpty())
        m_facts.error = message;
    else
        m_facts.errors << message;
    qCInfo(lcProbe).noquote() << "PostgreSQL probe:" << message;
    finish();
}

void PostgresProbe::finish()
{
    if (!m_running)
        return;
    m_stepTimer->stop();
    m_plainTimer->stop();
    m_overallTimer->stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    m_connection->close();
    m_plainConnection->close();
    m_caTemp.reset();
    m_phase = Phase::Idle;
    m_running = false;
    const PostgresFacts facts = m_facts;
    Q_EMIT finished(facts);
}

QString PostgresProbe::stepError(const QString &step, const QString &cause) const
{
    if (step == PgConnection::stepName(PgConnection::Step::Tls)
        && (cause.contains(QLatin1String("certificate verify failed"))
            || cause.contains(QLatin1String("does not match host name")))) {
        return QCoreApplication::translate("Probe", "%1: TLS verify failed: %2").arg(m_facts.endpoint, cause);
    }
    return QCoreApplication::translate("Probe", "%1: %2 failed: %3").arg(m_facts.endpoint, step, cause);
}

QString PostgresProbe::phaseName() const
{
    switch (m_phase) {
    case Phase::Idle:
        return QCoreApplication::translate("Probe", "start");
    case Phase::Resolving:
        return QCoreApplication::translate("Probe", "DNS lookup");
    case Phase::Connecting:
        return PgConnection::stepName(m_connection->currentStep());
    case Phase::Querying:
        if (m_queriesDone && !m_plaintextDone)
            return QCoreApplication::translate("Probe", "the plaintext check");
        return QCoreApplication::translate("Probe", "queries");
    case Phase::ScramCheck:
        return QCoreApplication::translate("Probe", "the SCRAM check");
    }
    return {};
}

QFuture<PostgresFacts> probePostgres(const PostgresTarget &target)
{
    auto promise = std::make_shared<QPromise<PostgresFacts>>();
    QFuture<PostgresFacts> future = promise->future();
    promise->start();
    auto *probe = new PostgresProbe;
    QObject::connect(probe, &PostgresProbe::finished, probe, [probe, promise](const PostgresFacts &facts) {
        promise->addResult(facts);
        promise->finish();
        probe->deleteLater();
    });
    probe->start(target);
    return future;
}

} // namespace Probe
