// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/channelsocket.h"

#include "kube/kubeclient.h"

#include <QSslCertificate>
#include <QSslError>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace Kube {

namespace {

/** True when @p certificate names @p host (DNS SAN, with a leading wildcard label). */
bool certificateNames(const QSslCertificate &certificate, const QString &host)
{
    const auto sans = certificate.subjectAlternativeNames();
    for (const QString &name : sans.values(QSsl::DnsEntry)) {
        if (name.compare(host, Qt::CaseInsensitive) == 0)
            return true;
        if (name.startsWith(QStringLiteral("*.")) && host.indexOf(u'.') > 0
            && host.mid(host.indexOf(u'.')).compare(name.mid(1), Qt::CaseInsensitive) == 0)
            return true;
    }
    return sans.values(QSsl::IpAddressEntry).contains(host);
}

} // namespace

QWebSocket *openChannelSocket(KubeClient *client, QNetworkRequest request, const QStringList &subprotocols,
                              QObject *parent)
{
    QUrl url = request.url();
    url.setScheme(url.scheme() == u"http" ? QStringLiteral("ws") : QStringLiteral("wss"));
    request.setUrl(url);

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, parent);
    socket->setProxy(client->proxy());
    socket->setSslConfiguration(request.sslConfiguration());
    socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);

    // tls-server-name: Qt checks the URL's host; accept a mismatch only when the certificate names the configured
    // server name (and nothing else is wrong).
    const QString serverName = client->context().cluster.tlsServerName;
    QObject::connect(socket, &QWebSocket::sslErrors, socket, [socket, serverName](const QList<QSslError> &errors) {
        if (serverName.isEmpty())
            return;
        for (const QSslError &e : errors) {
            if (e.error() != QSslError::HostNameMismatch || !certificateNames(e.certificate(), serverName))
                return;
        }
        socket->ignoreSslErrors(errors);
    });
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(subprotocols);
    // Opened from the event loop, so that the caller connects to the socket's signals first.
    QMetaObject::invokeMethod(
        socket, [socket, request, options] { socket->open(request, options); }, Qt::QueuedConnection);
    return socket;
}

} // namespace Kube
