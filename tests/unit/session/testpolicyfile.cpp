// SPDX-License-Identifier: GPL-3.0-or-later
// Session::PolicyFile: an acceptance added to a policy file keeps every other byte of it (comments, order, layout) and
// reads back through Audit::PolicyLoader as written; files it cannot edit safely are refused with the reason.
#include "audit/policyloader.h"
#include "session/policyfile.h"

#include <QFile>
#include <QFuture>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

namespace {

Audit::AcceptedRisk risk(const QString &justification = QStringLiteral("The CNI enforces no NetworkPolicy"))
{
    Audit::AcceptedRisk r;
    r.rule = QStringLiteral("KUBE-005");
    r.datastore = QStringLiteral("redis*");
    r.justification = justification;
    r.approvedBy = QStringLiteral("Jane Doe (CISO)");
    r.expires = QDate(2099, 3, 31);
    return r;
}

const QByteArray kItem = "  - rule: KUBE-005\n"
                         "    datastore: \"redis*\"\n"
                         "    justification: \"The CNI enforces no NetworkPolicy\"\n"
                         "    approvedBy: \"Jane Doe (CISO)\"\n"
                         "    expires: 2099-03-31\n";

} // namespace

class TestPolicyFile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appendsAndKeepsTheRest_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("a new file") << QByteArray() << "acceptedRisks:\n" + kItem;
        QTest::newRow("no list yet: one at the end, comments kept")
            << QByteArray("# Our policy (reviewed 2026-11)\nprofile:\n  passwords:\n    minLength: 24   # legacy apps\n")
            << "# Our policy (reviewed 2026-11)\nprofile:\n  passwords:\n    minLength: 24   # legacy apps\n"
               "acceptedRisks:\n" + kItem;
        QTest::newRow("no newline at the end")
            << QByteArray("observations:\n  ttl: 12h") << "observations:\n  ttl: 12h\nacceptedRisks:\n" + kItem;
        const QByteArray first = "  - rule: TLS-005      # clients of orders\n"
                                 "    datastore: orders-db\n"
                                 "    justification: Vendor app cannot verify\n"
                                 "    approvedBy: Bob\n"
                                 "    expires: 2099-01-01\n";
        QTest::newRow("after the last item, before what follows")
            << "# header\nacceptedRisks:\n" + first + "\n# the thresholds\nprofile:\n  pods:\n    maxRestarts: 5\n"
            << "# header\nacceptedRisks:\n" + first + kItem + "\n# the thresholds\nprofile:\n  pods:\n    maxRestarts: 5\n";
        QTest::newRow("items at the key's own indentation")
            << QByteArray("acceptedRisks:\n- rule: TLS-005\n  datastore: orders-db\n  justification: j\n  approvedBy: "
                          "Bob\n  expires: 2099-01-01\nobservations:\n  ttl: 1h\n")
            << QByteArray("acceptedRisks:\n- rule: TLS-005\n  datastore: orders-db\n  justification: j\n  approvedBy: "
                          "Bob\n  expires: 2099-01-01\n")
                + QByteArray(kItem).replace("\n  ", "\n").mid(2) + "observations:\n  ttl: 1h\n";
        QTest::newRow("an empty flow list, its comment kept")
            << QByteArray("acceptedRisks: []   # none yet\nkind: Policy\n")
            << "acceptedRisks: # none yet\n" + kItem + "kind: Policy\n";
        QTest::newRow("CRLF line ends")
            << QByteArray("kind: Policy\r\n") << "kind: Policy\r\nacceptedRisks:\r\n" + QByteArray(kItem).replace("\n", "\r\n");
    }

    void appendsAndKeepsTheRest()
    {
        QFETCH(QByteArray, original);
        QFETCH(QByteArray, expected);
        QByteArray updated;
        const Session::PolicyRead read
            = Session::PolicyFile::withAcceptance(original, QStringLiteral("/etc/proofer.yaml"), risk(), &updated);
        QVERIFY2(read.policy, qPrintable(read.error));
        QCOMPARE(updated, expected);
        const auto again = Audit::PolicyLoader::parse(updated, QStringLiteral("/etc/proofer.yaml"));
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->acceptedRisks.constLast().justification, risk().justification);
        QCOMPARE(read.policy->acceptedRisks.size(), again->acceptedRisks.size());
    }

    void valuesReadBackAsTyped_data()
    {
        QTest::addColumn<QString>("justification");
        QTest::newRow("colon and hash") << QStringLiteral("Risk: low # really");
        QTest::newRow("quotes and backslash") << QStringLiteral(R"(The "legacy" app at C:\apps)");
        QTest::newRow("two lines") << QStringLiteral("First reason.\nSecond reason.");
        QTest::newRow("not ASCII") << QStringLiteral("Aceptado por el comité — válido hasta la migración");
        QTest::newRow("YAML words") << QStringLiteral("null");
    }

    void valuesReadBackAsTyped()
    {
        QFETCH(QString, justification);
        QByteArray updated;
        const auto read = Session::PolicyFile::withAcceptance("kind: Policy\n", QStringLiteral("p.yaml"),
                                                              risk(justification), &updated);
        QVERIFY2(read.policy, qPrintable(read.error));
        QCOMPARE(read.policy->acceptedRisks.constLast().justification, justification);
    }

    void refusesWhatItCannotEditSafely_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QString>("error");
        QTest::newRow("a broken file") << QByteArray("profile:\n  pasword: {}\n")
                                       << QStringLiteral("/etc/p.yaml:2: unknown field \"profile.pasword\"");
        QTest::newRow("a flow list with items")
            << QByteArray("acceptedRisks: [{rule: TLS-005, datastore: a, justification: j, approvedBy: b, expires: "
                          "2099-01-01}]\n")
            << QStringLiteral("written on one line");
        QTest::newRow("a flow mapping") << QByteArray("{kind: Policy}\n") << QStringLiteral("add it by hand");
    }

    void refusesWhatItCannotEditSafely()
    {
        QFETCH(QByteArray, original);
        QFETCH(QString, error);
        QByteArray updated("untouched");
        const auto read = Session::PolicyFile::withAcceptance(original, QStringLiteral("/etc/p.yaml"), risk(), &updated);
        QVERIFY(!read.policy);
        QVERIFY2(read.error.contains(error), qPrintable(read.error));
        QCOMPARE(updated, QByteArray("untouched"));
    }

    void writesOffTheCallerThreadAndReadsBack()
    {
        QTemporaryDir dir;
        QThreadPool pool;
        // A file that does not exist yet, in a folder that does not either.
        const QString path = dir.filePath(QStringLiteral("config/proofer/policy.yaml"));
        QFuture<Session::PolicyRead> future = Session::PolicyFile::appendAcceptance(path, risk(), &pool);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        Session::PolicyRead read = future.result();
        QVERIFY2(read.policy, qPrintable(read.error));
        QCOMPARE(read.policy->path, path);
        QCOMPARE(read.policy->acceptedRisks.size(), 1);
        QCOMPARE(read.policy->acceptedRisks.constFirst().line, 2);
        QCOMPARE(read.policy->sha256.size(), 64);

        // A second acceptance goes after the first; a comment written by hand meanwhile stays.
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("# reviewed by the board\n");
        file.close();
        Audit::AcceptedRisk second = risk(QStringLiteral("Second"));
        second.rule = QStringLiteral("TLS-005");
        future = Session::PolicyFile::appendAcceptance(path, second, &pool);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        read = future.result();
        QVERIFY2(read.policy, qPrintable(read.error));
        QCOMPARE(read.policy->acceptedRisks.size(), 2);
        QCOMPARE(read.policy->acceptedRisks.at(1).rule, QStringLiteral("TLS-005"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.endsWith("# reviewed by the board\n"), text.constData());
        QVERIFY(text.startsWith(QByteArray("acceptedRisks:\n" + kItem + "  - rule: TLS-005\n")));

        // A file that is refused is left as it was.
        const QByteArray before = text;
        Audit::AcceptedRisk unknown = risk();
        unknown.rule = QStringLiteral("NOPE-001");
        future = Session::PolicyFile::appendAcceptance(path, unknown, &pool);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 10000);
        QVERIFY(!future.result().policy);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void defaultPathIsThePolicyInUseElseTheUsersOwn()
    {
        Audit::Policy inUse;
        QCOMPARE(Session::PolicyFile::defaultPath(inUse), Session::PolicyFile::userPolicyPath());
        QVERIFY(Session::PolicyFile::userPolicyPath().endsWith(QStringLiteral("/proofer/policy.yaml")));
        qputenv("XDG_CONFIG_HOME", "/srv/conf");
        QCOMPARE(Session::PolicyFile::userPolicyPath(), QStringLiteral("/srv/conf/proofer/policy.yaml"));
        inUse.path = QStringLiteral("/repo/.proofer.yaml");
        QCOMPARE(Session::PolicyFile::defaultPath(inUse), QStringLiteral("/repo/.proofer.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyFile)
#include "testpolicyfile.moc"
