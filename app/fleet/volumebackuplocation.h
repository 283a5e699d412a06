// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/backuplocation.h"

#include <QFuture>

#include <chrono>

namespace Kube {
class KubeClient;
}

namespace Fleet {

/** How the listing of a backup location on a PVC is bounded. */
struct VolumeListingOptions
{
    int maxEntries = 100000; ///< *.gpg files looked at, as for a directory
    qint64 maxListingBytes = 16 * 1024 * 1024; ///< the listing's output; past it the rest is not looked at
    qsizetype maxHeadArgumentBytes = 32 * 1024; ///< the paths of one head command (they travel in the request's URL)
    std::chrono::milliseconds execTimeout { 60000 }; ///< each command in the pod
};

/**
 * Lists a backup location on a PVC of @p namespaceName: finds a running pod that mounts the claim (its Pods listed),
 * runs volumeListingCommand() in it through pods/exec, then volumeHeadCommand() over the backups (in batches) to
 * tell encrypted files from the rest. The listing is the same as a directory's (BackupLocationListing), its location
 * "<path> on PVC <claim> via pod <pod>". No running pod, a pod without find/stat/head, a refusal, a non-zero exit or
 * a timeout: not listed, with the reason in error. Asynchronous on the client's event loop.
 */
QFuture<BackupLocationListing> listVolumeBackupLocation(Kube::KubeClient *client, const QString &namespaceName,
                                                        const VolumeBackupLocation &location,
                                                        const VolumeListingOptions &options = {});

} // namespace Fleet
