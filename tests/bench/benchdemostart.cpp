// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer demo` (15 datastores: 14 PostgreSQL + Redis) from a fresh state dir (cold: keys, initdb) and
// again on the same state dir (warm), timed until its kubeconfig appears (written last: ready). The
// baseline is the cold start of the same run: warm/cold is the figure. While the warm fleet runs, the
// resident memory (VmRSS) of the demo and of every process whose command line names the state dir.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace {

constexpr int kReadyTimeoutMs = 600'000;
constexpr int kStopTimeoutMs = 60'000;

QList<qint64> processesMentioning(const QString &needle)
{
    QList<qint64> pids;
    const QByteArray wanted = needle.toUtf8();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(wanted))
            pids << pid;
    }
    return pids;
}

// VmRSS of @p pid in KiB (0 when it is gone or has none, e.g. a zombie).
qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

class Demo
{
public:
    Demo(const QString &stateDir, const QString &kubeconfig)
        : m_stateDir(stateDir)
        , m_kubeconfig(kubeconfig)
    {
    }
    ~Demo() { stop(); }
    Q_DISABLE_COPY_MOVE(Demo)

    // Starts the demo and returns the milliseconds until its kubeconfig exists; -1 on failure.
    qint64 start()
    {
        QFile::remove(m_kubeconfig);
        m_process.setProgram(QStringLiteral(PROOFER_BIN));
        m_process.setArguments({ QStringLiteral("demo"), QStringLiteral("--state-dir"), m_stateDir,
                                 QStringLiteral("--kubeconfig-out"), m_kubeconfig });
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        m_process.start();
        if (!m_process.waitForStarted()) {
            std::fprintf(stderr, "proofer demo: %s\n", qPrintable(m_process.errorString()));
            return -1;
        }
        while (!QFile::exists(m_kubeconfig)) {
            if (m_process.state() != QProcess::Running || m_process.waitForFinished(50)) {
                std::fprintf(stderr, "proofer demo exited with code %d before it was ready\n", m_process.exitCode());
                return -1;
            }
            if (timer.elapsed() > kReadyTimeoutMs) {
                std::fprintf(stderr, "proofer demo: not ready after %d s\n", kReadyTimeoutMs / 1000);
                return -1;
            }
        }
        return timer.elapsed();
    }

    qint64 processId() const { return m_process.processId(); }

    // SIGTERM, then wait for the fleet to stop its servers; SIGKILL if it does not.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(kStopTimeoutMs)) {
            std::fprintf(stderr, "proofer demo did not stop in %d s: killed\n", kStopTimeoutMs / 1000);
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QString m_stateDir;
    QString m_kubeconfig;
    QProcess m_process;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    if (!temp.isValid()) {
        std::fprintf(stderr, "no temporary directory: %s\n", qPrintable(temp.errorString()));
        return 1;
    }
    // The servers run as the "postgres" user when the bench runs as root: it must enter the state dir.
    QFile::setPermissions(temp.path(), QFile::permissions(temp.path()) | QFile::ExeGroup | QFile::ExeOther);
    const QString stateDir = temp.filePath(QStringLiteral("state"));
    const QString kubeconfig = temp.filePath(QStringLiteral("kubeconfig"));
    Demo demo(stateDir, kubeconfig);

    const qint64 coldMs = demo.start();
    if (coldMs < 0)
        return 1;
    demo.stop();

    const qint64 warmMs = demo.start();
    if (warmMs < 0)
        return 1;
    QThread::msleep(2000); // let the servers settle after ready (background workers, first checkpoints)
    const QList<qint64> fleet = processesMentioning(stateDir);
    QSet<qint64> pids(fleet.cbegin(), fleet.cend());
    pids.insert(demo.processId());
    qint64 totalKiB = 0;
    for (const qint64 pid : std::as_const(pids))
        totalKiB += rssKiB(pid);
    demo.stop();

    int exitCode = 0;
    const QList<qint64> left = processesMentioning(stateDir);
    if (!left.isEmpty()) {
        std::fprintf(stderr, "%d process(es) of the state dir outlived the demo\n", int(left.size()));
        exitCode = 1;
    }

    std::printf("proofer demo, 15 datastores (14 PostgreSQL + Redis)\n");
    std::printf("  cold start (keys, initdb):  %8.2f s\n", double(coldMs) / 1000.0);
    std::printf("  warm start (same state):    %8.2f s\n", double(warmMs) / 1000.0);
    std::printf("  warm / cold:                %8.2f (baseline: the cold start)\n",
                double(warmMs) / double(qMax<qint64>(coldMs, 1)));
    std::printf("  RSS, demo + %lld process(es): %7.1f MiB\n", qint64(pids.size()) - 1, double(totalKiB) / 1024.0);
    return exitCode;
}
