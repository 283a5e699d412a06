// SPDX-License-Identifier: GPL-3.0-or-later
// Auditor mode is a lock for the process. Against a real demo fleet (1 PostgreSQL + Redis, in process): with
// --read-only the banner says "Read-only: nothing in this window can change the cluster", the operations that write
// are absent (not greyed) with their shortcuts, nothing turns the mode off, and a walk over every action of every
// menu, the toolbar and every context menu of every page and tab leaves the API emulator with no write request
// (anything but GET). The control at the end: the same window without the lock restarts a workload, and the
// emulator's log does see that PATCH, so the walk's silence means something.
#include "core/translations.h"
#include "demo/apiserver.h"
#include "demo/demofleet.h"
#include "demofixture.h"
#include "fleetmodel.h"
#include "mainwindow.h"
#include "session/fleetsession.h"
#include "views/certificatesview.h"
#include "views/detailpane.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QWizard>

#include <memory>

namespace {

const QString kNamespace = QStringLiteral("bakery-ia");

/** The actions that change the cluster: in auditor mode none of them may exist. */
const QStringList kWriters = { QStringLiteral("renewCertificatesAction"), QStringLiteral("rotatePasswordsAction"),
                               QStringLiteral("backupDatabasesAction"), QStringLiteral("restoreBackupAction"),
                               QStringLiteral("restartWorkloadAction"),
                               // an acceptance changes the grade under review (it writes the policy, not the cluster)
                               QStringLiteral("acceptRiskAction") };

/** Every request the emulator serves, and the ones that are not reads. */
struct RequestLog
{
    QStringList all;
    QStringList writes;
};

void collectMenu(QMenu *menu, QList<QAction *> *into)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collectMenu(action->menu(), into);
        else if (!action->isSeparator() && !into->contains(action))
            into->append(action);
    }
}

/**
 * Closes what an action opened: dialogs and wizards are rejected; a menu (a context menu) has each of its actions
 * triggered first — they are walked here, as the menu shows them, since many menus delete themselves on close.
 */
void closePopups(QStringList *menuActions, QStringList *opened)
{
    static bool inside = false; // an action of a menu may open an exec() dialog: the timer comes back in here
    if (inside)
        return;
    inside = true;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        if (auto *menu = qobject_cast<QMenu *>(top)) {
            QList<QAction *> actions;
            collectMenu(menu, &actions);
            QList<QPointer<QAction>> guarded(actions.cbegin(), actions.cend());
            for (const QPointer<QAction> &action : guarded) {
                if (!action || !action->isEnabled())
                    continue;
                if (menuActions)
                    menuActions->append(action->text());
                action->trigger();
            }
            menu->close();
        } else if (auto *dialog = qobject_cast<QDialog *>(top)) {
            if (opened)
                opened->append(QString::fromLatin1(top->metaObject()->className()) + u' ' + top->objectName());
            dialog->reject();
        }
    }
    inside = false;
}

} // namespace

class TestAuditorMode final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        QString failure;
        m_fleet = TestSupport::startSmallDemoFleet(&m_dir, &failure);
        QVERIFY2(m_fleet, qPrintable(failure));
        connect(m_fleet->apiServer(), &Demo::ApiServer::requestServed, this,
                [this](const QString &method, const QString &path, int status) {
                    const QString line = QStringLiteral("%1 %2 → %3").arg(method, path).arg(status);
                    m_log.all << line;
                    if (method != u"GET" && method != u"HEAD" && method != u"OPTIONS")
                        m_log.writes << line;
                });
    }

    void cleanupTestCase() { QVERIFY(TestSupport::stopDemoFleet(m_fleet)); }

    void readOnlyIsALockAndNothingWrites()
    {
        MainWindow window;
        QSignalSpy audits(window.session(), &Session::FleetSession::auditReady);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({ m_fleet->kubeconfigPath(), QString(), kNamespace, QString(), true });
        QVERIFY(window.isReadOnly());
        QVERIFY(audits.wait(120000));
        QVERIFY(window.fleetModel()->rowCount() >= 2);

        // The banner says it, across the window.
        auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBannerLabel"));
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("Read-only: nothing in this window can change the cluster"));

        // Absent, not greyed: no action that writes exists in the window, nor the certificates' Renew button.
        for (const QString &name : kWriters)
            QVERIFY2(!window.findChild<QAction *>(name), qPrintable(name));
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("renewCertificatesPushButton")));
        QVERIFY(!window.certificatesView()->renewAction());

        // Nothing turns it off: the View menu's entry is checked and cannot be unchecked, the mode stays.
        auto *auditor = window.findChild<QAction *>(QStringLiteral("auditorModeAction"));
        QVERIFY(auditor && auditor->isChecked() && !auditor->isEnabled());
        auditor->trigger();
        QVERIFY(window.isReadOnly() && auditor->isChecked());
        auditor->setChecked(false); // even a programmatic toggle leaves the lock on
        QVERIFY(window.isReadOnly());
        QVERIFY(banner->isVisible());

        // The operations' shortcuts open nothing.
        auto *table = window.findChild<QTableView *>(QStringLiteral("fleetTableView"));
        QVERIFY(table);
        table->selectRow(0);
        table->setFocus();
        for (const QKeySequence &keys :
             { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) }) {
            QTest::keySequence(&window, keys);
            QTest::qWait(50);
            for (QWidget *top : QApplication::topLevelWidgets())
                QVERIFY2(!(qobject_cast<QWizard *>(top) && top->isVisible()), qPrintable(keys.toString()));
        }

        // Walk every action: of the menu bar's menus, the toolbars, the window's own, and every context menu of every
        // widget of every page and every detail tab. Dialogs an action opens are closed again.
        m_log = {};
        QStringList opened;
        QList<QAction *> actions;
        for (QAction *action : window.menuBar()->actions()) {
            if (action->menu())
                collectMenu(action->menu(), &actions);
        }
        for (QToolBar *bar : window.findChildren<QToolBar *>()) {
            for (QAction *action : bar->actions()) {
                if (!action->isSeparator() && !actions.contains(action))
                    actions << action;
            }
        }
        for (QAction *action : window.findChildren<QAction *>()) {
            if (!action->isSeparator() && !action->menu() && !actions.contains(action))
                actions << action;
        }
        auto *pages = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        QVERIFY(pages);
        int contextMenus = 0;
        QStringList menuActions; // walked as each context menu shows them
        // A menu or a dialog opened with exec() (a scroll bar's menu, About) is closed from inside its own loop.
        QTimer closer;
        closer.setInterval(30);
        connect(&closer, &QTimer::timeout, this, [&menuActions, &opened] { closePopups(&menuActions, &opened); });
        closer.start();
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            const int tabs = page == MainWindow::FleetPage ? window.detailPane()->tabs()->count() : 1;
            for (int tab = 0; tab < tabs; ++tab) {
                if (page == MainWindow::FleetPage)
                    window.detailPane()->tabs()->setCurrentIndex(tab);
                QTest::qWait(20);
                for (QWidget *widget : window.findChildren<QWidget *>()) {
                    if (!widget->isVisible() || widget->contextMenuPolicy() == Qt::NoContextMenu
                        || widget->contextMenuPolicy() == Qt::PreventContextMenu)
                        continue;
                    const QPoint at = widget->rect().center();
                    QContextMenuEvent event(QContextMenuEvent::Mouse, at, widget->mapToGlobal(at));
                    const qsizetype before = menuActions.size();
                    QApplication::sendEvent(widget, &event);
                    closePopups(&menuActions, &opened);
                    contextMenus += menuActions.size() > before ? 1 : 0;
                }
            }
        }
        QVERIFY2(contextMenus > 0, "no context menu was found to walk");
        // Not walked, and why: Quit closes the window (its own test); the demo fleet starts another, local cluster.
        const QStringList notWalked = { QStringLiteral("quitAction"), QStringLiteral("startDemoAction") };
        QStringList walked;
        for (QAction *action : std::as_const(actions)) {
            if (notWalked.contains(action->objectName()))
                continue;
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                pages->setCurrentIndex(MainWindow::FleetPage);
                table->selectRow(row);
                action->trigger();
                QTest::qWait(30);
                closePopups(&menuActions, &opened);
                if (window.session()->isBusy()) // a rescan: let it run to its end, it reads only
                    QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 120000);
            }
            walked << (action->objectName().isEmpty() ? action->text() : action->objectName());
        }
        closer.stop();
        QVERIFY2(walked.size() >= 15, qPrintable(walked.join(u", ")));
        QVERIFY2(walked.contains(QStringLiteral("unfinishedOperationsAction")), qPrintable(walked.join(u", ")));
        QVERIFY2(walked.contains(QStringLiteral("rescanAction")), qPrintable(walked.join(u", ")));
        QTest::qWait(1000); // anything an action started has had the time to reach the API server
        QVERIFY2(!m_log.all.isEmpty(), "the walk read nothing: the log is not listening");
        QVERIFY2(m_log.writes.isEmpty(), qPrintable(m_log.writes.join(u'\n')));
        qInfo("walked %d actions (%s), %d context menus with %d actions; opened and closed: %s", int(walked.size()),
              qPrintable(walked.join(u", ")), contextMenus, int(menuActions.size()),
              qPrintable(opened.join(QStringLiteral(", "))));
    }

    void enteringAuditorModeFromTheMenuIsForGood()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isReadOnly());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("restartWorkloadAction")));
        auto *auditor = window.findChild<QAction *>(QStringLiteral("auditorModeAction"));
        QVERIFY(auditor && auditor->isEnabled());
        auditor->trigger();
        QVERIFY(window.isReadOnly());
        QVERIFY(!auditor->isEnabled());
        for (const QString &name : kWriters)
            QVERIFY2(!window.findChild<QAction *>(name), qPrintable(name));
    }

    /** The control: without the lock, Restart Workload asks, then writes, and the log sees it. */
    void theLogSeesAWrite()
    {
        MainWindow window;
        QSignalSpy audits(window.session(), &Session::FleetSession::auditReady);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start({ m_fleet->kubeconfigPath(), QString(), kNamespace, QString(), false });
        QVERIFY(audits.wait(120000));
        auto *table = window.findChild<QTableView *>(QStringLiteral("fleetTableView"));
        table->selectRow(0);
        auto *restart = window.findChild<QAction *>(QStringLiteral("restartWorkloadAction"));
        QVERIFY(restart);
        QTRY_VERIFY_WITH_TIMEOUT(restart->isEnabled(), 10000);
        m_log = {};
        // Restart asks first, saying what restarts; nothing is written before the answer.
        restart->trigger();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = window.findChild<QMessageBox *>(QStringLiteral("restartConfirmMessageBox")))
                                     && confirm->isVisible(),
                                 5000);
        const QString said = confirm->text() + u'\n' + confirm->informativeText();
        const QString name = table->currentIndex().data(FleetModel::NameRole).toString();
        QVERIFY2(said.contains(name) && said.contains(QStringLiteral("downtime"))
                     && said.contains(QStringLiteral("Pods replaced:")),
                 qPrintable(said));
        QTest::qWait(200);
        QVERIFY2(m_log.writes.isEmpty(), qPrintable(m_log.writes.join(u'\n')));
        for (QAbstractButton *button : confirm->buttons()) {
            if (confirm->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_log.writes.isEmpty(), 20000);
        QVERIFY2(m_log.writes.constFirst().startsWith(QStringLiteral("PATCH ")), qPrintable(m_log.writes.join(u'\n')));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
    RequestLog m_log;
};

QTEST_MAIN(TestAuditorMode)
#include "testauditormode.moc"
