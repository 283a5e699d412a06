// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/pgendpointresolver.h"

#include "kube/portforwarder.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <utility>

namespace Ops {

PgEndpointResolver::PgEndpointResolver(Kube::KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

PgEndpointResolver::~PgEndpointResolver()
{
    closeAll();
}

bool PgEndpointResolver::resolve(const Fleet::ScanTarget &target, PgEndpoint *endpoint, QString *error)
{
    endpoint->datastore = target.name;
    endpoint->namespaceName = target.namespaceName;
    endpoint->database = target.database.isEmpty() ? QStringLiteral("postgres") : target.database;
    endpoint->user = target.user.isEmpty() ? QStringLiteral("postgres") : target.user;
    endpoint->password = target.password;
    endpoint->caPem = target.caPem;
    const QString serverName = target.serverName.isEmpty() ? target.host : target.serverName;
    if (!target.pod.isEmpty()) {
        if (!m_client) {
            *error = QCoreApplication::translate("Ops", "%1 is a pod but there is no cluster connection").arg(target.name);
            return false;
        }
        auto *forwarder = new Kube::PortForwarder(m_client, target.namespaceName, target.pod, target.podPort, this);
        connect(forwarder, &Kube::PortForwarder::tunnelError, this, &PgEndpointResolver::tunnelError);
        if (!forwarder->listen(error)) {
            delete forwarder;
            return false;
        }
        m_forwarders << forwarder;
        endpoint->host = serverName;
        endpoint->hostaddr = QStringLiteral("127.0.0.1");
        endpoint->port = forwarder->localPort();
        return true;
    }
    endpoint->host = serverName;
    endpoint->hostaddr = QHostAddress(target.host).isNull() ? QString() : target.host;
    if (endpoint->hostaddr.isEmpty() && serverName != target.host) {
        *error = QCoreApplication::translate("Ops", "%1: the host %2 is a name that differs from tlsServerName %3: give its address")
                     .arg(target.name, target.host, serverName);
        return false;
    }
    endpoint->port = target.port ? target.port : 5432;
    return true;
}

int PgEndpointResolver::forwarderCount() const
{
    int count = 0;
    for (const auto &forwarder : m_forwarders)
        count += forwarder ? 1 : 0;
    return count;
}

void PgEndpointResolver::closeAll()
{
    const auto forwarders = std::exchange(m_forwarders, {});
    for (const auto &forwarder : forwarders) {
        if (forwarder) {
            forwarder->close();
            delete forwarder.data();
        }
    }
}

QList<Fleet::ScanTarget> PgEndpointResolver::postgresTargets(const QList<Fleet::ScanTarget> &targets)
{
    QList<Fleet::ScanTarget> out;
    for (const Fleet::ScanTarget &target : targets) {
        if (target.kind == Fleet::Kind::PostgreSQL)
            out << target;
    }
    return out;
}

} // namespace Ops
