// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kube/kubeconfigloader.h"

#include <QFuture>
#include <QTest>

namespace Test {

/** Waits for @p future while this thread's event loop turns (the emulator and tunnels live here). */
template<typename T>
T await(QFuture<T> future, int timeoutMs = 30000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        qFatal("future did not finish within %d ms", timeoutMs);
    return future.result();
}

/** The current context of the kubeconfig at @p kubeconfigPath, resolved; aborts the test when it cannot be. */
inline Kube::ResolvedContext contextFor(const QString &kubeconfigPath)
{
    Kube::KubeconfigLoader loader;
    loader.setExplicitPath(kubeconfigPath);
    const auto config = loader.load();
    if (!config.ok())
        qFatal("kubeconfig: %s", qPrintable(config.error()));
    const auto context = Kube::KubeconfigLoader::resolve(*config);
    if (!context.ok())
        qFatal("resolve: %s", qPrintable(context.error()));
    return *context;
}

} // namespace Test
