// SPDX-License-Identifier: GPL-3.0-or-later
// The Unfinished Operations dialog (offscreen): lists crashed runs and runs alive elsewhere, enables what may
// be done (nothing in auditor mode, nothing for a live owner, no resume without a cluster), abandons after
// confirmation, runs a rollback through the runner with progress, and opens itself at start only once.
#include "ops/journal.h"
#include "wizards/recoverydialog.h"

#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QThreadPool>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <sys/wait.h>
#include <unistd.h>

namespace {

qint64 deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

QString writeJournal(const QString &dir, const QString &kind, const QJsonObject &parameters, const QStringList &steps,
                     int applied, qint64 pid)
{
    Ops::Journal journal = Ops::Journal::create(dir, kind, nullptr);
    journal.append({{QStringLiteral("event"), QStringLiteral("plan")},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("title"), QStringLiteral("%1 run").arg(kind)},
                    {QStringLiteral("parameters"), parameters},
                    {QStringLiteral("steps"), QJsonArray::fromStringList(steps)},
                    {QStringLiteral("pid"), pid}});
    for (int i = 0; i < applied; ++i)
        journal.append({{QStringLiteral("event"), QStringLiteral("applied")}, {QStringLiteral("step"), steps.at(i)}, {QStringLiteral("index"), i}});
    return journal.path();
}

/** The journals are read off the GUI thread: waits for the dialog's list. */
bool waitLoaded(RecoveryDialog &dialog)
{
    return QTest::qWaitFor([&dialog] { return !dialog.isLoading(); }, 10000);
}

QPushButton *button(QDialog &dialog, const char *name)
{
    return dialog.findChild<QPushButton *>(QString::fromLatin1(name));
}

} // namespace

class TestRecoveryDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_rotation;
    QString m_alive;
    QString m_backup;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("journal"));
        const QJsonObject ns{{QStringLiteral("namespace"), QStringLiteral("bakery-ia")}};
        m_rotation = writeJournal(m_dir, QStringLiteral("rotate-password"), ns,
                                  {QStringLiteral("read-secret/auth-db"), QStringLiteral("check-login/auth-db")}, 1, deadPid());
        m_alive = writeJournal(m_dir, QStringLiteral("renew-certs"), ns, {QStringLiteral("validate")}, 0, qint64(::getpid()));
        QJsonObject backup{{QStringLiteral("datastores"), QJsonArray{QStringLiteral("auth-db")}},
                           {QStringLiteral("databases"), QJsonArray{QStringLiteral("auth")}},
                           {QStringLiteral("directory"), m_tmp.filePath(QStringLiteral("backups"))}};
        m_backup = writeJournal(m_dir, QStringLiteral("backup"), backup, {QStringLiteral("backup/auth-db/auth")}, 1, deadPid());
    }

    void listsAndGatesTheActions()
    {
        RecoveryDialog dialog(nullptr, false);
        dialog.setJournalDirectory(m_dir);
        QVERIFY(waitLoaded(dialog));
        QCOMPARE(dialog.runCount(), 3);
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("unfinishedRuns"));
        QVERIFY(list);
        int aliveRow = -1;
        int rotationRow = -1;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(0) == u"renew-certs run")
                aliveRow = i;
            if (list->topLevelItem(i)->text(0) == u"rotate-password run")
                rotationRow = i;
        }
        QVERIFY(aliveRow >= 0 && rotationRow >= 0);
        QVERIFY(list->topLevelItem(aliveRow)->text(3).contains(QString::number(::getpid())));
        QVERIFY(list->topLevelItem(rotationRow)->text(2).contains(QStringLiteral("1 of 2")));

        dialog.select(aliveRow);
        QVERIFY(!button(dialog, "resumeButton")->isEnabled());
        QVERIFY(!button(dialog, "rollbackButton")->isEnabled());
        QVERIFY(!button(dialog, "abandonButton")->isEnabled());

        // No cluster: a rotation cannot be resumed or rolled back, but can be abandoned.
        dialog.select(rotationRow);
        QVERIFY(!button(dialog, "resumeButton")->isEnabled());
        QVERIFY(!button(dialog, "rollbackButton")->isEnabled());
        QVERIFY(button(dialog, "abandonButton")->isEnabled());
        QVERIFY(button(dialog, "laterButton")->isEnabled());
    }

    void auditorModeDisablesEverything()
    {
        RecoveryDialog dialog(nullptr, true);
        dialog.setJournalDirectory(m_dir);
        QVERIFY(waitLoaded(dialog));
        for (int row = 0; row < dialog.runCount(); ++row) {
            dialog.select(row);
            QVERIFY(!button(dialog, "resumeButton")->isEnabled());
            QVERIFY(!button(dialog, "rollbackButton")->isEnabled());
            QVERIFY(!button(dialog, "abandonButton")->isEnabled());
        }
        // And a direct call does nothing either.
        dialog.select(0);
        dialog.abandonSelected(true);
        QCOMPARE(dialog.runCount(), 3);
    }

    void rollsBackWithProgress()
    {
        RecoveryDialog dialog(nullptr, false);
        dialog.setJournalDirectory(m_dir);
        QVERIFY(waitLoaded(dialog));
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("unfinishedRuns"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(0) == u"backup run")
                dialog.select(i);
        }
        QVERIFY(button(dialog, "rollbackButton")->isEnabled());
        QVERIFY(!button(dialog, "resumeButton")->isEnabled()); // a backup is never resumed
        QSignalSpy finished(&dialog, &RecoveryDialog::runFinished);
        dialog.rollbackSelected();
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog.outcome(), Ops::Runner::Outcome::RolledBack);
        QVERIFY(!dialog.isRunning());
        QVERIFY(waitLoaded(dialog));
        QCOMPARE(dialog.runCount(), 2);
        QCOMPARE(Ops::Journal::open(m_backup, nullptr).outcome(), QStringLiteral("RolledBack"));
    }

    void abandonsAfterConfirmation()
    {
        RecoveryDialog dialog(nullptr, false);
        dialog.setJournalDirectory(m_dir);
        QVERIFY(waitLoaded(dialog));
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("unfinishedRuns"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(0) == u"rotate-password run")
                dialog.select(i);
        }
        const int before = dialog.runCount();
        dialog.abandonSelected(true);
        QVERIFY(dialog.isRunning()); // written on the dialog's pool
        QTRY_COMPARE_WITH_TIMEOUT(dialog.runCount(), before - 1, 10000);
        QCOMPARE(Ops::Journal::open(m_rotation, nullptr).outcome(), QStringLiteral("Abandoned"));
    }

    void opensAtStartOnce()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("journal"));
        // Only a run alive elsewhere: nothing to offer.
        writeJournal(dir, QStringLiteral("renew-certs"), {}, {QStringLiteral("validate")}, 0, qint64(::getpid()));
        RecoveryDialog *dialog = nullptr;
        int calls = 0;
        auto shown = [&](RecoveryDialog *d) {
            dialog = d;
            ++calls;
        };
        RecoveryDialog::showIfUnfinished(nullptr, false, nullptr, dir, shown);
        QTest::qWait(500); // the look happens on a worker
        QVERIFY(!dialog);
        writeJournal(dir, QStringLiteral("renew-certs"), {}, {QStringLiteral("validate")}, 1, deadPid());
        RecoveryDialog::showIfUnfinished(nullptr, false, nullptr, dir, shown);
        QVERIFY(!dialog); // not on this thread: later
        // (Asked again until the first look has ended: while one is on its way, another is not started.)
        QTRY_VERIFY_WITH_TIMEOUT(dialog || (RecoveryDialog::showIfUnfinished(nullptr, false, nullptr, dir, shown), false), 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(waitLoaded(*dialog));
        QCOMPARE(dialog->runCount(), 2);
        RecoveryDialog::showIfUnfinished(nullptr, false, nullptr, dir, shown);
        QTest::qWait(500);
        QCOMPARE(calls, 1);
        dialog->close();
    }

    void readsTheJournalsOffTheGuiThread()
    {
        RecoveryDialog dialog(nullptr, false);
        QVERIFY(waitLoaded(dialog));
        dialog.setJournalDirectory(m_dir);
        // Busy until the worker has read them: nothing can be chosen or acted on meanwhile.
        QVERIFY(dialog.isLoading());
        QVERIFY(!dialog.findChild<QTreeWidget *>(QStringLiteral("unfinishedRuns"))->isEnabled());
        QVERIFY(!button(dialog, "abandonButton")->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("runDetails"))->text().contains(QStringLiteral("Reading")));
        auto *pool = dialog.findChild<QThreadPool *>(QStringLiteral("recoveryDialogPool"));
        QVERIFY(pool);
        QVERIFY(pool != QThreadPool::globalInstance());
        QVERIFY(waitLoaded(dialog));
        QVERIFY(dialog.findChild<QTreeWidget *>(QStringLiteral("unfinishedRuns"))->isEnabled());
        QVERIFY(dialog.runCount() >= 1);
    }

    void readsTheRunAgainBeforeActing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("journal"));
        QJsonObject backup{{QStringLiteral("datastores"), QJsonArray{QStringLiteral("auth-db")}},
                           {QStringLiteral("databases"), QJsonArray{QStringLiteral("auth")}},
                           {QStringLiteral("directory"), tmp.filePath(QStringLiteral("backups"))}};
        const QString path = writeJournal(dir, QStringLiteral("backup"), backup, {QStringLiteral("backup/auth-db/auth")}, 1, deadPid());
        RecoveryDialog dialog(nullptr, false);
        dialog.setJournalDirectory(dir);
        QVERIFY(waitLoaded(dialog));
        QCOMPARE(dialog.runCount(), 1);
        dialog.select(0);
        QVERIFY(button(dialog, "rollbackButton")->isEnabled());

        // Another window holds the run's lock (it is rolling it back): nothing is done here, and it says why.
        {
            Ops::Journal other = Ops::Journal::open(path, nullptr);
            QVERIFY(other.lock(0));
            dialog.rollbackSelected();
            QVERIFY(dialog.isRunning());
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 10000);
            QVERIFY(!dialog.hasOutcome());
            const QString log = dialog.findChild<QPlainTextEdit *>(QStringLiteral("recoveryLog"))->toPlainText();
            QVERIFY2(log.contains(QStringLiteral("in use")), qPrintable(log));
            QVERIFY(Ops::Journal::open(path, nullptr).outcome().isEmpty());
        }

        // Abandoned elsewhere since the list was read: the rollback reads it again and does nothing.
        QVERIFY(waitLoaded(dialog));
        dialog.select(0);
        QString error;
        QVERIFY2(Ops::abandonRun(path, &error), qPrintable(error));
        QCOMPARE(dialog.runCount(), 1); // the list is stale
        dialog.rollbackSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 10000);
        QVERIFY(!dialog.hasOutcome());
        QCOMPARE(Ops::Journal::open(path, nullptr).outcome(), QStringLiteral("Abandoned"));
        QVERIFY(waitLoaded(dialog));
        QCOMPARE(dialog.runCount(), 0);
    }
};

QTEST_MAIN(TestRecoveryDialog)
#include "testrecoverydialog.moc"
