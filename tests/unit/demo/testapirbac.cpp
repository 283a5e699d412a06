// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's RBAC (demo/apirbac), as the API server's authorizer decides: Roles through RoleBindings of their
// namespace, ClusterRoles through RoleBindings (in that namespace) or ClusterRoleBindings (everywhere); subjects by
// ServiceAccount (with or without a namespace), User and Group; apiGroups, resources with subresources, verbs,
// wildcards; resourceNames never granting a request without a name. Anything not granted is denied.
#include "demo/apirbac.h"
#include "demo/objectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestApiRbac final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_store.create(QStringLiteral("roles"), QStringLiteral("bakery-ia"),
                       json(R"({"metadata":{"name":"proofer"},"rules":[
            {"apiGroups":[""],"resources":["pods","services"],"verbs":["list"]},
            {"apiGroups":["apps"],"resources":["deployments"],"verbs":["list"]},
            {"apiGroups":[""],"resources":["pods/log"],"verbs":["get"]},
            {"apiGroups":[""],"resources":["secrets"],"verbs":["get"],"resourceNames":["postgres-tls"]},
            {"apiGroups":[""],"resources":["configmaps"],"verbs":["get","create","update","delete"]}]})"));
        m_store.create(QStringLiteral("rolebindings"), QStringLiteral("bakery-ia"),
                       json(R"({"metadata":{"name":"proofer"},
            "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"proofer"},
            "subjects":[{"kind":"ServiceAccount","name":"proofer"}]})"));
        m_store.create(QStringLiteral("clusterroles"), {}, json(R"({"metadata":{"name":"everything"},"rules":[
            {"apiGroups":["*"],"resources":["*"],"verbs":["*"]}]})"));
        m_store.create(QStringLiteral("clusterroles"), {}, json(R"({"metadata":{"name":"logs"},"rules":[
            {"apiGroups":[""],"resources":["*/log"],"verbs":["get"]}]})"));
        m_store.create(QStringLiteral("rolebindings"), QStringLiteral("other"), json(R"({"metadata":{"name":"admin"},
            "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"everything"},
            "subjects":[{"kind":"ServiceAccount","name":"admin","namespace":"bakery-ia"}]})"));
        m_store.create(QStringLiteral("clusterrolebindings"), {}, json(R"({"metadata":{"name":"logs"},
            "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"logs"},
            "subjects":[{"kind":"Group","name":"system:serviceaccounts:monitoring"}]})"));
    }

    void decisions_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("subresource");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("allowed");
        const char *sa = "system:serviceaccount:bakery-ia:proofer";
        const char *ns = "bakery-ia";
        auto row = [](const char *tag, const char *user, const char *verb, const char *group, const char *resource,
                      const char *subresource, const char *scope, const char *name, bool allowed) {
            QTest::newRow(tag) << QString::fromLatin1(user) << QString::fromLatin1(verb) << QString::fromLatin1(group)
                               << QString::fromLatin1(resource) << QString::fromLatin1(subresource)
                               << QString::fromLatin1(scope) << QString::fromLatin1(name) << allowed;
        };
        row("list pods", sa, "list", "", "pods", "", ns, "", true);
        row("watch pods: not granted", sa, "watch", "", "pods", "", ns, "", false);
        row("get a pod: not granted", sa, "get", "", "pods", "", ns, "web-0", false);
        row("list deployments", sa, "list", "apps", "deployments", "", ns, "", true);
        row("deployments in the core group: no", sa, "list", "", "deployments", "", ns, "", false);
        row("list pods in another namespace", sa, "list", "", "pods", "", "other", "", false);
        row("pods/log", sa, "get", "", "pods", "log", ns, "web-0", true);
        row("pods/portforward: not granted", sa, "create", "", "pods", "portforward", ns, "web-0", false);
        row("pods/exec: not granted", sa, "create", "", "pods", "exec", ns, "web-0", false);
        row("get the named secret", sa, "get", "", "secrets", "", ns, "postgres-tls", true);
        row("get another secret", sa, "get", "", "secrets", "", ns, "jwt", false);
        row("list secrets: resourceNames never grant it", sa, "list", "", "secrets", "", ns, "", false);
        row("create configmaps", sa, "create", "", "configmaps", "", ns, "", true);
        row("patch configmaps: not granted", sa, "patch", "", "configmaps", "", ns, "x", false);
        row("another account of the namespace", "system:serviceaccount:bakery-ia:default", "list", "", "pods", "", ns,
            "", false);
        row("a ClusterRole through a RoleBinding: its namespace", "system:serviceaccount:bakery-ia:admin", "delete",
            "apps", "deployments", "", "other", "x", true);
        row("a ClusterRole through a RoleBinding: not elsewhere", "system:serviceaccount:bakery-ia:admin", "list", "",
            "pods", "", ns, "", false);
        row("a group's ClusterRoleBinding, */log", "system:serviceaccount:monitoring:scraper", "get", "", "pods", "log",
            ns, "web-0", true);
        row("*/log is not the pods themselves", "system:serviceaccount:monitoring:scraper", "get", "", "pods", "", ns,
            "web-0", false);
    }

    void decisions()
    {
        QFETCH(QString, user);
        QFETCH(QString, verb);
        QFETCH(QString, group);
        QFETCH(QString, resource);
        QFETCH(QString, subresource);
        QFETCH(QString, ns);
        QFETCH(QString, name);
        QFETCH(bool, allowed);
        QString accountNamespace;
        QVERIFY(Demo::parseServiceAccountUser(user, &accountNamespace, nullptr));
        const Demo::AccessRequest request {
            user, Demo::serviceAccountGroups(accountNamespace), verb, group, resource, subresource, ns, name
        };
        QCOMPARE(Demo::rbacAllows(m_store, request), allowed);
    }

    void serviceAccountUsers()
    {
        QString ns;
        QString name;
        QVERIFY(Demo::parseServiceAccountUser(QStringLiteral("system:serviceaccount:bakery-ia:proofer"), &ns, &name));
        QCOMPARE(ns, QStringLiteral("bakery-ia"));
        QCOMPARE(name, QStringLiteral("proofer"));
        QVERIFY(!Demo::parseServiceAccountUser(QStringLiteral("proofer-test"), &ns, &name));
        QVERIFY(!Demo::parseServiceAccountUser(QStringLiteral("system:serviceaccount:bakery-ia"), &ns, &name));
        QVERIFY(!Demo::parseServiceAccountUser(QStringLiteral("system:node:worker-1"), &ns, &name));
    }

    void accessReviewProtobuf()
    {
        // What kubectl auth can-i sends, built field by field: "k8s\0", Unknown{typeMeta{apiVersion, kind},
        // raw{spec{…}}}.
        auto field = [](int number, const QByteArray &value) -> QByteArray {
            return QByteArray(1, char(number << 3 | 2)) + char(value.size()) + value;
        };
        const QByteArray attributes = field(1, "bakery-ia") + field(2, "get") + field(5, "pods") + field(6, "log");
        const QByteArray review = field(1, QByteArray()) + field(2, field(1, attributes));
        const QByteArray typeMeta = field(1, "authorization.k8s.io/v1") + field(2, "SelfSubjectAccessReview");
        const QByteArray body = QByteArray("k8s\0", 4) + field(1, typeMeta) + field(2, review);
        const auto decoded = Demo::accessReviewFromProtobuf(body);
        QVERIFY(decoded);
        QCOMPARE(Demo::valueAtPath(*decoded, QStringLiteral("spec.resourceAttributes")).toObject(),
                 (QJsonObject { { QStringLiteral("namespace"), QStringLiteral("bakery-ia") },
                                { QStringLiteral("verb"), QStringLiteral("get") },
                                { QStringLiteral("resource"), QStringLiteral("pods") },
                                { QStringLiteral("subresource"), QStringLiteral("log") } }));
        // Anything else, and every truncation of it, is nothing (and never read past its end).
        QVERIFY(!Demo::accessReviewFromProtobuf("{\"kind\":\"SelfSubjectAccessReview\"}"));
        QVERIFY(!Demo::accessReviewFromProtobuf(QByteArray("k8s\0", 4) + field(1, field(2, "Pod"))));
        for (qsizetype length = 0; length < body.size(); ++length) {
            const auto cut = Demo::accessReviewFromProtobuf(body.left(length));
            QVERIFY(!cut
                    || cut->value(QStringLiteral("spec")).toObject()
                        != decoded->value(QStringLiteral("spec")).toObject());
        }
    }

private:
    Demo::ObjectStore m_store;
};

QTEST_GUILESS_MAIN(TestApiRbac)
#include "testapirbac.moc"
