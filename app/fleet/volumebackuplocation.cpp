// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/volumebackuplocation.h"

#include "core/logging.h"
#include "core/printable.h"
#include "kube/kubeclient.h"
#include "kube/podexec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPromise>

#include <memory>

namespace Fleet {

namespace {

/** The first line of a command's standard error, for a reason. */
QString firstLine(const QByteArray &text)
{
    return Core::printable(QString::fromUtf8(text.left(text.indexOf('\n') < 0 ? 400 : text.indexOf('\n'))), 300);
}

struct VolumeListing
{
    Kube::KubeClient *client = nullptr;
    QString namespaceName;
    VolumeBackupLocation location;
    VolumeListingOptions options;
    VolumeReader reader;
    BackupLocationListing listing;
    QStringList heads; ///< per backup, its container path (empty: nothing to read)
    qsizetype next = 0; ///< the next backup whose head is to be read
    QPromise<BackupLocationListing> promise;
    std::unique_ptr<QObject> context = std::make_unique<QObject>();

    void finish(const QString &error = {})
    {
        if (!error.isEmpty()) {
            listing = {};
            listing.location = location.spec();
            listing.error = error;
            qCDebug(lcFleet) << "backup location" << location.spec() << "not listed:" << error;
        } else {
            listing.location = QCoreApplication::translate("Fleet", "%1 on PVC %2 via pod %3")
                                   .arg(location.path, location.claim, reader.pod);
        }
        promise.addResult(listing);
        promise.finish();
        context.release()->deleteLater();
    }

    Kube::ExecOptions execOptions(qint64 maxStdout) const
    {
        Kube::ExecOptions exec;
        exec.container = reader.container;
        exec.maxStdoutBytes = maxStdout;
        exec.timeout = options.execTimeout;
        return exec;
    }

    /** Why a command in the pod did not give what is needed. */
    QString failed(const Kube::ExecResult &result) const
    {
        if (result.status == Kube::ExecResult::Status::Exited)
            return QCoreApplication::translate("Fleet", "%1 could not be listed in pod %2: %3")
                .arg(location.spec(), reader.pod, result.err.isEmpty() ? result.error : firstLine(result.err));
        return QCoreApplication::translate("Fleet", "%1 could not be listed in pod %2: %3")
            .arg(location.spec(), reader.pod, result.error);
    }
};

void readHeads(const std::shared_ptr<VolumeListing> &state)
{
    // The next batch: the paths travel in the URL, so a batch stops at maxHeadArgumentBytes.
    QStringList batch;
    QList<qsizetype> indexes;
    qsizetype bytes = 0;
    while (state->next < state->heads.size()) {
        const QString &path = state->heads.at(state->next);
        if (!path.isEmpty()) {
            if (!batch.isEmpty() && bytes + path.size() * 3 > state->options.maxHeadArgumentBytes)
                break;
            batch << path;
            indexes << state->next;
            bytes += path.size() * 3; // percent-encoded at worst
        }
        ++state->next;
    }
    if (batch.isEmpty()) {
        state->finish();
        return;
    }
    const qint64 maxOutput = qint64(batch.size()) * (BackupHeadBytes + 16 + 4096);
    Kube::execInPod(state->client, state->namespaceName, state->reader.pod, volumeHeadCommand(batch),
                    state->execOptions(maxOutput))
        .then(state->context.get(), [state, batch, indexes](const Kube::ExecResult &result) {
            // head exits 1 when a file could not be opened (gone meanwhile): the others are still read.
            if (result.status != Kube::ExecResult::Status::Exited || (result.exitCode != 0 && result.out.isEmpty())) {
                state->finish(state->failed(result));
                return;
            }
            const QHash<QString, QByteArray> heads = splitHeads(result.out, batch);
            for (qsizetype i = 0; i < batch.size(); ++i)
                state->listing.backups[indexes.at(i)].encrypted = startsEncryptedMessage(heads.value(batch.at(i)));
            readHeads(state);
        });
}

} // namespace

QFuture<BackupLocationListing> listVolumeBackupLocation(Kube::KubeClient *client, const QString &namespaceName,
                                                        const VolumeBackupLocation &location,
                                                        const VolumeListingOptions &options)
{
    auto state = std::make_shared<VolumeListing>();
    state->client = client;
    state->namespaceName = namespaceName;
    state->location = location;
    state->options = options;
    state->promise.start();
    QFuture<BackupLocationListing> future = state->promise.future();
    if (!client) {
        state->finish(
            QCoreApplication::translate(
                "Fleet", "%1: a backup location on a PVC is read in the cluster: this scan has none (--targets)")
                .arg(location.spec()));
        return future;
    }
    client->list(QStringLiteral("pods"), namespaceName)
        .then(state->context.get(), [state](const Kube::Response &response) {
            if (!response.ok()) {
                state->finish(
                    QCoreApplication::translate("Fleet", "%1: the pods of namespace %2 could not be listed: %3")
                        .arg(state->location.spec(), state->namespaceName, response.error.message));
                return;
            }
            QList<QJsonObject> pods;
            for (const QJsonValue &item : response.object.value(QStringLiteral("items")).toArray())
                pods << item.toObject();
            QString whyNot;
            const std::optional<VolumeReader> reader = volumeReaderFor(pods, state->location, &whyNot);
            if (!reader) {
                state->finish(QCoreApplication::translate("Fleet", "%1: %2").arg(state->location.spec(), whyNot));
                return;
            }
            state->reader = *reader;
            qCDebug(lcFleet) << "listing" << state->location.spec() << "in pod" << reader->pod << reader->container
                             << reader->directory;
            Kube::execInPod(state->client, state->namespaceName, reader->pod, volumeListingCommand(reader->directory),
                            state->execOptions(state->options.maxListingBytes))
                .then(state->context.get(), [state](const Kube::ExecResult &result) {
                    const bool cut = result.status == Kube::ExecResult::Status::OutputTooLarge;
                    if (!cut && !result.succeeded()) {
                        state->finish(state->failed(result));
                        return;
                    }
                    state->heads = parseVolumeListing(result.out, state->reader.directory, state->location,
                                                      state->options.maxEntries, cut, &state->listing);
                    readHeads(state);
                });
        });
    return future;
}

} // namespace Fleet
