// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Certificate verification of a TLS inspection, internal to app/probe: the pass of a default client (default
// security level and versions) against the target's CA and host name, or the same check on the chain of a
// session a client already completed; the first error is recorded and classified (VerifyFailure).

#include "probe/tlsconnection.h"
#include "probe/tlsinspector.h"

#include <openssl/ssl.h>

namespace Probe::Inspection {

/**
 * Adds the certificates of @p pem (a PEM bundle) to @p context's trust store; false, and @p error, when it holds
 * none. The error names @p source, where the bundle was read from ("Secret postgres-tls key ca-cert.pem: not a PEM
 * certificate"), when it is known.
 */
bool loadCaCertificates(SSL_CTX *context, const QByteArray &pem, const QString &source, QString *error);

/** The verification pass: a default client (default security level and versions), the CA, the host name. */
void verificationPass(const TlsTarget &target, TlsReport *report, Attempt *attempt);

/**
 * The verification pass's check without a handshake: the chain a default client received in @p session,
 * verified as OpenSSL's client does it (ssl_verify_cert_chain: the whole chain as untrusted certificates,
 * purpose "ssl_server", the default security level, the same host name rules), first error recorded.
 */
void verifySessionChain(const TlsTarget &target, const TlsSession &session, TlsReport *report);

} // namespace Probe::Inspection
