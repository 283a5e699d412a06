// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/rabbitmqprobe.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Probe {

namespace {

QString endpointOf(const QString &host, quint16 port)
{
    const bool ipv6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    return (ipv6 ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(host).arg(port);
}

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

constexpr int kMaxFrame = 64 * 1024; // a connection.start is a few hundred bytes

/** Big-endian reads with bounds: every read fails once the data runs out. */
class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(data)
    {
    }
    bool ok() const { return m_ok; }
    int pos() const { return m_pos; }
    quint32 read(int bytes)
    {
        if (!m_ok || m_pos + bytes > m_data.size()) {
            m_ok = false;
            return 0;
        }
        quint32 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | quint8(m_data.at(m_pos + i));
        m_pos += bytes;
        return value;
    }
    QByteArray bytes(qint64 length)
    {
        if (!m_ok || length < 0 || m_pos + length > m_data.size()) {
            m_ok = false;
            return {};
        }
        const QByteArray out = m_data.mid(m_pos, length);
        m_pos += int(length);
        return out;
    }
    void skip(qint64 length) { bytes(length); }

private:
    const QByteArray &m_data;
    int m_pos = 0;
    bool m_ok = true;
};

} // namespace

QJsonObject RabbitMqFacts::toJson() const
{
    QJsonObject json{
        {QStringLiteral("plainAmqpOpen"), optionalBool(plainAmqpOpen)},
        {QStringLiteral("plainAmqpDetail"), plainAmqpDetail},
        {QStringLiteral("managementReachable"), optionalBool(managementReachable)},
        {QStringLiteral("managementDetail"), managementDetail},
        {QStringLiteral("guestLogin"), optionalBool(guestLogin)},
        {QStringLiteral("guestExists"), optionalBool(guestExists)},
        {QStringLiteral("guestTags"), QJsonArray::fromStringList(guestTags)},
    };
    if (!product.isEmpty())
        json.insert(QStringLiteral("product"), product);
    if (!version.isEmpty())
        json.insert(QStringLiteral("version"), version);
    return json;
}

RabbitMqProbe::RabbitMqProbe(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Probe::RabbitMqFacts>();
}

RabbitMqProbe::~RabbitMqProbe()
{
    cancel();
}

void RabbitMqProbe::cancel()
{
    m_cancelled = true;
    if (m_socket)
        m_socket->abort();
    if (m_reply)
        m_reply->abort();
}

void RabbitMqProbe::start(const RabbitMqTarget &target)
{
    m_target = target;
    m_facts = {};
    m_facts.host = target.host;
    m_pending = 1; // held until every check has been launched
    m_finished = false;
    m_cancelled = false;

    if (target.tlsPort && target.inspectTls) {
        ++m_pending;
        TlsTarget tls;
        tls.host = target.host;
        tls.port = target.tlsPort;
        tls.preamble = Preamble::Amqp;
        tls.serverName = target.serverName;
        tls.caPem = target.caPem;
        tls.timeoutMs = target.timeoutMs;
        tls.plaintextPort = target.plainPort ? target.plainPort : target.tlsPort;
        static const TlsInspector inspector;
        inspector.inspect(tls).then(this, [this](const TlsReport &report) {
            m_facts.tls = report;
            checkDone();
        });
    }
    if (target.plainPort) {
        ++m_pending;
        startPlain();
    } else {
        m_facts.unknown.insert(QStringLiteral("rabbitmq.plainAmqpOpen"), tr("no plain AMQP port to check"));
    }
    if (target.managementPort) {
        ++m_pending;
        startManagement();
    } else {
        m_facts.unknown.insert(QStringLiteral("rabbitmq.guest"), tr("the management API is not reachable from here"));
    }
    QTimer::singleShot(0, this, [this] { checkDone(); });
}

bool RabbitMqProbe::parseConnectionStart(const QByteArray &frame, QString *product, QString *version, QString *error)
{
    Reader r(frame);
    const quint32 type = r.read(1);
    const quint32 channel = r.read(2);
    const quint32 size = r.read(4);
    if (!r.ok() || type != 1 || channel != 0) {
        *error = tr("not an AMQP method frame on channel 0");
        return false;
    }
    if (size > quint32(kMaxFrame) || frame.size() < qsizetype(7 + size + 1)) {
        *error = tr("the AMQP frame is truncated or too large");
        return false;
    }
    if (quint8(frame.at(7 + size)) != 0xCE) {
        *error = tr("the AMQP frame does not end with 0xCE");
        return false;
    }
    const quint32 classId = r.read(2);
    const quint32 methodId = r.read(2);
    if (classId != 10 || methodId != 10) {
        *error = tr("an AMQP method %1.%2, not connection.start").arg(classId).arg(methodId);
        return false;
    }
    r.read(1); // version-major
    r.read(1); // version-minor
    const quint32 tableSize = r.read(4);
    const int tableEnd = r.pos() + int(tableSize);
    while (r.ok() && r.pos() < tableEnd) {
        const QByteArray key = r.bytes(r.read(1));
        const char kind = char(r.read(1));
        switch (kind) {
        case 'S': {
            const QByteArray value = r.bytes(r.read(4));
            if (key == "product")
                *product = QString::fromUtf8(value).left(100);
            else if (key == "version")
                *version = QString::fromUtf8(value).left(100);
            break;
        }
        case 'F':
        case 'A':
        case 'x':
            r.skip(r.read(4));
            break;
        case 't':
        case 'b':
        case 'B':
            r.skip(1);
            break;
        case 's':
        case 'u':
            r.skip(2);
            break;
        case 'I':
        case 'i':
        case 'f':
            r.skip(4);
            break;
        case 'l':
        case 'L':
        case 'd':
        case 'T':
            r.skip(8);
            break;
        case 'D':
            r.skip(5);
            break;
        case 'V':
            break;
        default:
            return true; // a connection.start all the same; the rest of the table is not needed
        }
    }
    return true;
}

void RabbitMqProbe::startPlain()
{
    const QString endpoint = endpointOf(m_target.host, m_target.plainPort);
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    auto *timer = new QTimer(this);
    m_plainTimer = timer;
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, endpoint] {
        plainDone(std::nullopt, tr("%1: no AMQP answer within %2 ms").arg(endpoint).arg(m_target.timeoutMs));
    });
    connect(socket, &QTcpSocket::connected, this, [socket] {
        socket->write(QByteArray("AMQP\x00\x00\x09\x01", 8));
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, endpoint] {
        m_plainBuffer += socket->read(kMaxFrame - m_plainBuffer.size());
        if (m_plainBuffer.startsWith("AMQP") && m_plainBuffer.size() >= 8) {
            // The server wants another protocol version: it still speaks AMQP in plaintext.
            plainDone(true, tr("%1 answers AMQP in plaintext (protocol header %2)")
                                .arg(endpoint, QString::fromLatin1(m_plainBuffer.left(8).toHex())));
            return;
        }
        if (m_plainBuffer.size() < 7)
            return;
        const quint32 size = (quint32(quint8(m_plainBuffer.at(3))) << 24) | (quint32(quint8(m_plainBuffer.at(4))) << 16)
                             | (quint32(quint8(m_plainBuffer.at(5))) << 8) | quint32(quint8(m_plainBuffer.at(6)));
        if (size > quint32(kMaxFrame - 8) || m_plainBuffer.at(0) != '\x01') {
            plainDone(false, tr("%1 answered the AMQP header with something else").arg(endpoint));
            return;
        }
        if (m_plainBuffer.size() < qsizetype(size + 8))
            return;
        QString product;
        QString version;
        QString error;
        if (!parseConnectionStart(m_plainBuffer, &product, &version, &error)) {
            plainDone(false, tr("%1 answered the AMQP header with something else: %2").arg(endpoint, error));
            return;
        }
        m_facts.product = product;
        m_facts.version = version;
        plainDone(true, tr("%1 answers AMQP in plaintext (connection.start from %2 %3)")
                            .arg(endpoint, product.isEmpty() ? tr("the broker") : product, version)
                            .trimmed());
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket, endpoint](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::ConnectionRefusedError) {
            plainDone(false, tr("%1 refuses connections: the plain AMQP port is closed").arg(endpoint));
        } else if (error == QAbstractSocket::RemoteHostClosedError) {
            plainDone(false, tr("%1 closed the connection on the AMQP header").arg(endpoint));
        } else {
            plainDone(std::nullopt, tr("%1: %2").arg(endpoint, socket->errorString()));
        }
    });
    timer->start(m_target.timeoutMs);
    socket->connectToHost(m_target.host, m_target.plainPort);
}

void RabbitMqProbe::plainDone(std::optional<bool> open, const QString &detail)
{
    if (!m_socket)
        return; // already reported
    if (m_plainTimer)
        m_plainTimer->deleteLater();
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    m_plainBuffer.clear();
    m_facts.plainAmqpOpen = open;
    m_facts.plainAmqpDetail = detail;
    if (!open)
        m_facts.unknown.insert(QStringLiteral("rabbitmq.plainAmqpOpen"), detail);
    checkDone();
}

void RabbitMqProbe::startManagement()
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QUrl url;
    url.setScheme(m_target.managementTls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_target.host);
    url.setPort(m_target.managementPort);
    url.setPath(QStringLiteral("/api/whoami"));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_target.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QByteArray credentials = m_target.managementUser.toUtf8() + ':' + m_target.managementPassword.reveal();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    credentials.fill('\0');
    if (m_target.managementTls) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_target.caPem.isEmpty())
            ssl.setCaCertificates(QSslCertificate::fromData(m_target.caPem, QSsl::Pem));
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(ssl);
        request.setPeerVerifyName(m_target.effectiveServerName());
    }
    const QString endpoint = endpointOf(m_target.host, m_target.managementPort);
    const QString user = m_target.managementUser;
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, endpoint, user] {
        reply->deleteLater();
        m_reply = nullptr;
        if (m_cancelled)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(64 * 1024);
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (status == 0) {
            m_facts.managementReachable = false;
            m_facts.managementDetail = tr("%1: the management API did not answer: %2").arg(endpoint, reply->errorString());
            m_facts.unknown.insert(QStringLiteral("rabbitmq.guest"), m_facts.managementDetail);
        } else if (status == 200) {
            m_facts.managementReachable = true;
            m_facts.guestLogin = true;
            m_facts.guestExists = true;
            for (const QJsonValue &tag : json.value(QStringLiteral("tags")).toArray())
                m_facts.guestTags << tag.toString();
            if (m_facts.guestTags.isEmpty() && json.value(QStringLiteral("tags")).isString())
                m_facts.guestTags = json.value(QStringLiteral("tags")).toString().split(u',', Qt::SkipEmptyParts);
            m_facts.managementDetail = tr("%1: the management API lets %2 in with the default password")
                                           .arg(endpoint, user);
        } else if (status == 401 || status == 403) {
            m_facts.managementReachable = true;
            m_facts.guestLogin = false;
            const QString reason = json.value(QStringLiteral("reason")).toString().left(200);
            // loopback_users: the account exists but may only log in from localhost.
            if (reason.contains(QStringLiteral("localhost"), Qt::CaseInsensitive))
                m_facts.guestExists = true;
            else
                m_facts.unknown.insert(QStringLiteral("rabbitmq.guestExists"),
                                       tr("the login was refused; the user may exist with another password"));
            m_facts.managementDetail = tr("%1: the management API refuses %2 (HTTP %3%4)")
                                           .arg(endpoint, user)
                                           .arg(status)
                                           .arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
        } else {
            m_facts.managementReachable = true;
            m_facts.managementDetail = tr("%1: the management API answered HTTP %2").arg(endpoint).arg(status);
            m_facts.unknown.insert(QStringLiteral("rabbitmq.guest"), m_facts.managementDetail);
        }
        checkDone();
    });
}

void RabbitMqProbe::checkDone()
{
    if (m_cancelled || m_finished || --m_pending > 0)
        return;
    m_finished = true;
    qCDebug(lcProbe) << "rabbitmq probe of" << m_target.host << "done";
    emit finished(m_facts);
}

} // namespace Probe
