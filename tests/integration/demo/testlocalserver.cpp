// SPDX-License-Identifier: GPL-3.0-or-later
// A demo server's start never hangs: a process Qt has not yet seen start when the first poll comes is polled on
// until it is ready, and a server that never gets ready fails after the start timeout with a message that says so.
// The server is a real child process (sleep) run through Demo::LocalServer's own start-up path.
#include "demo/localserver.h"

#include <QSignalSpy>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace std::chrono_literals;

namespace {

/** A LocalServer running `sleep 30`: ready once its process runs, unless told never to be. */
class SleepServer final : public Demo::LocalServer
{
public:
    SleepServer(const QString &directory, bool everReady)
        : LocalServer(QStringLiteral("sleeper"), directory)
        , m_everReady(everReady)
    { }
    ~SleepServer() override
    {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(5000);
    }

    /** Qt keeps the process in QProcess::Starting this long after launch (its start-up notice is held back). */
    std::chrono::milliseconds holdStarting { 0 };

protected:
    void prepare() override
    {
        launch();
        if (holdStarting.count() == 0)
            return;
        // As on a busy machine where the child has not exec'd by the first poll: QProcess hears of the start late.
        const auto notifiers = m_process->findChildren<QSocketNotifier *>();
        for (QSocketNotifier *notifier : notifiers)
            notifier->setEnabled(false);
        QTimer::singleShot(holdStarting, this, [this] {
            for (QSocketNotifier *notifier : m_process->findChildren<QSocketNotifier *>())
                notifier->setEnabled(true);
        });
    }
    QString program() const override { return QStandardPaths::findExecutable(QStringLiteral("sleep")); }
    QStringList arguments() const override { return { QStringLiteral("30") }; }
    bool writeConfiguration(QString *) override { return true; }
    int stopSignal() const override { return SIGTERM; }
    bool isReady() override { return m_everReady; }
    bool portWasTaken(const QString &) const override { return false; }

private:
    bool m_everReady;
};

} // namespace

class TestLocalServer final : public QObject
{
    Q_OBJECT

private slots:
    void stillStartingAtTheFirstPollBecomesReady()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SleepServer server(dir.filePath(QStringLiteral("sleeper")), true);
        server.holdStarting = 400ms;
        server.setStartTimeout(10s);
        QSignalSpy ready(&server, &Demo::LocalServer::ready);
        QSignalSpy failed(&server, &Demo::LocalServer::failed);
        server.start();
        QTest::qWait(150); // several polls while Qt still says Starting
        QCOMPARE(server.state(), Demo::LocalServer::State::Starting);
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() > 0, 5000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QCOMPARE(server.state(), Demo::LocalServer::State::Running);
    }

    void neverReadyFailsAfterTheStartTimeout()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SleepServer server(dir.filePath(QStringLiteral("sleeper")), false);
        server.holdStarting = 200ms;
        server.setStartTimeout(1s);
        QSignalSpy ready(&server, &Demo::LocalServer::ready);
        QSignalSpy failed(&server, &Demo::LocalServer::failed);
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QCOMPARE(ready.count(), 0);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(QStringLiteral("sleeper did not accept connections within 1 s")),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestLocalServer)
#include "testlocalserver.moc"
