// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demofleet.h"
#include "kube/kubeclient.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace TestSupport {

/**
 * Starts a real demo fleet and waits (event loop running) until it is ready.
 * Returns null with @p error saying why when it failed or did not get ready in @p timeoutMs.
 */
std::unique_ptr<Demo::DemoFleet> startDemoFleet(const Demo::DemoOptions &options, QString *error,
                                                int timeoutMs = 300000);

/**
 * One PostgreSQL and a Redis (no RabbitMQ), in process, their state in a fresh temporary directory put in @p dir
 * that the servers can enter (they run as "postgres" when the test runs as root); bookmarks off, so they never
 * count as watch events. Null with @p error when it did not start.
 */
std::unique_ptr<Demo::DemoFleet> startSmallDemoFleet(std::unique_ptr<QTemporaryDir> *dir, QString *error);

/** Stops @p fleet cleanly (waits up to a minute) and resets it; false when it did not stop in time. */
bool stopDemoFleet(std::unique_ptr<Demo::DemoFleet> &fleet);

/** A client for the current context of the kubeconfig at @p path; null with @p error otherwise. */
std::unique_ptr<Kube::KubeClient> clientForKubeconfig(const QString &path, QString *error);

} // namespace TestSupport
