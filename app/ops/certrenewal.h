// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/inventory.h"
#include "ops/certificatebuilder.h"
#include "ops/plan.h"
#include "probe/tlsinspector.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QObject;

namespace Kube {
class KubeClient;
}

namespace Ops {

/** What the operator chose for a certificate renewal (wizard pages and `proofer renew-certs` fill it). */
struct RenewalOptions
{
    enum class CaMode { New, Existing };

    QString namespaceName;
    /** Datastores to renew; empty: every datastore with a TLS Secret. A Secret shared by several datastores is
     *  renewed for all of them (they all serve it after their restart). */
    QStringList datastores;

    CaMode caMode = CaMode::New;
    QString caCertificatePath; ///< Existing: the CA certificate (PEM)
    QString caKeyPath;         ///< Existing: its private key (PEM, any of PKCS#1/SEC1/PKCS#8)
    int caValidityDays = 3650; ///< New: 10 years

    KeyPair::Type keyType = KeyPair::Type::Rsa;
    int rsaBits = 4096;
    int validityDays = 1095; ///< 3 years

    /** Where the new key and certificate files go (mode 0600), with a copy of each Secret's previous data
     *  (the rollback's source after a crash). Must not hold the files already. */
    QString outputDirectory;

    int rolloutTimeoutMs = 300000;
    int handshakeTimeoutMs = 10000;
    /** How long verify keeps trying the handshake until the new serial is served (servers take time to come up). */
    int verifyTimeoutMs = 60000;

    /** The non-secret parameters, journaled (and read back to rebuild a crashed run's plan). */
    QJsonObject toJson() const;
    static RenewalOptions fromJson(const QJsonObject &json);
};

/** One TLS Secret to renew and what depends on it. */
struct RenewalTarget
{
    QString secretName;
    QString resourceVersion;   ///< of the Secret when the plan was made: the patch's precondition
    QStringList datastores;    ///< every datastore that mounts the Secret
    QStringList workloads;     ///< "Deployment/auth-db", restarted after the patch
    QStringList dnsNames;      ///< the new certificate's DNS SANs
    QStringList ipAddresses;   ///< its IP SANs (kept from the current certificate)
    QString currentSerialHex;  ///< of the Secret's certificate now ("" when it has none)
    QDateTime currentNotAfter;
    int currentDaysLeft = 0;
    QString newSerialHex;
    QDateTime newNotAfter;
    QString directory;         ///< where its files are written
};

/** A built renewal: the Plan to run (null when building failed: see error). */
struct RenewalPlan
{
    std::shared_ptr<Plan> plan;
    QList<RenewalTarget> targets;
    QString caSubject;     ///< of the CA that signs the new certificates
    QString caSerialHex;
    QString outputDirectory;
    QStringList notes;     ///< things to know (a shared Secret, a new CA clients must learn to trust)
    QString error;         ///< why there is no plan: names the datastore, the Secret, the file…
};

/** Datastores of @p inventory that have a TLS Secret, in inventory order. */
QStringList renewableDatastores(const Fleet::InventoryResult &inventory);

/**
 * Builds the renewal plan: picks the Secrets, reads (or creates) the CA, generates the keys and issues the
 * certificates on a worker thread (RSA 4096 takes a while), validates them, and continues on @p context's
 * thread with the Plan:
 *
 *   validate → write-ca (new CA) → write-files/<secret> → patch-secret/<secret> → restart/<datastore>…
 *
 * restart/<datastore>'s verify is a live handshake that checks the new serial is served (verified against the
 * new CA bundle); patch-secret's undo restores the Secret's previous data and restarts its workloads again.
 * Nothing is changed by building.
 */
QFuture<RenewalPlan> buildCertRenewal(Kube::KubeClient *client, const Fleet::InventoryResult &inventory,
                                      const RenewalOptions &options, QObject *context);

/** What a datastore serves right now, inspected through the same transport as the scanner (port-forward to the
 *  pod, or direct for targets without a pod). */
struct ServedCertificate
{
    QString error;        ///< could not be inspected: names the datastore and the cause
    Probe::TlsReport report;
    QString serialHex;    ///< of the leaf; "" when none was served
};

/**
 * Inspects the certificate @p datastore serves, reading the namespace again to find its current pod.
 * @p caPem: what to verify against (empty: the Secret's ca.crt). Runs on @p context's event loop.
 */
QFuture<ServedCertificate> inspectServedCertificate(Kube::KubeClient *client, const QString &namespaceName,
                                                    const QString &datastore, const QByteArray &caPem, int timeoutMs,
                                                    QObject *context);

} // namespace Ops
