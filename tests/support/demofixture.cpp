// SPDX-License-Identifier: GPL-3.0-or-later
#include "demofixture.h"

#include "demo/apiserver.h"
#include "kube/kubeconfigloader.h"

#include <QDir>
#include <QFile>

#include <QTest>

namespace TestSupport {

std::unique_ptr<Demo::DemoFleet> startDemoFleet(const Demo::DemoOptions &options, QString *error, int timeoutMs)
{
    auto fleet = std::make_unique<Demo::DemoFleet>(options);
    bool ready = false;
    QString failure;
    QObject::connect(fleet.get(), &Demo::DemoFleet::ready, fleet.get(), [&] { ready = true; });
    QObject::connect(fleet.get(), &Demo::DemoFleet::failed, fleet.get(), [&](const QString &message) { failure = message; });
    fleet->start();
    if (!QTest::qWaitFor([&] { return ready || !failure.isEmpty(); }, timeoutMs))
        failure = QStringLiteral("the demo did not start");
    fleet->disconnect(fleet.get());
    if (!failure.isEmpty()) {
        *error = failure;
        return nullptr;
    }
    return fleet;
}

std::unique_ptr<Demo::DemoFleet> startSmallDemoFleet(std::unique_ptr<QTemporaryDir> *dir, QString *error)
{
    *dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/proofer-test-")
                                           + QStringLiteral(PROOFER_TEST_TAG) + QStringLiteral("-XXXXXX"));
    if (!(*dir)->isValid()) {
        *error = (*dir)->errorString();
        return nullptr;
    }
    QFile::setPermissions((*dir)->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                              | QFile::ExeOther);
    Demo::DemoOptions options;
    options.instances = 1;
    options.rabbitmq = false;
    options.stateDir = (*dir)->filePath(QStringLiteral("state"));
    auto fleet = startDemoFleet(options, error);
    if (fleet)
        fleet->apiServer()->setBookmarkInterval(600000);
    return fleet;
}

bool stopDemoFleet(std::unique_ptr<Demo::DemoFleet> &fleet)
{
    if (!fleet)
        return true;
    bool stopped = false;
    QObject::connect(fleet.get(), &Demo::DemoFleet::stopped, fleet.get(), [&] { stopped = true; });
    fleet->stop();
    const bool inTime = QTest::qWaitFor([&] { return stopped; }, 60000);
    fleet.reset();
    return inTime;
}

std::unique_ptr<Kube::KubeClient> clientForKubeconfig(const QString &path, QString *error)
{
    Kube::KubeconfigLoader loader;
    loader.setExplicitPath(path);
    const auto config = loader.load();
    if (!config.ok()) {
        *error = config.error();
        return nullptr;
    }
    const auto context = Kube::KubeconfigLoader::resolve(*config, QString());
    if (!context.ok()) {
        *error = context.error();
        return nullptr;
    }
    return std::make_unique<Kube::KubeClient>(*context);
}

} // namespace TestSupport
