// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kube/credentials.h"
#include "kube/expected.h"
#include "kube/kubeconfig.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QString>

namespace Kube {

/** How to reach the API server of a context: TLS trust and identity, the name to verify, the proxy. */
struct TlsSettings {
    QSslConfiguration configuration;
    /** The name the server certificate must carry (tls-server-name); empty: the server URL's host. */
    QString peerVerifyName;
    /** From proxy-url; DefaultProxy when the cluster names none. */
    QNetworkProxy proxy { QNetworkProxy::DefaultProxy };
    /** False only with insecure-skip-tls-verify. */
    bool verifiesPeer = true;
};

/**
 * Builds the TLS settings client-go would: the cluster CA (data, else file) replaces the system CAs;
 * with neither, the system CAs; insecure-skip-tls-verify turns verification off (and is refused
 * with a CA). The client certificate and key come from @p credentials (static or exec).
 */
Expected<TlsSettings> tlsSettings(const ResolvedContext &context, const Credentials &credentials);

} // namespace Kube
