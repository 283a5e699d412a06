// SPDX-License-Identifier: GPL-3.0-or-later
// The kubeconfig's YAML is accepted and refused as kubectl does (its `config view` is the offline
// oracle): every sampled truncation of a real kubeconfig (a partially written file), anchors and
// aliases as people use them (accepted, with the same meaning), and alias bombs (refused).
#include "kube/kubeconfigloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString s_kubectl = u"/usr/bin/kubectl"_s;

struct Verdict
{
    bool accepted = false;
    QString error;     ///< after 'error loading config file "…": '
    QJsonObject view;  ///< kubectl config view --raw -o json
};

QString afterFileName(const QString &message)
{
    const qsizetype at = message.indexOf(u"\": "_s);
    return at >= 0 ? message.mid(at + 3).trimmed() : message.trimmed();
}

} // namespace

class TestKubeconfigYaml final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Verdict kubectl(const QByteArray &content)
    {
        const QString path = m_dir.filePath(u"config"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        file.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"KUBECONFIG"_s);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"KUBECACHEDIR"_s, m_dir.filePath(u"cache"_s));
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(s_kubectl, {u"config"_s, u"view"_s, u"--raw"_s, u"--kubeconfig"_s, path, u"-o"_s, u"json"_s});
        if (!process.waitForFinished(30000))
            qFatal("kubectl did not finish");
        Verdict verdict;
        verdict.accepted = process.exitCode() == 0;
        verdict.error = afterFileName(QString::fromUtf8(process.readAllStandardError()));
        verdict.view = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        return verdict;
    }

    static Verdict ours(const QByteArray &content)
    {
        Kube::KubeconfigLoader loader;
        const auto config = loader.parse(content, u"/tmp/config"_s);
        Verdict verdict;
        verdict.accepted = config.ok();
        if (!config.ok())
            verdict.error = afterFileName(config.error());
        return verdict;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(s_kubectl), "kubectl (the oracle) is not installed: scripts/setup installs it");
    }

    void truncationsAsKubectl()
    {
        QFile fixture(QFINDTESTDATA("../../fixtures/kubeconfig/kind-and-eks.yaml"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QByteArray whole = fixture.readAll();
        // Cut points: each line's end and the byte before it (mid-token), every quote, and every 23rd byte.
        QList<qsizetype> cuts;
        for (qsizetype i = 0; i < whole.size(); ++i) {
            if (whole.at(i) == '\n' || whole.at(i) == '"' || whole.at(i) == '\'' || i % 23 == 0) {
                cuts << i;
                if (i > 0 && whole.at(i) == '\n')
                    cuts << i - 1;
            }
        }
        cuts << whole.size();
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        QVERIFY2(cuts.size() <= 300, "keep the sample bounded");
        QStringList mismatches;
        int refusedByKubectl = 0;
        int yamlErrors = 0;
        for (const qsizetype cut : std::as_const(cuts)) {
            const QByteArray content = whole.left(cut);
            const Verdict oracle = kubectl(content);
            const Verdict mine = ours(content);
            refusedByKubectl += oracle.accepted ? 0 : 1;
            const QString where = u"cut at %1 (…%2)"_s.arg(cut).arg(QString::fromUtf8(content.right(24)).replace(u'\n', u'|'));
            if (oracle.accepted != mine.accepted) {
                mismatches << u"%1: kubectl %2, we %3"_s.arg(where, oracle.accepted ? u"accepts"_s : oracle.error,
                                                             mine.accepted ? u"accept"_s : mine.error);
            } else if (!oracle.accepted && oracle.error.startsWith(u"yaml: "_s)) {
                // A YAML error is told with kubectl's own words and line.
                ++yamlErrors;
                if (mine.error != oracle.error)
                    mismatches << u"%1: kubectl \"%2\", we \"%3\""_s.arg(where, oracle.error, mine.error);
            }
        }
        qInfo("%lld cuts, %d refused by kubectl, %d of them YAML errors", qint64(cuts.size()), refusedByKubectl,
              yamlErrors);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
        QVERIFY(yamlErrors > 5); // the sample does reach unterminated scalars and broken mappings
    }

    void partiallyWrittenFileIsAYamlError()
    {
        // The case: the writer stopped inside a quoted scalar.
        const QByteArray content = "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                                   "    server: https://127.0.0.1:6443\ncurrent-context: \"c";
        const Verdict oracle = kubectl(content);
        const Verdict mine = ours(content);
        QVERIFY(!oracle.accepted);
        QCOMPARE(mine.error, oracle.error);
        QVERIFY2(mine.error.contains(u"found unexpected end of stream"_s), qPrintable(mine.error));
    }

    void anchorsAsPeopleUseThem_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray head = "apiVersion: v1\nkind: Config\ncurrent-context: dev\n";
        QTest::newRow("one cluster stanza shared")
            << head + "clusters:\n- name: a\n  cluster: &shared\n    server: https://10.0.0.1:6443\n"
                      "    insecure-skip-tls-verify: true\n- name: b\n  cluster: *shared\n"
                      "users:\n- name: u\n  user: {token: abc}\n"
                      "contexts:\n- name: dev\n  context: {cluster: a, user: u}\n- name: prod\n  context: {cluster: b, user: u}\n";
        QTest::newRow("a scalar reused")
            << head + "clusters:\n- name: &cl main\n  cluster: {server: &srv https://api.example:6443}\n"
                      "users:\n- name: &me admin\n  user: {token: abc}\n"
                      "contexts:\n- name: dev\n  context: {cluster: *cl, user: *me, namespace: dev}\n"
                      "- name: prod\n  context: {cluster: *cl, user: *me, namespace: prod}\n";
        QTest::newRow("merge key over defaults")
            << head + "clusters:\n- name: main\n  cluster: {server: https://api.example:6443}\n"
                      "users:\n- name: admin\n  user: {token: abc}\n"
                      "contexts:\n- name: dev\n  context: &defaults\n    cluster: main\n    user: admin\n"
                      "    namespace: dev\n- name: prod\n  context:\n    <<: *defaults\n    namespace: prod\n";
        QTest::newRow("a user list shared")
            << head + "clusters:\n- name: main\n  cluster: {server: https://api.example:6443}\n"
                      "users: &users\n- name: admin\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                      "      command: aws\n      args: &args [eks, get-token]\n"
                      "contexts:\n- name: dev\n  context: {cluster: main, user: admin}\n";
    }

    void anchorsAsPeopleUseThem()
    {
        QFETCH(QByteArray, content);
        const Verdict oracle = kubectl(content);
        QVERIFY2(oracle.accepted, qPrintable(oracle.error));
        Kube::KubeconfigLoader loader;
        const auto config = loader.parse(content, m_dir.filePath(u"config"_s));
        QVERIFY2(config.ok(), qPrintable(config.error()));
        // The same meaning: every context's cluster, user and namespace, every cluster's server.
        const QJsonArray contexts = oracle.view.value(u"contexts"_s).toArray();
        QCOMPARE(config->contexts.size(), contexts.size());
        for (const QJsonValue &value : contexts) {
            const QJsonObject entry = value.toObject();
            const QString name = entry.value(u"name"_s).toString();
            const QJsonObject context = entry.value(u"context"_s).toObject();
            QVERIFY2(config->contexts.contains(name), qPrintable(name));
            const Kube::Context &mine = config->contexts.value(name);
            QCOMPARE(mine.cluster, context.value(u"cluster"_s).toString());
            QCOMPARE(mine.user, context.value(u"user"_s).toString());
            QCOMPARE(mine.namespaceName, context.value(u"namespace"_s).toString());
        }
        const QJsonArray clusters = oracle.view.value(u"clusters"_s).toArray();
        QCOMPARE(config->clusters.size(), clusters.size());
        for (const QJsonValue &value : clusters) {
            const QJsonObject entry = value.toObject();
            const QString name = entry.value(u"name"_s).toString();
            QCOMPARE(config->clusters.value(name).server, entry.value(u"cluster"_s).toObject().value(u"server"_s).toString());
        }
        for (const QJsonValue &value : oracle.view.value(u"users"_s).toArray()) {
            const QJsonObject entry = value.toObject();
            const QString name = entry.value(u"name"_s).toString();
            const QJsonObject exec = entry.value(u"user"_s).toObject().value(u"exec"_s).toObject();
            QVERIFY2(config->users.contains(name), qPrintable(name));
            if (!exec.isEmpty()) {
                QStringList args;
                for (const QJsonValue &arg : exec.value(u"args"_s).toArray())
                    args << arg.toString();
                QCOMPARE(config->users.value(name).exec->args, args);
            }
        }
    }

    void aliasBombsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QByteArray laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'j'; ++c)
            laughs += QByteArray(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + "]\n";
        QTest::newRow("billion laughs") << laughs << u"yaml: document contains excessive aliasing"_s;
        QByteArray wide = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                          "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        QTest::newRow("ten by ten by ten") << wide << u"yaml: document contains excessive aliasing"_s;
        QTest::newRow("unknown anchor") << QByteArray("current-context: *a\n") << u"yaml: unknown anchor 'a' referenced"_s;
    }

    void aliasBombsAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const Verdict oracle = kubectl(content);
        QVERIFY(!oracle.accepted);
        QCOMPARE(oracle.error, error);
        QCOMPARE(ours(content).error, error);
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigYaml)
#include "testkubeconfigyaml.moc"
