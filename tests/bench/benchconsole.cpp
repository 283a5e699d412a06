// SPDX-License-Identifier: GPL-3.0-or-later
// The console's speed as a person feels it (issue #7):
//  1. cold start to the first painted window: a fresh process each time, `benchconsole --child bare`
//     (a plain QWidget: the baseline) against `--child console` (the MainWindow); medians of 5.
//  2. on the 15-datastore demo fleet: launch to a fully populated fleet view (every row scanned and
//     audited), the longest GUI-thread stall during that scan (a 4 ms timer measures how late the event
//     loop wakes), and the resident memory after the scan.
// Runs with whatever QPA platform the environment gives (offscreen when none).
#include "fleetmodel.h"
#include "session/fleetsession.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace {

constexpr int kRuns = 5;
constexpr int kProbeIntervalMs = 4;

/** Reports the first paint of @p window (after the paint event is handled) and quits. */
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QWidget *window, QElapsedTimer *clock)
        : m_window(window)
        , m_clock(clock)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && widget->window() == m_window) {
                m_seen = true;
                QTimer::singleShot(0, qApp, [this] {
                    std::printf("painted %lld\n", m_clock->nsecsElapsed() / 1000);
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                });
            }
        }
        return false;
    }

private:
    QWidget *m_window;
    QElapsedTimer *m_clock;
    bool m_seen = false;
};

/** How late the GUI thread wakes for a short repeating timer: the longest gap is the worst stall. */
class StallProbe final : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kProbeIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_gaps.push_back(double(now - m_last) / 1e6 - kProbeIntervalMs);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worst() const { return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end()); }
    double percentile(double p) const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
    }
    size_t samples() const { return m_gaps.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};

int childPaint(const QString &what, QElapsedTimer *clock)
{
    std::unique_ptr<QWidget> window;
    if (what == u"bare") {
        window = std::make_unique<QWidget>();
        window->resize(1200, 800);
    } else {
        window = std::make_unique<MainWindow>();
    }
    FirstPaint watcher(window.get(), clock);
    window->show();
    return QApplication::exec();
}

int childScan(const QString &kubeconfig)
{
    QElapsedTimer clock;
    clock.start();
    MainWindow window;
    StallProbe probe;
    window.show();
    ConsoleOptions options;
    options.kubeconfig = kubeconfig;
    options.namespaceName = QStringLiteral("bakery-ia");
    QObject::connect(window.session(), &FleetSession::scanFinished, &window, [&](bool cancelled) {
        probe.stop();
        const qint64 ms = clock.elapsed();
        struct rusage usage = {};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("populated %lld rows %d cancelled %d stallmax %.1f stallp99 %.1f samples %zu maxrss %ld\n", ms,
                    window.fleetModel()->rowCount(), int(cancelled), probe.worst(), probe.percentile(0.99),
                    probe.samples(), usage.ru_maxrss);
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(0, &window, [&] {
        probe.start();
        window.start(options);
    });
    QTimer::singleShot(300'000, qApp, [] {
        std::fprintf(stderr, "the scan did not finish in 300 s\n");
        QCoreApplication::exit(1);
    });
    return QApplication::exec();
}

QString runChild(const QStringList &arguments, qint64 *elapsedUs, int timeoutMs = 120'000)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(timeoutMs) || child.exitCode() != 0) {
        std::fprintf(stderr, "child %s failed: %s\n", qPrintable(arguments.join(u' ')), qPrintable(child.errorString()));
        return {};
    }
    if (elapsedUs)
        *elapsedUs = timer.nsecsElapsed() / 1000;
    return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

/** Time from starting the child process to its first paint, in ms (the child prints its own in-process figure too). */
double coldStart(const QString &what)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), what});
    if (!child.waitForReadyRead(60'000)) {
        std::fprintf(stderr, "%s: no paint\n", qPrintable(what));
        return -1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    child.waitForFinished(10'000);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer processClock;
    processClock.start();
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 3 && args.at(1) == u"--child")
        return childPaint(args.at(2), &processClock);
    if (args.size() >= 3 && args.at(1) == u"--scan")
        return childScan(args.at(2));

    // 1. Cold start to first paint, alternating so drift hits both alike.
    std::vector<double> bare, console;
    for (int i = 0; i < kRuns; ++i) {
        bare.push_back(coldStart(QStringLiteral("bare")));
        console.push_back(coldStart(QStringLiteral("console")));
    }
    const double bareMs = median(bare);
    const double consoleMs = median(console);
    std::printf("console, cold start to the first painted window (median of %d, platform %s)\n", kRuns,
                qPrintable(QGuiApplication::platformName()));
    std::printf("  bare QWidget (baseline):   %8.1f ms\n", bareMs);
    std::printf("  proofer console:           %8.1f ms\n", consoleMs);
    std::printf("  console / bare:            %8.2f\n", consoleMs / std::max(bareMs, 0.001));

    // 2. The 15-datastore demo fleet, scanned by the console.
    QTemporaryDir temp;
    QFile::setPermissions(temp.path(), QFile::permissions(temp.path()) | QFile::ExeGroup | QFile::ExeOther);
    const QString kubeconfig = temp.filePath(QStringLiteral("kubeconfig"));
    QProcess demo;
    demo.setProgram(QStringLiteral(PROOFER_BIN));
    demo.setArguments({QStringLiteral("demo"), QStringLiteral("--state-dir"), temp.filePath(QStringLiteral("state")),
                       QStringLiteral("--kubeconfig-out"), kubeconfig});
    demo.setStandardOutputFile(QProcess::nullDevice());
    demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    demo.start();
    if (!demo.waitForStarted()) {
        std::fprintf(stderr, "proofer demo: %s\n", qPrintable(demo.errorString()));
        return 1;
    }
    QElapsedTimer wait;
    wait.start();
    while (!QFile::exists(kubeconfig) && demo.state() == QProcess::Running && wait.elapsed() < 600'000)
        demo.waitForFinished(100);
    if (!QFile::exists(kubeconfig)) {
        std::fprintf(stderr, "the demo fleet did not come up\n");
        return 1;
    }
    int exitCode = 0;
    std::vector<double> populated, stallMax, stallP99, rss;
    int rows = 0;
    for (int i = 0; i < 3; ++i) {
        const QString line = runChild({QStringLiteral("--scan"), kubeconfig}, nullptr, 320'000);
        const QStringList f = line.split(u' ');
        if (f.size() < 14 || f.at(0) != u"populated") {
            std::fprintf(stderr, "scan child said: %s\n", qPrintable(line));
            exitCode = 1;
            break;
        }
        populated.push_back(f.at(1).toDouble());
        rows = f.at(3).toInt();
        stallMax.push_back(f.at(7).toDouble());
        stallP99.push_back(f.at(9).toDouble());
        rss.push_back(f.at(13).toDouble() / 1024.0);
    }
    demo.terminate();
    demo.waitForFinished(60'000);
    if (exitCode != 0)
        return exitCode;
    std::printf("console on the demo fleet (%d rows; median of 3 launches)\n", rows);
    std::printf("  launch to populated fleet:  %8.0f ms\n", median(populated));
    std::printf("  longest GUI-thread stall:   %8.1f ms (p99 %.1f ms; budget 50, aim 16)\n", median(stallMax),
                median(stallP99));
    std::printf("  peak RSS after the scan:    %8.1f MiB\n", median(rss));
    return rows >= 15 ? 0 : 1;
}
