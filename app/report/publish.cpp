// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/publish.h"

#include "kube/kubeclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QPromise>
#include <QRegularExpression>

#include <zlib.h>

#include <algorithm>
#include <memory>

namespace Report {

namespace {

QString key(const char16_t *text)
{
    return QString::fromUtf16(text);
}

constexpr qsizetype MaxNameLength = 63; ///< a label value (the series label names it)

QString annotation(const QJsonObject &configMap, const char16_t *name)
{
    return configMap.value(QStringLiteral("metadata"))
        .toObject()
        .value(QStringLiteral("annotations"))
        .toObject()
        .value(key(name))
        .toString();
}

QString label(const QJsonObject &configMap, const char16_t *name)
{
    return configMap.value(QStringLiteral("metadata"))
        .toObject()
        .value(QStringLiteral("labels"))
        .toObject()
        .value(key(name))
        .toString();
}

bool isProofers(const QJsonObject &configMap)
{
    return label(configMap, PublishKeys::ManagedBy) == u"proofer";
}

QString kib(qsizetype bytes)
{
    return QString::number(double(bytes) / 1024.0, 'f', 0);
}

} // namespace

Kube::Expected<QString> parsePublishSpec(const QString &spec)
{
    const QString kind = spec.section(u'/', 0, 0);
    if (kind != u"configmap")
        return Kube::Expected<QString>::failure(
            QCoreApplication::translate("Report", "--publish takes configmap or configmap/NAME, not \"%1\"").arg(spec));
    if (!spec.contains(u'/'))
        return key(PublishTarget::DefaultName);
    const QString name = spec.section(u'/', 1);
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    if (name.isEmpty() || name.size() > MaxNameLength || !valid.match(name).hasMatch())
        return Kube::Expected<QString>::failure(
            QCoreApplication::translate(
                "Report",
                "--publish configmap/%1: a ConfigMap name here is 1 to %2 lowercase letters, digits and '-', "
                "starting and ending with a letter or digit")
                .arg(name)
                .arg(MaxNameLength));
    return name;
}

Kube::Expected<std::optional<PublishTarget>> publishTargetFromOptions(const std::optional<QString> &spec,
                                                                     const std::optional<QString> &keep,
                                                                     bool fromTargets)
{
    using Result = Kube::Expected<std::optional<PublishTarget>>;
    if (!spec) {
        if (keep)
            return Result::failure(QCoreApplication::translate("Cli", "--publish-keep needs --publish"));
        return std::optional<PublishTarget>();
    }
    if (fromTargets)
        return Result::failure(QCoreApplication::translate(
            "Cli", "--publish writes to the scanned namespace: it cannot be combined with --targets"));
    const auto name = parsePublishSpec(*spec);
    if (!name)
        return Result::failure(name.error());
    PublishTarget target;
    target.name = *name;
    if (keep) {
        bool ok = false;
        target.keep = keep->toInt(&ok);
        if (!ok || target.keep < 0 || target.keep > 100)
            return Result::failure(QCoreApplication::translate("Cli", "--publish-keep must be between 0 and 100"));
    }
    return std::optional<PublishTarget>(target);
}

QString historyName(const QString &name, const QDateTime &scannedAt)
{
    return name + u'-' + scannedAt.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLower();
}

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

Kube::Expected<QByteArray> gzipDecompress(const QByteArray &gzip, qsizetype maxSize)
{
    z_stream stream {};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return Kube::Expected<QByteArray>::failure(
            QCoreApplication::translate("Report", "cannot start gzip decompression"));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzip.constData()));
    stream.avail_in = uInt(gzip.size());
    QByteArray out;
    constexpr qsizetype Chunk = 64 * 1024;
    int result = Z_OK;
    while (result != Z_STREAM_END) {
        if (out.size() >= maxSize + 1) {
            inflateEnd(&stream);
            return Kube::Expected<QByteArray>::failure(
                QCoreApplication::translate("Report", "it decompresses to more than %1 KiB; nothing past that was read")
                    .arg(kib(maxSize)));
        }
        const qsizetype before = out.size();
        const qsizetype room = std::min(Chunk, maxSize + 1 - before);
        out.resize(before + room);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = uInt(room);
        result = inflate(&stream, Z_NO_FLUSH);
        out.resize(before + room - qsizetype(stream.avail_out));
        if (result == Z_BUF_ERROR && stream.avail_in == 0) {
            inflateEnd(&stream);
            return Kube::Expected<QByteArray>::failure(
                QCoreApplication::translate("Report", "the gzip stream ends early"));
        }
        if (result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR) {
            inflateEnd(&stream);
            return Kube::Expected<QByteArray>::failure(
                QCoreApplication::translate("Report", "not a valid gzip stream"));
        }
    }
    inflateEnd(&stream);
    if (out.size() > maxSize)
        return Kube::Expected<QByteArray>::failure(
            QCoreApplication::translate("Report", "it decompresses to more than %1 KiB; nothing past that was read")
                .arg(kib(maxSize)));
    return out;
}

Kube::Expected<QJsonObject> snapshotConfigMap(const QByteArray &json, const QString &series,
                                              const QString &namespaceName, const PublishFacts &facts, bool copy)
{
    const QString name = copy ? historyName(series, facts.scannedAt) : series;
    const QString role = copy ? QStringLiteral("history") : QStringLiteral("latest");
    QJsonObject annotations {
        { key(PublishKeys::Grade), facts.gradeLetter.isEmpty() ? QStringLiteral("N/A") : facts.gradeLetter },
        { key(PublishKeys::Score), facts.score ? QString::number(*facts.score, 'f', 1) : QString() },
        { key(PublishKeys::ScannedAt), Kube::rfc3339(facts.scannedAt) },
    };
    QJsonObject configMap { { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                            { QStringLiteral("kind"), QStringLiteral("ConfigMap") } };
    if (json.size() <= PublishLimits::PlainMax) {
        annotations.insert(key(PublishKeys::Encoding), QStringLiteral("json"));
        configMap.insert(QStringLiteral("data"),
                         QJsonObject { { key(PublishKeys::DataKey), QString::fromUtf8(json) } });
    } else {
        const QByteArray encoded = gzipCompress(json).toBase64();
        if (encoded.isEmpty())
            return Kube::Expected<QJsonObject>::failure(
                QCoreApplication::translate("Report", "the snapshot could not be compressed"));
        if (encoded.size() > PublishLimits::PublishedMax)
            return Kube::Expected<QJsonObject>::failure(
                QCoreApplication::translate(
                    "Report",
                    "the snapshot is too large to publish in a ConfigMap: %1 KiB of JSON is still %2 KiB compressed "
                    "(gzip + base64), and a ConfigMap holds at most %3 KiB")
                    .arg(kib(json.size()), kib(encoded.size()), kib(PublishLimits::PublishedMax)));
        annotations.insert(key(PublishKeys::Encoding), QStringLiteral("gzip+base64"));
        configMap.insert(QStringLiteral("binaryData"),
                         QJsonObject { { key(PublishKeys::BinaryKey), QString::fromLatin1(encoded) } });
    }
    configMap.insert(QStringLiteral("metadata"),
                     QJsonObject { { QStringLiteral("name"), name },
                                   { QStringLiteral("namespace"), namespaceName },
                                   { QStringLiteral("labels"),
                                     QJsonObject { { key(PublishKeys::Name), QStringLiteral("proofer") },
                                                   { key(PublishKeys::ManagedBy), QStringLiteral("proofer") },
                                                   { key(PublishKeys::Series), series },
                                                   { key(PublishKeys::Role), role } } },
                                   { QStringLiteral("annotations"), annotations } });
    return configMap;
}

Kube::Expected<QByteArray> decodeSnapshotConfigMap(const QJsonObject &configMap, qsizetype maxDecoded)
{
    using Result = Kube::Expected<QByteArray>;
    const QString name
        = configMap.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
    if (!isProofers(configMap))
        return Result::failure(
            QCoreApplication::translate("Report", "ConfigMap \"%1\" is not a snapshot published by Proofer").arg(name));
    const QString encoding = annotation(configMap, PublishKeys::Encoding);
    if (encoding == u"json") {
        const QJsonValue value = configMap.value(QStringLiteral("data")).toObject().value(key(PublishKeys::DataKey));
        if (!value.isString())
            return Result::failure(QCoreApplication::translate("Report", "ConfigMap \"%1\" has no data key %2")
                                       .arg(name, key(PublishKeys::DataKey)));
        const QString text = value.toString();
        // UTF-16 length first: at most three UTF-8 bytes per UTF-16 unit, so this bounds before converting.
        if (text.size() > maxDecoded)
            return Result::failure(
                QCoreApplication::translate("Report", "ConfigMap \"%1\": the snapshot is larger than %2 KiB")
                    .arg(name, kib(maxDecoded)));
        QByteArray json = text.toUtf8();
        if (json.size() > maxDecoded)
            return Result::failure(
                QCoreApplication::translate("Report", "ConfigMap \"%1\": the snapshot is larger than %2 KiB")
                    .arg(name, kib(maxDecoded)));
        return json;
    }
    if (encoding == u"gzip+base64") {
        const QJsonValue value
            = configMap.value(QStringLiteral("binaryData")).toObject().value(key(PublishKeys::BinaryKey));
        if (!value.isString())
            return Result::failure(QCoreApplication::translate("Report", "ConfigMap \"%1\" has no binaryData key %2")
                                       .arg(name, key(PublishKeys::BinaryKey)));
        const QString text = value.toString();
        // Base64 is 4 characters for 3 bytes; what decodes to more than 8 MiB of gzip is refused before decoding.
        if (text.size() / 4 * 3 > maxDecoded)
            return Result::failure(
                QCoreApplication::translate("Report", "ConfigMap \"%1\": the snapshot is larger than %2 KiB")
                    .arg(name, kib(maxDecoded)));
        const auto gzip = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!gzip)
            return Result::failure(
                QCoreApplication::translate("Report", "ConfigMap \"%1\": binaryData is not valid base64").arg(name));
        const Result json = gzipDecompress(*gzip, maxDecoded);
        if (!json)
            return Result::failure(
                QCoreApplication::translate("Report", "ConfigMap \"%1\": %2").arg(name, json.error()));
        return json;
    }
    return Result::failure(
        QCoreApplication::translate("Report", "ConfigMap \"%1\": unknown encoding \"%2\" (annotation %3)")
            .arg(name, encoding, key(PublishKeys::Encoding)));
}

QFuture<Kube::Expected<QList<PublishedSnapshot>>> readPublishedSnapshots(Kube::KubeClient *client,
                                                                         const QString &namespaceName, QObject *context)
{
    using Result = Kube::Expected<QList<PublishedSnapshot>>;
    Kube::ListOptions options;
    options.labelSelector = key(PublishKeys::ManagedBy) + QStringLiteral("=proofer");
    // Each published ConfigMap may hold 1 MiB: small pages keep every answer far below the client's read limit.
    options.limit = 8;
    options.maxItems = 1000;
    return client->list(QStringLiteral("configmaps"), namespaceName, options)
        .then(context, [](const Kube::Response &response) -> Result {
            if (!response.ok())
                return Result::failure(response.error.message);
            QList<PublishedSnapshot> snapshots;
            for (const QJsonValue &item : response.object.value(QStringLiteral("items")).toArray()) {
                const QJsonObject configMap = item.toObject();
                if (!isProofers(configMap))
                    continue;
                PublishedSnapshot snapshot;
                snapshot.name
                    = configMap.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
                snapshot.series = label(configMap, PublishKeys::Series);
                snapshot.latest = label(configMap, PublishKeys::Role) == u"latest";
                snapshot.gradeLetter = annotation(configMap, PublishKeys::Grade);
                bool ok = false;
                const double score = annotation(configMap, PublishKeys::Score).toDouble(&ok);
                if (ok)
                    snapshot.score = score;
                snapshot.scannedAt
                    = QDateTime::fromString(annotation(configMap, PublishKeys::ScannedAt), Qt::ISODate).toUTC();
                const auto json = decodeSnapshotConfigMap(configMap);
                if (json)
                    snapshot.json = *json;
                else
                    snapshot.error = json.error();
                snapshots << snapshot;
            }
            std::stable_sort(snapshots.begin(), snapshots.end(),
                             [](const PublishedSnapshot &a, const PublishedSnapshot &b) {
                                 if (a.scannedAt != b.scannedAt)
                                     return a.scannedAt > b.scannedAt;
                                 return a.latest && !b.latest;
                             });
            return snapshots;
        });
}

namespace {

/** One publication under way: each step continues with the next, on the caller's context. */
struct Publication : std::enable_shared_from_this<Publication>
{
    QPointer<Kube::KubeClient> client; ///< the caller's; a publication whose client is gone ends with an error
    QPointer<QObject> context;
    PublishTarget target;
    QJsonObject latest; ///< the ConfigMap NAME as it should be
    QJsonObject copy; ///< NAME-<time>, when kept
    PublishResult result;
    QPromise<PublishResult> promise;
    bool retried = false;

    void finish()
    {
        promise.addResult(result);
        promise.finish();
    }

    void fail(PublishResult::Failure failure, const QString &message)
    {
        result.failure = failure;
        result.error = message;
        finish();
    }

    /** The client, or nothing (and the publication failed) when it was deleted meanwhile. */
    Kube::KubeClient *api()
    {
        if (!client)
            fail(PublishResult::Failure::Cluster,
                 QCoreApplication::translate("Report",
                                             "%1: the connection to the cluster was closed before it was written")
                     .arg(where(target.name)));
        return client;
    }

    QString where(const QString &name) const
    {
        return QCoreApplication::translate("Report", "ConfigMap \"%1\" in namespace \"%2\"")
            .arg(name, target.namespaceName);
    }

    void writeLatest()
    {
        auto self = shared_from_this();
        Kube::KubeClient *kube = api();
        if (!kube)
            return;
        kube->get(QStringLiteral("configmaps"), target.namespaceName, target.name)
            .then(context, [self](const Kube::Response &current) { self->latestRead(current); });
    }

    void latestRead(const Kube::Response &current)
    {
        auto self = shared_from_this();
        if (current.error.kind == Kube::ApiError::Kind::NotFound) {
            Kube::KubeClient *kube = api();
            if (!kube)
                return;
            kube->create(QStringLiteral("configmaps"), target.namespaceName, latest)
                .then(context, [self](const Kube::Response &created) {
                    if (created.error.kind == Kube::ApiError::Kind::Conflict && !self->retried) {
                        // Someone created it meanwhile: read it again and update it.
                        self->retried = true;
                        self->writeLatest();
                        return;
                    }
                    if (!created.ok()) {
                        self->fail(PublishResult::Failure::Cluster, created.error.message);
                        return;
                    }
                    self->result.created = true;
                    self->writeCopy();
                });
            return;
        }
        if (!current.ok()) {
            fail(PublishResult::Failure::Cluster, current.error.message);
            return;
        }
        if (!isProofers(current.object)) {
            fail(PublishResult::Failure::NotOurs,
                 QCoreApplication::translate(
                     "Report",
                     "%1 exists and is not labelled %2=proofer: it is not overwritten (choose another name with "
                     "--publish configmap/NAME)")
                     .arg(where(target.name), key(PublishKeys::ManagedBy)));
            return;
        }
        QJsonObject update = latest;
        QJsonObject metadata = update.value(QStringLiteral("metadata")).toObject();
        metadata.insert(
            QStringLiteral("resourceVersion"),
            current.object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")));
        update.insert(QStringLiteral("metadata"), metadata);
        Kube::KubeClient *kube = api();
        if (!kube)
            return;
        kube->replace(QStringLiteral("configmaps"), target.namespaceName, target.name, update)
            .then(context, [self](const Kube::Response &updated) {
                if (updated.error.kind == Kube::ApiError::Kind::Conflict) {
                    if (!self->retried) {
                        self->retried = true;
                        self->writeLatest();
                        return;
                    }
                    self->fail(
                        PublishResult::Failure::Cluster,
                        QCoreApplication::translate(
                            "Report",
                            "%1 changed while it was being updated, twice (another Proofer publishing to it?): %2")
                            .arg(self->where(self->target.name), updated.error.message));
                    return;
                }
                if (!updated.ok()) {
                    self->fail(PublishResult::Failure::Cluster, updated.error.message);
                    return;
                }
                self->writeCopy();
            });
    }

    void writeCopy()
    {
        if (target.keep <= 0) {
            prune();
            return;
        }
        auto self = shared_from_this();
        const QString name = result.historyName;
        Kube::KubeClient *kube = api();
        if (!kube)
            return;
        kube->create(QStringLiteral("configmaps"), target.namespaceName, copy)
            .then(context, [self, name](const Kube::Response &created) {
                if (created.error.kind == Kube::ApiError::Kind::Conflict) {
                    // A copy of the same second exists (two scans in one second): it is the same scan's time, kept.
                    self->prune();
                    return;
                }
                if (!created.ok()) {
                    self->fail(PublishResult::Failure::Cluster, created.error.message);
                    return;
                }
                self->prune();
            });
    }

    void prune()
    {
        auto self = shared_from_this();
        Kube::ListOptions options;
        options.labelSelector = key(PublishKeys::ManagedBy) + QStringLiteral("=proofer,") + key(PublishKeys::Series)
            + u'=' + target.name + u',' + key(PublishKeys::Role) + QStringLiteral("=history");
        options.limit = 8;
        Kube::KubeClient *kube = api();
        if (!kube)
            return;
        kube->list(QStringLiteral("configmaps"), target.namespaceName, options)
            .then(context, [self](const Kube::Response &listed) {
                if (!listed.ok()) {
                    self->fail(PublishResult::Failure::Cluster, listed.error.message);
                    return;
                }
                struct Copy
                {
                    QString name;
                    QString uid;
                    QDateTime at;
                };
                QList<Copy> copies;
                for (const QJsonValue &item : listed.object.value(QStringLiteral("items")).toArray()) {
                    const QJsonObject configMap = item.toObject();
                    // Only Proofer's copies of this series, whatever the selector let through.
                    if (!isProofers(configMap) || label(configMap, PublishKeys::Series) != self->target.name
                        || label(configMap, PublishKeys::Role) != u"history")
                        continue;
                    const QJsonObject metadata = configMap.value(QStringLiteral("metadata")).toObject();
                    copies.append(
                        { metadata.value(QStringLiteral("name")).toString(),
                          metadata.value(QStringLiteral("uid")).toString(),
                          QDateTime::fromString(annotation(configMap, PublishKeys::ScannedAt), Qt::ISODate) });
                }
                // Newest first; the name (its time) breaks ties and orders copies whose annotation is unreadable.
                std::sort(copies.begin(), copies.end(), [](const Copy &a, const Copy &b) {
                    if (a.at != b.at)
                        return a.at > b.at;
                    return a.name > b.name;
                });
                QList<Copy> doomed = copies.mid(std::max(0, self->target.keep));
                std::reverse(doomed.begin(), doomed.end()); // oldest first
                self->deleteNext(doomed);
            });
    }

    template<typename Copies> void deleteNext(Copies doomed)
    {
        if (doomed.isEmpty()) {
            finish();
            return;
        }
        auto self = shared_from_this();
        const auto next = doomed.takeFirst();
        Kube::KubeClient *kube = api();
        if (!kube)
            return;
        kube->remove(QStringLiteral("configmaps"), target.namespaceName, next.name, next.uid)
            .then(context, [self, doomed, name = next.name](const Kube::Response &removed) {
                if (!removed.ok() && removed.error.kind != Kube::ApiError::Kind::NotFound) {
                    self->fail(PublishResult::Failure::Cluster, removed.error.message);
                    return;
                }
                if (removed.ok())
                    self->result.deleted << name;
                self->deleteNext(doomed);
            });
    }
};

} // namespace

QFuture<PublishResult> publishSnapshot(Kube::KubeClient *client, const PublishTarget &target, const QByteArray &json,
                                       const PublishFacts &facts, QObject *context)
{
    auto publication = std::make_shared<Publication>();
    publication->client = client;
    publication->context = context;
    publication->target = target;
    publication->promise.start();
    QFuture<PublishResult> future = publication->promise.future();
    const auto latest = snapshotConfigMap(json, target.name, target.namespaceName, facts);
    if (!latest) {
        publication->fail(PublishResult::Failure::TooLarge, latest.error());
        return future;
    }
    publication->latest = *latest;
    publication->result.encoding = annotation(*latest, PublishKeys::Encoding);
    publication->result.bytes = publication->result.encoding == u"json"
        ? json.size()
        : latest->value(QStringLiteral("binaryData")).toObject().value(key(PublishKeys::BinaryKey)).toString().size();
    if (target.keep > 0) {
        publication->result.historyName = historyName(target.name, facts.scannedAt);
        publication->copy = *snapshotConfigMap(json, target.name, target.namespaceName, facts, true);
    }
    publication->writeLatest();
    return future;
}

} // namespace Report
