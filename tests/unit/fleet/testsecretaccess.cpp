// SPDX-License-Identifier: GPL-3.0-or-later
// Who can read the namespace's Secrets, from hand-made RBAC objects: narrow grants (resourceNames),
// wildcards, groups of everyone, default ServiceAccounts, ClusterRoleBindings, the control plane's own
// subjects (excluded), and a list that could not be read (unknown, never a pass).
#include "fleet/inventory.h"
#include "fleet/snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString Ns = QStringLiteral("bakery-ia");

QJsonObject role(const QString &kind, const QString &name, const char *rulesJson)
{
    QJsonObject metadata{{QStringLiteral("name"), name}};
    if (kind == u"Role")
        metadata.insert(QStringLiteral("namespace"), Ns);
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("metadata"), metadata},
                       {QStringLiteral("rules"), QJsonDocument::fromJson(QByteArray(rulesJson)).array()}};
}

QJsonObject binding(const QString &kind, const QString &name, const QString &roleKind, const QString &roleName,
                    const char *subjectsJson)
{
    QJsonObject metadata{{QStringLiteral("name"), name}};
    if (kind == u"RoleBinding")
        metadata.insert(QStringLiteral("namespace"), Ns);
    return QJsonObject{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("roleRef"),
         QJsonObject{{QStringLiteral("apiGroup"), QStringLiteral("rbac.authorization.k8s.io")},
                     {QStringLiteral("kind"), roleKind},
                     {QStringLiteral("name"), roleName}}},
        {QStringLiteral("subjects"), QJsonDocument::fromJson(QByteArray(subjectsJson)).array()}};
}

const char *ReadSecrets = R"([{"apiGroups":[""],"resources":["secrets"],"verbs":["get","list","watch"]}])";

QStringList subjects(const QList<Fleet::SecretGrant> &grants, bool broad)
{
    QStringList list;
    for (const Fleet::SecretGrant &grant : grants) {
        if (grant.broad == broad && !list.contains(grant.subject))
            list << grant.subject;
    }
    list.sort();
    return list;
}

} // namespace

Q_DECLARE_METATYPE(Fleet::ClusterObjects)

class TestSecretAccess final : public QObject
{
    Q_OBJECT

private slots:
    void analysis_data()
    {
        QTest::addColumn<Fleet::ClusterObjects>("objects");
        QTest::addColumn<bool>("observed");
        QTest::addColumn<QStringList>("broad");
        QTest::addColumn<QStringList>("notBroad");

        auto objects = [] {
            Fleet::ClusterObjects o;
            o.namespaceName = Ns;
            return o;
        };
        const QStringList none;

        {
            Fleet::ClusterObjects o = objects();
            o.roles << role(QStringLiteral("Role"), QStringLiteral("auth-secret"),
                            R"([{"apiGroups":[""],"resources":["secrets"],"verbs":["get"],"resourceNames":["auth-db-secret"]}])");
            o.roleBindings << binding(QStringLiteral("RoleBinding"), QStringLiteral("auth-secret"), QStringLiteral("Role"),
                                      QStringLiteral("auth-secret"),
                                      R"([{"kind":"ServiceAccount","name":"auth-service","namespace":"bakery-ia"}])");
            QTest::newRow("narrow: resourceNames") << o << true << none
                                                   << QStringList{QStringLiteral("ServiceAccount bakery-ia/auth-service")};
        }
        {
            Fleet::ClusterObjects o = objects();
            o.roles << role(QStringLiteral("Role"), QStringLiteral("ops"),
                            R"([{"apiGroups":[""],"resources":["secrets"],"verbs":["*"]}])");
            o.roleBindings << binding(QStringLiteral("RoleBinding"), QStringLiteral("ops"), QStringLiteral("Role"),
                                      QStringLiteral("ops"), R"([{"kind":"ServiceAccount","name":"ops","namespace":"bakery-ia"}])");
            QTest::newRow("wildcard verb") << o << true << QStringList{QStringLiteral("ServiceAccount bakery-ia/ops")} << none;
        }
        {
            Fleet::ClusterObjects o = objects();
            o.roles << role(QStringLiteral("Role"), QStringLiteral("everything"),
                            R"([{"apiGroups":["*"],"resources":["*"],"verbs":["get"]}])");
            o.roleBindings << binding(QStringLiteral("RoleBinding"), QStringLiteral("everything"), QStringLiteral("Role"),
                                      QStringLiteral("everything"), R"([{"kind":"User","name":"carol"}])");
            QTest::newRow("wildcard resource") << o << true << QStringList{QStringLiteral("User carol")} << none;
        }
        {
            Fleet::ClusterObjects o = objects();
            o.clusterRoles << role(QStringLiteral("ClusterRole"), QStringLiteral("secret-reader"), ReadSecrets);
            o.roleBindings << binding(QStringLiteral("RoleBinding"), QStringLiteral("all-read"), QStringLiteral("ClusterRole"),
                                      QStringLiteral("secret-reader"),
                                      R"([{"kind":"Group","apiGroup":"rbac.authorization.k8s.io","name":"system:authenticated"}])");
            QTest::newRow("group system:authenticated")
                << o << true << QStringList{QStringLiteral("Group system:authenticated")} << none;
        }
        {
            Fleet::ClusterObjects o = objects();
            o.roles << role(QStringLiteral("Role"), QStringLiteral("secret-reader"), ReadSecrets);
            o.roleBindings << binding(QStringLiteral("RoleBinding"), QStringLiteral("sa-read"), QStringLiteral("Role"),
                                      QStringLiteral("secret-reader"),
                                      R"([{"kind":"Group","name":"system:serviceaccounts:bakery-ia"}])");
            QTest::newRow("group system:serviceaccounts:<ns>")
                << o << true << QStringList{QStringLiteral("Group system:serviceaccounts:bakery-ia")} << none;
        }
        {
            Fleet::ClusterObjects o = objects();
            o.roles << role(QStringLiteral("Role"), QStringLiteral("secret-reader"), ReadSecrets);
            o.roleBindings << binding(QStringLiteral("RoleBinding"), QStringLiteral("secret-reader-default"),
                                      QStringLiteral("Role"), QStringLiteral("secret-reader"),
                                      R"([{"kind":"ServiceAccount","name":"default"}])");
            QTest::newRow("default ServiceAccount (namespace from the binding)")
                << o << true << QStringList{QStringLiteral("ServiceAccount bakery-ia/default")} << none;
        }
        {
            Fleet::ClusterObjects o = objects();
            o.clusterRoles << role(QStringLiteral("ClusterRole"), QStringLiteral("secret-reader"), ReadSecrets);
            o.clusterRoleBindings << binding(QStringLiteral("ClusterRoleBinding"), QStringLiteral("alice-reads-all"),
                                             QStringLiteral("ClusterRole"), QStringLiteral("secret-reader"),
                                             R"([{"kind":"User","name":"alice"}])");
            QTest::newRow("ClusterRoleBinding to a user") << o << true << QStringList{QStringLiteral("User alice")} << none;
        }
        {
            // No ClusterRole objects at all: cluster-admin is known by its built-in rules, and excluded for system:masters.
            Fleet::ClusterObjects o = objects();
            o.clusterRoleBindings << binding(QStringLiteral("ClusterRoleBinding"), QStringLiteral("cluster-admin"),
                                             QStringLiteral("ClusterRole"), QStringLiteral("cluster-admin"),
                                             R"([{"kind":"Group","name":"system:masters"}])");
            o.clusterRoles << role(QStringLiteral("ClusterRole"), QStringLiteral("system:controller:namespace-controller"),
                                   R"([{"apiGroups":["*"],"resources":["*"],"verbs":["delete","get","list"]}])");
            o.clusterRoleBindings << binding(
                QStringLiteral("ClusterRoleBinding"), QStringLiteral("system:controller:namespace-controller"),
                QStringLiteral("ClusterRole"), QStringLiteral("system:controller:namespace-controller"),
                R"([{"kind":"ServiceAccount","name":"namespace-controller","namespace":"kube-system"}])");
            o.clusterRoleBindings << binding(QStringLiteral("ClusterRoleBinding"), QStringLiteral("system:kube-controller-manager"),
                                             QStringLiteral("ClusterRole"), QStringLiteral("cluster-admin"),
                                             R"([{"kind":"User","name":"system:kube-controller-manager"}])");
            QTest::newRow("control plane excluded") << o << true << none << none;
        }
        {
            Fleet::ClusterObjects o = objects();
            o.clusterRoleBindings << binding(QStringLiteral("ClusterRoleBinding"), QStringLiteral("ci-admin"),
                                             QStringLiteral("ClusterRole"), QStringLiteral("cluster-admin"),
                                             R"([{"kind":"ServiceAccount","name":"deployer","namespace":"ci"}])");
            QTest::newRow("cluster-admin to a non-system subject")
                << o << true << QStringList{QStringLiteral("ServiceAccount ci/deployer")} << none;
        }
        {
            // edit (built in) reads every Secret of the namespace; bound to one user by a RoleBinding it is recorded,
            // but not broad.
            Fleet::ClusterObjects o = objects();
            o.roleBindings << binding(QStringLiteral("RoleBinding"), QStringLiteral("bob-edit"), QStringLiteral("ClusterRole"),
                                      QStringLiteral("edit"), R"([{"kind":"User","name":"bob"}])");
            QTest::newRow("edit to one user") << o << true << none << QStringList{QStringLiteral("User bob")};
        }
        {
            Fleet::ClusterObjects o = objects();
            o.roles << role(QStringLiteral("Role"), QStringLiteral("config"),
                            R"([{"apiGroups":[""],"resources":["configmaps"],"verbs":["*"]},
                                {"apiGroups":["apps"],"resources":["secrets"],"verbs":["get"]},
                                {"apiGroups":[""],"resources":["secrets"],"verbs":["create","delete"]}])");
            o.roleBindings << binding(QStringLiteral("RoleBinding"), QStringLiteral("config"), QStringLiteral("Role"),
                                      QStringLiteral("config"), R"([{"kind":"ServiceAccount","name":"default"}])");
            // A binding to a Role that does not exist grants nothing.
            o.roleBindings << binding(QStringLiteral("RoleBinding"), QStringLiteral("dangling"), QStringLiteral("Role"),
                                      QStringLiteral("gone"), R"([{"kind":"Group","name":"system:authenticated"}])");
            QTest::newRow("no read of Secrets") << o << true << none << none;
        }
        {
            Fleet::ClusterObjects o = objects();
            o.roles << role(QStringLiteral("Role"), QStringLiteral("secret-reader"), ReadSecrets);
            o.roleBindings << binding(QStringLiteral("RoleBinding"), QStringLiteral("secret-reader-default"),
                                      QStringLiteral("Role"), QStringLiteral("secret-reader"),
                                      R"([{"kind":"ServiceAccount","name":"default"}])");
            o.rbacUnreadable << QStringLiteral(
                "cannot list clusterrolebindings: forbidden (clusterrolebindings.rbac.authorization.k8s.io is forbidden)");
            QTest::newRow("forbidden list: unknown") << o << false << none << none;
        }
    }

    void analysis()
    {
        QFETCH(Fleet::ClusterObjects, objects);
        QFETCH(bool, observed);
        QFETCH(QStringList, broad);
        QFETCH(QStringList, notBroad);
        const Fleet::SecretAccess access = Fleet::analyseSecretAccess(objects);
        QCOMPARE(access.observed, observed);
        if (!observed) {
            QVERIFY2(access.unknownReason.startsWith(QStringLiteral("cannot list clusterrolebindings: forbidden")),
                     qPrintable(access.unknownReason));
            QVERIFY(access.grants.isEmpty());
            QVERIFY(access.broadGrants().isEmpty());
            QCOMPARE(access.toJson().value(QStringLiteral("observed")).toBool(true), false);
            return;
        }
        QCOMPARE(subjects(access.grants, true), broad);
        QCOMPARE(subjects(access.grants, false), notBroad);
        // Every broad grant names its subject and its path in the evidence.
        QCOMPARE(access.broadGrants().size() >= broad.size(), true);
        for (const QString &subject : broad) {
            bool named = false;
            for (const QString &path : access.broadGrants())
                named = named || path.startsWith(subject + QStringLiteral(" via "));
            QVERIFY2(named, qPrintable(subject + u": " + access.broadGrants().join(u" | ")));
        }
    }

    void pathNamesBindingRoleAndRule()
    {
        Fleet::ClusterObjects o;
        o.namespaceName = Ns;
        o.roles << role(QStringLiteral("Role"), QStringLiteral("secret-reader"), ReadSecrets);
        o.roleBindings << binding(QStringLiteral("RoleBinding"), QStringLiteral("secret-reader-default"),
                                  QStringLiteral("Role"), QStringLiteral("secret-reader"),
                                  R"([{"kind":"ServiceAccount","name":"default","namespace":"bakery-ia"}])");
        const Fleet::SecretAccess access = Fleet::analyseSecretAccess(o);
        QCOMPARE(access.grants.size(), 1);
        const Fleet::SecretGrant &grant = access.grants.first();
        QCOMPARE(grant.binding, QStringLiteral("RoleBinding bakery-ia/secret-reader-default"));
        QCOMPARE(grant.role, QStringLiteral("Role secret-reader"));
        QCOMPARE(grant.rule, QStringLiteral("apiGroups [\"\"] resources [secrets] verbs [get list watch]"));
        QCOMPARE(grant.verbs, (QStringList{QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")}));
        QVERIFY(grant.broad);
        QCOMPARE(access.broadGrants(),
                 QStringList{QStringLiteral("ServiceAccount bakery-ia/default via RoleBinding bakery-ia/secret-reader-default "
                                            "→ Role secret-reader (get/list/watch every Secret)")});

        // The snapshot carries it under "kubernetes.secretAccess" (kubernetes scans only).
        Fleet::Snapshot snapshot;
        snapshot.source = QStringLiteral("kubernetes");
        snapshot.namespaceName = Ns;
        snapshot.secretAccess = access;
        const QJsonObject json
            = snapshot.toJson().value(QStringLiteral("kubernetes")).toObject().value(QStringLiteral("secretAccess")).toObject();
        QCOMPARE(json.value(QStringLiteral("observed")).toBool(), true);
        const QJsonObject first = json.value(QStringLiteral("grants")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("subject")).toString(), QStringLiteral("ServiceAccount bakery-ia/default"));
        QCOMPARE(first.value(QStringLiteral("binding")).toString(), grant.binding);
        QCOMPARE(first.value(QStringLiteral("broad")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("broad")).toArray().size(), 1);
        snapshot.source = QStringLiteral("targets");
        QVERIFY(!snapshot.toJson().contains(QStringLiteral("kubernetes")));
    }
};

QTEST_GUILESS_MAIN(TestSecretAccess)
#include "testsecretaccess.moc"
