// SPDX-License-Identifier: GPL-3.0-or-later
// "Cannot reach" only when the cluster cannot be reached: a session against the API emulator whose namespace read
// fails in different ways. One slow request while the server answers the others, or a refused list, is that
// request's failure (the session says the cluster is reachable, the message names the request, the status bar does
// not say "Cannot reach"); a server that answers nothing is "Cannot reach".
#include "core/translations.h"
#include "emulatorfixture.h"
#include "kubetestutil.h"
#include "session/fleetsession.h"
#include "sessionstatus.h"

#include <QLabel>
#include <QMainWindow>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

class TestSessionStatus final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        QVERIFY2(m_emulator.isValid(), qPrintable(m_emulator.errorString()));
        m_emulator.addDeployment(QStringLiteral("auth-db"), 1,
                                 { { QStringLiteral("app.kubernetes.io/component"), QStringLiteral("database") } });
    }

    void failedReadIsNamedByWhatFailed_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("one request times out while the others are answered")
            << QStringLiteral("slow pods") << true
            << QStringLiteral("list pods in namespace \"proofer-test\": no answer to this request");
        QTest::newRow("the pods list is forbidden")
            << QStringLiteral("forbidden pods") << true << QStringLiteral("forbidden");
        QTest::newRow("nothing listens at the server's address")
            << QStringLiteral("server down") << false << QStringLiteral("connection refused");
    }

    void failedReadIsNamedByWhatFailed()
    {
        QFETCH(QString, failure);
        QFETCH(bool, reachable);
        QFETCH(QString, messagePart);

        Kube::ResolvedContext context = Test::contextFor(m_emulator.kubeconfigPath());
        m_emulator.server().clearDenyRules();
        m_emulator.server().setResponseDelay(0);
        if (failure == u"slow pods") {
            m_emulator.server().setResponseDelay(5000, QStringLiteral("/pods"));
        } else if (failure == u"forbidden pods") {
            m_emulator.server().addDenyRule({ QString(), QStringLiteral("list"), QStringLiteral("pods"), {} });
        } else {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            context.cluster.server = QStringLiteral("https://127.0.0.1:%1").arg(closed.serverPort());
        }

        FleetSession session;
        FleetSession::Options options;
        options.live = false;
        options.listNamespaces = false;
        options.keepHistory = false;
        session.setOptions(options);
        Fleet::ScanOptions scan = session.scanOptions();
        scan.connectTimeoutMs = 400; // requests time out after 1.2 s
        session.setScanOptions(scan);
        QMainWindow window;
        SessionStatus status(&session, &window);
        QSignalSpy finished(&session, &FleetSession::scanFinished);
        QString message;
        connect(&session, &FleetSession::stateChanged, this,
                [&message](FleetSession::State, const QString &text) { message = text; });

        session.connectTo(context, m_emulator.namespaceName());
        QVERIFY(finished.wait(15000));
        m_emulator.server().setResponseDelay(0);
        m_emulator.server().clearDenyRules();

        QCOMPARE(session.state(), FleetSession::State::Failed);
        QCOMPARE(session.outcome(), FleetSession::Outcome::Failed);
        QCOMPARE(session.isClusterReachable(), reachable);
        QVERIFY2(message.contains(messagePart), qPrintable(message));
        const QString label = window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text();
        if (reachable) {
            QVERIFY2(!label.contains(QStringLiteral("Cannot reach")), qPrintable(label));
            QCOMPARE(label,
                     QStringLiteral("⚠ %1 · proofer-test: the namespace could not be read").arg(context.context.name));
        } else {
            QCOMPARE(label, QStringLiteral("Cannot reach %1").arg(context.context.name));
        }
    }

private:
    Test::Emulator m_emulator;
};

QTEST_MAIN(TestSessionStatus)
#include "testsessionstatus.moc"
