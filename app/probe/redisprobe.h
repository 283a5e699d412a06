// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "probe/respcodec.h"
#include "probe/tlscertificate.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace Probe {

/** Where and how to reach one Redis. */
struct RedisTarget
{
    QString host;
    QString serverName; ///< the name to verify (and SNI); empty: host. An IP address is checked against IP SANs.
    quint16 port = 0;
    bool tls = true;
    QByteArray caPem; ///< trusted CA certificates (PEM bundle); empty: the system's CAs
    QString user; ///< ACL user; empty: AUTH with the password alone (requirepass / the default user)
    Core::Secret password; ///< empty: no AUTH
    QByteArray clientCertPem; ///< for `tls-auth-clients yes`; empty: none
    Core::Secret clientKeyPem;
    int timeoutMs = 10000; ///< the whole probe: connect, handshake, AUTH and every command

    QString effectiveServerName() const { return serverName.isEmpty() ? host : serverName; }
    /** "host:port" ("[::1]:port" for IPv6). */
    QString endpoint() const;
};

/** What one RedisProbe run found. Never holds a password, not even requirepass's value. */
struct RedisFacts
{
    QString endpoint; ///< host:port
    bool connected = false; ///< TCP (and TLS) up; the commands may still have failed
    QString error; ///< the error that ended the probe early, naming host:port, the step and the cause
    QString tlsProtocol; ///< "TLSv1.3"; empty for plaintext
    QString tlsCipher;
    QList<CertificateInfo> chain; ///< as the server sent it, leaf first
    bool authRequired = false; ///< PING before AUTH was answered NOAUTH
    QString authMethod = QStringLiteral("unknown"); ///< "requirepass", "acl", "none" or "unknown"
    QString whoami; ///< ACL WHOAMI; empty when unknown
    QStringList aclUsers; ///< ACL LIST names, in server order
    QMap<QString, bool> nopassUsers; ///< ACL LIST name → whether the user is `nopass`
    std::optional<bool> defaultUserNopass; ///< from ACL LIST, or true when no AUTH was needed
    QMap<QString, QString> info; ///< INFO server and INFO persistence fields (redis_version, aof_enabled, …)
    /** CONFIG GET of appendonly, appendfsync, save, dir, tls-auth-clients, tls-protocols, port, tls-port,
     *  protected-mode, tls-cert-file, tls-key-file, tls-ca-cert-file; requirepass only as "set" or "empty". */
    QMap<QString, QString> settings;
    QMap<QString, QString> unknown; ///< fact → why it is not known (CONFIG renamed, NOPERM, …)
    QStringList errors; ///< every problem met, the fatal one included

    QJsonObject toJson() const;
};

/**
 * Probes one Redis over our own QSslSocket (Qt verifies the chain and the host name), with hiredis's reader
 * and formatter as the RESP codec (Probe::RespCodec, which caps what a hostile server can make it hold):
 * PING, AUTH when needed, CLIENT SETNAME proofer-probe (operators can filter the probe in CLIENT LIST), ACL WHOAMI, INFO server, INFO persistence, CONFIG GET of a fixed set of keys,
 * ACL LIST. Entirely on the event loop; the target's timeout bounds the whole run.
 *
 * Emits finished() exactly once per start(), cancel() included. The password and the AUTH command never
 * reach a log.
 */
class RedisProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisProbe)

public:
    explicit RedisProbe(QObject *parent = nullptr);
    ~RedisProbe() override;

    /** Starts probing @p target; a run still going is dropped without a signal. */
    void start(const RedisTarget &target);
    /** Ends the run now: finished() is emitted with the error "cancelled". Nothing when idle. */
    void cancel();
    bool isRunning() const { return m_running; }

    /** The name the probe's connection gives itself (CLIENT SETNAME, after AUTH): "proofer-probe". */
    static QString clientName();
    /** The CONFIG GET keys asked for, in order. */
    static QStringList configKeys();

signals:
    void finished(const Probe::RedisFacts &facts);

private:
    enum class Step { Connect, Tls, Auth, Command };
    enum class Query { Hello, Auth, SetName, Ping, Whoami, InfoServer, InfoPersistence, ConfigGet, AclList };
    struct Pending
    {
        Query query;
        QString key;
    };

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onTimeout();

    void beginSession();
    void send(Query query, const QList<QByteArray> &args, const QString &key = {});
    void sendAuth();
    void sendQueries();
    void handleReply(const Pending &pending, RespValue &reply);
    void handleConfig(const QString &key, RespValue &reply);
    void handleAclList(const RespValue &reply);
    void handleInfo(const QString &section, const RespValue &reply);

    QString stepName(Step step) const;
    /** Ends the run: records @p error (when not empty) at @p step, drops the connection, emits finished(). */
    void finish(Step step = Step::Command, const QString &error = {});
    void dropSocket();

    RedisTarget m_target;
    RedisFacts m_facts;
    QPointer<QSslSocket> m_socket;
    std::unique_ptr<RespCodec> m_codec;
    QTimer m_timer;
    QList<Pending> m_inflight;
    QStringList m_sslErrors;
    Step m_step = Step::Connect;
    qint64 m_bytesReceived = 0;
    bool m_authenticated = false; ///< AUTH answered OK
    bool m_helloDone = false; ///< the first PING was answered
    bool m_queriesSent = false;
    bool m_running = false;
};

} // namespace Probe

Q_DECLARE_METATYPE(Probe::RedisFacts)
