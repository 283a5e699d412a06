// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverprocess.h"

#include <QCollator>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace Test {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

bool unprivilegedUser(unsigned *uid, unsigned *gid)
{
    const passwd *pw = ::getpwnam("postgres");
    if (!pw)
        return false;
    *uid = pw->pw_uid;
    *gid = pw->pw_gid;
    return true;
}

bool startChild(QProcess &process, const ChildSpec &spec, QString *error)
{
    unsigned uid = 0;
    unsigned gid = 0;
    const bool drop = spec.dropToUnprivilegedUser && runningAsRoot();
    if (drop && !unprivilegedUser(&uid, &gid)) {
        *error = QStringLiteral("running as root, and there is no \"postgres\" user to run %1 as").arg(spec.program);
        return false;
    }
    const pid_t parent = ::getpid();
    const int deathSignal = spec.deathSignal;
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([drop, uid, gid, parent, deathSignal] {
        if (drop) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        }
        // After setuid: a change of credentials clears the parent-death signal.
        ::prctl(PR_SET_PDEATHSIG, deathSignal);
        if (::getppid() != parent)
            ::_exit(125); // the test died before we got here
        ::setpgid(0, 0);  // Ctrl-C on ctest reaches the test, which stops us in order
    });
    if (!spec.logFile.isEmpty()) {
        process.setStandardOutputFile(spec.logFile, QIODevice::Append);
        process.setStandardErrorFile(spec.logFile, QIODevice::Append);
    }
    process.setStandardInputFile(QProcess::nullDevice());
    if (!spec.workingDirectory.isEmpty())
        process.setWorkingDirectory(spec.workingDirectory);
    process.start(spec.program, spec.arguments);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("could not start %1: %2").arg(spec.program, process.errorString());
        return false;
    }
    return true;
}

void stopChild(QProcess &process, int signal, int graceMs)
{
    if (process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process.processId()), signal);
    if (!process.waitForFinished(graceMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

std::unique_ptr<QTemporaryDir> makeServerDir(QString *error)
{
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/proofer-test-")
                                               + QStringLiteral(PROOFER_TEST_TAG) + QStringLiteral("-XXXXXX"));
    if (!dir->isValid()) {
        *error = QStringLiteral("could not create a temp dir: %1").arg(dir->errorString());
        return nullptr;
    }
    if (!chownToServerUser(dir->path())) {
        *error = QStringLiteral("could not give %1 to the postgres user").arg(dir->path());
        return nullptr;
    }
    return dir;
}

bool chownToServerUser(const QString &path)
{
    if (!runningAsRoot())
        return true;
    unsigned uid = 0;
    unsigned gid = 0;
    if (!unprivilegedUser(&uid, &gid))
        return false;
    return ::chown(QFile::encodeName(path).constData(), uid, gid) == 0;
}

quint16 pickFreePort()
{
    // Below the kernel's ephemeral range (32768-60999): no collision with outgoing connections.
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = quint16(QRandomGenerator::global()->bounded(20000, 32000));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

QString readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString postgresBinDir()
{
    const QString fromEnv = qEnvironmentVariable("PROOFER_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), collator);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = root.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/postgres")))
            return bin;
    }
    return {};
}

} // namespace Test
