// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkRequest>
#include <QStringList>

class QObject;
class QWebSocket;

namespace Kube {

class KubeClient;

/**
 * Opens the WebSocket of a pod's streaming subresource (port-forward, exec) as a channel protocol wants it: the
 * client's authenticated @p request (KubeClient::prepareRequest) moved to ws/wss, the client's proxy and TLS
 * settings, a certificate accepted under the kubeconfig's tls-server-name when it names that name, and the
 * @p subprotocols offered in order of preference. The socket is a child of @p parent; connect to it before the
 * event loop runs again.
 */
QWebSocket *openChannelSocket(KubeClient *client, QNetworkRequest request, const QStringList &subprotocols,
                              QObject *parent);

} // namespace Kube
