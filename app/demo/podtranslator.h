// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Demo {

/** What a container's image runs locally. */
enum class ServerKind { None, PostgreSQL, Redis, RabbitMQ };

/** postgres:17-alpine → PostgreSQL; redis:7 → Redis; bitnami/… variants are not translated (None). */
ServerKind serverKindForImage(const QString &image);

/** A file a volume holds, written before the pod's containers start. */
struct VolumeFile
{
    QString path; ///< on the host
    QByteArray content; ///< may be a Secret's value: wiped by whoever writes it
    int mode = 0644;
};

/** One volume of the pod and where it lives on the host. */
struct VolumePlan
{
    QString name;
    QString type; ///< secret, configMap, emptyDir, persistentVolumeClaim, or the unsupported source's name
    QString hostDir;
    QList<VolumeFile> files;
    int dirMode = 0755;
};

/** A volumeMount: the container's path and the host path behind it (subPath applied). */
struct MountPlan
{
    QString containerPath;
    QString hostPath;
    bool readOnly = false;
};

/** A container as the demo runs it: its command line after $(VAR) expansion, its env, its mounts. */
struct ContainerPlan
{
    QString name;
    QString image;
    ServerKind kind = ServerKind::None;
    QStringList command; ///< the container's command (the image's entrypoint when empty)
    QStringList args;
    QList<QPair<QString, QByteArray>> env; ///< in order; values may come from Secrets
    QList<MountPlan> mounts; ///< longest container path first
    QList<quint16> ports; ///< containerPort values
    QString rootfs; ///< where paths no volume covers live: the pod's sandbox root

    /** The host path that @p containerPath is in this container: under its volume, else under rootfs. */
    QString hostPath(const QString &containerPath) const;
    /** The env value of @p name, or a null QByteArray when not set. */
    QByteArray envValue(const QString &name) const;
};

/** Where a pod runs and what it may read. */
struct PodContext
{
    QString namespaceName;
    QString podName;
    QString sandbox; ///< the pod's own directory (volumes, rootfs, logs)
    QString claimRoot; ///< PVC directories live in claimRoot/<namespace>/<claim>
    QList<QJsonObject> secrets;
    QList<QJsonObject> configMaps;
    QList<QJsonObject> claims;
    QHash<QString, QString> claimForVolume; ///< StatefulSet volumeClaimTemplates: volume → claim name
};

/** A pod spec translated for the local kubelet. */
struct PodPlan
{
    /** Why the pod cannot be scheduled (a PVC missing or Pending): it stays Pending. Empty otherwise. */
    QString unschedulable;
    /** Why its containers cannot be created (a Secret missing, a key missing): reason and message. */
    QString waitingReason;
    QString waitingMessage;
    QList<VolumePlan> volumes;
    QList<ContainerPlan> initContainers;
    QList<ContainerPlan> containers;
    QStringList notes; ///< what is not translated, for people
};

/** Translates @p podSpec (a Pod's spec, or a workload's template spec). Pure: reads no files. */
PodPlan planPod(const QJsonObject &podSpec, const PodContext &context);

/** Expands $(VAR) references with @p env as Kubernetes does ($$ escapes; unknown names are left as written). */
QString expandReferences(const QString &text, const QList<QPair<QString, QByteArray>> &env);

/** The decoded value of @p key in @p secret (data, base64), or a null QByteArray. */
QByteArray secretValueOf(const QJsonObject &secret, const QString &key);

} // namespace Demo
