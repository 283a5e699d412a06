// SPDX-License-Identifier: GPL-3.0-or-later
// A kubeconfig whose user signs in with an exec plugin that takes its time (a real shell script that sleeps, then
// prints an ExecCredential): past 300 ms the console says "Signing in to <cluster> with <command>…" with a busy
// progress bar and a Cancel; Cancel kills the plugin and shows why inline (no hang, no dialog); a plugin that
// finishes lets the connection go on.
#include "core/translations.h"
#include "emulatorfixture.h"
#include "session/fleetsession.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

class TestSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        QVERIFY2(m_emulator.isValid(), qPrintable(m_emulator.errorString()));
        m_plugin = m_emulator.dir() + QStringLiteral("/slow-login.sh");
        m_kubeconfig = m_emulator.dir() + QStringLiteral("/exec-kubeconfig");
        QFile config(m_kubeconfig);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n"
                                    "    certificate-authority-data: %1\n    server: %2\n  name: sso-cluster\n"
                                    "contexts:\n- context:\n    cluster: sso-cluster\n    user: sso-user\n"
                                    "    namespace: %3\n  name: sso\ncurrent-context: sso\n"
                                    "users:\n- name: sso-user\n  user:\n    exec:\n"
                                    "      apiVersion: client.authentication.k8s.io/v1\n      command: %4\n"
                                    "      interactiveMode: Never\n")
                         .arg(QString::fromLatin1(m_emulator.caCertificatePem().toBase64()),
                              m_emulator.server().url().toString(), m_emulator.namespaceName(), m_plugin)
                         .toUtf8());
        config.close();
        QFile::setPermissions(m_kubeconfig, QFile::ReadOwner | QFile::WriteOwner);
    }

    void cancelStopsASlowSignIn()
    {
        writePlugin(QStringLiteral("60"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({ m_kubeconfig, QString(), QString(), QString(), false });
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Signing in to sso-cluster with ")), 5000);
        QVERIFY(window.statusBar()->currentMessage().contains(m_plugin));
        QVERIFY(window.session()->isSigningIn());
        auto *progress = window.findChild<QProgressBar *>(QStringLiteral("scanProgressBar"));
        auto *cancel = window.findChild<QToolButton *>(QStringLiteral("cancelScanToolButton"));
        QVERIFY(progress && cancel);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), 0); // busy
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY2(cancel->text().contains(QStringLiteral("Sign-in")), qPrintable(cancel->text()));

        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto *error = window.findChild<QLabel *>(QStringLiteral("kubeconfigErrorLabel"));
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == FleetSession::State::Failed, 5000);
        QVERIFY(timer.elapsed() < 3000); // not the plugin's 60 s, nor the 30 s timeout
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("was cancelled")), qPrintable(error->text()));
        QVERIFY(!window.session()->isSigningIn());
        QVERIFY(!progress->isVisible());
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
    }

    void aSlowSignInThatSucceedsConnects()
    {
        writePlugin(QStringLiteral("0.8"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({ m_kubeconfig, QString(), QString(), QString(), false });
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Signing in to")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == FleetSession::State::Ready, 30000);
        QVERIFY(!window.session()->isSigningIn());
        auto *cancel = window.findChild<QToolButton *>(QStringLiteral("cancelScanToolButton"));
        QVERIFY(!cancel->text().contains(QStringLiteral("Sign-in")));
        auto *error = window.findChild<QLabel *>(QStringLiteral("kubeconfigErrorLabel"));
        QVERIFY(!error || !error->isVisible());
    }

private:
    void writePlugin(const QString &seconds)
    {
        QFile script(m_plugin);
        QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
        script.write(QStringLiteral("#!/bin/sh\nsleep %1\n"
                                    "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":"
                                    "\"ExecCredential\",\"status\":{\"token\":\"%2\"}}'\n")
                         .arg(seconds, QString::fromUtf8(m_emulator.token().reveal()))
                         .toUtf8());
        script.close();
        QFile::setPermissions(m_plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    Test::Emulator m_emulator;
    QString m_plugin;
    QString m_kubeconfig;
};

QTEST_MAIN(TestSignIn)
#include "testsignin.moc"
