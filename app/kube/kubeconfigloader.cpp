// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/kubeconfigloader.h"

#include "core/logging.h"
#include "kube/yamlcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <string>

namespace Kube {

namespace {

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

/** Reads one file's nodes into a Kubeconfig; the first error stops it. */
class FileReader final {
public:
    FileReader(const QString &path, Kubeconfig &out)
        : m_path(path)
        , m_baseDir(QFileInfo(path).absolutePath())
        , m_sourceFile(QFileInfo(path).absoluteFilePath())
        , m_out(out)
    {
    }

    const QString &error() const { return m_error; }

    bool read(const YAML::Node &root)
    {
        if (!root.IsDefined() || root.IsNull())
            return true; // an empty file is an empty config, as in client-go
        if (!root.IsMap())
            return fail(root, QCoreApplication::translate("Kube", "the kubeconfig is not a mapping"));
        QString kind;
        QString apiVersion;
        if (!string(root, "kind", kind) || !string(root, "apiVersion", apiVersion))
            return false;
        if ((!kind.isEmpty() && kind != u"Config") || (!apiVersion.isEmpty() && apiVersion != u"v1")) {
            return fail(root,
                        QCoreApplication::translate("Kube", "no kind \"%1\" is registered for version \"%2\"")
                            .arg(kind, apiVersion));
        }
        if (!string(root, "current-context", m_out.currentContext))
            return false;
        if (!m_out.currentContext.isEmpty())
            m_out.currentContextSource = m_sourceFile;
        return readList(root, "clusters", "cluster",
                        [this](const QString &name, const YAML::Node &node) { return readCluster(name, node); })
            && readList(root, "users", "user",
                        [this](const QString &name, const YAML::Node &node) { return readUser(name, node); })
            && readList(root, "contexts", "context",
                        [this](const QString &name, const YAML::Node &node) { return readContext(name, node); });
    }

private:
    bool fail(const YAML::Node &node, const QString &message)
    {
        const int line = node.Mark().line;
        m_error = line >= 0 ? QCoreApplication::translate("Kube", "line %1: %2").arg(line + 1).arg(message) : message;
        return false;
    }

    static YAML::Node child(const YAML::Node &map, const char *key, int depth = 0)
    {
        if (!map.IsMap())
            return YAML::Node(YAML::NodeType::Undefined);
        const YAML::Node direct = map[key];
        if (direct.IsDefined())
            return direct;
        // YAML merge keys (`<<: *defaults`, or a list of them) as Go's yaml reads them and yaml-cpp
        // does not: the map's own keys win, then the merged maps in order.
        const YAML::Node merged = map["<<"];
        if (!merged.IsDefined()) // a missing key gives an invalid node: hand back a plain undefined one
            return YAML::Node(YAML::NodeType::Undefined);
        if (depth < 8 && merged.IsMap())
            return child(merged, key, depth + 1);
        if (depth < 8 && merged.IsSequence()) {
            for (const YAML::Node &item : merged) {
                const YAML::Node found = child(item, key, depth + 1);
                if (found.IsDefined())
                    return found;
            }
        }
        return YAML::Node(YAML::NodeType::Undefined);
    }

    bool string(const YAML::Node &map, const char *key, QString &out)
    {
        const YAML::Node node = child(map, key);
        if (!node.IsDefined() || node.IsNull())
            return true;
        if (!node.IsScalar()) {
            return fail(node, QCoreApplication::translate("Kube", "\"%1\" must be a string").arg(QLatin1String(key)));
        }
        out = QString::fromStdString(node.Scalar());
        return true;
    }

    bool boolean(const YAML::Node &map, const char *key, bool &out)
    {
        QString text;
        if (!string(map, key, text))
            return false;
        const QString lower = text.toLower();
        if (lower.isEmpty() || lower == u"false" || lower == u"no" || lower == u"off") {
            out = false;
        } else if (lower == u"true" || lower == u"yes" || lower == u"on") {
            out = true;
        } else {
            return fail(child(map, key),
                        QCoreApplication::translate("Kube", "\"%1\" must be true or false").arg(QLatin1String(key)));
        }
        return true;
    }

    /** A base64 `*-data` field, decoded as Go decodes it (padding required, only line breaks skipped). */
    bool bytes(const YAML::Node &map, const char *key, QByteArray &out)
    {
        QString text;
        if (!string(map, key, text))
            return false;
        QByteArray encoded = text.toUtf8();
        const qsizetype bad = decodeBase64AsGo(encoded, &out);
        Core::wipe(encoded);
        if (bad >= 0) {
            Core::wipe(out);
            out.clear();
            return fail(child(map, key),
                        QCoreApplication::translate("Kube", "\"%1\": illegal base64 data at input byte %2")
                            .arg(QLatin1String(key))
                            .arg(bad));
        }
        return true;
    }

    bool secret(const YAML::Node &map, const char *key, Core::Secret &out)
    {
        QString text;
        if (!string(map, key, text))
            return false;
        out = Core::Secret::fromUtf8(text);
        return true;
    }

    bool secretBytes(const YAML::Node &map, const char *key, Core::Secret &out)
    {
        QByteArray decoded;
        if (!bytes(map, key, decoded))
            return false;
        out = Core::Secret(decoded);
        Core::wipe(decoded);
        return true;
    }

    bool path(const YAML::Node &map, const char *key, QString &out)
    {
        if (!string(map, key, out))
            return false;
        out = resolvePath(out);
        return true;
    }

    QString resolvePath(const QString &value) const
    {
        if (value.isEmpty() || QDir::isAbsolutePath(value))
            return value;
        return QDir::cleanPath(QDir(m_baseDir).filePath(value));
    }

    template<typename Reader>
    bool readList(const YAML::Node &root, const char *listKey, const char *itemKey, Reader reader)
    {
        const YAML::Node list = child(root, listKey);
        if (!list.IsDefined() || list.IsNull())
            return true;
        if (!list.IsSequence())
            return fail(list, QCoreApplication::translate("Kube", "\"%1\" must be a list").arg(QLatin1String(listKey)));
        QSet<QString> seen;
        for (const YAML::Node &item : list) {
            if (!item.IsMap()) {
                return fail(item,
                            QCoreApplication::translate("Kube", "each entry of \"%1\" must be a mapping")
                                .arg(QLatin1String(listKey)));
            }
            QString name;
            if (!string(item, "name", name))
                return false;
            if (seen.contains(name)) {
                return fail(item,
                            QCoreApplication::translate("Kube", "duplicate name \"%1\" in list of %2")
                                .arg(name, QLatin1String(listKey)));
            }
            seen.insert(name);
            const YAML::Node body = child(item, itemKey);
            if (body.IsDefined() && !body.IsNull() && !body.IsMap()) {
                return fail(body,
                            QCoreApplication::translate("Kube", "\"%1\" of \"%2\" must be a mapping")
                                .arg(QLatin1String(itemKey), name));
            }
            if (!reader(name, body))
                return false;
        }
        return true;
    }

    bool readCluster(const QString &name, const YAML::Node &node)
    {
        Cluster cluster;
        cluster.name = name;
        cluster.sourceFile = m_sourceFile;
        if (!string(node, "server", cluster.server) || !string(node, "tls-server-name", cluster.tlsServerName)
            || !boolean(node, "insecure-skip-tls-verify", cluster.insecureSkipTlsVerify)
            || !path(node, "certificate-authority", cluster.certificateAuthority)
            || !bytes(node, "certificate-authority-data", cluster.certificateAuthorityData)
            || !string(node, "proxy-url", cluster.proxyUrl)
            || !boolean(node, "disable-compression", cluster.disableCompression))
            return false;
        m_out.clusters.insert(name, cluster);
        return true;
    }

    bool readExec(const YAML::Node &node, ExecConfig &exec)
    {
        QString command;
        if (!string(node, "command", command) || !string(node, "apiVersion", exec.apiVersion)
            || !string(node, "installHint", exec.installHint)
            || !boolean(node, "provideClusterInfo", exec.provideClusterInfo)
            || !string(node, "interactiveMode", exec.interactiveModeText))
            return false;
        // client-go resolves the command only when it is a path, not a name looked up in PATH.
        exec.command = command.contains(u'/') ? resolvePath(command) : command;
        const YAML::Node args = child(node, "args");
        if (args.IsDefined() && !args.IsNull()) {
            if (!args.IsSequence())
                return fail(args, QCoreApplication::translate("Kube", "\"args\" must be a list of strings"));
            for (const YAML::Node &arg : args) {
                if (!arg.IsScalar())
                    return fail(arg, QCoreApplication::translate("Kube", "\"args\" must be a list of strings"));
                exec.args.append(QString::fromStdString(arg.Scalar()));
            }
        }
        const YAML::Node env = child(node, "env");
        if (env.IsDefined() && !env.IsNull()) {
            if (!env.IsSequence())
                return fail(env, QCoreApplication::translate("Kube", "\"env\" must be a list of name/value pairs"));
            for (const YAML::Node &item : env) {
                ExecEnvVar var;
                if (!item.IsMap())
                    return fail(item,
                                QCoreApplication::translate("Kube", "\"env\" must be a list of name/value pairs"));
                if (!string(item, "name", var.name) || !string(item, "value", var.value))
                    return false;
                exec.env.append(var);
            }
        }
        const QString &mode = exec.interactiveModeText;
        if (mode.isEmpty())
            exec.interactiveMode = ExecInteractiveMode::Unset;
        else if (mode == u"Never")
            exec.interactiveMode = ExecInteractiveMode::Never;
        else if (mode == u"IfAvailable")
            exec.interactiveMode = ExecInteractiveMode::IfAvailable;
        else if (mode == u"Always")
            exec.interactiveMode = ExecInteractiveMode::Always;
        else
            exec.interactiveMode = ExecInteractiveMode::Invalid;
        return true;
    }

    bool readAuthProvider(const YAML::Node &node, AuthProviderConfig &provider)
    {
        if (!string(node, "name", provider.name))
            return false;
        const YAML::Node config = child(node, "config");
        if (!config.IsDefined() || config.IsNull())
            return true;
        if (!config.IsMap())
            return fail(config,
                        QCoreApplication::translate("Kube", "\"config\" of an auth-provider must be a mapping"));
        for (const auto &entry : config) {
            if (!entry.first.IsScalar() || !(entry.second.IsScalar() || entry.second.IsNull())) {
                return fail(
                    entry.first,
                    QCoreApplication::translate("Kube", "\"config\" of an auth-provider must map strings to strings"));
            }
            const QString key = QString::fromStdString(entry.first.Scalar());
            provider.config.insert(key,
                                   entry.second.IsNull()
                                       ? Core::Secret()
                                       : Core::Secret::fromUtf8(QString::fromStdString(entry.second.Scalar())));
        }
        return true;
    }

    bool readUser(const QString &name, const YAML::Node &node)
    {
        AuthInfo user;
        user.name = name;
        user.sourceFile = m_sourceFile;
        if (!path(node, "client-certificate", user.clientCertificate)
            || !bytes(node, "client-certificate-data", user.clientCertificateData)
            || !path(node, "client-key", user.clientKey) || !secretBytes(node, "client-key-data", user.clientKeyData)
            || !secret(node, "token", user.token) || !path(node, "tokenFile", user.tokenFile)
            || !string(node, "username", user.username) || !secret(node, "password", user.password)
            || !string(node, "as", user.impersonate))
            return false;
        const YAML::Node exec = child(node, "exec");
        if (exec.IsDefined() && !exec.IsNull()) {
            if (!exec.IsMap())
                return fail(exec, QCoreApplication::translate("Kube", "\"exec\" must be a mapping"));
            ExecConfig config;
            if (!readExec(exec, config))
                return false;
            user.exec = config;
        }
        const YAML::Node provider = child(node, "auth-provider");
        if (provider.IsDefined() && !provider.IsNull()) {
            if (!provider.IsMap())
                return fail(provider, QCoreApplication::translate("Kube", "\"auth-provider\" must be a mapping"));
            AuthProviderConfig config;
            if (!readAuthProvider(provider, config))
                return false;
            user.authProvider = config;
        }
        m_out.users.insert(name, user);
        return true;
    }

    bool readContext(const QString &name, const YAML::Node &node)
    {
        Context context;
        context.name = name;
        context.sourceFile = m_sourceFile;
        if (!string(node, "cluster", context.cluster) || !string(node, "user", context.user)
            || !string(node, "namespace", context.namespaceName))
            return false;
        m_out.contexts.insert(name, context);
        return true;
    }

    QString m_path;
    QString m_baseDir;
    QString m_sourceFile;
    Kubeconfig &m_out;
    QString m_error;
};

QString loadError(const QString &path, const QString &detail)
{
    return QCoreApplication::translate("Kube", "error loading config file \"%1\": %2").arg(path, detail);
}

QString openError(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Kube", "open %1: %2").arg(path, lowerFirst(reason));
}

/** Empty when @p path can be opened for reading; else client-go's "open F: reason". */
QString unreadable(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return QCoreApplication::translate("Kube", "read %1: is a directory").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return openError(path, file.errorString());
    return {};
}

QString joinErrors(const QStringList &errors)
{
    if (errors.size() == 1)
        return errors.constFirst();
    QString text = QCoreApplication::translate("Kube", "Error in configuration:");
    for (const QString &error : errors)
        text += QStringLiteral("\n* ") + error;
    return text;
}

void validateCluster(Cluster &cluster, QStringList &errors, QStringList &warnings)
{
    const QString &name = cluster.name;
    if (cluster.server.isEmpty())
        errors << QCoreApplication::translate("Kube", "no server found for cluster \"%1\"").arg(name);
    if (!cluster.proxyUrl.isEmpty()) {
        const QUrl url(cluster.proxyUrl, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty()) {
            errors << QCoreApplication::translate("Kube", "invalid 'proxy-url' \"%1\" for cluster \"%2\"")
                          .arg(cluster.proxyUrl, name);
        } else if (scheme != u"http" && scheme != u"https" && scheme != u"socks5") {
            errors << QCoreApplication::translate(
                          "Kube",
                          "invalid 'proxy-url' \"%1\" for cluster \"%2\": scheme \"%3\" is not supported "
                          "(http, https and socks5 are)")
                          .arg(cluster.proxyUrl, name, scheme);
        } else if (scheme == u"socks5") {
            warnings << QCoreApplication::translate(
                            "Kube",
                            "cluster \"%1\" uses a socks5 proxy: API requests go through it, but port-forward "
                            "(WebSocket) cannot be carried over SOCKS5, so datastores must be reached directly")
                            .arg(name);
        }
    }
    if (!cluster.certificateAuthority.isEmpty() && !cluster.certificateAuthorityData.isEmpty()) {
        warnings << QCoreApplication::translate("Kube",
                                                "certificate-authority-data and certificate-authority are both "
                                                "specified for %1. certificate-authority-data will override.")
                        .arg(name);
        cluster.certificateAuthority.clear();
    }
    if (!cluster.certificateAuthority.isEmpty()) {
        const QString reason = unreadable(cluster.certificateAuthority);
        if (!reason.isEmpty()) {
            errors << QCoreApplication::translate("Kube", "unable to read certificate-authority %1 for %2 due to %3")
                          .arg(cluster.certificateAuthority, name, reason);
        }
    }
    const bool hasCa = !cluster.certificateAuthority.isEmpty() || !cluster.certificateAuthorityData.isEmpty();
    if (cluster.insecureSkipTlsVerify) {
        if (hasCa) {
            errors << QCoreApplication::translate("Kube",
                                                  "specifying a root certificates file with the insecure flag is not "
                                                  "allowed");
        } else {
            warnings << QCoreApplication::translate("Kube",
                                                    "insecure-skip-tls-verify is set for cluster \"%1\": the "
                                                    "server's certificate will not be verified")
                            .arg(name);
        }
    }
}

void validateUser(AuthInfo &user, QStringList &errors, QStringList &warnings)
{
    const QString &name = user.name;
    QStringList methods;
    if (!user.token.isEmpty())
        methods << QStringLiteral("token");
    if (!user.username.isEmpty() || !user.password.isEmpty())
        methods << QStringLiteral("basicAuth");

    if (!user.clientCertificate.isEmpty() || !user.clientCertificateData.isEmpty()) {
        if (!user.clientCertificate.isEmpty() && !user.clientCertificateData.isEmpty()) {
            warnings << QCoreApplication::translate("Kube",
                                                    "client-cert-data and client-cert are both specified for "
                                                    "%1. client-cert-data will override.")
                            .arg(name);
            user.clientCertificate.clear();
        }
        if (!user.clientKey.isEmpty() && !user.clientKeyData.isEmpty()) {
            warnings << QCoreApplication::translate("Kube",
                                                    "client-key-data and client-key are both specified for "
                                                    "%1; client-key-data will override")
                            .arg(name);
            user.clientKey.clear();
        }
        if (user.clientKey.isEmpty() && user.clientKeyData.isEmpty()) {
            errors << QCoreApplication::translate("Kube",
                                                  "client-key-data or client-key must be specified for %1 to "
                                                  "use the clientCert authentication method.")
                          .arg(name);
        }
        if (!user.clientCertificate.isEmpty()) {
            const QString reason = unreadable(user.clientCertificate);
            if (!reason.isEmpty()) {
                errors << QCoreApplication::translate("Kube", "unable to read client-cert %1 for %2 due to %3")
                              .arg(user.clientCertificate, name, reason);
            }
        }
        if (!user.clientKey.isEmpty()) {
            const QString reason = unreadable(user.clientKey);
            if (!reason.isEmpty()) {
                errors << QCoreApplication::translate("Kube", "unable to read client-key %1 for %2 due to %3")
                              .arg(user.clientKey, name, reason);
            }
        }
    }
    if (!user.tokenFile.isEmpty()) {
        const QString reason = unreadable(user.tokenFile);
        if (!reason.isEmpty()) {
            errors << QCoreApplication::translate("Kube", "unable to read tokenFile %1 for %2 due to %3")
                          .arg(user.tokenFile, name, reason);
        }
    }

    if (user.exec) {
        ExecConfig &exec = *user.exec;
        if (user.authProvider) {
            errors << QCoreApplication::translate("Kube",
                                                  "authProvider cannot be provided in combination with an exec "
                                                  "plugin for %1")
                          .arg(name);
        }
        if (exec.command.isEmpty()) {
            errors << QCoreApplication::translate("Kube",
                                                  "command must be specified for %1 to use exec "
                                                  "authentication plugin")
                          .arg(name);
        }
        if (exec.apiVersion.isEmpty()) {
            errors << QCoreApplication::translate("Kube",
                                                  "apiVersion must be specified for %1 to use exec "
                                                  "authentication plugin")
                          .arg(name);
        } else if (exec.apiVersion != u"client.authentication.k8s.io/v1"
                   && exec.apiVersion != u"client.authentication.k8s.io/v1beta1") {
            errors
                << QCoreApplication::translate("Kube", "exec plugin: invalid apiVersion \"%1\"").arg(exec.apiVersion);
        }
        for (const ExecEnvVar &var : std::as_const(exec.env)) {
            if (var.name.isEmpty()) {
                errors << QCoreApplication::translate("Kube",
                                                      "env variable name must be specified for %1 to use "
                                                      "exec authentication plugin")
                              .arg(name);
            }
        }
        // client-go defaults the mode for v1beta1 only; v1 must say it.
        if (exec.interactiveMode == ExecInteractiveMode::Unset
            && exec.apiVersion == u"client.authentication.k8s.io/v1beta1")
            exec.interactiveMode = ExecInteractiveMode::IfAvailable;
        if (exec.interactiveMode == ExecInteractiveMode::Unset && !exec.apiVersion.isEmpty()) {
            errors << QCoreApplication::translate("Kube",
                                                  "interactiveMode must be specified for %1 to use exec "
                                                  "authentication plugin")
                          .arg(name);
        } else if (exec.interactiveMode == ExecInteractiveMode::Always) {
            warnings << QCoreApplication::translate("Kube",
                                                    "the exec plugin of %1 has interactiveMode: Always: it needs "
                                                    "a terminal on every run, which Proofer's window cannot "
                                                    "give it, so it will fail there")
                            .arg(name);
        } else if (exec.interactiveMode == ExecInteractiveMode::Invalid) {
            errors << QCoreApplication::translate("Kube", "invalid interactiveMode for %1: \"%2\"")
                          .arg(name, exec.interactiveModeText);
        }
    }
    if (user.authProvider) {
        const QString &provider = user.authProvider->name;
        if (provider == u"gcp") {
            errors << QCoreApplication::translate("Kube",
                                                  "The gcp auth plugin has been removed. Please use the "
                                                  "\"gke-gcloud-auth-plugin\" kubectl/client-go credential "
                                                  "plugin instead.");
        } else if (provider == u"azure") {
            errors << QCoreApplication::translate("Kube",
                                                  "The azure auth plugin has been removed. Please use the "
                                                  "\"kubelogin\" kubectl/client-go credential plugin instead.");
        } else if (provider != u"oidc") {
            errors << QCoreApplication::translate("Kube", "no Auth Provider found for name \"%1\"").arg(provider);
        }
    }
    if (methods.size() > 1) {
        errors << QCoreApplication::translate("Kube",
                                              "more than one authentication method found for %1; found [%2], "
                                              "only one is allowed")
                      .arg(name, methods.join(u' '));
    }
}

AuthKind authKindOf(const AuthInfo &user)
{
    if (user.exec)
        return AuthKind::Exec;
    if (user.authProvider)
        return AuthKind::AuthProvider;
    if (!user.tokenFile.isEmpty())
        return AuthKind::TokenFile;
    if (!user.token.isEmpty())
        return AuthKind::Token;
    if (!user.username.isEmpty() || !user.password.isEmpty())
        return AuthKind::Basic;
    if (!user.clientCertificate.isEmpty() || !user.clientCertificateData.isEmpty())
        return AuthKind::ClientCertificate;
    return AuthKind::None;
}

} // namespace

KubeconfigLoader::KubeconfigLoader()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
}

QStringList KubeconfigLoader::precedence() const
{
    if (!m_explicitPath.isEmpty())
        return { m_explicitPath };
    const QString variable = m_environment.value(QStringLiteral("KUBECONFIG"));
    if (!variable.isEmpty()) {
        QStringList files;
        for (const QString &file : variable.split(u':', Qt::SkipEmptyParts)) {
            if (!files.contains(file))
                files << file;
        }
        return files;
    }
    QString home = m_environment.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return { QDir(home).filePath(QStringLiteral(".kube/config")) };
}

Expected<Kubeconfig> KubeconfigLoader::loadFile(const QString &path) const
{
    const QFileInfo info(path);
    if (info.isDir())
        return Expected<Kubeconfig>::failure(
            loadError(path, QCoreApplication::translate("Kube", "read %1: is a directory").arg(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<Kubeconfig>::failure(loadError(path, openError(path, file.errorString())));
    // Read one byte more than allowed: size() lies for pipes and /proc files.
    QByteArray data = file.read(m_maxFileSize + 1);
    if (data.size() > m_maxFileSize) {
        Core::wipe(data);
        return Expected<Kubeconfig>::failure(loadError(
            path, QCoreApplication::translate("Kube", "the file is larger than %1 KiB").arg(m_maxFileSize / 1024)));
    }
    auto result = parse(data, path);
    Core::wipe(data); // it may hold tokens and keys
    return result;
}

Expected<Kubeconfig> KubeconfigLoader::parse(const QByteArray &data, const QString &path) const
{
    Kubeconfig config;
    config.files << QFileInfo(path).absoluteFilePath();
    try {
        // libyaml first, as kubectl reads it (Go's yaml is its port): what it refuses is refused with
        // kubectl's words, before yaml-cpp (more lenient) builds the tree.
        const QString refused = checkYaml(data, m_maxDepth);
        if (!refused.isEmpty())
            return Expected<Kubeconfig>::failure(loadError(path, refused));
        std::string text = data.toStdString();
        const YAML::Node root = YAML::Load(text);
        std::fill(text.begin(), text.end(), '\0');
        FileReader reader(path, config);
        if (!reader.read(root))
            return Expected<Kubeconfig>::failure(loadError(path, reader.error()));
    } catch (const YAML::Exception &exception) {
        return Expected<Kubeconfig>::failure(loadError(path,
                                                       QCoreApplication::translate("Kube", "yaml: line %1: %2")
                                                           .arg(exception.mark.line + 1)
                                                           .arg(QString::fromStdString(exception.msg))));
    } catch (const std::exception &exception) {
        return Expected<Kubeconfig>::failure(loadError(path, QString::fromLocal8Bit(exception.what())));
    }
    return config;
}

Expected<Kubeconfig> KubeconfigLoader::load() const
{
    Kubeconfig merged;
    if (!m_explicitPath.isEmpty() && !QFileInfo::exists(m_explicitPath)) {
        return Expected<Kubeconfig>::failure(
            QCoreApplication::translate("Kube", "stat %1: no such file or directory").arg(m_explicitPath));
    }
    for (const QString &path : precedence()) {
        if (!QFileInfo::exists(path)) {
            qCDebug(lcKube) << "kubeconfig" << path << "does not exist, skipped";
            continue;
        }
        auto loaded = loadFile(path);
        if (!loaded)
            return loaded;
        const Kubeconfig &file = *loaded;
        merged.files << file.files;
        // The first file to define a name wins it whole.
        for (auto it = file.clusters.cbegin(); it != file.clusters.cend(); ++it) {
            if (!merged.clusters.contains(it.key()))
                merged.clusters.insert(it.key(), it.value());
        }
        for (auto it = file.users.cbegin(); it != file.users.cend(); ++it) {
            if (!merged.users.contains(it.key()))
                merged.users.insert(it.key(), it.value());
        }
        for (auto it = file.contexts.cbegin(); it != file.contexts.cend(); ++it) {
            if (!merged.contexts.contains(it.key()))
                merged.contexts.insert(it.key(), it.value());
        }
        if (merged.currentContext.isEmpty() && !file.currentContext.isEmpty()) {
            merged.currentContext = file.currentContext;
            merged.currentContextSource = file.currentContextSource;
        }
    }
    qCDebug(lcKube) << "kubeconfig loaded from" << merged.files << "with" << merged.contexts.size() << "contexts";
    return merged;
}

Expected<ResolvedContext> KubeconfigLoader::resolve(const Kubeconfig &config, const QString &contextName)
{
    const QString name = contextName.isEmpty() ? config.currentContext : contextName;
    if (name.isEmpty()) {
        if (config.files.isEmpty()) {
            return Expected<ResolvedContext>::failure(QCoreApplication::translate(
                "Kube", "invalid configuration: no configuration has been provided (no kubeconfig file was found)"));
        }
        return Expected<ResolvedContext>::failure(
            QCoreApplication::translate("Kube", "current-context is not set in %1; choose a context (--context)")
                .arg(config.files.join(QStringLiteral(", "))));
    }
    const auto contextIt = config.contexts.constFind(name);
    if (contextIt == config.contexts.cend()) {
        return Expected<ResolvedContext>::failure(
            QCoreApplication::translate("Kube", "context was not found for specified context: %1").arg(name));
    }
    ResolvedContext resolved;
    resolved.context = *contextIt;
    resolved.namespaceName
        = resolved.context.namespaceName.isEmpty() ? QStringLiteral("default") : resolved.context.namespaceName;
    QStringList errors;
    if (resolved.context.cluster.isEmpty()) {
        errors << QCoreApplication::translate("Kube", "context \"%1\" names no cluster").arg(name);
    } else if (const auto it = config.clusters.constFind(resolved.context.cluster); it == config.clusters.cend()) {
        errors << QCoreApplication::translate("Kube", "cluster \"%1\" was not found for context \"%2\"")
                      .arg(resolved.context.cluster, name);
    } else {
        resolved.cluster = *it;
        validateCluster(resolved.cluster, errors, resolved.warnings);
    }
    if (!resolved.context.user.isEmpty()) {
        if (const auto it = config.users.constFind(resolved.context.user); it == config.users.cend()) {
            errors << QCoreApplication::translate("Kube", "user \"%1\" was not found for context \"%2\"")
                          .arg(resolved.context.user, name);
        } else {
            resolved.user = *it;
            validateUser(resolved.user, errors, resolved.warnings);
        }
    }
    if (!errors.isEmpty())
        return Expected<ResolvedContext>::failure(joinErrors(errors));
    resolved.authKind = authKindOf(resolved.user);
    return resolved;
}

QString authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
        return QStringLiteral("none");
    case AuthKind::Token:
        return QStringLiteral("token");
    case AuthKind::TokenFile:
        return QStringLiteral("tokenFile");
    case AuthKind::ClientCertificate:
        return QStringLiteral("clientCertificate");
    case AuthKind::Exec:
        return QStringLiteral("exec");
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::AuthProvider:
        return QStringLiteral("authProvider");
    }
    return QStringLiteral("none");
}

} // namespace Kube
