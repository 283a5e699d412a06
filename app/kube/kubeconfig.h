// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kube {

/**
 * A `clusters[].cluster` stanza. Paths are absolute once loaded (relative ones are resolved against
 * the directory of the file that defined them, as client-go does).
 */
struct Cluster {
    QString name;
    QString server;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QString certificateAuthority; ///< file, absolute
    QByteArray certificateAuthorityData; ///< decoded PEM (public, not a secret)
    QString proxyUrl;
    bool disableCompression = false;
    QString sourceFile; ///< the kubeconfig file this stanza came from
};

/** `users[].user.exec.interactiveMode`. */
enum class ExecInteractiveMode {
    Unset, ///< absent: defaults to IfAvailable for v1beta1, is an error for v1
    Never,
    IfAvailable,
    Always,
    Invalid, ///< any other value
};

struct ExecEnvVar {
    QString name;
    QString value;
};

/** `users[].user.exec`: a client-go credential plugin. */
struct ExecConfig {
    QString command; ///< absolute when it held a slash in the kubeconfig
    QStringList args;
    QList<ExecEnvVar> env;
    QString apiVersion;
    QString installHint;
    bool provideClusterInfo = false;
    ExecInteractiveMode interactiveMode = ExecInteractiveMode::Unset;
    QString interactiveModeText; ///< as written, for messages
};

/** `users[].user.auth-provider`. Every config value is kept as a secret (id-token, refresh-token…). */
struct AuthProviderConfig {
    QString name;
    QMap<QString, Core::Secret> config;
};

/** A `users[].user` stanza (client-go's AuthInfo). */
struct AuthInfo {
    QString name;
    QString clientCertificate; ///< file, absolute
    QByteArray clientCertificateData; ///< decoded PEM
    QString clientKey; ///< file, absolute
    Core::Secret clientKeyData; ///< decoded PEM
    Core::Secret token;
    QString tokenFile; ///< absolute
    QString username;
    Core::Secret password;
    std::optional<ExecConfig> exec;
    std::optional<AuthProviderConfig> authProvider;
    QString impersonate; ///< `as`
    QString sourceFile;
};

struct Context {
    QString name;
    QString cluster;
    QString user;
    QString namespaceName;
    QString sourceFile;
};

/** The merged kubeconfig: every stanza by name (sorted, as kubectl lists them). */
struct Kubeconfig {
    QMap<QString, Cluster> clusters;
    QMap<QString, AuthInfo> users;
    QMap<QString, Context> contexts;
    QString currentContext;
    QString currentContextSource; ///< file that set current-context
    QStringList files; ///< the files that were read, in precedence order
};

/** How a user authenticates, from the strongest signal in the stanza. */
enum class AuthKind {
    None,
    Token,
    TokenFile,
    ClientCertificate,
    Exec,
    Basic,
    AuthProvider,
};

/** "token", "tokenFile", "clientCertificate", "exec", "basic", "authProvider" or "none". */
QString authKindName(AuthKind kind);

/**
 * One context with its cluster and user looked up and validated: what a client needs to connect.
 * Produced by KubeconfigLoader::resolve().
 */
struct ResolvedContext {
    Context context;
    QString namespaceName; ///< the context's, or "default"
    Cluster cluster;
    AuthInfo user;
    AuthKind authKind = AuthKind::None;
    /** Allowed but worth telling the user (insecure-skip-tls-verify, *-data overriding a file…). */
    QStringList warnings;
};

} // namespace Kube
