// SPDX-License-Identifier: GPL-3.0-or-later
// KUBE-001 from a snapshot's observed RBAC (Fleet::SecretAccess → FleetEvidence::secretsReadableBroadly):
// a broad grant fails naming the subject and its path, narrow grants pass, an unreadable list or a targets
// file leaves the rule not assessed with the exact reason.
#include "audit/ruleset.h"
#include "audit/snapshotevidence.h"
#include "fleet/snapshot.h"

#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(Audit::Outcome::Status)

class TestRbacEvidence final : public QObject
{
    Q_OBJECT

private slots:
    void kube001_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("observed");
        QTest::addColumn<bool>("broad");
        QTest::addColumn<QString>("unknownReason");
        QTest::addColumn<Audit::Outcome::Status>("status");
        QTest::addColumn<QString>("expectedText"); // in the evidence (pass/fail) or the reason (not assessed)

        using S = Audit::Outcome::Status;
        QTest::newRow("broad grant fails naming it")
            << QStringLiteral("kubernetes") << true << true << QString() << S::Fail
            << QStringLiteral("ServiceAccount bakery-ia/default via RoleBinding bakery-ia/secret-reader-default → Role "
                              "secret-reader");
        QTest::newRow("narrow grant passes") << QStringLiteral("kubernetes") << true << false << QString() << S::Pass
                                             << QStringLiteral("No broad RBAC grant");
        QTest::newRow("forbidden list: not assessed")
            << QStringLiteral("kubernetes") << false << false
            << QStringLiteral("cannot list clusterrolebindings: forbidden (clusterrolebindings.rbac.authorization.k8s.io "
                              "is forbidden: User \"ci\" cannot list resource)")
            << S::NotAssessed << QStringLiteral("cannot list clusterrolebindings: forbidden (");
        QTest::newRow("RBAC not read: not assessed") << QStringLiteral("kubernetes") << false << false << QString()
                                                     << S::NotAssessed << QStringLiteral("RBAC was not read in this scan");
        QTest::newRow("targets file: not assessed") << QStringLiteral("targets") << false << false << QString()
                                                    << S::NotAssessed << QStringLiteral("a targets file: no RBAC");
    }

    void kube001()
    {
        QFETCH(QString, source);
        QFETCH(bool, observed);
        QFETCH(bool, broad);
        QFETCH(QString, unknownReason);
        QFETCH(Audit::Outcome::Status, status);
        QFETCH(QString, expectedText);

        Fleet::Snapshot snapshot;
        snapshot.source = source;
        snapshot.namespaceName = QStringLiteral("bakery-ia");
        snapshot.secretAccess.observed = observed;
        snapshot.secretAccess.unknownReason = unknownReason;
        if (observed) {
            Fleet::SecretGrant grant;
            grant.subject = broad ? QStringLiteral("ServiceAccount bakery-ia/default")
                                  : QStringLiteral("ServiceAccount bakery-ia/auth-service");
            grant.binding = QStringLiteral("RoleBinding bakery-ia/secret-reader-default");
            grant.role = QStringLiteral("Role secret-reader");
            grant.verbs = {QStringLiteral("get")};
            if (!broad)
                grant.resourceNames = {QStringLiteral("auth-db-secret")};
            grant.broad = broad;
            snapshot.secretAccess.grants << grant;
        }
        const Audit::FleetEvidence fleet = Audit::fleetEvidenceFrom(snapshot);
        QCOMPARE(fleet.secretsReadableBroadly.has_value(), observed && source == u"kubernetes");
        const QList<Audit::Assessment> assessments = Audit::evaluate({}, fleet);
        const auto it = std::find_if(assessments.cbegin(), assessments.cend(),
                                     [](const Audit::Assessment &a) { return a.ruleId == u"KUBE-001"; });
        QVERIFY(it != assessments.cend());
        QCOMPARE(it->outcome.status, status);
        const QString text = status == S::NotAssessed ? it->outcome.reason : it->outcome.evidence.join(u'\n');
        QVERIFY2(text.contains(expectedText), qPrintable(text));
        if (status == S::Fail)
            QVERIFY2(!text.contains(QStringLiteral("auth-service")), qPrintable(text));
    }

private:
    using S = Audit::Outcome::Status;
};

QTEST_GUILESS_MAIN(TestRbacEvidence)
#include "testrbacevidence.moc"
