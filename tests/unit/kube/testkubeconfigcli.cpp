// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer kubeconfig …` as a user runs it: the built binary, its exit codes, its output.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray s_token = "fixture-token-do-not-print-1f2e3d";
const QByteArray s_password = "fixture-password-do-not-print-9a8b";

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestKubeconfigCli final : public QObject {
    Q_OBJECT

private:
    Run proofer(const QStringList &args, const QString &kubeconfigVariable = QString())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir->path());
        env.remove(u"KUBECONFIG"_s);
        if (!kubeconfigVariable.isEmpty())
            env.insert(u"KUBECONFIG"_s, kubeconfigVariable);
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(m_bin, QStringList { u"kubeconfig"_s } + args);
        Run run;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QString m_bin;
    QString m_fixture;
    QString m_fixtureDir;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_bin = qEnvironmentVariable("PROOFER_BIN");
        QVERIFY2(QFileInfo(m_bin).isExecutable(), "PROOFER_BIN must name the built proofer (ctest sets it)");
        const QString source = qEnvironmentVariable("PROOFER_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "PROOFER_SOURCE_DIR must name the source tree (ctest sets it)");
        m_fixtureDir = QDir(source).filePath(u"tests/fixtures/kubeconfig"_s);
        m_fixture = QDir(m_fixtureDir).filePath(u"two-contexts.yaml"_s);
        QVERIFY(QFile::exists(m_fixture));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void checkJson_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("namespaceName");
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("tlsServerName");
        QTest::addColumn<bool>("insecure");
        QTest::addColumn<QString>("caFile"); // relative to the fixture dir, or empty
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("auth");

        QTest::newRow("current context") << QString() << u"bakery-ia"_s << u"dev-cluster"_s
                                         << u"https://127.0.0.1:6443"_s << u"kubernetes.default"_s << false
                                         << u"certs/ca.crt"_s << u"dev-admin"_s << u"token"_s;
        QTest::newRow("--context prod") << u"prod"_s << u"default"_s << u"prod-cluster"_s
                                        << u"https://prod.example.invalid:443"_s << QString() << true << QString()
                                        << u"prod-viewer"_s << u"basic"_s;
    }

    void checkJson()
    {
        QFETCH(QString, context);
        QFETCH(QString, namespaceName);
        QFETCH(QString, cluster);
        QFETCH(QString, server);
        QFETCH(QString, tlsServerName);
        QFETCH(bool, insecure);
        QFETCH(QString, caFile);
        QFETCH(QString, user);
        QFETCH(QString, auth);
        QStringList args { u"check"_s, u"--kubeconfig"_s, m_fixture, u"--output"_s, u"json"_s };
        if (!context.isEmpty())
            args << u"--context"_s << context;
        const Run run = proofer(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        QCOMPARE(json.value(u"context").toString(), context.isEmpty() ? u"dev"_s : context);
        QCOMPARE(json.value(u"namespace").toString(), namespaceName);
        const QJsonObject clusterJson = json.value(u"cluster").toObject();
        QCOMPARE(clusterJson.value(u"name").toString(), cluster);
        QCOMPARE(clusterJson.value(u"server").toString(), server);
        QCOMPARE(clusterJson.value(u"tlsServerName").toString(), tlsServerName);
        QCOMPARE(clusterJson.value(u"insecureSkipTlsVerify").toBool(!insecure), insecure);
        QCOMPARE(clusterJson.value(u"caFile").toString(),
                 caFile.isEmpty() ? QString() : QDir::cleanPath(QDir(m_fixtureDir).filePath(caFile)));
        QCOMPARE(clusterJson.value(u"caData").toBool(true), false);
        const QJsonObject userJson = json.value(u"user").toObject();
        QCOMPARE(userJson.value(u"name").toString(), user);
        QCOMPARE(userJson.value(u"auth").toString(), auth);
        QCOMPARE(userJson.value(u"clientCertificateFile").toString(u"missing"_s), QString());
        QCOMPARE(json.value(u"source").toObject().value(u"context").toString(), m_fixture);
        if (insecure)
            QVERIFY2(run.err.contains("insecure-skip-tls-verify"), run.err.constData());
        QVERIFY(!run.out.contains(s_token) && !run.out.contains(s_password));
        QVERIFY(!run.err.contains(s_token) && !run.err.contains(s_password));
    }

    void checkErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("kubeconfigVariable");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown context") << QStringList { u"check"_s, u"--context"_s, u"nope"_s } << u"@fixture"_s
                                         << u"error: context was not found for specified context: nope"_s;
        QTest::newRow("missing --kubeconfig")
            << QStringList { u"check"_s, u"--kubeconfig"_s, u"@dir/none.yaml"_s } << QString()
            << u"error: stat @dir/none.yaml: no such file or directory"_s;
        QTest::newRow("no kubeconfig at all")
            << QStringList { u"check"_s } << QString() << u"no configuration has been provided"_s;
        QTest::newRow("malformed")
            << QStringList { u"check"_s } << u"@dir/bad.yaml"_s
            << u"error loading config file \"@dir/bad.yaml\": yaml: line 3: did not find expected node content"_s; // kubectl's words
        QTest::newRow("bad output") << QStringList { u"check"_s, u"-o"_s, u"yaml"_s } << u"@fixture"_s
                                    << u"unknown output format \"yaml\""_s;
        QTest::newRow("unknown subcommand")
            << QStringList { u"frobnicate"_s } << u"@fixture"_s << u"unknown kubeconfig command \"frobnicate\""_s;
    }

    void checkErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, kubeconfigVariable);
        QFETCH(QString, error);
        QFile bad(m_dir->filePath(u"bad.yaml"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("clusters:\n- name: x\n  cluster: [\n");
        bad.close();
        auto expand
            = [this](QString text) { return text.replace(u"@fixture"_s, m_fixture).replace(u"@dir"_s, m_dir->path()); };
        for (QString &arg : args)
            arg = expand(arg);
        const Run run = proofer(args, expand(kubeconfigVariable));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(expand(error)), run.err.constData());
    }

    void checkTextMergesKubeconfigVariable()
    {
        QFile extra(m_dir->filePath(u"extra.yaml"_s));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("current-context: prod\ncontexts: [{name: dev, context: {cluster: prod-cluster}}]\n");
        extra.close();
        // extra.yaml comes first: its current-context and its "dev" win; the rest comes from the fixture.
        const Run run = proofer({ u"check"_s, u"--context"_s, u"dev"_s }, extra.fileName() + u':' + m_fixture);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"prod-cluster"_s), qPrintable(text));
        QVERIFY2(text.contains(extra.fileName()), qPrintable(text));
        QVERIFY2(text.contains(u"anonymous"_s), qPrintable(text));
        QVERIFY(!run.out.contains(s_token));
    }

    void contextsLikeKubectl()
    {
        const Run run = proofer({ u"contexts"_s, u"--kubeconfig"_s, m_fixture });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("CURRENT   NAME   CLUSTER        AUTHINFO      NAMESPACE\n"), run.out.constData());
        QVERIFY2(run.out.contains("*         dev    dev-cluster    dev-admin     bakery-ia\n"), run.out.constData());

        const Run json = proofer({ u"contexts"_s, u"-o"_s, u"json"_s }, m_fixture);
        QCOMPARE(json.exitCode, 0);
        const QJsonArray contexts = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(contexts.size(), 2);
        QCOMPARE(contexts.at(0)[u"name"_s].toString(), u"dev"_s);
        QCOMPARE(contexts.at(0)[u"current"_s].toBool(), true);
        QCOMPARE(contexts.at(1)[u"cluster"_s].toString(), u"prod-cluster"_s);

        const QString kubectl = u"/usr/bin/kubectl"_s;
        if (!QFileInfo::exists(kubectl))
            QSKIP("kubectl is not installed at /usr/bin/kubectl: the oracle cross-check cannot run");
        QProcess oracle;
        oracle.setStandardInputFile(QProcess::nullDevice());
        oracle.start(kubectl, { u"config"_s, u"get-contexts"_s, u"--kubeconfig"_s, m_fixture });
        QVERIFY(oracle.waitForFinished(30000));
        QCOMPARE(run.out, oracle.readAllStandardOutput());
    }

    void secretsAreRedacted_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("check text") << QStringList { u"check"_s };
        QTest::newRow("check text prod") << QStringList { u"check"_s, u"--context"_s, u"prod"_s };
        QTest::newRow("check json") << QStringList { u"check"_s, u"-o"_s, u"json"_s };
        QTest::newRow("check json prod") << QStringList { u"check"_s, u"-o"_s, u"json"_s, u"--context"_s, u"prod"_s };
        QTest::newRow("contexts") << QStringList { u"contexts"_s };
        QTest::newRow("view") << QStringList { u"view"_s };
        QTest::newRow("view minified") << QStringList { u"view"_s, u"--context"_s, u"prod"_s };
    }

    void secretsAreRedacted()
    {
        QFETCH(QStringList, args);
        const Run run = proofer(args << u"--kubeconfig"_s << m_fixture);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        for (const QByteArray &secret : { s_token, s_password }) {
            QVERIFY2(!run.out.contains(secret), run.out.constData());
            QVERIFY2(!run.err.contains(secret), run.err.constData());
        }
        if (args.constFirst() == u"view") {
            QVERIFY2(run.out.contains("\"REDACTED\""), run.out.constData());
            const QJsonObject view = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(view.value(u"kind").toString(), u"Config"_s);
        }
    }

    void help()
    {
        const Run run = proofer({ u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        for (const QString &word : { u"check"_s, u"contexts"_s, u"view"_s, u"--kubeconfig"_s, u"--context"_s,
                                     u"--output"_s, u"REDACTED"_s, u"KUBECONFIG"_s })
            QVERIFY2(text.contains(word), qPrintable(text));
        QCOMPARE(proofer({}).exitCode, 2); // no subcommand: usage on stderr
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigCli)
#include "testkubeconfigcli.moc"
