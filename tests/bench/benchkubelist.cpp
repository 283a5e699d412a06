// SPDX-License-Identifier: GPL-3.0-or-later
// List 1,000 pods + 1,000 PVCs from the API emulator and decode them: Proofer's client against
// `kubectl get pods,pvc -o json` on the same emulator in the same run (the baseline). Then a watch
// of 1,000 pods taking 100 changes/s: the client's share of one core.
#include "emulatorfixture.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QLoggingCategory::setFilterRules(QStringLiteral("proofer.*.debug=false"));
    QCoreApplication app(argc, argv);
    Test::Emulator emulator;
    if (!emulator.isValid()) {
        std::fprintf(stderr, "emulator: %s\n", qPrintable(emulator.errorString()));
        return 1;
    }
    for (int i = 0; i < 1000; ++i) {
        emulator.addPod(QStringLiteral("pod-%1").arg(i, 4, 10, QLatin1Char('0')),
                        {{QStringLiteral("app"), QStringLiteral("bench")}});
        emulator.addPvc(QStringLiteral("pvc-%1").arg(i, 4, 10, QLatin1Char('0')));
    }

    Kube::KubeconfigLoader loader;
    loader.setExplicitPath(emulator.kubeconfigPath());
    const auto config = loader.load();
    const auto context = Kube::KubeconfigLoader::resolve(*config);
    if (!context.ok()) {
        std::fprintf(stderr, "kubeconfig: %s\n", qPrintable(context.error()));
        return 1;
    }

    const int rounds = 5;
    QList<double> proofer;
    for (int round = 0; round < rounds; ++round) {
        Kube::KubeClient client(*context);
        QElapsedTimer timer;
        timer.start();
        auto pods = client.list(QStringLiteral("pods"), emulator.namespaceName());
        auto pvcs = client.list(QStringLiteral("persistentvolumeclaims"), emulator.namespaceName());
        if (!QTest::qWaitFor([&] { return pods.isFinished() && pvcs.isFinished(); }, 60000)) {
            std::fprintf(stderr, "proofer's list did not finish\n");
            return 1;
        }
        const int count = int(pods.result().object.value(QStringLiteral("items")).toArray().size()
                              + pvcs.result().object.value(QStringLiteral("items")).toArray().size());
        proofer << double(timer.nsecsElapsed()) / 1e6;
        if (count != 2000) {
            std::fprintf(stderr, "proofer listed %d objects, not 2000\n", count);
            return 1;
        }
    }

    QList<double> kubectl;
    const QString kubectlPath = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    QTemporaryDir cache;
    if (!kubectlPath.isEmpty()) {
        for (int round = 0; round < rounds; ++round) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("KUBECONFIG"), emulator.kubeconfigPath());
            env.insert(QStringLiteral("KUBECACHEDIR"), cache.path());
            process.setProcessEnvironment(env);
            QElapsedTimer timer;
            timer.start();
            process.start(kubectlPath, {QStringLiteral("get"), QStringLiteral("pods,pvc"), QStringLiteral("-o"),
                                        QStringLiteral("json"), QStringLiteral("--request-timeout=60s")});
            // The emulator lives on this thread: keep its event loop turning while kubectl runs.
            if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
                std::fprintf(stderr, "kubectl did not finish\n");
                return 1;
            }
            kubectl << double(timer.nsecsElapsed()) / 1e6;
            if (process.exitCode() != 0) {
                std::fprintf(stderr, "kubectl failed: %s\n", process.readAllStandardError().constData());
                return 1;
            }
        }
    }

    std::printf("list 1000 pods + 1000 PVCs and decode (median of %d)\n", rounds);
    std::printf("  proofer  %8.1f ms\n", median(proofer));
    if (!kubectl.isEmpty()) {
        std::printf("  kubectl  %8.1f ms (baseline, warm discovery cache)\n", median(kubectl));
        std::printf("  ratio    %8.2f (proofer / kubectl; < 1 is faster)\n", median(proofer) / median(kubectl));
    } else {
        std::printf("  kubectl not installed: no baseline\n");
    }

    // Watch 1,000 objects while 100 changes a second land, for 5 seconds.
    {
        Kube::KubeClient client(*context);
        Kube::Watch *watch = client.watch(QStringLiteral("pods"), emulator.namespaceName());
        int changes = 0;
        QObject::connect(watch, &Kube::Watch::objectModified, &app, [&changes] { ++changes; });
        watch->start();
        if (!QTest::qWaitFor(
                [&] { return watch->objects().size() == 1000 && emulator.server().activeWatchCount() > 0; }, 30000)) {
            std::fprintf(stderr, "the watch did not sync\n");
            return 1;
        }
        const double cpuBefore = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        int sent = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
            const QString name = QStringLiteral("pod-%1").arg(sent % 1000, 4, 10, QLatin1Char('0'));
            QJsonObject pod = emulator.store().get(QStringLiteral("pods"), emulator.namespaceName(), name);
            QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
            QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
            annotations.insert(QStringLiteral("bench/tick"), QString::number(sent));
            metadata.insert(QStringLiteral("annotations"), annotations);
            pod.insert(QStringLiteral("metadata"), metadata);
            emulator.store().replace(QStringLiteral("pods"), emulator.namespaceName(), name, pod);
            ++sent;
        });
        ticker.start(10);
        QTest::qWait(5000);
        ticker.stop();
        if (!QTest::qWaitFor([&] { return changes >= sent; }, 10000))
            std::fprintf(stderr, "only %d of %d changes arrived\n", changes, sent);
        const double cpu = cpuSeconds() - cpuBefore;
        const double seconds = double(wall.elapsed()) / 1000.0;
        std::printf("watch of 1000 pods, %d changes in %.1f s (%d received)\n", sent, seconds, changes);
        std::printf("  process CPU %.1f%% of one core (emulator and client share this process: an upper bound)\n",
                    100.0 * cpu / seconds);
        watch->stop();
    }
    return 0;
}
