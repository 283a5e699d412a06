// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/rotationlogin.h"

#include "core/logging.h"
#include "kube/kubeclient.h"
#include "kube/portforwarder.h"
#include "probe/pgconnection.h"
#include "probe/respcodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryFile>
#include <QTimer>

#include <libpq-fe.h>

#include <functional>

namespace Ops {

namespace RotationLogin {

namespace {

// ---------------------------------------------------------------------------------------------------
// Sessions: one login to one datastore through a port-forward, TLS verified like libpq's verify-full.

using Failed = std::function<void(const QString &cause)>;

/** What one session is for, so that its messages say the step. */
class Session : public QObject
{
public:
    Session(Kube::KubeClient *client, const LoginTarget &target, int timeoutMs)
        : m_client(client)
        , m_target(target)
        , m_timeoutMs(timeoutMs)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            failWith(QCoreApplication::translate("Ops", "%1: no answer within %2 s").arg(m_target.name).arg(m_timeoutMs / 1000));
        });
    }

    /** Ends the session (idempotent); the object deletes itself from the event loop. */
    virtual void finish()
    {
        m_done = true;
        m_timer.stop();
        closeLink();
        if (m_forwarder) {
            m_forwarder->close();
            m_forwarder->deleteLater();
            m_forwarder = nullptr;
        }
        deleteLater();
    }

protected:
    virtual void closeLink() = 0;

    /** Opens the port-forward; false (and the failure reported from the event loop) when it cannot. */
    bool openTunnel()
    {
        m_timer.start(m_timeoutMs);
        if (!m_client) {
            failLater(QCoreApplication::translate("Ops", "%1: no cluster connection").arg(m_target.name));
            return false;
        }
        if (m_target.pod.isEmpty()) {
            failLater(QCoreApplication::translate("Ops", "%1: no pod to connect to").arg(m_target.name));
            return false;
        }
        if (m_target.caPem.isEmpty()) {
            failLater(QCoreApplication::translate("Ops", "%1: no CA certificate in its TLS Secret: the server cannot be verified (verify-full), "
                            "so the password is not sent")
                          .arg(m_target.name));
            return false;
        }
        m_forwarder = new Kube::PortForwarder(m_client, m_target.namespaceName, m_target.pod, m_target.podPort, this);
        QObject::connect(m_forwarder, &Kube::PortForwarder::tunnelError, this,
                         [this](const QString &message) { m_tunnelErrors << message; });
        QString error;
        if (!m_forwarder->listen(&error)) {
            failLater(QCoreApplication::translate("Ops", "%1: port-forward failed: %2").arg(m_target.name, error));
            return false;
        }
        return true;
    }

    quint16 localPort() const { return m_forwarder ? m_forwarder->localPort() : 0; }

    void failWith(const QString &cause)
    {
        if (m_done)
            return;
        QString message = cause;
        if (!m_tunnelErrors.isEmpty())
            message += QStringLiteral(" (") + m_tunnelErrors.join(QStringLiteral("; ")) + u')';
        const Failed failed = m_failed;
        finish();
        if (failed)
            failed(message);
    }

    void failLater(const QString &cause)
    {
        QTimer::singleShot(0, this, [this, cause] { failWith(cause); });
    }

    QPointer<Kube::KubeClient> m_client;
    LoginTarget m_target;
    int m_timeoutMs;
    QTimer m_timer;
    Kube::PortForwarder *m_forwarder = nullptr;
    QStringList m_tunnelErrors;
    Failed m_failed;
    bool m_done = false;
};

class PgSession final : public Session
{
public:
    using Session::Session;

    void open(const Core::Secret &password, std::function<void()> connected, Failed failed)
    {
        m_failed = std::move(failed);
        if (!openTunnel())
            return;
        m_ca = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/proofer-rotation-ca-XXXXXX.crt"));
        if (!m_ca->open() || m_ca->write(m_target.caPem) != m_target.caPem.size() || !m_ca->flush()) {
            failLater(QCoreApplication::translate("Ops", "%1: cannot write the CA to a temp file: %2").arg(m_target.name, m_ca->errorString()));
            return;
        }
        m_connection = new Probe::PgConnection(this);
        const QByteArray host = m_target.serverName.toUtf8();
        const QByteArray port = QByteArray::number(localPort());
        const QByteArray database = m_target.database.toUtf8();
        const QByteArray user = m_target.user.toUtf8();
        const QByteArray caPath = QFile::encodeName(m_ca->fileName());
        // The password goes from the Secret to libpq (which copies it); never into a conninfo string or a log.
        const Probe::PgConnection::Params params = {
            {"host", host.constData()},         {"hostaddr", "127.0.0.1"},
            {"port", port.constData()},         {"dbname", database.constData()},
            {"user", user.constData()},         {"password", password.reveal().constData()},
            {"sslmode", "verify-full"},         {"sslrootcert", caPath.constData()},
            {"gssencmode", "disable"},          {"application_name", "proofer-rotation"},
        };
        m_connection->open(
            params,
            [this, connected = std::move(connected)] {
                if (!m_done)
                    connected();
            },
            [this](Probe::PgConnection::Step step, const QString &cause) {
                failWith(QCoreApplication::translate("Ops", "%1: %2 failed: %3")
                             .arg(m_target.name, Probe::PgConnection::stepName(step), cause));
            });
    }

    PGconn *handle() const { return m_connection ? m_connection->handle() : nullptr; }

    /** One statement; @p done gets an empty string or the server's reason. A broken link goes to open()'s handler. */
    void exec(const QByteArray &sql, std::function<void(const QString &error)> done)
    {
        m_connection->sendQuery(sql.constData(), QByteArray(), [this, done = std::move(done)](const PGresult *result) {
            if (m_done)
                return;
            const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
            if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
                done({});
                return;
            }
            const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
            done(primary ? QString::fromUtf8(primary) : QCoreApplication::translate("Ops", "no result"));
        });
    }

protected:
    void closeLink() override
    {
        if (m_connection)
            m_connection->close();
        m_ca.reset();
    }

private:
    Probe::PgConnection *m_connection = nullptr;
    std::unique_ptr<QTemporaryFile> m_ca;
};

class RedisSession final : public Session
{
public:
    using Session::Session;
    using ReplyHandler = std::function<void(const Probe::RespValue &reply)>;

    void open(const Core::Secret &password, std::function<void()> connected, Failed failed)
    {
        m_failed = std::move(failed);
        m_password = password;
        m_connected = std::move(connected);
        if (!openTunnel())
            return;
        m_socket = new QSslSocket(this);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(m_target.caPem, QSsl::Pem));
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        m_socket->setSslConfiguration(ssl);
        QObject::connect(m_socket, &QSslSocket::encrypted, this, [this] { authenticate(); });
        QObject::connect(m_socket, &QSslSocket::readyRead, this, [this] { read(); });
        QObject::connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList reasons;
            for (const QSslError &error : errors)
                reasons << error.errorString();
            failWith(QCoreApplication::translate("Ops", "%1: TLS verification failed: %2").arg(m_target.name, reasons.join(QStringLiteral("; "))));
        });
        QObject::connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            failWith(QCoreApplication::translate("Ops", "%1: connection failed: %2").arg(m_target.name, m_socket->errorString()));
        });
        // Connect to the tunnel, verify the Service's name (what libpq's verify-full does for PostgreSQL).
        m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), localPort(), m_target.serverName);
    }

    void exec(const QList<QByteArray> &args, ReplyHandler handler)
    {
        m_pending.append(std::move(handler));
        QByteArray command = Probe::RespCodec::encode(args);
        m_socket->write(command);
        Core::wipe(command);
    }

protected:
    void closeLink() override
    {
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
            m_socket = nullptr;
        }
        m_password.clear();
    }

private:
    void authenticate()
    {
        QList<QByteArray> args {QByteArrayLiteral("AUTH")};
        if (!m_target.user.isEmpty())
            args << m_target.user.toUtf8();
        args << m_password.reveal();
        exec(args, [this](const Probe::RespValue &reply) {
            m_password.clear();
            if (reply.isError()) {
                // Redis's own words (WRONGPASS…) never echo the password.
                failWith(QCoreApplication::translate("Ops", "%1: authentication failed: %2")
                             .arg(m_target.name, QString::fromUtf8(reply.string.left(200))));
                return;
            }
            const auto connected = std::move(m_connected);
            m_connected = nullptr;
            if (connected)
                connected();
        });
        for (QByteArray &arg : args)
            Core::wipe(arg);
    }

    void read()
    {
        if (!m_socket)
            return;
        QByteArray data = m_socket->readAll();
        const bool ok = m_codec.feed(data);
        Core::wipe(data);
        for (Probe::RespValue &reply : m_codec.takeReplies()) {
            if (m_pending.isEmpty() || m_done)
                return;
            const ReplyHandler handler = m_pending.takeFirst();
            handler(reply);
            if (m_done)
                return;
        }
        if (!ok)
            failWith(QCoreApplication::translate("Ops", "%1: bad answer from Redis: %2").arg(m_target.name, m_codec.errorString()));
    }

    QSslSocket *m_socket = nullptr;
    Probe::RespCodec m_codec;
    QList<ReplyHandler> m_pending;
    Core::Secret m_password;
    std::function<void()> m_connected;
};

} // namespace

bool isDefaultRedisUser(const QString &user)
{
    return user.isEmpty() || user == u"default";
}

QFuture<QString> changePassword(Kube::KubeClient *client, const LoginTarget &target, const Core::Secret &current,
                                const Core::Secret &next, int timeoutMs)
{
    Pending<QString> pending;
    if (target.kind == Fleet::Kind::PostgreSQL) {
        auto *session = new PgSession(client, target, timeoutMs);
        session->open(
            current,
            [session, pending, target, next] {
                PGconn *conn = session->handle();
                const QByteArray user = target.user.toUtf8();
                // The algorithm is named, so libpq does not ask the server (that would block); the salt is random.
                char *verifier = PQencryptPasswordConn(conn, next.reveal().constData(), user.constData(),
                                                       "scram-sha-256");
                if (!verifier) {
                    const QString cause = Probe::cleanLibpqMessage(PQerrorMessage(conn));
                    session->finish();
                    pending.finish(QCoreApplication::translate("Ops", "%1: computing the SCRAM verifier failed: %2").arg(target.name, cause));
                    return;
                }
                char *identifier = PQescapeIdentifier(conn, user.constData(), size_t(user.size()));
                char *literal = PQescapeLiteral(conn, verifier, qstrlen(verifier));
                PQfreemem(verifier);
                if (!identifier || !literal) {
                    PQfreemem(identifier);
                    PQfreemem(literal);
                    session->finish();
                    pending.finish(QCoreApplication::translate("Ops", "%1: cannot quote the role name").arg(target.name));
                    return;
                }
                const QByteArray sql = QByteArrayLiteral("ALTER ROLE ") + identifier + QByteArrayLiteral(" PASSWORD ")
                                       + literal;
                PQfreemem(identifier);
                PQfreemem(literal);
                session->exec(sql, [session, pending, target](const QString &error) {
                    session->finish();
                    pending.finish(error.isEmpty() ? QString()
                                                   : QCoreApplication::translate("Ops", "%1: ALTER ROLE %2 refused: %3")
                                                         .arg(target.name, target.user, error));
                });
            },
            [pending](const QString &cause) { pending.finish(cause); });
        return pending.future();
    }
    auto *session = new RedisSession(client, target, timeoutMs);
    session->open(
        current,
        [session, pending, target, current, next] {
            QList<QByteArray> args;
            if (isDefaultRedisUser(target.user)) {
                args = {QByteArrayLiteral("CONFIG"), QByteArrayLiteral("SET"), QByteArrayLiteral("requirepass"),
                        next.reveal()};
            } else {
                args = {QByteArrayLiteral("ACL"), QByteArrayLiteral("SETUSER"), target.user.toUtf8(),
                        QByteArray('>' + next.reveal()), QByteArray('<' + current.reveal())};
            }
            const QString command = isDefaultRedisUser(target.user) ? QStringLiteral("CONFIG SET requirepass")
                                                                    : QStringLiteral("ACL SETUSER");
            session->exec(args, [session, pending, target, command](const Probe::RespValue &reply) {
                session->finish();
                pending.finish(reply.isError() ? QCoreApplication::translate("Ops", "%1: %2 refused: %3")
                                                     .arg(target.name, command,
                                                          QString::fromUtf8(reply.string.left(200)))
                                               : QString());
            });
            for (QByteArray &arg : args)
                Core::wipe(arg);
        },
        [pending](const QString &cause) { pending.finish(cause); });
    return pending.future();
}

} // namespace RotationLogin

namespace {

/** Logs in with @p password through @p session and logs out; the future holds "" or the cause. */
template<typename Session> QFuture<QString> loginOnce(Session *session, const Core::Secret &password)
{
    Pending<QString> pending;
    session->open(
        password,
        [session, pending] {
            session->finish();
            pending.finish(QString());
        },
        [pending](const QString &cause) { pending.finish(cause); });
    return pending.future();
}

} // namespace

QFuture<QString> tryLogin(Kube::KubeClient *client, const LoginTarget &target, const Core::Secret &password,
                          int timeoutMs)
{
    if (target.kind == Fleet::Kind::PostgreSQL)
        return loginOnce(new RotationLogin::PgSession(client, target, timeoutMs), password);
    return loginOnce(new RotationLogin::RedisSession(client, target, timeoutMs), password);
}

} // namespace Ops
