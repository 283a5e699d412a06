// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/redisprobe.h"

#include "core/sslkey.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>

namespace Probe {

namespace {

QString text(const RespValue &reply)
{
    return QString::fromUtf8(reply.string);
}

/** Why a command's reply means "not known" rather than a finding. */
QString refusalReason(const QString &command, const RespValue &reply, const QString &user)
{
    const QString error = text(reply);
    if (error.startsWith(QLatin1String("ERR unknown command")))
        return QCoreApplication::translate("Probe", "%1 is renamed or disabled on this server (%2)").arg(command, error);
    if (error.startsWith(QLatin1String("NOPERM")))
        return QCoreApplication::translate("Probe", "%1 is not allowed for user \"%2\" (%3)")
            .arg(command, user.isEmpty() ? QStringLiteral("default") : user, error);
    return QCoreApplication::translate("Probe", "%1 failed: %2").arg(command, error);
}

QString protocolName(const QSslSocket &socket)
{
    switch (socket.sessionProtocol()) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return socket.sessionCipher().protocolString();
    }
}

QSslKey readPrivateKey(const QByteArray &pem)
{
    return Core::loadPrivateKey(pem);
}

} // namespace

QString RedisTarget::endpoint() const
{
    const QHostAddress address(host);
    if (!address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QJsonObject RedisFacts::toJson() const
{
    QJsonArray certificates;
    for (const CertificateInfo &certificate : chain) {
        certificates.append(QJsonObject {
            { QStringLiteral("subject"), certificate.subject },
            { QStringLiteral("issuer"), certificate.issuer },
            { QStringLiteral("sans"), QJsonArray::fromStringList(certificate.sans) },
            { QStringLiteral("serial"), certificate.serialHex },
            { QStringLiteral("notBefore"), certificate.notBefore.toString(Qt::ISODate) },
            { QStringLiteral("notAfter"), certificate.notAfter.toString(Qt::ISODate) },
            { QStringLiteral("daysLeft"), certificate.daysLeft },
            { QStringLiteral("keyType"), certificate.keyType },
            { QStringLiteral("keyBits"), certificate.keyBits },
            { QStringLiteral("signatureAlgorithm"), certificate.signatureAlgorithm },
            { QStringLiteral("sha256Fingerprint"), certificate.sha256Fingerprint },
        });
    }
    QJsonArray users;
    for (const QString &name : aclUsers)
        users.append(
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("nopass"), nopassUsers.value(name) } });
    const auto toObject = [](const QMap<QString, QString> &map) {
        QJsonObject object;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    return QJsonObject {
        { QStringLiteral("endpoint"), endpoint },
        { QStringLiteral("connected"), connected },
        { QStringLiteral("error"), error },
        { QStringLiteral("tlsProtocol"), tlsProtocol },
        { QStringLiteral("tlsCipher"), tlsCipher },
        { QStringLiteral("chain"), certificates },
        { QStringLiteral("authRequired"), authRequired },
        { QStringLiteral("authMethod"), authMethod },
        { QStringLiteral("whoami"), whoami },
        { QStringLiteral("aclUsers"), users },
        { QStringLiteral("defaultUserNopass"),
          defaultUserNopass ? QJsonValue(*defaultUserNopass) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("info"), toObject(info) },
        { QStringLiteral("settings"), toObject(settings) },
        { QStringLiteral("unknown"), toObject(unknown) },
        { QStringLiteral("errors"), QJsonArray::fromStringList(errors) },
    };
}

RedisProbe::RedisProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RedisProbe::onTimeout);
}

RedisProbe::~RedisProbe()
{
    dropSocket();
}

QString RedisProbe::clientName()
{
    return QStringLiteral("proofer-probe");
}

QStringList RedisProbe::configKeys()
{
    return { QStringLiteral("appendonly"),     QStringLiteral("appendfsync"),    QStringLiteral("save"),
             QStringLiteral("dir"),            QStringLiteral("tls-auth-clients"), QStringLiteral("tls-protocols"),
             QStringLiteral("port"),           QStringLiteral("tls-port"),       QStringLiteral("protected-mode"),
             QStringLiteral("requirepass"),    QStringLiteral("tls-cert-file"),  QStringLiteral("tls-key-file"),
             QStringLiteral("tls-ca-cert-file") };
}

void RedisProbe::dropSocket()
{
    if (!m_socket)
        return;
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void RedisProbe::start(const RedisTarget &target)
{
    dropSocket();
    m_timer.stop();
    m_target = target;
    m_facts = RedisFacts();
    m_facts.endpoint = target.endpoint();
    m_codec = std::make_unique<RespCodec>();
    m_inflight.clear();
    m_sslErrors.clear();
    m_step = Step::Connect;
    m_bytesReceived = 0;
    m_authenticated = false;
    m_helloDone = false;
    m_queriesSent = false;
    m_running = true;

    m_socket = new QSslSocket(this);
    connect(m_socket, &QSslSocket::connected, this, &RedisProbe::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &RedisProbe::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &RedisProbe::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &RedisProbe::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    m_timer.start(qMax(1, target.timeoutMs));
    qCDebug(lcProbe) << "redis" << m_facts.endpoint << "connecting, TLS" << target.tls;

    if (!target.tls) {
        m_socket->connectToHost(target.host, target.port);
        return;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!target.caPem.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromData(target.caPem, QSsl::Pem);
        if (cas.isEmpty()) {
            finish(Step::Tls, QCoreApplication::translate("Probe", "the CA bundle holds no PEM certificate"));
            return;
        }
        config.setCaCertificates(cas);
    }
    if (!target.clientCertPem.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(target.clientCertPem, QSsl::Pem);
        const QSslKey key = readPrivateKey(target.clientKeyPem.reveal());
        if (certificates.isEmpty() || key.isNull()) {
            finish(Step::Tls, QCoreApplication::translate("Probe", "the client certificate or its private key is not readable PEM"));
            return;
        }
        config.setLocalCertificateChain(certificates);
        config.setPrivateKey(key);
    }
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(target.effectiveServerName());
    m_socket->connectToHostEncrypted(target.host, target.port, target.effectiveServerName());
}

void RedisProbe::cancel()
{
    if (m_running)
        finish(m_step, QCoreApplication::translate("Probe", "cancelled"));
}

QString RedisProbe::stepName(Step step) const
{
    switch (step) {
    case Step::Connect:
        return QCoreApplication::translate("Probe", "connect");
    case Step::Tls:
        return QCoreApplication::translate("Probe", "TLS");
    case Step::Auth:
        return QCoreApplication::translate("Probe", "AUTH");
    case Step::Command:
        return QCoreApplication::translate("Probe", "command");
    }
    return {};
}

void RedisProbe::onConnected()
{
    if (m_target.tls) {
        m_step = Step::Tls;
        return;
    }
    beginSession();
}

void RedisProbe::onEncrypted()
{
    m_facts.tlsProtocol = protocolName(*m_socket);
    m_facts.tlsCipher = m_socket->sessionCipher().name();
    for (const QSslCertificate &certificate : m_socket->peerCertificateChain()) {
        if (auto *x509 = static_cast<X509 *>(certificate.handle()))
            m_facts.chain << certificateInfo(x509);
        else
            m_facts.chain << parseCertificates(certificate.toPem());
    }
    qCDebug(lcProbe) << "redis" << m_facts.endpoint << "TLS up:" << m_facts.tlsProtocol << m_facts.tlsCipher;
    beginSession();
}

void RedisProbe::beginSession()
{
    m_facts.connected = true;
    m_step = Step::Command;
    send(Query::Hello, { "PING" });
}

void RedisProbe::send(Query query, const QList<QByteArray> &args, const QString &key)
{
    QByteArray bytes = RespCodec::encode(args);
    if (query == Query::Auth) {
        qCDebug(lcProbe) << "redis" << m_facts.endpoint << "> AUTH <redacted>";
    } else {
        qCDebug(lcProbe).noquote() << "redis" << m_facts.endpoint << ">" << QString::fromUtf8(args.join(' '));
    }
    m_inflight.append({ query, key });
    m_socket->write(bytes);
    Core::wipe(bytes);
}

void RedisProbe::sendAuth()
{
    m_step = Step::Auth;
    QList<QByteArray> args { "AUTH" };
    if (!m_target.user.isEmpty())
        args << m_target.user.toUtf8();
    args << m_target.password.reveal();
    send(Query::Auth, args);
}

void RedisProbe::sendQueries()
{
    m_step = Step::Command;
    m_queriesSent = true;
    // Named before anything else it does, so that CLIENT LIST, SLOWLOG and MONITOR show who asks.
    send(Query::SetName, { "CLIENT", "SETNAME", clientName().toUtf8() });
    send(Query::Ping, { "PING" });
    send(Query::Whoami, { "ACL", "WHOAMI" });
    send(Query::InfoServer, { "INFO", "server" }, QStringLiteral("server"));
    send(Query::InfoPersistence, { "INFO", "persistence" }, QStringLiteral("persistence"));
    for (const QString &key : configKeys())
        send(Query::ConfigGet, { "CONFIG", "GET", key.toUtf8() }, key);
    send(Query::AclList, { "ACL", "LIST" });
}

void RedisProbe::onReadyRead()
{
    if (!m_running || !m_socket)
        return;
    QByteArray data = m_socket->readAll();
    m_bytesReceived += data.size();
    const bool ok = m_codec->feed(data);
    Core::wipe(data);
    QList<RespValue> replies = m_codec->takeReplies();
    for (RespValue &reply : replies) {
        if (!m_running)
            return;
        if (m_inflight.isEmpty()) {
            finish(Step::Command,
                   QCoreApplication::translate("Probe", "protocol error: a reply nobody asked for: %1").arg(reply.toDebugString().left(80)));
            return;
        }
        handleReply(m_inflight.takeFirst(), reply);
        Core::wipe(reply.string);
    }
    if (!m_running)
        return;
    if (!ok) {
        // A stream we cannot trust: reset the connection rather than read on.
        finish(m_step, QCoreApplication::translate("Probe", "protocol error: %1").arg(m_codec->errorString()));
        return;
    }
    if (m_queriesSent && m_inflight.isEmpty())
        finish();
}

void RedisProbe::handleReply(const Pending &pending, RespValue &reply)
{
    switch (pending.query) {
    case Query::Hello:
        m_helloDone = true;
        if (reply.isError() && text(reply).startsWith(QLatin1String("NOAUTH"))) {
            m_facts.authRequired = true;
            if (m_target.password.isEmpty()) {
                finish(Step::Auth, QCoreApplication::translate("Probe", "the server requires AUTH and no password was given (%1)").arg(text(reply)));
                return;
            }
            sendAuth();
            return;
        }
        if (reply.isError()) {
            m_helloDone = false; // an error other than NOAUTH says nothing about whether AUTH is needed
            finish(Step::Command, QCoreApplication::translate("Probe", "PING was refused: %1").arg(text(reply)));
            return;
        }
        m_facts.authRequired = false;
        // No AUTH needed; a named user still logs in, so that the facts are what that user sees.
        if (!m_target.user.isEmpty() && !m_target.password.isEmpty()) {
            sendAuth();
            return;
        }
        sendQueries();
        return;
    case Query::Auth:
        if (reply.isError()) {
            finish(Step::Auth, QCoreApplication::translate("Probe", "authentication failed: %1").arg(text(reply)));
            return;
        }
        qCDebug(lcProbe) << "redis" << m_facts.endpoint << "authenticated";
        m_authenticated = true;
        sendQueries();
        return;
    case Query::SetName:
        // A server that renamed or forbade CLIENT still answers the rest; the name is a courtesy, not a fact.
        if (reply.isError())
            qCInfo(lcProbe).noquote() << "redis" << m_facts.endpoint << "CLIENT SETNAME refused:" << text(reply);
        return;
    case Query::Ping:
        if (reply.type != RespValue::Type::SimpleString || reply.string != "PONG")
            m_facts.errors
                << QCoreApplication::translate("Probe", "Redis %1: PING after AUTH answered %2").arg(m_facts.endpoint, reply.toDebugString().left(200));
        return;
    case Query::Whoami:
        if (reply.type == RespValue::Type::BulkString || reply.type == RespValue::Type::SimpleString)
            m_facts.whoami = text(reply);
        else
            m_facts.unknown.insert(QStringLiteral("whoami"),
                                   refusalReason(QStringLiteral("ACL WHOAMI"), reply, m_target.user));
        return;
    case Query::InfoServer:
    case Query::InfoPersistence:
        handleInfo(pending.key, reply);
        return;
    case Query::ConfigGet:
        handleConfig(pending.key, reply);
        return;
    case Query::AclList:
        handleAclList(reply);
        return;
    }
}

void RedisProbe::handleInfo(const QString &section, const RespValue &reply)
{
    if (reply.type != RespValue::Type::BulkString) {
        m_facts.unknown.insert(QStringLiteral("info.") + section,
                               reply.isError() ? refusalReason(QStringLiteral("INFO"), reply, m_target.user)
                                               : QCoreApplication::translate("Probe", "INFO answered %1").arg(reply.toDebugString().left(80)));
        return;
    }
    for (const QByteArray &line : reply.string.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        const qsizetype colon = trimmed.indexOf(':');
        if (colon <= 0)
            continue;
        m_facts.info.insert(QString::fromUtf8(trimmed.left(colon)), QString::fromUtf8(trimmed.mid(colon + 1)));
    }
}

void RedisProbe::handleConfig(const QString &key, RespValue &reply)
{
    if (reply.isError()) {
        m_facts.unknown.insert(key, refusalReason(QStringLiteral("CONFIG GET"), reply, m_target.user));
        return;
    }
    if (reply.type != RespValue::Type::Array) {
        m_facts.unknown.insert(key, QCoreApplication::translate("Probe", "CONFIG GET answered %1").arg(reply.toDebugString().left(80)));
        return;
    }
    bool found = false;
    for (qsizetype i = 0; i + 1 < reply.elements.size(); i += 2) {
        if (reply.elements[i].string != key.toUtf8())
            continue;
        found = true;
        QByteArray &value = reply.elements[i + 1].string;
        if (key == QLatin1String("requirepass"))
            m_facts.settings.insert(key, value.isEmpty() ? QStringLiteral("empty") : QStringLiteral("set"));
        else
            m_facts.settings.insert(key, QString::fromUtf8(value));
    }
    for (RespValue &element : reply.elements)
        Core::wipe(element.string);
    if (!found)
        m_facts.unknown.insert(key, QCoreApplication::translate("Probe", "this server has no setting \"%1\" (CONFIG GET returned nothing)").arg(key));
}

void RedisProbe::handleAclList(const RespValue &reply)
{
    if (reply.type != RespValue::Type::Array) {
        m_facts.unknown.insert(QStringLiteral("aclUsers"),
                               reply.isError() ? refusalReason(QStringLiteral("ACL LIST"), reply, m_target.user)
                                               : QCoreApplication::translate("Probe", "ACL LIST answered %1").arg(reply.toDebugString().left(80)));
        return;
    }
    for (const RespValue &entry : reply.elements) {
        // "user <name> on|off [nopass] [#<sha256>…] [~pattern…] [+@category…]": keep the name and nopass only.
        const QList<QByteArray> tokens = entry.string.split(' ');
        if (tokens.size() < 2 || tokens.first() != "user")
            continue;
        const QString name = QString::fromUtf8(tokens.at(1));
        m_facts.aclUsers << name;
        m_facts.nopassUsers.insert(name, tokens.contains("nopass"));
    }
    if (m_facts.nopassUsers.contains(QStringLiteral("default")))
        m_facts.defaultUserNopass = m_facts.nopassUsers.value(QStringLiteral("default"));
}

void RedisProbe::onSocketError()
{
    if (!m_running || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    QString cause = m_socket->errorString();
    Step step = m_step;
    if (error == QAbstractSocket::SslHandshakeFailedError && !m_sslErrors.isEmpty()) {
        step = Step::Tls;
        cause = QCoreApplication::translate("Probe", "certificate verification failed: %1").arg(m_sslErrors.join(QStringLiteral("; ")));
    } else if (m_target.tls && m_bytesReceived == 0
               && (step == Step::Tls || error == QAbstractSocket::SslInternalError
                   || error == QAbstractSocket::SslHandshakeFailedError
                   || error == QAbstractSocket::RemoteHostClosedError)) {
        // With TLS 1.3 a server that wants a client certificate says so only after the handshake.
        step = Step::Tls;
        if (m_target.clientCertPem.isEmpty())
            cause += QCoreApplication::translate("Probe", " (the server may demand a client certificate: tls-auth-clients)");
    } else if (error == QAbstractSocket::RemoteHostClosedError) {
        cause = QCoreApplication::translate("Probe", "the server closed the connection");
    }
    finish(step, cause);
}

void RedisProbe::onTimeout()
{
    if (!m_running)
        return;
    finish(m_step, QCoreApplication::translate("Probe", "timed out after %1 ms").arg(m_target.timeoutMs));
}

void RedisProbe::finish(Step step, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (!error.isEmpty()) {
        m_facts.error = QCoreApplication::translate("Probe", "Redis %1: %2: %3").arg(m_facts.endpoint, stepName(step), error);
        m_facts.errors << m_facts.error;
        qCDebug(lcProbe).noquote() << m_facts.error;
    }
    if (m_helloDone && !m_facts.authRequired) {
        m_facts.authMethod = QStringLiteral("none");
        if (!m_facts.defaultUserNopass)
            m_facts.defaultUserNopass = true; // the default user answered PING without AUTH
    } else if (m_facts.authRequired && m_authenticated) {
        const QString user = !m_facts.whoami.isEmpty() ? m_facts.whoami : m_target.user;
        m_facts.authMethod = user.isEmpty() || user == QLatin1String("default") ? QStringLiteral("requirepass")
                                                                                : QStringLiteral("acl");
    }
    dropSocket();
    m_codec.reset();
    m_inflight.clear();
    m_target.password.clear();
    m_target.clientKeyPem.clear();
    const RedisFacts facts = m_facts;
    emit finished(facts);
}

} // namespace Probe
