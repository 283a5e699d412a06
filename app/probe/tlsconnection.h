// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The network side of a TLS inspection, internal to app/probe: one connection with one deadline for all its
// steps (connect, the PostgreSQL SSLRequest, the TLS handshake or a plaintext request) and what it ended with.
// The blocking, poll()-bounded socket work of TlsInspector's worker thread; tlsinspector.cpp decides what to try.

#include "probe/tlsinspector.h"

#include <QList>
#include <QString>

#include <openssl/ssl.h>

#include <csignal>

#include <pthread.h>

namespace Probe::Inspection {

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
QString endpointName(const QString &host, quint16 port);

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

/** The SSL ex_data slot a version attempt's HelloState lives in (handshake() reads it). */
int helloStateIndex();

/** The name is an IP address literal (checked against IP SANs, never sent as SNI). */
bool isIpAddress(const QString &name);

/** Names the server for SNI (DNS names only: RFC 6066 forbids IP literals there). */
void setServerName(SSL *ssl, const QString &name);

/** Connects, speaks the preamble and runs the handshake of @p ssl within the connection's deadline. */
Attempt handshake(const TlsTarget &target, SSL *ssl);

/** What a plaintext request on a TLS port or a plaintext port answers. */
struct PlaintextCheck {
    enum class Result { Accepted, NotAccepted, Timeout, ConnectFailed, Refused };
    Result result = Result::NotAccepted;
    QString detail;
};

/** Redis: sends PING; AMQP: sends the protocol header; and judges the answer on @p port. */
PlaintextCheck checkPlaintext(const TlsTarget &target, quint16 port);

} // namespace Probe::Inspection
