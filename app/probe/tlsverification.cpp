// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/tlsverification.h"

#include "probe/tlsopenssl.h"

#include <QCoreApplication>

#include <openssl/pem.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace Probe::Inspection {

namespace {

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

/** The target's CA (or the system's when it gives none) as @p context's trust anchors; an error when it holds none. */
void loadTrust(SSL_CTX *context, const TlsTarget &target, TlsReport *report)
{
    if (target.caPem.isEmpty()) {
        SSL_CTX_set_default_verify_paths(context);
        return;
    }
    QString error;
    if (!loadCaCertificates(context, target.caPem, target.caSource, &error))
        report->errors << error;
}

/** Verification checks the target's name: against the IP SANs for an address, the DNS SANs (never the CN) else. */
void setVerifiedName(X509_VERIFY_PARAM *param, const QString &name)
{
    const QByteArray ascii = name.toUtf8();
    // Like Go and kubectl: the subject CN never stands in for a missing subjectAltName.
    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NEVER_CHECK_SUBJECT | X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    if (isIpAddress(name))
        X509_VERIFY_PARAM_set1_ip_asc(param, ascii.constData());
    else
        X509_VERIFY_PARAM_set1_host(param, ascii.constData(), size_t(ascii.size()));
}

} // namespace

bool loadCaCertificates(SSL_CTX *context, const QByteArray &pem, const QString &source, QString *error)
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
    if (added == 0) {
        *error = source.isEmpty()
            ? QCoreApplication::translate("Probe", "The CA certificates given for verification hold no PEM certificate")
            : QCoreApplication::translate("Probe", "%1: not a PEM certificate").arg(source);
    }
    return added > 0;
}

void verificationPass(const TlsTarget &target, TlsReport *report, Attempt *attempt)
{
    ERR_clear_error();
    Ssl::SslCtxPtr context(SSL_CTX_new(TLS_client_method()));
    if (!context) {
        attempt->outcome = Attempt::Outcome::LocalUnsupported;
        attempt->message = Ssl::drainErrors();
        return;
    }
    loadTrust(context.get(), target, report);
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
    setVerifiedName(SSL_get0_param(ssl.get()), name);
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
    loadTrust(context.get(), target, report);
    for (const CertificateInfo &info : session.chain) {
        Ssl::BioPtr bio(BIO_new_mem_buf(info.pem.constData(), int(info.pem.size())));
        X509 *cert = bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr;
        if (!cert || !sk_X509_push(untrusted.get(), cert)) {
            X509_free(cert);
            fail(VerifyFailure::Other, QCoreApplication::translate("Probe", "the session's certificate could not be read back"));
            return;
        }
    }
    X509_VERIFY_PARAM *sslParam = SSL_get0_param(ssl.get());
    setVerifiedName(sslParam, target.effectiveServerName());

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

} // namespace Probe::Inspection
