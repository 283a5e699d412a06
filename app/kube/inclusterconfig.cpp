// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/inclusterconfig.h"

#include "core/logging.h"
#include "core/secret.h"
#include "kube/kubeconfigloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

#include <algorithm>

namespace Kube {

namespace {

constexpr qint64 kMaxFileSize = 1024 * 1024;

/** A small file's bytes; on failure @p error says "open F: reason" as client-go does. */
QByteArray readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QString reason = file.errorString();
        if (!reason.isEmpty())
            reason[0] = reason[0].toLower();
        *error = QCoreApplication::translate("Kube", "open %1: %2").arg(path, reason);
        return {};
    }
    QByteArray data = file.read(kMaxFileSize + 1);
    if (data.size() > kMaxFileSize) {
        Core::wipe(data);
        *error = QCoreApplication::translate("Kube", "%1 is larger than 1 MiB").arg(path);
        return {};
    }
    return data;
}

} // namespace

InClusterConfig::InClusterConfig(const QProcessEnvironment &environment)
    : m_environment(environment)
{
}

QString InClusterConfig::directory() const
{
    const QString overridden = m_environment.value(QLatin1String(DirectoryVariable));
    return overridden.isEmpty() ? QString::fromLatin1(DefaultDirectory) : QDir::cleanPath(overridden);
}

bool InClusterConfig::possible() const
{
    return !m_environment.value(QStringLiteral("KUBERNETES_SERVICE_HOST")).isEmpty()
        && !m_environment.value(QStringLiteral("KUBERNETES_SERVICE_PORT")).isEmpty()
        && QFileInfo(QDir(directory()).filePath(QStringLiteral("token"))).isFile();
}

QString InClusterConfig::namespaceName() const
{
    if (const QString pod = m_environment.value(QStringLiteral("POD_NAMESPACE")); !pod.isEmpty())
        return pod;
    QString error;
    const QString name = QString::fromUtf8(readSmallFile(QDir(directory()).filePath(QStringLiteral("namespace")), &error)).trimmed();
    return name.isEmpty() ? QStringLiteral("default") : name;
}

Expected<ResolvedContext> InClusterConfig::load() const
{
    const QString host = m_environment.value(QStringLiteral("KUBERNETES_SERVICE_HOST"));
    const QString port = m_environment.value(QStringLiteral("KUBERNETES_SERVICE_PORT"));
    if (host.isEmpty() || port.isEmpty())
        return Expected<ResolvedContext>::failure(QCoreApplication::translate(
            "Kube", "unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined"));
    bool portOk = false;
    const uint portNumber = port.toUInt(&portOk);
    if (!portOk || portNumber == 0 || portNumber > 65535)
        return Expected<ResolvedContext>::failure(
            QCoreApplication::translate("Kube", "KUBERNETES_SERVICE_PORT is not a port: \"%1\"").arg(port));
    if (host.contains(u'/') || host.contains(u'@') || host.contains(u'[') || host.contains(u' '))
        return Expected<ResolvedContext>::failure(
            QCoreApplication::translate("Kube", "KUBERNETES_SERVICE_HOST is not a host: \"%1\"").arg(host));

    const QDir dir(directory());
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    QString error;
    QByteArray token = readSmallFile(tokenFile, &error).trimmed();
    const bool emptyToken = token.isEmpty();
    Core::wipe(token); // only checked here: the credentials read the file again at every request
    if (!error.isEmpty())
        return Expected<ResolvedContext>::failure(error);
    if (emptyToken)
        return Expected<ResolvedContext>::failure(
            QCoreApplication::translate("Kube", "the ServiceAccount token %1 is empty").arg(tokenFile));

    ResolvedContext resolved;
    const QString name = QString::fromUtf16(ContextName);
    resolved.context.name = name;
    resolved.context.cluster = name;
    resolved.context.user = name;
    resolved.context.sourceFile = dir.path();
    resolved.namespaceName = namespaceName();
    resolved.context.namespaceName = resolved.namespaceName;
    resolved.cluster.name = name;
    // net.JoinHostPort: an IPv6 address goes between brackets.
    resolved.cluster.server = QStringLiteral("https://%1:%2").arg(host.contains(u':') ? u'[' + host + u']' : host).arg(portNumber);
    resolved.cluster.sourceFile = dir.path();
    const QString caFile = dir.filePath(QStringLiteral("ca.crt"));
    const QByteArray caPem = readSmallFile(caFile, &error);
    if (error.isEmpty() && QSslCertificate::fromData(caPem, QSsl::Pem).isEmpty())
        error = QCoreApplication::translate("Kube", "data does not contain any valid RSA or ECDSA certificates");
    if (error.isEmpty()) {
        resolved.cluster.certificateAuthority = caFile;
    } else {
        // client-go logs this and goes on with the system's roots: the server is still verified, against those.
        resolved.warnings << QCoreApplication::translate("Kube", "Expected to load root CA config from %1, but got err: %2")
                                 .arg(caFile, error);
    }
    resolved.user.name = name;
    resolved.user.tokenFile = tokenFile;
    resolved.user.sourceFile = dir.path();
    resolved.authKind = AuthKind::TokenFile;
    qCDebug(lcKube) << "in-cluster configuration:" << resolved.cluster.server << "namespace" << resolved.namespaceName;
    return resolved;
}

bool inClusterByDefault(const KubeconfigLoader &loader, const InClusterConfig &inCluster)
{
    const QStringList files = loader.precedence();
    const bool anyKubeconfig = std::any_of(files.cbegin(), files.cend(), [](const QString &file) { return QFileInfo::exists(file); });
    return !anyKubeconfig && inCluster.possible();
}

} // namespace Kube
