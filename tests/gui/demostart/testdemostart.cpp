// SPDX-License-Identifier: GPL-3.0-or-later
// The console's empty state without a kubeconfig offers to start the demo fleet: the button runs a real
// `proofer demo --instances 1` as a child (PROOFER_DEMO_BIN, PROOFER_DEMO_ARGS), shows its progress,
// opens its kubeconfig on bakery-ia once ready and scans it; closing the window stops the child and
// every server of its state dir. A demo that exits early shows its stderr inline, with no dialog.
#include "core/translations.h"
#include "demolauncher.h"
#include "fleetmodel.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <csignal>
#include <memory>
#include <sys/types.h>

namespace {

// Process ids whose command line mentions @p needle (the demo's servers all carry the state dir).
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

bool processExists(qint64 pid)
{
    return pid > 0 && QFile::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

class TestDemoStart final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        QVERIFY(m_home.isValid() && m_kubeDir.isValid() && m_state.isValid());
        // The servers run as the "postgres" user when the test runs as root: it must enter the state dir.
        QVERIFY(QFile::setPermissions(m_state.path(), QFile::permissions(m_state.path()) | QFile::ExeGroup
                                                          | QFile::ExeOther));
        // No kubeconfig anywhere: a private HOME, and $KUBECONFIG naming a file of an empty directory.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("KUBECONFIG", QFile::encodeName(m_kubeDir.filePath(QStringLiteral("config"))));
        const QByteArray binary = qgetenv("PROOFER_BIN");
        QVERIFY2(!binary.isEmpty() && QFile::exists(QFile::decodeName(binary)), "PROOFER_BIN must name the binary");
        qputenv("PROOFER_DEMO_BIN", binary);
    }

    void earlyExitShowsStderrInline()
    {
        qputenv("PROOFER_DEMO_ARGS", "--instances 99");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({});
        auto *button = window.findChild<QPushButton *>(QStringLiteral("startDemoButton"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("demoStatusLabel"));
        QVERIFY(button && status);
        QTRY_VERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.demoLauncher()->state(), DemoLauncher::State::Idle, 30000);
        QVERIFY2(status->isVisible() && status->text().contains(QStringLiteral("--instances must be")),
                 qPrintable(status->text()));
        QVERIFY(button->isVisible()); // it may be tried again
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
    }

    void startThatNeverGetsReadyTimesOut()
    {
        // A demo that hangs before it is ready (it never writes its kubeconfig): the console stops it after
        // the start timeout and says so, instead of "Starting…" forever.
        const QString hanging = m_state.filePath(QStringLiteral("hanging-demo.sh"));
        QFile script(hanging);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec sleep 600\n");
        script.close();
        QVERIFY(QFile::setPermissions(hanging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray binary = qgetenv("PROOFER_DEMO_BIN");
        qputenv("PROOFER_DEMO_BIN", QFile::encodeName(hanging));
        qunsetenv("PROOFER_DEMO_ARGS");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({});
        window.demoLauncher()->setStartTimeout(std::chrono::milliseconds(1500));
        auto *button = window.findChild<QPushButton *>(QStringLiteral("startDemoButton"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("demoStatusLabel"));
        QVERIFY(button && status);
        QTRY_VERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.demoLauncher()->state(), DemoLauncher::State::Starting, 5000);
        const qint64 child = window.demoLauncher()->processId();
        QVERIFY(child > 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.demoLauncher()->state(), DemoLauncher::State::Idle, 20000);
        qputenv("PROOFER_DEMO_BIN", binary);
        QVERIFY2(status->isVisible() && status->text().contains(QStringLiteral("was not ready within 1 s")),
                 qPrintable(status->text()));
        QVERIFY(button->isVisible()); // it may be tried again
        QVERIFY2(::kill(pid_t(child), 0) != 0, "the hanging demo must have been stopped");
    }

    void buttonStartsScansAndStopsTheDemoFleet()
    {
        const QString stateDir = m_state.filePath(QStringLiteral("demo"));
        qputenv("PROOFER_DEMO_ARGS",
                QByteArrayLiteral("--instances 1 --state-dir ") + QFile::encodeName(stateDir));
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->start({});
        auto *button = window->findChild<QPushButton *>(QStringLiteral("startDemoButton"));
        auto *cancel = window->findChild<QPushButton *>(QStringLiteral("cancelDemoPushButton"));
        auto *status = window->findChild<QLabel *>(QStringLiteral("demoStatusLabel"));
        auto *startAction = window->findChild<QAction *>(QStringLiteral("startDemoAction"));
        auto *stopAction = window->findChild<QAction *>(QStringLiteral("stopDemoAction"));
        auto *table = window->findChild<QTableView *>(QStringLiteral("fleetTableView"));
        QVERIFY(button && cancel && status && startAction && stopAction && table);
        QVERIFY(button->isVisible());
        QVERIFY(startAction->isEnabled());
        QVERIFY(!stopAction->isEnabled());

        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window->demoLauncher()->state(), DemoLauncher::State::Starting);
        QVERIFY2(status->text().startsWith(QStringLiteral("Starting the demo fleet…")), qPrintable(status->text()));
        QVERIFY(cancel->isVisible());
        QVERIFY(!button->isVisible());
        QVERIFY(!startAction->isEnabled());
        QVERIFY(stopAction->isEnabled());
        const qint64 demoPid = window->demoLauncher()->processId();
        QVERIFY(processExists(demoPid));

        // Ready: the kubeconfig is opened on bakery-ia and scanned; auth-db and redis come with TLS verified.
        auto allVerified = [&] {
            const int rows = table->model()->rowCount();
            if (rows < 2 || window->session()->isBusy())
                return false;
            for (int row = 0; row < rows; ++row) {
                const QString tls = table->model()->index(row, FleetModel::TlsColumn).data().toString();
                if (!tls.contains(QStringLiteral("verified")) || tls.contains(QStringLiteral("not verified")))
                    return false;
            }
            return true;
        };
        // Fails fast (with the demo's stderr, shown inline) should the demo exit instead.
        QTRY_VERIFY_WITH_TIMEOUT(allVerified() || window->demoLauncher()->state() == DemoLauncher::State::Idle,
                                 120000);
        QVERIFY2(window->demoLauncher()->state() == DemoLauncher::State::Running, qPrintable(status->text()));
        QVERIFY(allVerified());
        QCOMPARE(window->session()->namespaceName(), QStringLiteral("bakery-ia"));
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names << table->model()->index(row, FleetModel::NameColumn).data().toString();
        QVERIFY2(names.contains(QStringLiteral("auth-db")), qPrintable(names.join(u',')));
        QVERIFY2(names.filter(QStringLiteral("redis")).size() >= 1, qPrintable(names.join(u',')));
        QVERIFY(QFile::exists(DemoLauncher::kubeconfigPath()));
        QVERIFY(!processesMentioning(stateDir).isEmpty());

        // Closing the window stops the child (SIGTERM), then the window closes; nothing of the state dir is left.
        window->close();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 30000);
        QCOMPARE(window->demoLauncher()->state(), DemoLauncher::State::Idle);
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(demoPid), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(stateDir).isEmpty(), 15000);
        window.reset();
    }

    void cleanupTestCase()
    {
        // Should the test fail half-way, no server outlives it.
        for (const qint64 pid : processesMentioning(m_state.path()))
            ::kill(pid_t(pid), SIGKILL);
    }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_kubeDir;
    QTemporaryDir m_state;
};

QTEST_MAIN(TestDemoStart)
#include "testdemostart.moc"
