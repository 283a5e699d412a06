// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/tlscertificate.h"

#include <QFuture>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

class QThreadPool;

namespace Probe {

/** What the client has to say before the TLS handshake starts. */
enum class Preamble {
    None, ///< direct TLS (AMQPS 5671, HTTPS, …)
    Postgres, ///< PostgreSQL SSLRequest, answered 'S' (go on with TLS) or 'N' (TLS off)
    Redis, ///< direct TLS; the plaintext check sends "PING\r\n"
    Amqp, ///< direct TLS; the plaintext check sends the AMQP 0-9-1 protocol header
};

enum class TlsVersion { Tls1_0, Tls1_1, Tls1_2, Tls1_3 };

/** "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3" (OpenSSL's and PostgreSQL's spelling). */
QString tlsVersionName(TlsVersion version);

enum class VersionState {
    NotTried, ///< the inspection stopped before this attempt (connect error, timeout, TLS off)
    Accepted, ///< the handshake completed with exactly this version
    Refused, ///< the server refused it (alert, closed connection, other version)
    NotTestable, ///< the local OpenSSL cannot offer this version at all, even at security level 0
};

struct VersionResult {
    TlsVersion version = TlsVersion::Tls1_2;
    VersionState state = VersionState::NotTried;
    QString detail; ///< the cipher when accepted, the reason otherwise
};

/** A cipher suite the server accepted that the cipher profile refuses (TLS 1.0–1.2). */
struct WeakSuite {
    TlsVersion version = TlsVersion::Tls1_2;
    QString cipher; ///< OpenSSL's name, e.g. "AES256-GCM-SHA384"
    QStringList weaknesses; ///< e.g. "no forward secrecy (static RSA key exchange)", "CBC with SHA-1"
};

/** The profile weak suites are judged against (named in the evidence). */
QString cipherProfileName();

/** Why verification failed, in short; the exact text is TlsReport::verifyError. */
enum class VerifyFailure {
    None,
    Expired,
    NotYetValid,
    UnknownCa, ///< no path to a trusted CA (including a self-signed root the server sent)
    SelfSigned, ///< the leaf is self-signed and not trusted
    HostnameMismatch, ///< the leaf's SANs do not name serverName
    NoSan, ///< the leaf has no subjectAltName at all (CN is never used)
    WeakSignature, ///< a signature digest below the security level (SHA-1, MD5)
    WeakKey, ///< a key below the security level (RSA < 2048 at level 2)
    HandshakeFailed, ///< no TLS session at the default security level, so nothing could be verified
    Other,
};

/** A TLS session a default client already completed with an endpoint (e.g. libpq's own verify-full login). */
struct TlsSession {
    QString protocol; ///< e.g. "TLSv1.3"
    QString cipher; ///< e.g. "TLS_AES_256_GCM_SHA384"
    QList<CertificateInfo> chain; ///< as the server sent it in that session, leaf first
};

struct TlsTarget {
    QString host;
    quint16 port = 0;
    Preamble preamble = Preamble::None;
    QString serverName; ///< SNI and the name to verify; empty: host. An IP address is checked against IP SANs.
    QByteArray caPem; ///< trusted CA certificates (PEM bundle); empty: the system's CAs
    /** Where caPem was read from, named in errors about it ("Secret postgres-tls key ca-cert.pem"); empty: not known. */
    QString caSource;
    int timeoutMs = 5000; ///< per connection: connect, preamble and handshake together
    /** Where to try plaintext (Redis, AMQP); 0: the TLS port itself. */
    quint16 plaintextPort = 0;
    /** Redis/AMQP: send the plaintext request first (false: skip it, the caller has its answer). */
    bool checkPlaintext = true;
    /** false: stop after the plaintext check (no TLS connection at all). */
    bool checkTls = true;
    /**
     * false: no version attempts (ClientHellos of their own): only the given session's version (or the verification
     * pass's) is known, the others stay NotTried. For a scan that reuses an earlier observation of them.
     */
    bool tryOtherVersions = true;
    /**
     * A session a default client (OpenSSL's default security level and versions) completed with this very
     * endpoint and serverName. Its version, cipher and chain are taken as observed, the chain is verified here
     * against caPem and serverName with the verification pass's rules but without another handshake, and its
     * version is not tried again. Without it the inspector runs its own verification handshake.
     */
    std::optional<TlsSession> session;

    QString effectiveServerName() const { return serverName.isEmpty() ? host : serverName; }
};

struct TlsReport {
    QString endpoint; ///< "host:port" ("[::1]:port" for IPv6)
    Preamble preamble = Preamble::None;
    QString serverName;
    bool tlsEnabled = false;
    std::optional<bool> plaintextAccepted; ///< nullopt: unknown, see plaintextDetail
    QString plaintextDetail;
    QList<VersionResult> versions; ///< TLSv1, TLSv1.1, TLSv1.2, TLSv1.3 in that order
    QString negotiatedProtocol; ///< of a default client (the verification pass or the given session), e.g. "TLSv1.3"
    QString cipher; ///< e.g. "TLS_AES_256_GCM_SHA384"
    /**
     * The suites the server accepted, of those the profile refuses, for each accepted version up to TLS 1.2 (TLS 1.3
     * has only AEAD suites with forward secrecy). Enumerated as sslscan does: all of them offered, the one the
     * server chose left out of the next offer, until it refuses. Nullopt: not enumerated (see weakSuitesDetail).
     */
    std::optional<QList<WeakSuite>> weakSuites;
    QString weakSuitesDetail; ///< why they are unknown, or what the local OpenSSL could not offer (RC4, …)
    int cipherAttempts = 0; ///< connections the enumeration made
    QList<CertificateInfo> chain; ///< as the server sent it, leaf first
    bool verified = false;
    VerifyFailure verifyFailure = VerifyFailure::None;
    QString verifyError; ///< X509_verify_cert_error_string() of the first error, or the handshake error
    int verifyErrorCode = 0; ///< X509_V_ERR_*; 0 when none or when the handshake failed
    int verifyErrorDepth = -1; ///< chain index of the certificate the first error is about
    QStringList errors; ///< connection-level problems, each naming host:port

    VersionState state(TlsVersion version) const;
    VersionResult result(TlsVersion version) const;
    const CertificateInfo *leaf() const { return chain.isEmpty() ? nullptr : &chain.first(); }
};

/**
 * Inspects the TLS of one endpoint with OpenSSL: which protocol versions the server accepts (security level
 * 0 so old versions can be offered at all; the attempts run concurrently; TLS 1.0 and 1.1 share one
 * ClientHello offering both, which a server refusing both answers with one alert, and are tried alone when it
 * accepts one of them), what a default
 * client negotiates, the certificate chain, and verification against a CA and a host name with the exact
 * reason when it fails; plus, where the protocol allows, whether the port takes plaintext.
 *
 * The blocking socket and OpenSSL work runs on a worker of @p pool (the global pool by default), never on
 * the caller's thread; every connection has the target's timeout and the first timeout ends the run.
 */
class TlsInspector final {
public:
    explicit TlsInspector(QThreadPool *pool = nullptr);

    QFuture<TlsReport> inspect(const TlsTarget &target) const;

    /** The pool inspections run on by default: their own, never QThreadPool::globalInstance(). */
    static QThreadPool *blockingIoPool();

private:
    QThreadPool *m_pool = nullptr;
};

QString preambleName(Preamble preamble);
QString verifyFailureName(VerifyFailure failure);

} // namespace Probe

Q_DECLARE_METATYPE(Probe::TlsReport)
Q_DECLARE_METATYPE(Probe::TlsSession)
