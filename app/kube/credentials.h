// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "kube/expected.h"
#include "kube/kubeconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Kube {

/** What a request presents to the API server: a bearer token, a client certificate, or basic auth. */
struct Credentials {
    Core::Secret token;
    QByteArray clientCertificatePem;
    Core::Secret clientKeyPem;
    QString username;
    Core::Secret password;
    /** When the credential stops being valid (UTC); invalid: it does not expire. */
    QDateTime expiry;

    bool isEmpty() const
    {
        return token.isEmpty() && clientCertificatePem.isEmpty() && username.isEmpty() && password.isEmpty();
    }
    /** True once @p now has reached the expiry. */
    bool isExpiredAt(const QDateTime &now) const { return expiry.isValid() && now >= expiry; }
};

/**
 * The credentials of @p context that need no plugin, read now: tokenFile (re-read on each call and
 * preferred over token), token, basic, client certificate and key (files or data), the oidc
 * auth-provider's id-token while unexpired. For an exec user only its static parts (e.g. a client
 * certificate) are returned: the token comes from ExecCredentialProvider.
 */
Expected<Credentials> staticCredentials(const ResolvedContext &context);

/** The `exp` claim of a JWT as UTC, or an invalid QDateTime when absent or unreadable. */
QDateTime jwtExpiry(const QByteArray &jwt);

} // namespace Kube

Q_DECLARE_METATYPE(Kube::Credentials)
