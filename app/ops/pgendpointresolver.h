// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/fleetscanner.h"
#include "ops/pgtools.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Kube {
class KubeClient;
class PortForwarder;
}

namespace Ops {

/**
 * Turns a Fleet::ScanTarget into a PgEndpoint that pg_dump, psql and libpq can use: a direct target keeps
 * its host (an IP becomes hostaddr; the certificate name stays host, so verify-full works), a pod target
 * gets a port-forward on 127.0.0.1 (hostaddr) with the Service name as host. The resolver owns the
 * port-forwarders: they live as long as it does (or until closeAll()), so keep it alive for the whole
 * operation that uses the endpoints.
 */
class PgEndpointResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgEndpointResolver)

public:
    /** @p client may be null (direct targets only); it must outlive the resolver's forwarders. */
    explicit PgEndpointResolver(Kube::KubeClient *client = nullptr, QObject *parent = nullptr);
    ~PgEndpointResolver() override;

    void setClient(Kube::KubeClient *client) { m_client = client; }
    Kube::KubeClient *client() const { return m_client; }

    /**
     * Fills @p endpoint for @p target (database and user default to "postgres"); false with @p error when the
     * target is a pod and there is no cluster connection, the local listener cannot open, or a host name
     * differs from the certificate name with no address to connect to.
     */
    bool resolve(const Fleet::ScanTarget &target, PgEndpoint *endpoint, QString *error);

    /** The port-forwarders opened so far and still open. */
    int forwarderCount() const;
    /** Closes and deletes every port-forwarder (endpoints resolved through them stop working). */
    void closeAll();

    /** The PostgreSQL targets among @p targets, in order. */
    static QList<Fleet::ScanTarget> postgresTargets(const QList<Fleet::ScanTarget> &targets);

signals:
    /** A tunnel of one of the port-forwarders failed (the message names the pod and port). */
    void tunnelError(const QString &message);

private:
    Kube::KubeClient *m_client;
    QList<QPointer<Kube::PortForwarder>> m_forwarders;
};

} // namespace Ops
