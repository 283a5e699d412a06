// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/tlsconnection.h"

#include "core/logging.h"
#include "probe/tlsopenssl.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

namespace Probe::Inspection {

namespace {

/** How one network step ended. */
enum class Step { Ok, Timeout, ConnectFailed, Closed, Failed };

/**
 * One TCP connection with one deadline for all its steps (connect, preamble, handshake). The socket is
 * non-blocking; every wait is a poll() bounded by the deadline, so nothing here can hang.
 */
class Connection final {
public:
    Connection(const TlsTarget &target, quint16 port)
        : m_host(target.host)
        , m_port(port)
        , m_timeoutMs(target.timeoutMs)
        , m_deadline(qMax(1, target.timeoutMs))
    {
    }
    ~Connection()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(Connection)

    int fd() const { return m_fd; }
    /** The last connect was actively refused (ECONNREFUSED): nothing listens there. */
    bool refused() const { return m_refused; }
    QString endpoint() const { return endpointName(m_host, m_port); }
    QString timeoutMessage(const QString &waitingFor) const
    {
        return QCoreApplication::translate("Probe", "Timed out after %1 ms waiting for %2 from %3").arg(m_timeoutMs).arg(waitingFor, endpoint());
    }

    Step open(QString *error)
    {
        addrinfo hints {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *found = nullptr;
        const QByteArray host = m_host.toUtf8();
        const QByteArray service = QByteArray::number(m_port);
        const int rc = ::getaddrinfo(host.constData(), service.constData(), &hints, &found);
        if (rc != 0) {
            *error = QCoreApplication::translate("Probe", "Could not resolve %1: %2").arg(m_host, QString::fromLocal8Bit(::gai_strerror(rc)));
            return Step::ConnectFailed;
        }
        std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> addresses(found, &::freeaddrinfo);
        Step result = Step::ConnectFailed;
        for (const addrinfo *address = found; address; address = address->ai_next) {
            result = connectTo(address, error);
            if (result == Step::Ok || result == Step::Timeout)
                return result;
        }
        return result;
    }

    /** Waits until the socket is ready for @p events or the deadline passes. */
    Step wait(short events)
    {
        for (;;) {
            const qint64 remaining = m_deadline.remainingTime();
            if (remaining == 0)
                return Step::Timeout;
            pollfd poller { m_fd, events, 0 };
            const int rc = ::poll(&poller, 1, int(qMin<qint64>(remaining, 60000)));
            if (rc < 0 && errno == EINTR)
                continue;
            if (rc < 0)
                return Step::Failed;
            if (rc == 0)
                continue; // loops back to the deadline check
            return Step::Ok;
        }
    }

    Step sendAll(const QByteArray &data, QString *error, const QString &what)
    {
        qsizetype sent = 0;
        while (sent < data.size()) {
            const ssize_t n = ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
            if (n >= 0) {
                sent += n;
                continue;
            }
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                if (wait(POLLOUT) == Step::Timeout) {
                    *error = timeoutMessage(what);
                    return Step::Timeout;
                }
                continue;
            }
            *error
                = QCoreApplication::translate("Probe", "Could not send %1 to %2: %3").arg(what, endpoint(), QString::fromLocal8Bit(std::strerror(errno)));
            return Step::Failed;
        }
        return Step::Ok;
    }

    /** Reads up to @p max bytes (at least one, unless the peer closed or the deadline passed). */
    Step receive(QByteArray *out, qsizetype max, QString *error, const QString &waitingFor)
    {
        for (;;) {
            QByteArray buffer(max, Qt::Uninitialized);
            const ssize_t n = ::recv(m_fd, buffer.data(), size_t(max), 0);
            if (n > 0) {
                buffer.truncate(n);
                *out = buffer;
                return Step::Ok;
            }
            if (n == 0)
                return Step::Closed;
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                if (wait(POLLIN) == Step::Timeout) {
                    *error = timeoutMessage(waitingFor);
                    return Step::Timeout;
                }
                continue;
            }
            if (errno == ECONNRESET)
                return Step::Closed;
            *error = QCoreApplication::translate("Probe", "Could not read %1 from %2: %3")
                         .arg(waitingFor, endpoint(), QString::fromLocal8Bit(std::strerror(errno)));
            return Step::Failed;
        }
    }

private:
    Step connectTo(const addrinfo *address, QString *error)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = ::socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address->ai_protocol);
        if (m_fd < 0) {
            *error = QCoreApplication::translate("Probe", "Could not open a socket for %1: %2")
                         .arg(endpoint(), QString::fromLocal8Bit(std::strerror(errno)));
            return Step::ConnectFailed;
        }
        int rc = ::connect(m_fd, address->ai_addr, address->ai_addrlen);
        if (rc != 0 && errno == EINPROGRESS) {
            if (wait(POLLOUT) == Step::Timeout) {
                *error = QCoreApplication::translate("Probe", "Timed out after %1 ms connecting to %2").arg(m_timeoutMs).arg(endpoint());
                return Step::Timeout;
            }
            int soError = 0;
            socklen_t length = sizeof soError;
            ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &soError, &length);
            errno = soError;
            rc = soError == 0 ? 0 : -1;
        }
        if (rc == 0)
            return Step::Ok;
        m_refused = errno == ECONNREFUSED;
        *error = errno == ECONNREFUSED
            ? QCoreApplication::translate("Probe", "Connection to %1 refused").arg(endpoint())
            : QCoreApplication::translate("Probe", "Could not connect to %1: %2").arg(endpoint(), QString::fromLocal8Bit(std::strerror(errno)));
        return Step::ConnectFailed;
    }

    QString m_host;
    quint16 m_port = 0;
    int m_timeoutMs = 0;
    QDeadlineTimer m_deadline;
    int m_fd = -1;
    bool m_refused = false;
};

/** PostgreSQL: SSLRequest (length 8, code 80877103), answered by one byte. */
Attempt::Outcome sendPostgresSslRequest(Connection &connection, QString *message)
{
    static const QByteArray sslRequest = QByteArray::fromHex("0000000804d2162f");
    const QString what = QCoreApplication::translate("Probe", "the answer to SSLRequest");
    switch (connection.sendAll(sslRequest, message, QCoreApplication::translate("Probe", "SSLRequest"))) {
    case Step::Ok:
        break;
    case Step::Timeout:
        return Attempt::Outcome::Timeout;
    default:
        return Attempt::Outcome::PreambleFailed;
    }
    QByteArray answer;
    // Exactly one byte: whatever follows 'S' belongs to TLS (and must not be buffered, CVE-2021-23214).
    switch (connection.receive(&answer, 1, message, what)) {
    case Step::Ok:
        break;
    case Step::Timeout:
        return Attempt::Outcome::Timeout;
    case Step::Closed:
        *message = QCoreApplication::translate("Probe", "%1 closed the connection after SSLRequest").arg(connection.endpoint());
        return Attempt::Outcome::PreambleFailed;
    default:
        return Attempt::Outcome::PreambleFailed;
    }
    if (answer == "S")
        return Attempt::Outcome::Handshaken; // go on with TLS
    if (answer == "N") {
        *message = QCoreApplication::translate("Probe", "%1 answered 'N' to SSLRequest: TLS is off").arg(connection.endpoint());
        return Attempt::Outcome::TlsOff;
    }
    *message = QCoreApplication::translate("Probe", "%1 answered SSLRequest with 0x%2, not 'S' or 'N': not a PostgreSQL server?")
                   .arg(connection.endpoint(), QString::fromLatin1(answer.toHex()));
    return Attempt::Outcome::PreambleFailed;
}

QList<CertificateInfo> peerChain(const SSL *ssl)
{
    QList<CertificateInfo> chain;
    const STACK_OF(X509) *certificates = SSL_get_peer_cert_chain(ssl);
    for (int i = 0; certificates && i < sk_X509_num(certificates); ++i)
        chain << certificateInfo(sk_X509_value(certificates, i));
    return chain;
}

QString printable(const QByteArray &data)
{
    QString text;
    for (const char c : data) {
        if (c >= 0x20 && c < 0x7f)
            text += QLatin1Char(c);
        else if (c == '\r' || c == '\n')
            break;
        else
            text += QStringLiteral("\\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
    }
    return text;
}

} // namespace

QString endpointName(const QString &host, quint16 port)
{
    if (host.contains(u':'))
        return u'[' + host + QStringLiteral("]:") + QString::number(port);
    return host + u':' + QString::number(port);
}

int helloStateIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

bool isIpAddress(const QString &name)
{
    return !QHostAddress(name).isNull();
}

void setServerName(SSL *ssl, const QString &name)
{
    if (name.isEmpty() || isIpAddress(name))
        return;
    const QByteArray ascii = name.toUtf8();
    SSL_set_tlsext_host_name(ssl, ascii.constData());
}

Attempt handshake(const TlsTarget &target, SSL *ssl)
{
    Attempt attempt;
    // Where the time goes (QT_LOGGING_RULES="proofer.probe.debug=true"): one line per connection.
    struct Trace {
        const TlsTarget &target;
        const Attempt &attempt;
        SSL *ssl;
        QElapsedTimer timer;
        ~Trace()
        {
            qCDebug(lcProbe).noquote() << "TLS handshake" << endpointName(target.host, target.port) << "max"
                                       << Qt::hex << SSL_get_max_proto_version(ssl) << Qt::dec << "outcome"
                                       << int(attempt.outcome) << attempt.protocol << "in"
                                       << double(timer.nsecsElapsed()) / 1e6 << "ms";
        }
    } trace { target, attempt, ssl, {} };
    trace.timer.start();
    Connection connection(target, target.port);
    switch (connection.open(&attempt.message)) {
    case Step::Ok:
        break;
    case Step::Timeout:
        attempt.outcome = Attempt::Outcome::Timeout;
        return attempt;
    default:
        attempt.outcome = Attempt::Outcome::ConnectFailed;
        return attempt;
    }
    if (target.preamble == Preamble::Postgres) {
        const Attempt::Outcome outcome = sendPostgresSslRequest(connection, &attempt.message);
        if (outcome != Attempt::Outcome::Handshaken) {
            attempt.outcome = outcome;
            return attempt;
        }
    }

    ERR_clear_error();
    if (SSL_set_fd(ssl, connection.fd()) != 1) {
        attempt.outcome = Attempt::Outcome::LocalUnsupported;
        attempt.message = Ssl::drainErrors();
        return attempt;
    }
    const QString handshakeWhat = QCoreApplication::translate("Probe", "the TLS handshake");
    for (;;) {
        ERR_clear_error();
        errno = 0;
        const int rc = SSL_connect(ssl);
        if (rc == 1)
            break;
        const int error = SSL_get_error(ssl, rc);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE) {
            if (connection.wait(error == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT) == Step::Timeout) {
                attempt.outcome = Attempt::Outcome::Timeout;
                attempt.message = connection.timeoutMessage(handshakeWhat);
                return attempt;
            }
            continue;
        }
        const int savedErrno = errno;
        unsigned long first = 0;
        const QString reasons = Ssl::drainErrors(&first);
        const int reason = ERR_GET_REASON(first);
        if (const auto *hello = static_cast<const HelloState *>(SSL_get_ex_data(ssl, helloStateIndex()));
            hello && hello->reached) {
            attempt.outcome = Attempt::Outcome::Handshaken;
            attempt.stoppedAtCertificate = true;
            attempt.protocol = hello->protocol;
            attempt.cipher = hello->cipher;
            attempt.chain = hello->chain;
            return attempt;
        }
        attempt.sslError = first;
        attempt.outcome = Attempt::Outcome::HandshakeFailed;
        if (ERR_GET_LIB(first) == ERR_LIB_SSL
            && (reason == SSL_R_NO_PROTOCOLS_AVAILABLE || reason == SSL_R_NO_CIPHERS_AVAILABLE)) {
            attempt.outcome = Attempt::Outcome::LocalUnsupported;
        }
        if (!reasons.isEmpty())
            attempt.message = reasons;
        else if (error == SSL_ERROR_SYSCALL && savedErrno != 0)
            attempt.message = QString::fromLocal8Bit(std::strerror(savedErrno));
        else
            attempt.message = QCoreApplication::translate("Probe", "the server closed the connection during the handshake");
        return attempt;
    }
    attempt.outcome = Attempt::Outcome::Handshaken;
    attempt.protocol = QString::fromLatin1(SSL_get_version(ssl));
    if (const SSL_CIPHER *cipher = SSL_get_current_cipher(ssl))
        attempt.cipher = QString::fromLatin1(SSL_CIPHER_get_name(cipher));
    attempt.chain = peerChain(ssl);
    // A polite close_notify; the answer does not matter.
    SSL_shutdown(ssl);
    ERR_clear_error();
    return attempt;
}

PlaintextCheck checkPlaintext(const TlsTarget &target, quint16 port)
{
    PlaintextCheck check;
    Connection connection(target, port);
    QString error;
    switch (connection.open(&error)) {
    case Step::Ok:
        break;
    case Step::Timeout:
        check.result = PlaintextCheck::Result::Timeout;
        check.detail = error;
        return check;
    default:
        check.result = connection.refused() ? PlaintextCheck::Result::Refused : PlaintextCheck::Result::ConnectFailed;
        check.detail = error;
        return check;
    }
    const bool redis = target.preamble == Preamble::Redis;
    const QByteArray request = redis ? QByteArrayLiteral("PING\r\n") : QByteArray("AMQP\x00\x00\x09\x01", 8);
    const QString what = redis ? QCoreApplication::translate("Probe", "the answer to PING") : QCoreApplication::translate("Probe", "the answer to the AMQP protocol header");
    const Step sent = connection.sendAll(request, &error, redis ? QCoreApplication::translate("Probe", "PING") : QCoreApplication::translate("Probe", "the AMQP protocol header"));
    if (sent == Step::Timeout) {
        check.result = PlaintextCheck::Result::Timeout;
        check.detail = error;
        return check;
    }
    if (sent != Step::Ok) {
        check.detail = error;
        return check;
    }
    QByteArray answer;
    for (;;) {
        QByteArray chunk;
        const Step step = connection.receive(&chunk, 512, &error, what);
        if (step == Step::Timeout) {
            check.result = PlaintextCheck::Result::Timeout;
            check.detail = error;
            return check;
        }
        if (step != Step::Ok)
            break; // closed or reset: judge what came before
        answer += chunk;
        if (answer.size() >= 512 || answer.contains("\r\n"))
            break;
        if (!redis && answer.size() >= 8)
            break;
        if (!answer.isEmpty() && answer.at(0) == '\x15')
            break; // a TLS alert record
    }
    if (redis) {
        // A RESP simple string or error line: +PONG, -NOAUTH…, -DENIED… all mean Redis speaks plaintext here.
        const bool resp = answer.contains("\r\n") && (answer.startsWith('+') || answer.startsWith('-'));
        check.result = resp ? PlaintextCheck::Result::Accepted : PlaintextCheck::Result::NotAccepted;
    } else {
        // Connection.Start (method frame on channel 0) or the server's own protocol header.
        const bool amqp = answer.startsWith("AMQP") || answer.startsWith(QByteArray("\x01\x00\x00", 3));
        check.result = amqp ? PlaintextCheck::Result::Accepted : PlaintextCheck::Result::NotAccepted;
    }
    if (check.result == PlaintextCheck::Result::Accepted)
        check.detail = QCoreApplication::translate("Probe", "%1 answered plaintext: %2").arg(connection.endpoint(), printable(answer.left(80)));
    else if (answer.isEmpty())
        check.detail = QCoreApplication::translate("Probe", "%1 closed the connection on plaintext").arg(connection.endpoint());
    else if (answer.at(0) == '\x15')
        check.detail = QCoreApplication::translate("Probe", "%1 answered plaintext with a TLS alert").arg(connection.endpoint());
    else
        check.detail = QCoreApplication::translate("Probe", "%1 answered plaintext with something else: %2")
                           .arg(connection.endpoint(), printable(answer.left(40)));
    return check;
}

} // namespace Probe::Inspection
