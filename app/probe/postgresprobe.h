// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "probe/tlscertificate.h"
#include "probe/tlsinspector.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTemporaryFile;
class QTimer;

namespace Probe {

class PgConnection;

/** Where and how to reach one PostgreSQL server. */
struct PostgresTarget
{
    QString host; ///< the name TLS verifies (verify-full), e.g. the Service name through a port-forward
    QString hostaddr; ///< optional IP to connect to (127.0.0.1 for a tunnel); empty: host is resolved first
    quint16 port = 5432;
    QString database = QStringLiteral("postgres");
    QString user;
    Core::Secret password;
    QString caFile; ///< PEM file of the CA(s) that issued the server certificate
    QByteArray caPem; ///< used when caFile is empty: written to a 0600 temp file for libpq
    QString sslmode = QStringLiteral("verify-full");
    int connectTimeoutMs = 10000; ///< per connection: TCP, TLS and authentication together
    int queryTimeoutMs = 10000; ///< per query
    int overallTimeoutMs = 60000; ///< the whole probe, all connections and queries

    /** "host:port", plus "(hostaddr)" when it connects elsewhere. */
    QString endpoint() const;
};

/** One line of pg_hba.conf as pg_hba_file_rules reports it. */
struct HbaRule
{
    int line = 0;
    QString type; ///< local, host, hostssl, hostnossl, hostgssenc, hostnogssenc
    QString database; ///< comma-separated, e.g. "all" or "app,replication"
    QString user; ///< comma-separated
    QString address; ///< empty for local lines
    QString netmask;
    QString method; ///< trust, reject, md5, password, scram-sha-256, cert, …
    QString error; ///< the server's parse error for this line, if any

    QJsonObject toJson() const;
};

/** A login role as pg_roles shows it: its privileges and the databases it owns. */
struct RoleFacts
{
    QString name;
    bool superuser = false;
    bool createRole = false;
    bool createDb = false;
    bool bypassRls = false;
    bool replication = false;
    std::optional<qint64> validUntil; ///< rolvaliduntil, seconds since the epoch; none: no expiry
    QStringList ownedDatabases;
    bool current = false; ///< the role the probe logged in as
    QJsonObject toJson() const;
};

/**
 * What a PostgreSQL probe found. Facts it could not read are absent (empty or nullopt) and listed in
 * `unknown` with the reason — never guessed.
 */
struct PostgresFacts
{
    QString endpoint;
    bool connected = false;
    /** Why the probe could not connect or stopped: names host:port, the step (connect, TLS, authentication,
     *  query) and the cause. Empty when it ran to the end. */
    QString error;
    QString serverVersion; ///< e.g. "15.18 (Debian 15.18-0+deb12u1)"
    int serverVersionNumber = 0; ///< e.g. 150018
    QDateTime postmasterStartedAt; ///< pg_postmaster_start_time(); invalid when not read
    QDateTime configLoadedAt; ///< pg_conf_load_time(): the last reload (or start); invalid when not read
    QString tlsProtocol; ///< e.g. "TLSv1.3"; empty: the connection is not on TLS
    QString tlsCipher;
    int tlsKeyBits = 0;
    QList<CertificateInfo> chain; ///< as the server sent it, leaf first
    QMap<QString, QString> settings; ///< setting name → value, for those the role may read
    QStringList extensionsInstalled;
    QStringList extensionsAvailable;
    std::optional<double> tlsSessionShare; ///< share of visible client sessions on TLS
    int sessionsCounted = 0; ///< client sessions whose TLS state the role could see
    QList<HbaRule> hbaRules;
    QStringList nonScramRoles; ///< roles with an md5 or plain-text password verifier
    std::optional<bool> superuser; ///< whether the probe's own role is a superuser
    QList<RoleFacts> loginRoles; ///< every role that may log in (pg_roles), by name
    QString database; ///< the database the probe's session is in (current_database())
    std::optional<bool> plaintextAccepted; ///< whether a connection without TLS gets past pg_hba.conf
    QString plaintextDetail;
    /// Whether the server authenticates with SCRAM: the probe's TLS login with channel_binding=require
    /// connected (true) or was refused before any password was sent (false); without TLS, require_auth (libpq 16+).
    std::optional<bool> scramAuthentication;
    QString scramDetail;
    QMap<QString, QString> unknown; ///< fact → why it could not be read
    QStringList errors; ///< problems that did not stop the probe

    QJsonObject toJson() const;
};

/**
 * Probes one PostgreSQL server with libpq on the caller's event loop, without ever blocking it: connects
 * (verify-full by default), records the TLS session and the peer chain, reads settings, extensions,
 * pg_stat_ssl, pg_hba_file_rules and pg_authid as far as the role may, then checks from the outside
 * whether a connection without TLS is accepted (with a throw-away password: the real one never travels in
 * clear text) and, with libpq 16+, whether SCRAM can be required.
 *
 * Emits finished() exactly once per start(): at the end, on the first fatal error, on a timeout or on
 * cancel(). The password is never logged, and no conninfo string is ever built.
 */
class PostgresProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresProbe)

public:
    explicit PostgresProbe(QObject *parent = nullptr);
    ~PostgresProbe() override;

    /** Starts probing; ignored (with a warning) while a probe runs. */
    void start(const PostgresTarget &target);
    /** Stops at once; finished() is emitted with a "cancelled" error. No-op when idle. */
    void cancel();
    bool isRunning() const { return m_running; }

    /**
     * Defers the plaintext check (the probe's one observation with a connection of its own) until the queries
     * have been read, then asks @p gate with the facts so far (settings, TLS session, times): true makes the
     * check, false leaves plaintextAccepted unset (not unknown) for the caller to fill from an earlier
     * observation. Without a gate (the default) the check runs alongside the queries. Set before start().
     */
    void setObservationGate(std::function<bool(const PostgresFacts &facts)> gate) { m_gate = std::move(gate); }
    /** The application_name of every connection the probe makes ("proofer-probe"). */
    static QString applicationName();
    /** The settings the probe reads (SHOW, through pg_settings), in order; PostgresFacts::settings keys. */
    static QStringList settingNames();

Q_SIGNALS:
    /**
     * The probe's own connection is up, before its queries: @p session is its TLS session (empty protocol
     * without TLS). With sslmode=verify-full libpq has verified it. Not emitted when the connection fails.
     */
    void connected(const Probe::TlsSession &session);
    void finished(const Probe::PostgresFacts &facts);

private:
    struct Query;

    void resolveThenConnect();
    void connectMain();
    void onMainConnected();
    void runQueries(const std::vector<int> &indexes, std::function<void()> then);
    void runPrivilegedQueries();
    void startPlaintextCheck();
    void onPlaintextTimeout();
    void continueAfterChecks();
    void startScramCheck();
    void startStepTimer(int ms);
    void onStepTimeout();
    void onOverallTimeout();
    void finish();
    void fail(const QString &message);
    void markRemainingUnknown(const QString &reason);
    QString stepError(const QString &step, const QString &cause) const;
    QString phaseName() const;

    /** Querying covers the plaintext check too: it runs on its own connection alongside the queries. */
    enum class Phase { Idle, Resolving, Connecting, Querying, ScramCheck };

    PostgresTarget m_target;
    PostgresFacts m_facts;
    Phase m_phase = Phase::Idle;
    bool m_running = false;
    QByteArray m_hostaddr; ///< resolved or given
    QByteArray m_caPath;
    std::unique_ptr<QTemporaryFile> m_caTemp;
    PgConnection *m_connection = nullptr;
    PgConnection *m_plainConnection = nullptr; ///< the sslmode=disable check, alongside the queries
    bool m_bindChannel = true; ///< the next login requires channel binding (until a server refuses it)
    bool m_queriesDone = false;
    bool m_plaintextDone = false;
    int m_plainAttempts = 0; ///< a transport failure of the plaintext check is tried once more before it is unknown
    std::vector<Query> m_queries;
    int m_firstPrivilegedQuery = 0; ///< m_queries from here on need privileges the first round checks
    std::optional<bool> m_mayReadHba; ///< from the first query: whether the role may read pg_hba_file_rules
    std::optional<bool> m_mayReadAuthid; ///< … and pg_authid
    QTimer *m_stepTimer = nullptr;
    QTimer *m_plainTimer = nullptr; ///< the plaintext check's own connect timeout
    QTimer *m_overallTimer = nullptr;
    int m_lookupId = -1;
    std::function<bool(const PostgresFacts &)> m_gate;
};

/** Runs a PostgresProbe on the calling thread's event loop; the future finishes with its facts. */
QFuture<PostgresFacts> probePostgres(const PostgresTarget &target);

} // namespace Probe

Q_DECLARE_METATYPE(Probe::PostgresFacts)
