// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kube/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QObject;

namespace Kube {
class KubeClient;
}

/**
 * Snapshots published to the cluster (`proofer scan --publish configmap[/NAME]`, docs/in-cluster.md): the JSON of
 * `proofer scan -o json` in a ConfigMap of the scanned namespace, the newest under NAME and the last N copies under
 * NAME-<time>, so that the history lives in the cluster and other tools (the console's Clusters view) read it there.
 */
namespace Report {

/** Sizes of a published snapshot. A ConfigMap may hold 1 MiB (etcd's request limit is a little more). */
struct PublishLimits
{
    static constexpr qsizetype PlainMax = 512 * 1024; ///< larger JSON is published gzip + base64 in binaryData
    static constexpr qsizetype PublishedMax = 1024 * 1024; ///< the gzip's base64 may not be larger: refused
    static constexpr qsizetype DecodedMax = 8 * 1024 * 1024; ///< reading back: a snapshot may not decode larger
};

/** Labels and annotations of a published snapshot (docs/in-cluster.md). */
namespace PublishKeys {
inline constexpr char16_t Name[] = u"app.kubernetes.io/name"; ///< "proofer"
inline constexpr char16_t ManagedBy[] = u"app.kubernetes.io/managed-by"; ///< "proofer"
inline constexpr char16_t Series[] = u"proofer.github.io/snapshot"; ///< NAME: the newest and its history share it
inline constexpr char16_t Role[] = u"proofer.github.io/role"; ///< "latest" or "history"
inline constexpr char16_t Encoding[] = u"proofer.github.io/encoding"; ///< "json" (data) or "gzip+base64" (binaryData)
inline constexpr char16_t Grade[] = u"proofer.github.io/grade"; ///< "B+", or "N/A"
inline constexpr char16_t Score[] = u"proofer.github.io/score"; ///< "84.1", or "" without a grade
inline constexpr char16_t ScannedAt[] = u"proofer.github.io/scanned-at"; ///< RFC 3339, UTC
inline constexpr char16_t DataKey[] = u"snapshot.json"; ///< the key in data (json)
inline constexpr char16_t BinaryKey[] = u"snapshot.json.gz"; ///< the key in binaryData (gzip+base64)
} // namespace PublishKeys

/** What is published besides the JSON itself: the grade and when the scan was made. */
struct PublishFacts
{
    QString gradeLetter; ///< "A+" … "F", or "N/A"
    std::optional<double> score;
    QDateTime scannedAt; ///< UTC
};

/** Where a snapshot goes: the namespace, the ConfigMap's name, how many earlier ones are kept. */
struct PublishTarget
{
    static constexpr const char16_t *DefaultName = u"proofer-snapshot";

    QString namespaceName;
    QString name = QString::fromUtf16(DefaultName);
    int keep = 10; ///< copies kept as NAME-<time>; 0: none (and the earlier ones are deleted)
};

/**
 * Reads `configmap` or `configmap/NAME` (the value of --publish) into @p target's name. An error for another form,
 * or a name that is not a valid ConfigMap name (lowercase RFC 1123, short enough for the history's suffix).
 */
Kube::Expected<QString> parsePublishSpec(const QString &spec);

/**
 * The --publish and --publish-keep of a command line (@p spec and @p keep: their values, nothing when not given):
 * nothing when --publish is not given, else its target. An error (for the command's usage) for a bad value,
 * --publish-keep without --publish, or --publish with --targets (a targets file's datastores have no namespace).
 */
Kube::Expected<std::optional<PublishTarget>> publishTargetFromOptions(const std::optional<QString> &spec,
                                                                     const std::optional<QString> &keep,
                                                                     bool fromTargets);

/** The name of the copy of a scan made at @p scannedAt: NAME-yyyymmddthhmmssz (names are lowercase). */
QString historyName(const QString &name, const QDateTime &scannedAt);

/**
 * The ConfigMap holding @p json: named @p series (the newest), or with @p copy its copy historyName(series, scannedAt);
 * in data when the JSON is at most PlainMax bytes, else gzip + base64 in binaryData, the encoding said in an
 * annotation; labels and annotations as PublishKeys. An error that says the sizes when the compressed snapshot is
 * still larger than PublishedMax.
 */
Kube::Expected<QJsonObject> snapshotConfigMap(const QByteArray &json, const QString &series,
                                              const QString &namespaceName, const PublishFacts &facts,
                                              bool copy = false);

/**
 * The snapshot JSON a published ConfigMap holds, in either encoding. Refuses one whose data would decode past
 * @p maxDecoded bytes (inflating stops there), a ConfigMap that is not Proofer's, and broken base64 or gzip.
 */
Kube::Expected<QByteArray> decodeSnapshotConfigMap(const QJsonObject &configMap,
                                                   qsizetype maxDecoded = PublishLimits::DecodedMax);

/** One published snapshot as read back. */
struct PublishedSnapshot
{
    QString name; ///< the ConfigMap's
    QString series; ///< the NAME it belongs to
    bool latest = false; ///< the newest of its series (NAME), not a copy (NAME-<time>)
    QString gradeLetter;
    std::optional<double> score;
    QDateTime scannedAt;
    QByteArray json; ///< the snapshot; empty when error says why it could not be read
    QString error;
};

/**
 * The snapshots published in @p namespaceName (ConfigMaps labelled app.kubernetes.io/managed-by=proofer), newest
 * first, each decoded (bounded by PublishLimits::DecodedMax; one that cannot be decoded carries its error). Fails
 * only when the list itself fails (forbidden, unreachable).
 */
QFuture<Kube::Expected<QList<PublishedSnapshot>>>
readPublishedSnapshots(Kube::KubeClient *client, const QString &namespaceName, QObject *context);

/** What publishing did. */
struct PublishResult
{
    enum class Failure { None, TooLarge, Cluster, NotOurs };

    Failure failure = Failure::None;
    QString error; ///< for people, names the ConfigMap, the namespace and the cause
    bool created = false; ///< NAME did not exist
    QString encoding; ///< "json" or "gzip+base64"
    qsizetype bytes = 0; ///< what the ConfigMap holds (the JSON, or the base64 of its gzip)
    QString historyName; ///< the copy written (empty with keep 0)
    QStringList deleted; ///< older copies deleted (beyond keep), oldest first

    bool ok() const { return failure == Failure::None; }
};

/**
 * Publishes @p json to @p target through @p client: creates NAME or updates it (with its resourceVersion as the
 * precondition; a 409 is retried once after reading it again, then an error), refuses to overwrite a ConfigMap that
 * is not labelled as Proofer's, writes the copy NAME-<time> and deletes the copies of NAME beyond target.keep, oldest
 * first (only ConfigMaps labelled as Proofer's copies of NAME). Continuations run with @p context.
 */
QFuture<PublishResult> publishSnapshot(Kube::KubeClient *client, const PublishTarget &target, const QByteArray &json,
                                       const PublishFacts &facts, QObject *context);

/** gzip (RFC 1952) of @p data. */
QByteArray gzipCompress(const QByteArray &data);
/** The data of a gzip stream, refused past @p maxSize bytes (inflating stops there) or when the stream is broken. */
Kube::Expected<QByteArray> gzipDecompress(const QByteArray &gzip, qsizetype maxSize);

} // namespace Report
