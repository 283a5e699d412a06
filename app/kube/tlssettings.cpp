// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/tlssettings.h"

#include "core/sslkey.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

namespace Kube {

Expected<TlsSettings> tlsSettings(const ResolvedContext &context, const Credentials &credentials)
{
    using Result = Expected<TlsSettings>;
    const Cluster &cluster = context.cluster;
    TlsSettings settings;
    settings.configuration = QSslConfiguration::defaultConfiguration();
    settings.configuration.setProtocol(QSsl::TlsV1_2OrLater);
    settings.peerVerifyName = cluster.tlsServerName;

    QByteArray caPem = cluster.certificateAuthorityData;
    if (caPem.isEmpty() && !cluster.certificateAuthority.isEmpty()) {
        QFile file(cluster.certificateAuthority);
        if (!file.open(QIODevice::ReadOnly)) {
            return Result::failure(QCoreApplication::translate("Kube",
                                                               "unable to read certificate-authority %1 for %2 "
                                                               "due to %3")
                                       .arg(cluster.certificateAuthority, cluster.name, file.errorString()));
        }
        caPem = file.read(4 * 1024 * 1024);
    }
    const bool hasCa = !caPem.isEmpty();
    if (cluster.insecureSkipTlsVerify && hasCa) {
        return Result::failure(QCoreApplication::translate("Kube",
                                                           "specifying a root certificates file with the "
                                                           "insecure flag is not allowed"));
    }
    if (hasCa) {
        const QList<QSslCertificate> cas = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (cas.isEmpty()) {
            return Result::failure(QCoreApplication::translate("Kube",
                                                               "unable to load root certificates of cluster "
                                                               "\"%1\": unable to parse bytes as PEM block")
                                       .arg(cluster.name));
        }
        settings.configuration.setCaCertificates(cas); // replaces the system CAs, as client-go does
    }
    if (cluster.insecureSkipTlsVerify) {
        settings.configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        settings.verifiesPeer = false;
    } else {
        settings.configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }

    if (!credentials.clientCertificatePem.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(credentials.clientCertificatePem, QSsl::Pem);
        if (chain.isEmpty()) {
            return Result::failure(QCoreApplication::translate("Kube",
                                                               "tls: failed to find any PEM data in the "
                                                               "client certificate of user \"%1\"")
                                       .arg(context.user.name));
        }
        const QSslKey key = Core::loadPrivateKey(credentials.clientKeyPem.reveal());
        if (key.isNull()) {
            return Result::failure(QCoreApplication::translate("Kube",
                                                               "tls: failed to parse the private key of user "
                                                               "\"%1\" (RSA, EC or DSA in PEM expected)")
                                       .arg(context.user.name));
        }
        settings.configuration.setLocalCertificateChain(chain);
        settings.configuration.setPrivateKey(key);
    }

    if (!cluster.proxyUrl.isEmpty()) {
        const QUrl url(cluster.proxyUrl);
        const QString scheme = url.scheme();
        QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
        if (scheme == u"socks5")
            type = QNetworkProxy::Socks5Proxy;
        else if (scheme != u"http" && scheme != u"https") {
            return Result::failure(QCoreApplication::translate("Kube", "invalid 'proxy-url' \"%1\" for cluster \"%2\"")
                                       .arg(cluster.proxyUrl, cluster.name));
        }
        const int defaultPort = scheme == u"socks5" ? 1080 : (scheme == u"https" ? 443 : 80);
        settings.proxy
            = QNetworkProxy(type, url.host(), quint16(url.port(defaultPort)), url.userName(), url.password());
    }
    return settings;
}

} // namespace Kube
