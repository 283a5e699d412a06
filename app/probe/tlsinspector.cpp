// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/tlsinspector.h"

#include "core/logging.h"
#include "probe/tlsconnection.h"
#include "probe/tlsopenssl.h"
#include "probe/tlsverification.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/pem.h>
#include <openssl/x509_vfy.h>

#include <algorithm>
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

using namespace Inspection;

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

/**
 * The suites Mozilla's "intermediate" profile and NIST SP 800-52r2 refuse, as an OpenSSL cipher string: no forward
 * secrecy (static RSA), no authentication, no or export-grade encryption, 64-bit block and legacy ciphers, MD5 and
 * SHA-1 MACs (CBC-SHA1). At security level 0, so the local library offers what it still has.
 */
constexpr char kWeakSuites[] = "kRSA:aNULL:eNULL:EXPORT:DES:3DES:RC4:IDEA:SEED:MD5:SHA1:@SECLEVEL=0";

QStringList weaknessesOf(const SSL_CIPHER *cipher)
{
    QStringList weaknesses;
    if (SSL_CIPHER_get_kx_nid(cipher) == NID_kx_rsa)
        weaknesses << QCoreApplication::translate("Probe", "no forward secrecy (static RSA key exchange)");
    if (SSL_CIPHER_get_auth_nid(cipher) == NID_auth_null)
        weaknesses << QCoreApplication::translate("Probe", "no authentication (anonymous)");
    switch (SSL_CIPHER_get_cipher_nid(cipher)) {
    case NID_undef:
        weaknesses << QCoreApplication::translate("Probe", "no encryption (NULL)");
        break;
    case NID_des_ede3_cbc:
        weaknesses << QStringLiteral("3DES");
        break;
    case NID_des_cbc:
        weaknesses << QStringLiteral("DES");
        break;
    case NID_rc4:
        weaknesses << QStringLiteral("RC4");
        break;
    case NID_idea_cbc:
        weaknesses << QStringLiteral("IDEA");
        break;
    case NID_seed_cbc:
        weaknesses << QStringLiteral("SEED");
        break;
    default:
        break;
    }
    if (!SSL_CIPHER_is_aead(cipher)) {
        const int digest = SSL_CIPHER_get_digest_nid(cipher);
        if (digest == NID_sha1)
            weaknesses << QCoreApplication::translate("Probe", "CBC with SHA-1");
        else if (digest == NID_md5)
            weaknesses << QStringLiteral("MD5");
    }
    return weaknesses;
}

/** The suites of @p list the local library can offer at @p version, by name (empty: none). */
QList<const SSL_CIPHER *> offerable(SSL_CTX *context, const QByteArray &list)
{
    QList<const SSL_CIPHER *> ciphers;
    Ssl::SslPtr ssl(SSL_new(context));
    if (!ssl || SSL_set_cipher_list(ssl.get(), list.constData()) != 1) {
        ERR_clear_error();
        return ciphers;
    }
    STACK_OF(SSL_CIPHER) *supported = SSL_get1_supported_ciphers(ssl.get());
    for (int i = 0; supported && i < sk_SSL_CIPHER_num(supported); ++i)
        ciphers << sk_SSL_CIPHER_value(supported, i);
    sk_SSL_CIPHER_free(supported);
    return ciphers;
}

/** One handshake offering exactly @p list at @p version; it stops at the certificate like a version attempt. */
Attempt cipherAttempt(const TlsTarget &target, SSL_CTX *context, const QByteArray &list)
{
    Attempt attempt;
    attempt.outcome = Attempt::Outcome::LocalUnsupported;
    Ssl::SslPtr ssl(SSL_new(context));
    if (!ssl || SSL_set_cipher_list(ssl.get(), list.constData()) != 1) {
        attempt.message = Ssl::drainErrors();
        return attempt;
    }
    HelloState hello;
    hello.wantChain = false;
    SSL_set_ex_data(ssl.get(), helloStateIndex(), &hello);
    setServerName(ssl.get(), target.effectiveServerName());
    SSL_set_connect_state(ssl.get());
    return handshake(target, ssl.get());
}

struct WeakScan {
    QList<WeakSuite> suites;
    QString unknown; ///< the enumeration could not finish: why
    int attempts = 0;
};

/** Offers the suites @p left at @p version, each accepted one left out of the next offer, until the server refuses. */
WeakScan scanWeakSuites(const TlsTarget &target, TlsVersion version, QList<const SSL_CIPHER *> left,
                        const QPromise<TlsReport> &promise)
{
    WeakScan scan;
    QString error;
    SSL_CTX *context = versionContext(version, version, KeyExchange::Any, &error);
    if (!context) {
        scan.unknown = error;
        return scan;
    }
    // Each accepted suite costs one more connection; no server has more weak suites than the library offers.
    while (!left.isEmpty() && !promise.isCanceled()) {
        QByteArray list;
        for (const SSL_CIPHER *cipher : std::as_const(left)) {
            if (!list.isEmpty())
                list += ':';
            list += SSL_CIPHER_get_name(cipher);
        }
        list += ":@SECLEVEL=0";
        const Attempt attempt = cipherAttempt(target, context, list);
        ++scan.attempts;
        if (attempt.outcome == Attempt::Outcome::HandshakeFailed || attempt.outcome == Attempt::Outcome::TlsOff)
            return scan; // none of the rest is accepted
        if (attempt.outcome != Attempt::Outcome::Handshaken) {
            scan.unknown = attempt.message;
            return scan;
        }
        const auto chosen = std::find_if(left.begin(), left.end(), [&attempt](const SSL_CIPHER *cipher) {
            return attempt.cipher == QLatin1String(SSL_CIPHER_get_name(cipher));
        });
        if (attempt.protocol != tlsVersionName(version) || chosen == left.end()) {
            scan.unknown = QCoreApplication::translate("Probe", "the server answered %1 with %2, which was not offered")
                               .arg(attempt.protocol, attempt.cipher);
            return scan;
        }
        scan.suites.append({version, attempt.cipher, weaknessesOf(*chosen)});
        left.erase(chosen);
    }
    return scan;
}

/** What the local library cannot offer of the profile's weak suites at any version (RC4 without the legacy provider). */
QStringList notOfferable()
{
    QStringList missing;
    QString error;
    SSL_CTX *context = versionContext(TlsVersion::Tls1_0, TlsVersion::Tls1_2, KeyExchange::Any, &error);
    if (!context)
        return { QStringLiteral("TLSv1-TLSv1.2") };
    for (const char *family : {"RC4", "DES", "EXPORT", "IDEA", "SEED", "eNULL", "aNULL", "3DES"}) {
        if (offerable(context, QByteArray(family) + ":@SECLEVEL=0").isEmpty())
            missing << QLatin1String(family);
    }
    return missing;
}

/** Enumerates the weak suites of each accepted version up to TLS 1.2, the versions at the same time. */
void scanCiphers(const TlsTarget &target, TlsReport *report, const QPromise<TlsReport> &promise)
{
    std::vector<TlsVersion> versions;
    for (const VersionResult &result : std::as_const(report->versions)) {
        if (result.state == VersionState::Accepted && result.version != TlsVersion::Tls1_3)
            versions.push_back(result.version);
        if (result.state == VersionState::NotTried && result.version != TlsVersion::Tls1_3) {
            report->weakSuitesDetail = QCoreApplication::translate("Probe", "%1 was not tried").arg(tlsVersionName(result.version));
            return;
        }
    }
    // Each version's weak suites in a few parts, each part enumerated on its own connection sequence: the server
    // answers each offer from the part it is given, so the parts are independent and run at the same time.
    constexpr int kParts = 3;
    struct Job {
        TlsVersion version;
        QList<const SSL_CIPHER *> suites;
    };
    std::vector<Job> jobs;
    for (const TlsVersion version : versions) {
        QString error;
        SSL_CTX *context = versionContext(version, version, KeyExchange::Any, &error);
        if (!context) {
            report->weakSuitesDetail = QCoreApplication::translate("Probe", "%1: %2").arg(tlsVersionName(version), error);
            return;
        }
        const QList<const SSL_CIPHER *> all = offerable(context, kWeakSuites);
        std::vector<Job> parts(kParts, Job { version, {} });
        for (qsizetype i = 0; i < all.size(); ++i)
            parts[size_t(i % kParts)].suites << all.at(i);
        for (Job &part : parts) {
            if (!part.suites.isEmpty())
                jobs.push_back(std::move(part));
        }
    }
    std::vector<WeakScan> scans(jobs.size());
    std::vector<std::thread> threads;
    for (size_t i = 1; i < jobs.size(); ++i) {
        threads.emplace_back([&target, &jobs, &scans, &promise, i] {
            const SigpipeBlocker blocker;
            scans[i] = scanWeakSuites(target, jobs[i].version, jobs[i].suites, promise);
        });
    }
    if (!jobs.empty())
        scans[0] = scanWeakSuites(target, jobs[0].version, jobs[0].suites, promise);
    for (std::thread &thread : threads)
        thread.join();
    QList<WeakSuite> suites;
    for (size_t i = 0; i < jobs.size(); ++i) {
        report->cipherAttempts += scans[i].attempts;
        if (!scans[i].unknown.isEmpty()) {
            report->weakSuitesDetail = QCoreApplication::translate("Probe", "%1: %2").arg(tlsVersionName(jobs[i].version), scans[i].unknown);
            return;
        }
        suites += scans[i].suites;
    }
    std::stable_sort(suites.begin(), suites.end(), [](const WeakSuite &a, const WeakSuite &b) {
        return std::tie(a.version, a.cipher) < std::tie(b.version, b.cipher);
    });
    if (promise.isCanceled())
        return;
    report->weakSuites = suites;
    static const QStringList missing = notOfferable();
    if (!missing.isEmpty())
        report->weakSuitesDetail = QCoreApplication::translate("Probe", "not offered (the local OpenSSL has none): %1").arg(missing.join(u", "));
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
    if (target.tryOtherVersions)
        tryVersions(target, &report, promise);
    // 4. The weak suites each accepted version up to TLS 1.2 takes: black-box, so only when the other versions are
    // observed too (a warm scan reuses the cached suites with the versions).
    if (target.tryOtherVersions && report.tlsEnabled && !promise.isCanceled())
        scanCiphers(target, &report, promise);
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

QString cipherProfileName()
{
    return QStringLiteral("Mozilla intermediate / NIST SP 800-52r2");
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
