// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"
#include "ops/certificatebuilder.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Demo {

/**
 * The demo fleet's PKI: one CA and the certificates and keys it issues (PostgreSQL, Redis, the API emulator,
 * the demo-admin client; RabbitMQ on first use), generated once per state directory and kept in its pki/
 * folder (keys 0600). Loading and issuing are here; DemoFleet decides when (keys are generated off the event
 * loop) and hands the material to its servers.
 */
struct DemoPki
{
    QByteArray caPem;
    QByteArray postgresCertificatePem;
    Core::Secret postgresKeyPem;
    QByteArray redisCertificatePem;
    Core::Secret redisKeyPem;
    QByteArray apiCertificatePem;
    Core::Secret apiKeyPem;
    QByteArray clientCertificatePem;
    Core::Secret clientKeyPem;
    QByteArray rabbitmqCertificatePem; ///< issued on first use by a state dir that runs the broker
    Core::Secret rabbitmqKeyPem;
    QString error; ///< why issuing or writing failed; empty when the set is complete
};

/** The PKI kept in @p dir (ending in '/'), or nullptr when any of its files is missing or empty. */
std::shared_ptr<DemoPki> loadDemoPki(const QString &dir);

/**
 * Issues the CA (10 years), the PostgreSQL and Redis server certificates (3 years, the services of namespace
 * @p nsName), the API server's and the client's (1 year) with @p keys (in that order: CA, PostgreSQL, Redis, API server, client), and writes
 * them to @p dir, the CA certificate last (its presence says the set is complete). DemoPki::error on failure.
 */
std::shared_ptr<DemoPki> issueDemoPki(const QList<Ops::KeyPair> &keys, const QString &dir, const QString &nsName);

/** Reads the broker's certificate and key from @p dir into @p pki; false when they are not there yet. */
bool loadRabbitMqCertificate(const QString &dir, DemoPki *pki);

/** A RabbitMQ server certificate and its new key (RSA 4096). */
struct IssuedCertificate
{
    QByteArray certificatePem;
    Core::Secret keyPem;
    QString error;
};

/** Issues the broker's certificate (3 years, rabbitmq-service of @p nsName) with the demo CA. Blocking: CPU. */
IssuedCertificate issueRabbitMqCertificate(const Ops::KeyPair &caKey, const QByteArray &caPem, const QString &nsName);

class ApiServer;

/**
 * Writes the demo's kubeconfig for @p api (context @p contextName in namespace @p namespaceName, the client
 * certificate of @p pki) to @p path and, when given, a copy to @p copyPath, each through a ".new" file renamed into
 * place: a kubeconfig on disk means the fleet is ready. Returns what went wrong, empty when both were written.
 */
QString publishKubeconfig(const ApiServer &api, const DemoPki &pki, const QString &contextName,
                          const QString &namespaceName, const QString &path, const QString &copyPath);

} // namespace Demo
