// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/tlsinspector.h"

#include "core/logging.h"
#include "probe/tlsopenssl.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/pem.h>
#include <openssl/x509_vfy.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>
#include <tuple>
#include <vector>

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

namespace Probe {

namespace {

constexpr std::array<TlsVersion, 4> s_versions
    = { TlsVersion::Tls1_0, TlsVersion::Tls1_1, TlsVersion::Tls1_2, TlsVersion::Tls1_3 };

int openSslVersion(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Tls1_0:
        return TLS1_VERSION;
    case TlsVersion::Tls1_1:
        return TLS1_1_VERSION;
    case TlsVersion::Tls1_2:
        return TLS1_2_VERSION;
    case TlsVersion::Tls1_3:
        return TLS1_3_VERSION;
    }
    return TLS1_2_VERSION;
}

/**
 * A write to a socket the peer has closed raises SIGPIPE, which would kill the process; OpenSSL's socket
 * BIO uses write(). Block it on this worker thread for the inspection, swallow one that arrived, restore.
 */
class SigpipeBlocker final {
public:
    SigpipeBlocker()
    {
        sigset_t pending;
        sigemptyset(&pending);
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
        sigset_t set = pipeSet();
        pthread_sigmask(SIG_BLOCK, &set, &m_old);
    }
    ~SigpipeBlocker()
    {
        if (!m_wasPending) {
            sigset_t pending;
            sigemptyset(&pending);
            sigpending(&pending);
            if (sigismember(&pending, SIGPIPE) == 1) {
                const sigset_t set = pipeSet();
                const timespec zero {};
                sigtimedwait(&set, nullptr, &zero);
            }
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    Q_DISABLE_COPY_MOVE(SigpipeBlocker)

private:
    static sigset_t pipeSet()
    {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGPIPE);
        return set;
    }
    sigset_t m_old {};
    bool m_wasPending = false;
};

/** "host:port", "[v6]:port". */
QString endpointName(const QString &host, quint16 port)
{
    if (host.contains(u':'))
        return u'[' + host + QStringLiteral("]:") + QString::number(port);
    return host + u':' + QString::number(port);
}

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

/** The outcome of connect + preamble + handshake on one connection. */
struct Attempt {
    enum class Outcome {
        Handshaken, ///< TLS session up
        ConnectFailed, ///< refused, unreachable, DNS
        Timeout, ///< at any step
        TlsOff, ///< PostgreSQL answered 'N' to SSLRequest
        PreambleFailed, ///< the preamble got an unexpected answer
        HandshakeFailed, ///< the server refused or broke the handshake
        LocalUnsupported, ///< the local OpenSSL could not even start this handshake
    };
    Outcome outcome = Outcome::ConnectFailed;
    QString message;
    unsigned long sslError = 0; ///< the first OpenSSL error of a failed handshake
    bool stoppedAtCertificate = false; ///< a version attempt that ended on purpose once the version was chosen
    QString protocol;
    QString cipher;
    QList<CertificateInfo> chain;
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

struct VerifyState {
    int firstError = X509_V_OK;
    int depth = -1;
};

int verifyStateIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

/** Records the first verification error and lets the handshake go on, so the chain is still seen. */
int recordFirstVerifyError(int preverifyOk, X509_STORE_CTX *storeContext)
{
    if (preverifyOk)
        return 1;
    auto *ssl = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(storeContext, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *state = ssl ? static_cast<VerifyState *>(SSL_get_ex_data(ssl, verifyStateIndex())) : nullptr;
    if (state && state->firstError == X509_V_OK) {
        state->firstError = X509_STORE_CTX_get_error(storeContext);
        state->depth = X509_STORE_CTX_get_error_depth(storeContext);
    }
    return 1;
}

/**
 * What a version attempt saw before it stopped: the version and cipher the server's hello chose, and the
 * chain it sent.
 */
struct HelloState {
    bool wantChain = true; ///< false when the chain is known already (the probe's session)
    bool reached = false;
    QString protocol;
    QString cipher;
    QList<CertificateInfo> chain;
};

int helloStateIndex()
{
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

/**
 * The verify callback of a version attempt: called when the server's certificate arrives, after its hello has
 * chosen the version and cipher. It records them and the chain, then ends the handshake. With RSA key
 * exchange offered, the server has made no private-key operation by then, and never has to: the key exchange
 * that would cost it one is never sent.
 */
int stopAtCertificate(int, X509_STORE_CTX *storeContext)
{
    auto *ssl = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(storeContext, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *state = ssl ? static_cast<HelloState *>(SSL_get_ex_data(ssl, helloStateIndex())) : nullptr;
    if (state && !state->reached) {
        state->reached = true;
        state->protocol = QString::fromLatin1(SSL_get_version(ssl));
        if (const SSL_CIPHER *cipher = SSL_get_pending_cipher(ssl))
            state->cipher = QString::fromLatin1(SSL_CIPHER_get_name(cipher));
        const STACK_OF(X509) *sent = state->wantChain ? X509_STORE_CTX_get0_untrusted(storeContext) : nullptr;
        for (int i = 0; sent && i < sk_X509_num(sent); ++i)
            state->chain << certificateInfo(sk_X509_value(sent, i));
    }
    X509_STORE_CTX_set_error(storeContext, X509_V_ERR_APPLICATION_VERIFICATION);
    return 0;
}

QList<CertificateInfo> peerChain(const SSL *ssl)
{
    QList<CertificateInfo> chain;
    const STACK_OF(X509) *certificates = SSL_get_peer_cert_chain(ssl);
    for (int i = 0; certificates && i < sk_X509_num(certificates); ++i)
        chain << certificateInfo(sk_X509_value(certificates, i));
    return chain;
}

bool isIpAddress(const QString &name)
{
    return !QHostAddress(name).isNull();
}

/** Names the server for SNI (DNS names only: RFC 6066 forbids IP literals there). */
void setServerName(SSL *ssl, const QString &name)
{
    if (name.isEmpty() || isIpAddress(name))
        return;
    const QByteArray ascii = name.toUtf8();
    SSL_set_tlsext_host_name(ssl, ascii.constData());
}

/** Connects, speaks the preamble and runs the handshake of @p ssl within the connection's deadline. */
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

VerifyFailure classify(int code, const CertificateInfo *leaf)
{
    switch (code) {
    case X509_V_OK:
        return VerifyFailure::None;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return VerifyFailure::Expired;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return VerifyFailure::NotYetValid;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_UNTRUSTED:
        return VerifyFailure::UnknownCa;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return VerifyFailure::SelfSigned;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return leaf && !leaf->hasSan() ? VerifyFailure::NoSan : VerifyFailure::HostnameMismatch;
    case X509_V_ERR_CA_MD_TOO_WEAK:
        return VerifyFailure::WeakSignature;
    case X509_V_ERR_EE_KEY_TOO_SMALL:
    case X509_V_ERR_CA_KEY_TOO_SMALL:
        return VerifyFailure::WeakKey;
    default:
        return VerifyFailure::Other;
    }
}

/** Loads @p pem into the context's trust store; false (and @p error) when it holds no certificate. */
bool loadCaCertificates(SSL_CTX *context, const QByteArray &pem, QString *error)
{
    X509_STORE *store = SSL_CTX_get_cert_store(context);
    Ssl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    int added = 0;
    while (bio) {
        Ssl::X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!cert)
            break;
        if (X509_STORE_add_cert(store, cert.get()) == 1)
            ++added;
    }
    ERR_clear_error();
    if (added == 0)
        *error = QCoreApplication::translate("Probe", "The CA certificates given for verification hold no PEM certificate");
    return added > 0;
}

/** The verification pass: a default client (default security level and versions), the CA, the host name. */
void verificationPass(const TlsTarget &target, TlsReport *report, Attempt *attempt)
{
    ERR_clear_error();
    Ssl::SslCtxPtr context(SSL_CTX_new(TLS_client_method()));
    if (!context) {
        attempt->outcome = Attempt::Outcome::LocalUnsupported;
        attempt->message = Ssl::drainErrors();
        return;
    }
    if (target.caPem.isEmpty()) {
        SSL_CTX_set_default_verify_paths(context.get());
    } else {
        QString error;
        if (!loadCaCertificates(context.get(), target.caPem, &error))
            report->errors << error;
    }
    SSL_CTX_set_verify(context.get(), SSL_VERIFY_PEER, &recordFirstVerifyError);
    Ssl::SslPtr ssl(SSL_new(context.get()));
    if (!ssl) {
        attempt->outcome = Attempt::Outcome::LocalUnsupported;
        attempt->message = Ssl::drainErrors();
        return;
    }
    VerifyState state;
    SSL_set_ex_data(ssl.get(), verifyStateIndex(), &state);

    const QString name = target.effectiveServerName();
    const QByteArray ascii = name.toUtf8();
    X509_VERIFY_PARAM *param = SSL_get0_param(ssl.get());
    // Like Go and kubectl: the subject CN never stands in for a missing subjectAltName.
    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NEVER_CHECK_SUBJECT | X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    if (isIpAddress(name))
        X509_VERIFY_PARAM_set1_ip_asc(param, ascii.constData());
    else
        X509_VERIFY_PARAM_set1_host(param, ascii.constData(), size_t(ascii.size()));
    setServerName(ssl.get(), name);
    SSL_set_connect_state(ssl.get());

    *attempt = handshake(target, ssl.get());
    SSL_set_ex_data(ssl.get(), verifyStateIndex(), nullptr);
    if (attempt->outcome != Attempt::Outcome::Handshaken)
        return;
    report->negotiatedProtocol = attempt->protocol;
    report->cipher = attempt->cipher;
    report->chain = attempt->chain;
    report->verifyErrorCode = state.firstError;
    report->verifyErrorDepth = state.depth;
    report->verified = state.firstError == X509_V_OK && !report->chain.isEmpty();
    if (!report->verified) {
        report->verifyError = state.firstError == X509_V_OK
            ? QCoreApplication::translate("Probe", "the server sent no certificate")
            : QString::fromLatin1(X509_verify_cert_error_string(state.firstError));
        report->verifyFailure
            = state.firstError == X509_V_OK ? VerifyFailure::Other : classify(state.firstError, report->leaf());
    }
}

/**
 * The verification pass's check without a handshake: the chain a default client received in @p session,
 * verified as OpenSSL's client does it (ssl_verify_cert_chain: the whole chain as untrusted certificates,
 * purpose "ssl_server", the default security level, the same host name rules), first error recorded.
 */
void verifySessionChain(const TlsTarget &target, const TlsSession &session, TlsReport *report)
{
    report->negotiatedProtocol = session.protocol;
    report->cipher = session.cipher;
    report->chain = session.chain;
    report->verified = false;
    auto fail = [report](VerifyFailure failure, const QString &why) {
        report->verifyFailure = failure;
        report->verifyError = why;
    };
    if (session.chain.isEmpty()) {
        fail(VerifyFailure::Other, QCoreApplication::translate("Probe", "the server sent no certificate"));
        return;
    }
    ERR_clear_error();
    Ssl::SslCtxPtr context(SSL_CTX_new(TLS_client_method()));
    Ssl::SslPtr ssl(context ? SSL_new(context.get()) : nullptr);
    Ssl::X509StackPtr untrusted(sk_X509_new_null());
    std::unique_ptr<X509_STORE_CTX, Ssl::Deleter<&X509_STORE_CTX_free>> storeContext(X509_STORE_CTX_new());
    if (!context || !ssl || !untrusted || !storeContext) {
        fail(VerifyFailure::Other, Ssl::drainErrors());
        return;
    }
    if (target.caPem.isEmpty()) {
        SSL_CTX_set_default_verify_paths(context.get());
    } else {
        QString error;
        if (!loadCaCertificates(context.get(), target.caPem, &error))
            report->errors << error;
    }
    for (const CertificateInfo &info : session.chain) {
        Ssl::BioPtr bio(BIO_new_mem_buf(info.pem.constData(), int(info.pem.size())));
        X509 *cert = bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr;
        if (!cert || !sk_X509_push(untrusted.get(), cert)) {
            X509_free(cert);
            fail(VerifyFailure::Other, QCoreApplication::translate("Probe", "the session's certificate could not be read back"));
            return;
        }
    }
    const QString name = target.effectiveServerName();
    const QByteArray ascii = name.toUtf8();
    X509_VERIFY_PARAM *sslParam = SSL_get0_param(ssl.get());
    X509_VERIFY_PARAM_set_hostflags(sslParam, X509_CHECK_FLAG_NEVER_CHECK_SUBJECT | X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    if (isIpAddress(name))
        X509_VERIFY_PARAM_set1_ip_asc(sslParam, ascii.constData());
    else
        X509_VERIFY_PARAM_set1_host(sslParam, ascii.constData(), size_t(ascii.size()));

    VerifyState state;
    SSL_set_ex_data(ssl.get(), verifyStateIndex(), &state);
    X509_STORE_CTX *ctx = storeContext.get();
    if (X509_STORE_CTX_init(ctx, SSL_CTX_get_cert_store(context.get()), sk_X509_value(untrusted.get(), 0), untrusted.get()) != 1) {
        SSL_set_ex_data(ssl.get(), verifyStateIndex(), nullptr);
        fail(VerifyFailure::Other, Ssl::drainErrors());
        return;
    }
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx);
    X509_VERIFY_PARAM_set_auth_level(param, SSL_get_security_level(ssl.get()));
    X509_STORE_CTX_set_ex_data(ctx, SSL_get_ex_data_X509_STORE_CTX_idx(), ssl.get());
    X509_STORE_CTX_set_default(ctx, "ssl_server");
    X509_VERIFY_PARAM_set1(param, sslParam);
    X509_STORE_CTX_set_verify_cb(ctx, &recordFirstVerifyError);
    const int rc = X509_verify_cert(ctx);
    if (rc <= 0 && state.firstError == X509_V_OK) {
        state.firstError = X509_STORE_CTX_get_error(ctx);
        state.depth = X509_STORE_CTX_get_error_depth(ctx);
    }
    X509_STORE_CTX_cleanup(ctx);
    SSL_set_ex_data(ssl.get(), verifyStateIndex(), nullptr);
    ERR_clear_error();
    report->verifyErrorCode = state.firstError;
    report->verifyErrorDepth = state.depth;
    report->verified = state.firstError == X509_V_OK;
    if (!report->verified) {
        report->verifyError = QString::fromLatin1(X509_verify_cert_error_string(state.firstError));
        report->verifyFailure = classify(state.firstError, report->leaf());
    }
}

/** Which key exchanges a version attempt offers. */
enum class KeyExchange {
    Rsa, ///< RSA key exchange only: the server's hello and certificate cost it no private-key operation
    Any, ///< every cipher the library has, old ones included
};

/**
 * The client context of a version attempt, made once per range and key exchange and then shared: an SSL_CTX
 * is safe to use from many threads once set up, and making one costs more than the attempt's own hello.
 * Nullptr with @p error when the local library cannot offer the range or has no cipher for it.
 */
SSL_CTX *versionContext(TlsVersion lowest, TlsVersion highest, KeyExchange exchange, QString *error)
{
    static std::mutex mutex;
    // Never freed: contexts live until exit, and a static destructor could run after OpenSSL's own cleanup.
    static auto *contexts = new std::map<std::tuple<TlsVersion, TlsVersion, KeyExchange>, SSL_CTX *>;
    const std::lock_guard lock(mutex);
    const auto key = std::make_tuple(lowest, highest, exchange);
    if (const auto found = contexts->find(key); found != contexts->end())
        return found->second;

    const QString name = lowest == highest ? tlsVersionName(lowest)
                                           : tlsVersionName(lowest) + u'-' + tlsVersionName(highest);
    ERR_clear_error();
    Ssl::SslCtxPtr context(SSL_CTX_new(TLS_client_method()));
    if (!context) {
        *error = Ssl::drainErrors();
        return nullptr;
    }
    if (SSL_CTX_set_min_proto_version(context.get(), openSslVersion(lowest)) != 1
        || SSL_CTX_set_max_proto_version(context.get(), openSslVersion(highest)) != 1) {
        Ssl::drainErrors();
        *error = QCoreApplication::translate("Probe", "the local OpenSSL was built without %1").arg(name);
        return nullptr;
    }
    SSL_CTX_set_security_level(context.get(), 0);
    // The question is what the server accepts, so old ciphers are offered too.
    const char *ciphers = exchange == KeyExchange::Rsa ? "kRSA:@SECLEVEL=0" : "ALL:@SECLEVEL=0";
    if (lowest != TlsVersion::Tls1_3 && SSL_CTX_set_cipher_list(context.get(), ciphers) != 1) {
        *error = QCoreApplication::translate("Probe", "the local OpenSSL has no cipher for %1: %2").arg(name, Ssl::drainErrors());
        return nullptr;
    }
    SSL_CTX_set_options(context.get(), SSL_OP_LEGACY_SERVER_CONNECT);
    // The attempt ends in the verify callback, once the server's hello has chosen (see stopAtCertificate).
    SSL_CTX_set_verify(context.get(), SSL_VERIFY_PEER, stopAtCertificate);
    SSL_CTX *shared = context.release();
    contexts->emplace(key, shared);
    return shared;
}

/** The server refused the version itself (not a cipher, not the key exchange). */
bool versionRefused(unsigned long sslError)
{
    if (ERR_GET_LIB(sslError) != ERR_LIB_SSL)
        return false;
    const int reason = ERR_GET_REASON(sslError);
    return reason == SSL_R_TLSV1_ALERT_PROTOCOL_VERSION || reason == SSL_R_UNSUPPORTED_PROTOCOL
           || reason == SSL_R_WRONG_VERSION_NUMBER;
}

/**
 * One attempt offering exactly the versions @p lowest to @p highest with @p exchange, at security level 0 so
 * that old versions can be offered at all. Handshaken when the server's hello chose one of them: the attempt
 * stops at the server's certificate, before any key exchange.
 */
Attempt versionAttemptWith(const TlsTarget &target, TlsVersion lowest, TlsVersion highest, KeyExchange exchange)
{
    Attempt attempt;
    attempt.outcome = Attempt::Outcome::LocalUnsupported;
    const QString name = lowest == highest ? tlsVersionName(lowest)
                                           : tlsVersionName(lowest) + u'-' + tlsVersionName(highest);
    SSL_CTX *context = versionContext(lowest, highest, exchange, &attempt.message);
    if (!context)
        return attempt;
    Ssl::SslPtr ssl(SSL_new(context));
    if (!ssl) {
        attempt.message = Ssl::drainErrors();
        return attempt;
    }
    HelloState hello;
    hello.wantChain = !target.session.has_value();
    SSL_set_ex_data(ssl.get(), helloStateIndex(), &hello);
    setServerName(ssl.get(), target.effectiveServerName());
    SSL_set_connect_state(ssl.get());
    STACK_OF(SSL_CIPHER) *ciphers = SSL_get1_supported_ciphers(ssl.get());
    const int cipherCount = ciphers ? sk_SSL_CIPHER_num(ciphers) : 0;
    sk_SSL_CIPHER_free(ciphers);
    if (cipherCount <= 0) {
        Ssl::drainErrors();
        attempt.message = QCoreApplication::translate("Probe", "the local OpenSSL offers no cipher for %1, even at security level 0").arg(name);
        return attempt;
    }
    attempt = handshake(target, ssl.get());
    bool inRange = false;
    for (const TlsVersion version : s_versions) {
        if (version >= lowest && version <= highest && attempt.protocol == tlsVersionName(version))
            inRange = true;
    }
    if (attempt.outcome == Attempt::Outcome::Handshaken && !inRange) {
        attempt.outcome = Attempt::Outcome::HandshakeFailed;
        attempt.message = QCoreApplication::translate("Probe", "the server negotiated %1 instead").arg(attempt.protocol);
    }
    return attempt;
}

/**
 * Whether the server takes versions @p lowest to @p highest. Up to TLS 1.2, RSA key exchange is offered
 * first: the server then answers its hello and certificate without signing anything. A server without those
 * ciphers (or with an ECDSA key) refuses the cipher, not the version; it is asked again with every cipher.
 */
Attempt versionAttempt(const TlsTarget &target, TlsVersion lowest, TlsVersion highest)
{
    if (highest == TlsVersion::Tls1_3)
        return versionAttemptWith(target, lowest, highest, KeyExchange::Any);
    Attempt attempt = versionAttemptWith(target, lowest, highest, KeyExchange::Rsa);
    const bool askAgain = attempt.outcome == Attempt::Outcome::LocalUnsupported
                          || (attempt.outcome == Attempt::Outcome::HandshakeFailed && !versionRefused(attempt.sslError));
    if (askAgain)
        attempt = versionAttemptWith(target, lowest, highest, KeyExchange::Any);
    return attempt;
}

/** What a plaintext request on a TLS port or a plaintext port answers. */
struct PlaintextCheck {
    enum class Result { Accepted, NotAccepted, Timeout, ConnectFailed, Refused };
    Result result = Result::NotAccepted;
    QString detail;
};

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

void setAllVersions(TlsReport *report, VersionState state, const QString &detail)
{
    for (VersionResult &result : report->versions) {
        result.state = state;
        result.detail = detail;
    }
}

/** Records one version attempt's outcome; false when the endpoint could not be reached at all. */
bool recordAttempt(TlsReport *report, VersionResult *result, const Attempt &attempt)
{
    switch (attempt.outcome) {
    case Attempt::Outcome::Handshaken:
        result->state = VersionState::Accepted;
        result->detail = attempt.stoppedAtCertificate
                             ? QCoreApplication::translate("Probe", "chosen by the server's hello (cipher %1 of those offered); "
                                                                    "stopped at its certificate, before the key exchange")
                                   .arg(attempt.cipher)
                             : attempt.cipher;
        report->tlsEnabled = true;
        if (report->chain.isEmpty())
            report->chain = attempt.chain; // the default client failed; still show what the server sends
        return true;
    case Attempt::Outcome::HandshakeFailed:
    case Attempt::Outcome::TlsOff:
    case Attempt::Outcome::PreambleFailed:
        result->state = VersionState::Refused;
        result->detail = attempt.message;
        return true;
    case Attempt::Outcome::LocalUnsupported:
        result->state = VersionState::NotTestable;
        result->detail = attempt.message;
        return true;
    case Attempt::Outcome::ConnectFailed:
    case Attempt::Outcome::Timeout:
        if (!report->errors.contains(attempt.message))
            report->errors << attempt.message;
        result->detail = attempt.message;
        qCInfo(lcProbe) << "TLS version attempt on" << report->endpoint << "failed:" << attempt.message;
        return false;
    }
    return true;
}

/** Runs @p attempts (each a lowest..highest range) at the same time, one thread each; results in order. */
std::vector<Attempt> runConcurrently(const TlsTarget &target, const std::vector<std::pair<TlsVersion, TlsVersion>> &ranges)
{
    std::vector<Attempt> attempts(ranges.size());
    std::vector<std::thread> threads;
    for (size_t i = 1; i < ranges.size(); ++i) {
        threads.emplace_back([&target, &ranges, &attempts, i] {
            const SigpipeBlocker blocker;
            attempts[i] = versionAttempt(target, ranges[i].first, ranges[i].second);
        });
    }
    if (!ranges.empty())
        attempts[0] = versionAttempt(target, ranges[0].first, ranges[0].second); // this thread blocks SIGPIPE already
    for (std::thread &thread : threads)
        thread.join();
    return attempts;
}

/** Tries every version still NotTried: concurrently, TLS 1.0 and 1.1 first in one ClientHello. */
void tryVersions(const TlsTarget &target, TlsReport *report, const QPromise<TlsReport> &promise)
{
    auto slot = [report](TlsVersion version) -> VersionResult * {
        for (VersionResult &result : report->versions) {
            if (result.version == version)
                return &result;
        }
        return nullptr;
    };
    const bool oldPair = slot(TlsVersion::Tls1_0)->state == VersionState::NotTried
                         && slot(TlsVersion::Tls1_1)->state == VersionState::NotTried;
    std::vector<std::pair<TlsVersion, TlsVersion>> ranges;
    if (oldPair)
        ranges.emplace_back(TlsVersion::Tls1_0, TlsVersion::Tls1_1);
    for (const TlsVersion version : s_versions) {
        if (slot(version)->state == VersionState::NotTried && !(oldPair && version <= TlsVersion::Tls1_1))
            ranges.emplace_back(version, version);
    }
    if (ranges.empty() || promise.isCanceled())
        return;
    const std::vector<Attempt> attempts = runConcurrently(target, ranges);
    std::vector<std::pair<TlsVersion, TlsVersion>> again;
    for (size_t i = 0; i < ranges.size(); ++i) {
        const Attempt &attempt = attempts[i];
        if (ranges[i].first == ranges[i].second) {
            recordAttempt(report, slot(ranges[i].first), attempt);
            continue;
        }
        // TLS 1.0-1.1 offered together. Refused: a server that took either would have chosen it, so both
        // are refused. Chose one: that one is accepted, and the other is tried alone. A local limit or an
        // unreachable port: each alone, so each gets its own answer.
        switch (attempt.outcome) {
        case Attempt::Outcome::HandshakeFailed:
        case Attempt::Outcome::TlsOff:
        case Attempt::Outcome::PreambleFailed:
            recordAttempt(report, slot(TlsVersion::Tls1_0), attempt);
            recordAttempt(report, slot(TlsVersion::Tls1_1), attempt);
            break;
        case Attempt::Outcome::Handshaken: {
            const bool tls11 = attempt.protocol == tlsVersionName(TlsVersion::Tls1_1);
            recordAttempt(report, slot(tls11 ? TlsVersion::Tls1_1 : TlsVersion::Tls1_0), attempt);
            const TlsVersion other = tls11 ? TlsVersion::Tls1_0 : TlsVersion::Tls1_1;
            again.emplace_back(other, other);
            break;
        }
        case Attempt::Outcome::ConnectFailed:
        case Attempt::Outcome::Timeout:
            recordAttempt(report, slot(TlsVersion::Tls1_0), attempt);
            slot(TlsVersion::Tls1_1)->detail = attempt.message;
            break;
        case Attempt::Outcome::LocalUnsupported:
            again.emplace_back(TlsVersion::Tls1_0, TlsVersion::Tls1_0);
            again.emplace_back(TlsVersion::Tls1_1, TlsVersion::Tls1_1);
            break;
        }
    }
    if (again.empty() || promise.isCanceled())
        return;
    const std::vector<Attempt> more = runConcurrently(target, again);
    for (size_t i = 0; i < again.size(); ++i)
        recordAttempt(report, slot(again[i].first), more[i]);
}

TlsReport runInspection(const TlsTarget &target, const QPromise<TlsReport> &promise)
{
    TlsReport report;
    report.preamble = target.preamble;
    report.serverName = target.effectiveServerName();
    report.endpoint = endpointName(target.host, target.port);
    for (const TlsVersion version : s_versions)
        report.versions << VersionResult { version, VersionState::NotTried, {} };
    if (target.host.isEmpty() || target.port == 0) {
        report.errors << QCoreApplication::translate("Probe", "No host or port to inspect (%1)").arg(report.endpoint);
        return report;
    }
    const SigpipeBlocker sigpipeBlocker;

    // 1. Plaintext first where the protocol has a harmless request: a plaintext Redis port would sit on a
    // ClientHello waiting for a newline, so the TLS attempts come after we know.
    const quint16 plainPort = target.plaintextPort ? target.plaintextPort : target.port;
    switch (target.checkPlaintext ? target.preamble : Preamble::None) {
    case Preamble::Redis:
    case Preamble::Amqp: {
        const PlaintextCheck check = checkPlaintext(target, plainPort);
        const bool samePort = plainPort == target.port;
        if (check.result == PlaintextCheck::Result::Timeout || check.result == PlaintextCheck::Result::ConnectFailed
            || (check.result == PlaintextCheck::Result::Refused && samePort)) {
            if (samePort) {
                report.errors << check.detail;
                qCInfo(lcProbe) << "TLS inspection of" << report.endpoint << "stopped:" << check.detail;
                return report;
            }
            report.plaintextDetail = check.detail;
        } else if (check.result == PlaintextCheck::Result::Refused) {
            // A separate plaintext port that actively refuses is closed: that is observed, not unknown.
            report.plaintextAccepted = false;
            report.plaintextDetail = QCoreApplication::translate("Probe", "closed: %1").arg(check.detail);
        } else {
            report.plaintextAccepted = check.result == PlaintextCheck::Result::Accepted;
            report.plaintextDetail = check.detail;
        }
        if (samePort && report.plaintextAccepted.value_or(false)) {
            setAllVersions(&report, VersionState::Refused, QCoreApplication::translate("Probe", "the port speaks plaintext, not TLS"));
            return report;
        }
        break;
    }
    case Preamble::Postgres:
        report.plaintextDetail = QCoreApplication::translate("Probe", "The SSLRequest answer cannot tell; the PostgreSQL probe tries sslmode=disable");
        break;
    case Preamble::None:
        if (target.checkPlaintext)
            report.plaintextDetail = QCoreApplication::translate("Probe", "No plaintext check without a protocol to speak");
        break;
    }
    if (promise.isCanceled() || !target.checkTls)
        return report;

    if (target.session) {
        // 2a. A default client's session is already there: verify its chain, no second handshake.
        report.tlsEnabled = true;
        verifySessionChain(target, *target.session, &report);
        for (VersionResult &result : report.versions) {
            if (tlsVersionName(result.version) == target.session->protocol) {
                result.state = VersionState::Accepted;
                result.detail = target.session->cipher;
            }
        }
    } else {
        // 2b. What a default client gets: negotiated version, cipher, chain and verification.
        Attempt main;
        verificationPass(target, &report, &main);
        switch (main.outcome) {
        case Attempt::Outcome::Handshaken:
            report.tlsEnabled = true;
            // The verification pass proved its own version: no second handshake for it.
            for (VersionResult &result : report.versions) {
                if (tlsVersionName(result.version) == main.protocol && main.protocol != tlsVersionName(TlsVersion::Tls1_0)
                    && main.protocol != tlsVersionName(TlsVersion::Tls1_1)) {
                    result.state = VersionState::Accepted;
                    result.detail = main.cipher;
                }
            }
            break;
        case Attempt::Outcome::ConnectFailed:
        case Attempt::Outcome::Timeout:
        case Attempt::Outcome::PreambleFailed:
            report.errors << main.message;
            qCInfo(lcProbe) << "TLS inspection of" << report.endpoint << "stopped:" << main.message;
            return report;
        case Attempt::Outcome::TlsOff:
            report.tlsEnabled = false;
            report.plaintextAccepted = true;
            report.plaintextDetail = main.message;
            setAllVersions(&report, VersionState::Refused, main.message);
            return report;
        case Attempt::Outcome::HandshakeFailed:
        case Attempt::Outcome::LocalUnsupported:
            report.verifyFailure = VerifyFailure::HandshakeFailed;
            report.verifyError = QCoreApplication::translate("Probe", "No TLS session with a default client: %1").arg(main.message);
            break;
        }
    }

    // 3. The other versions, each alone (TLS 1.0 and 1.1 together first), concurrently.
    tryVersions(target, &report, promise);
    return report;
}

} // namespace

QString tlsVersionName(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Tls1_0:
        return QStringLiteral("TLSv1");
    case TlsVersion::Tls1_1:
        return QStringLiteral("TLSv1.1");
    case TlsVersion::Tls1_2:
        return QStringLiteral("TLSv1.2");
    case TlsVersion::Tls1_3:
        return QStringLiteral("TLSv1.3");
    }
    return {};
}

QString preambleName(Preamble preamble)
{
    switch (preamble) {
    case Preamble::None:
        return QStringLiteral("none");
    case Preamble::Postgres:
        return QStringLiteral("postgres");
    case Preamble::Redis:
        return QStringLiteral("redis");
    case Preamble::Amqp:
        return QStringLiteral("amqp");
    }
    return {};
}

QString verifyFailureName(VerifyFailure failure)
{
    switch (failure) {
    case VerifyFailure::None:
        return QStringLiteral("none");
    case VerifyFailure::Expired:
        return QStringLiteral("expired");
    case VerifyFailure::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case VerifyFailure::UnknownCa:
        return QStringLiteral("unknown-ca");
    case VerifyFailure::SelfSigned:
        return QStringLiteral("self-signed");
    case VerifyFailure::HostnameMismatch:
        return QStringLiteral("hostname-mismatch");
    case VerifyFailure::NoSan:
        return QStringLiteral("no-san");
    case VerifyFailure::WeakSignature:
        return QStringLiteral("weak-signature");
    case VerifyFailure::WeakKey:
        return QStringLiteral("weak-key");
    case VerifyFailure::HandshakeFailed:
        return QStringLiteral("handshake-failed");
    case VerifyFailure::Other:
        return QStringLiteral("other");
    }
    return {};
}

VersionState TlsReport::state(TlsVersion version) const
{
    return result(version).state;
}

VersionResult TlsReport::result(TlsVersion version) const
{
    for (const VersionResult &r : versions) {
        if (r.version == version)
            return r;
    }
    return VersionResult { version, VersionState::NotTried, {} };
}

TlsInspector::TlsInspector(QThreadPool *pool)
    : m_pool(pool ? pool : blockingIoPool())
{
}

QThreadPool *TlsInspector::blockingIoPool()
{
    // Not the global pool: an inspection blocks its thread on the network for up to its timeout, and
    // Qt itself uses the global pool (the raster paint engine waits on it), so a window would freeze
    // while the inspections wait — on a tunnel that needs that very window's event loop.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(32);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

QFuture<TlsReport> TlsInspector::inspect(const TlsTarget &target) const
{
    return QtConcurrent::run(
        m_pool, [target](QPromise<TlsReport> &promise) { promise.addResult(runInspection(target, promise)); });
}

} // namespace Probe
