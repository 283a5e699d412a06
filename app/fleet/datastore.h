// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/kind.h"
#include "fleet/tlsmaterial.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fleet {

struct PodFacts
{
    QString name;
    QString phase;
    bool ready = false;
    int restarts = 0;
    QString image;
    // Defaults given so that brace-initialised PodFacts elsewhere need not list these.
    QString waitingReason = {}; ///< a container's state.waiting.reason: "CrashLoopBackOff", "ImagePullBackOff"…
    std::optional<int> lastExitCode = std::nullopt; ///< the last terminated state's exit code (137 after a SIGKILL)
    QString lastTerminationReason = {}; ///< its reason: "OOMKilled", "Error"…
    QString uid {}; ///< metadata.uid: a new pod (same name or not) is a new uid (braces: positional initialisers may omit it)
    QString imageId {}; ///< its container status' imageID: the digest that runs (the demo: "local PostgreSQL 15.14")
};

struct PvcFacts
{
    QString name;
    QString phase; ///< Bound, Pending, Lost; empty when the claim does not exist
    QString capacity;
    QString storageClass;
    QStringList accessModes;
};

/** A client connection setting (a URL or DSN) for the datastore, and whether it verifies the server. */
struct ClientSetting
{
    QString workload; ///< "Deployment/orders-service"
    QString source;   ///< "ConfigMap orders-config key DATABASE_URL", "env DATABASE_URL", "Secret x key REDIS_URL"
    QString setting;  ///< "sslmode=require", "sslmode=verify-full", "ssl_cert_reqs=none" (never the value itself)
    bool verifies = false; ///< sslmode=verify-full/verify-ca, ssl_cert_reqs=required, …
    /// The database role (user name) it logs in as, when written in the value itself (not a $(VAR) or ${VAR} to be
    /// expanded); never the password.
    QString role;
};

/** What a password looks like, never what it is. */
struct PasswordShape
{
    int length = 0;
    int characterClasses = 0; ///< of lower, upper, digit, other
};

/**
 * One datastore found in a namespace, with the Kubernetes facts that surround it: its workload,
 * pods, Service, PVCs, TLS secret and credentials secret.
 */
struct Datastore
{
    QString name;
    Kind kind = Kind::PostgreSQL;
    QString namespaceName;
    QString workloadKind; ///< Deployment or StatefulSet
    QString workloadName;
    QString image;
    QList<PodFacts> pods;
    QString serviceName;
    quint16 servicePort = 0;
    quint16 containerPort = 0;
    QList<quint16> containerPorts; ///< every port the datastore's container declares

    QList<PvcFacts> pvcs;
    bool ephemeralData = false; ///< data on emptyDir or nothing mounted for it

    /** What the server reads for TLS, followed through its mounts to the Secret keys; the four facts below
     *  are read from this chain only (empty / unknown where it does not resolve). */
    TlsMaterial tlsMaterial;
    QString tlsSecretName;              ///< the Secret the server's certificate comes from
    QByteArray tlsSecretCertificatePem; ///< the Secret key the server's certificate file comes from
    QByteArray tlsSecretCaPem;          ///< the Secret (or ConfigMap) key of the CA file the server reads
    std::optional<int> keyFileMode;     ///< the effective mode of the key file the server reads (0600…)
    bool keyModeFixedByInitContainer = false; ///< an init container copied the key and visibly chmodded it

    QString credentialsSecretName;
    QString passwordKey;
    std::optional<PasswordShape> password;
    QDateTime passwordRotatedAt; ///< the latest of a rotation annotation and the last write of the password key
    QString passwordRotatedSource; ///< where that came from: "annotation <key>" or "managedFields <manager>"

    QString passwordError; ///< the password could not be read (e.g. "Secret x key y is not valid base64")
    /** A keyed digest of the password (HMAC-SHA256 under a key made at random for this process), held only until
     *  discovery has compared it with the other datastores' (see passwordSharedWith); never stored or shown. */
    QByteArray passwordDigest;
    /** The other datastores of the namespace whose password is the same; set when the password was read. */
    std::optional<QStringList> passwordSharedWith;

    /** Ways it is reached from outside the cluster ("Service x is of type NodePort (node port 30432)", "Ingress y
     *  routes to Service x"); empty: none; unset: Services or Ingresses could not be listed (exposureUnknown). */
    std::optional<QStringList> exposure;
    QString exposureUnknown;
    /** NetworkPolicies that select its pods for ingress and admit only listed sources; unset: they could not be
     *  listed (policiesUnknown). */
    std::optional<QStringList> ingressPolicies;
    QStringList openIngressPolicies; ///< NetworkPolicies that select its pods but admit any source
    QString policiesUnknown;

    QList<ClientSetting> clientConnections; ///< every client connection setting found (see linkClientSettings)
    QList<ClientSetting> clientsWithoutVerification; ///< those of clientConnections that do not verify the server
    QStringList consumers; ///< workloads that use its credentials or address

    /** The service DNS names a certificate should cover: name, name.ns, name.ns.svc, name.ns.svc.cluster.local. */
    QStringList serviceDnsNames() const;
    QJsonObject toJson() const;
};

/** Classifies a password without keeping it. */
PasswordShape passwordShape(const QByteArray &password);

} // namespace Fleet
