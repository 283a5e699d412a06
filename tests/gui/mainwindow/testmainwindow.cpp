// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen smoke test of the console window: menus, the empty fleet table and its columns, the
// status bar, the About dialog's library versions, and the switch to Spanish.
#include "aboutdialog.h"
#include "core/translations.h"
#include "core/versioninfo.h"
#include "fleetmodel.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace {
QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
    }

    void showsMenusTableAndStatus()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Operations"), QStringLiteral("&Help")}));

        auto *table = window.findChild<QTableView *>(QStringLiteral("fleetTableView"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(table->model()->columnCount(), int(FleetModel::ColumnCount));
        QCOMPARE(table->model()->headerData(FleetModel::CertificateColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Certificate"));
        QVERIFY(table->isVisible());
        QVERIFY(table->horizontalHeader()->isVisible());

        auto *emptyTitle = window.findChild<QLabel *>(QStringLiteral("emptyTitleLabel"));
        QVERIFY(emptyTitle && emptyTitle->isVisible());
        auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"));
        QVERIFY(status && status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("Not connected"));

        // Rows make the empty state go away and show in the table.
        FleetRow row;
        row.name = QStringLiteral("auth-db");
        window.fleetModel()->upsertRow(row);
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(!emptyTitle->isVisible());
    }

    void filterNarrowsRows()
    {
        MainWindow window;
        FleetRow a;
        a.name = QStringLiteral("auth-db");
        FleetRow b;
        b.name = QStringLiteral("redis");
        b.kind = FleetRow::Kind::Redis;
        window.fleetModel()->setRows({a, b});
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("redis"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("fleetTableView"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, FleetModel::NameColumn).data().toString(), QStringLiteral("redis"));
    }

    void aboutListsLibraryVersions()
    {
        AboutDialog dialog;
        auto *libraries = dialog.findChild<QTreeWidget *>(QStringLiteral("librariesTreeWidget"));
        QVERIFY(libraries);
        QStringList names;
        for (int i = 0; i < libraries->topLevelItemCount(); ++i)
            names << libraries->topLevelItem(i)->text(0);
        for (const char *name : {"Qt", "OpenSSL", "libpq", "hiredis", "yaml-cpp", "GPGME", "zlib"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QCOMPARE(libraries->topLevelItem(0)->text(1), QString::fromLatin1(qVersion()));
        QVERIFY(dialog.versionReport().contains(QStringLiteral("Proofer ") + Core::applicationVersion()));
    }

    void aboutOpensFromTheMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool seen = false;
        QTimer::singleShot(0, &window, [&seen] {
            auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
            seen = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        QVERIFY(seen);
    }

    void switchesToSpanish()
    {
        MainWindow window;
        QVERIFY2(Core::installTranslations(QStringLiteral("es")), "proofer_es.qm not found");
        QCOMPARE(Core::installedLanguage(), QStringLiteral("es"));
        // A window that was never shown has no native window: Qt posts its LanguageChange.
        QCoreApplication::sendPostedEvents(&window, QEvent::LanguageChange);
        QCOMPARE(menuTitles(window), (QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Ver"),
                                                  QStringLiteral("&Operaciones"), QStringLiteral("A&yuda")}));
        auto *table = window.findChild<QTableView *>(QStringLiteral("fleetTableView"));
        QCOMPARE(table->model()->headerData(FleetModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Nombre"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text(),
                 QStringLiteral("Sin conexión"));

        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        QCoreApplication::sendPostedEvents(&window, QEvent::LanguageChange);
        QCOMPARE(menuTitles(window).first(), QStringLiteral("&File"));
    }

    void remembersGeometry()
    {
        {
            MainWindow window;
            window.resize(900, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("MainWindow/geometry")));
        MainWindow again;
        QCOMPARE(again.size(), QSize(900, 600));
    }
};

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
