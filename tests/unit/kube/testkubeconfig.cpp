// SPDX-License-Identifier: GPL-3.0-or-later
// Kubeconfig loading, merging, validation and static credentials, cross-checked against kubectl.
#include "kube/credentials.h"
#include "kube/kubeconfigloader.h"
#include "kube/tlssettings.h"
#include "mockclock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString s_kubectl = u"/usr/bin/kubectl"_s;

// A minimal valid kubeconfig that the rows below extend. The server refuses connections at once,
// so kubectl (the oracle) fails fast with "connection refused" when it found the config usable.
const char *const s_base = R"(apiVersion: v1
kind: Config
current-context: ctx
clusters:
- name: c
  cluster:
    server: https://127.0.0.1:1
users:
- name: u
  user:
    token: t0ken-secret
contexts:
- name: ctx
  context: {cluster: c, user: u}
)";

QString makeJwt(qint64 exp)
{
    const QByteArray header
        = QByteArray(R"({"alg":"none"})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray payload = QStringLiteral(R"({"sub":"me","exp":%1})")
                                   .arg(exp)
                                   .toUtf8()
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(header + '.' + payload + ".c2ln");
}

} // namespace

class TestKubeconfig final : public QObject {
    Q_OBJECT

private:
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    Kube::KubeconfigLoader loaderFor(const QString &kubeconfigVariable)
    {
        Kube::KubeconfigLoader loader;
        QProcessEnvironment env;
        env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
        if (!kubeconfigVariable.isNull())
            env.insert(u"KUBECONFIG"_s, kubeconfigVariable);
        loader.setEnvironment(env);
        return loader;
    }

    /** Runs kubectl with KUBECONFIG=@p files; returns exit code, fills stdout/stderr. */
    int kubectl(const QString &files, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KUBECONFIG"_s, files);
        env.insert(u"KUBECACHEDIR"_s, m_dir->filePath(u"kubecache"_s));
        env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice()); // kubectl may prompt for a password
        process.start(s_kubectl, args);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (out)
            *out = process.readAllStandardOutput();
        if (err)
            *err = process.readAllStandardError();
        return process.exitCode();
    }

    /**
     * kubectl's verdict on a context: true when it got as far as connecting to the configured server
     * (or asking for a password: a context without a user). When the cluster is missing or has no
     * server kubectl silently falls back to http://localhost:8080; that counts as a rejection here,
     * since no configured server was usable.
     */
    bool kubectlAccepts(const QString &files, const QString &context, QByteArray *err)
    {
        QByteArray out;
        kubectl(files, { u"get"_s, u"--raw"_s, u"/version"_s, u"--request-timeout=2s"_s, u"--context"_s, context },
                &out, err);
        err->prepend(out); // the password prompt goes to stdout
        if (err->contains("localhost:8080"))
            return false;
        return err->contains("refused") || err->contains("Unable to connect") || err->contains("Please enter Username");
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // ---- loading and merging ------------------------------------------------------------------

    void mergeOrder_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("order"); // e.g. "a:b"; "b:a:b" tests de-duplication
        QTest::addColumn<QString>("currentContext");
        QTest::addColumn<QString>("server"); // of cluster "c"
        QTest::addColumn<QString>("namespaceName"); // of context "ctx"
        QTest::addColumn<QString>("contextSource"); // file name that defined "ctx"

        const QString a = QString::fromUtf8(R"(current-context: ctx
clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]
contexts: [{name: ctx, context: {cluster: c, namespace: from-a}}]
)");
        const QString b = QString::fromUtf8(R"(current-context: other
clusters: [{name: c, cluster: {server: "https://127.0.0.2:1", tls-server-name: only-in-b}}]
contexts: [{name: ctx, context: {cluster: c, namespace: from-b}}, {name: other, context: {cluster: c}}]
)");
        const QString noCurrent = QString::fromUtf8(R"(clusters: [{name: c, cluster: {server: "https://127.0.0.3:1"}}]
contexts: [{name: ctx, context: {cluster: c}}]
)");
        QTest::newRow("first file wins names")
            << a << b << u"a:b"_s << u"ctx"_s << u"https://127.0.0.1:1"_s << u"from-a"_s << u"a"_s;
        QTest::newRow("order reversed") << a << b << u"b:a"_s << u"other"_s << u"https://127.0.0.2:1"_s << u"from-b"_s
                                        << u"b"_s;
        QTest::newRow("duplicates ignored")
            << a << b << u"b:a:b"_s << u"other"_s << u"https://127.0.0.2:1"_s << u"from-b"_s << u"b"_s;
        QTest::newRow("current-context from first file that sets it")
            << noCurrent << b << u"a:b"_s << u"other"_s << u"https://127.0.0.3:1"_s << u"default"_s << u"a"_s;
        QTest::newRow("missing file skipped")
            << a << b << u"missing:a:b"_s << u"ctx"_s << u"https://127.0.0.1:1"_s << u"from-a"_s << u"a"_s;
        QTest::newRow("empty entries skipped")
            << a << b << u":a::b:"_s << u"ctx"_s << u"https://127.0.0.1:1"_s << u"from-a"_s << u"a"_s;
    }

    void mergeOrder()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, order);
        QFETCH(QString, currentContext);
        QFETCH(QString, server);
        QFETCH(QString, namespaceName);
        QFETCH(QString, contextSource);

        const QString a = write(u"a"_s, first.toUtf8());
        const QString b = write(u"b"_s, second.toUtf8());
        QStringList files;
        for (const QString &name : order.split(u':'))
            files << (name.isEmpty() ? QString() : m_dir->filePath(name));
        const QString variable = files.join(u':');

        const auto config = loaderFor(variable).load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(config->currentContext, currentContext);
        QCOMPARE(config->clusters.value(u"c"_s).server, server);
        QCOMPARE(config->contexts.value(u"ctx"_s).sourceFile, m_dir->filePath(contextSource));
        // The first definition wins whole: no field of the losing stanza leaks in.
        const QString winner = QFileInfo(config->clusters.value(u"c"_s).sourceFile).fileName();
        QCOMPARE(config->clusters.value(u"c"_s).tlsServerName.isEmpty(), winner != u"b");
        const auto resolved = Kube::KubeconfigLoader::resolve(*config, u"ctx"_s);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        QCOMPARE(resolved->namespaceName, namespaceName);

        // The oracle.
        if (!QFileInfo::exists(s_kubectl))
            QSKIP("kubectl is not installed at /usr/bin/kubectl: the oracle cross-check cannot run");
        QByteArray out;
        QCOMPARE(kubectl(variable, { u"config"_s, u"view"_s, u"-o"_s, u"json"_s }, &out), 0);
        const QJsonObject view = QJsonDocument::fromJson(out).object();
        QCOMPARE(view.value(u"current-context").toString(), currentContext);
        QCOMPARE(kubectl(variable,
                         { u"config"_s, u"view"_s, u"--minify"_s, u"-o"_s, u"json"_s, u"--context"_s, u"ctx"_s }, &out),
                 0);
        const QJsonObject minified = QJsonDocument::fromJson(out).object();
        QCOMPARE(minified.value(u"clusters").toArray().at(0)[u"cluster"_s][u"server"_s].toString(), server);
        const QString kubectlNamespace
            = minified.value(u"contexts").toArray().at(0)[u"context"_s][u"namespace"_s].toString();
        QCOMPARE(kubectlNamespace.isEmpty() ? u"default"_s : kubectlNamespace, namespaceName);
    }

    void explicitPathLoadsAlone()
    {
        const QString a = write(u"a"_s, s_base);
        const QString b = write(u"b"_s, "current-context: other\ncontexts: [{name: other, context: {cluster: c}}]\n");
        auto loader = loaderFor(b);
        loader.setExplicitPath(a);
        const auto config = loader.load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(config->files, QStringList { a });
        QCOMPARE(config->currentContext, u"ctx"_s);
        QVERIFY(!config->contexts.contains(u"other"_s));

        loader.setExplicitPath(m_dir->filePath(u"nope.yaml"_s));
        const auto missing = loader.load();
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error(), u"stat %1: no such file or directory"_s.arg(m_dir->filePath(u"nope.yaml"_s)));
    }

    void defaultPathIsHomeKubeConfig()
    {
        const QString path = write(u"home/.kube/config"_s, s_base);
        const auto loader = loaderFor(QString());
        QCOMPARE(loader.precedence(), QStringList { path });
        const auto config = loader.load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(config->currentContext, u"ctx"_s);
        QCOMPARE(config->files, QStringList { path });
    }

    void relativePaths_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // relative to the kubeconfig's directory, or absolute

        QTest::newRow("certificate-authority") << u"certificate-authority"_s << u"certs/ca.crt"_s << u"certs/ca.crt"_s;
        QTest::newRow("certificate-authority ..") << u"certificate-authority"_s << u"../ca.crt"_s << u"../ca.crt"_s;
        QTest::newRow("client-certificate") << u"client-certificate"_s << u"u.crt"_s << u"u.crt"_s;
        QTest::newRow("client-key") << u"client-key"_s << u"./keys/u.key"_s << u"keys/u.key"_s;
        QTest::newRow("tokenFile") << u"tokenFile"_s << u"token"_s << u"token"_s;
        QTest::newRow("exec command with slash") << u"exec"_s << u"bin/plugin"_s << u"bin/plugin"_s;
        QTest::newRow("exec command without slash") << u"exec"_s << u"kubelogin"_s << u"=kubelogin"_s;
        QTest::newRow("absolute stays") << u"certificate-authority"_s << u"/etc/ca.crt"_s << u"=/etc/ca.crt"_s;
    }

    void relativePaths()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QString yaml = u"clusters:\n- name: c\n  cluster:\n    server: https://x\n"_s;
        if (field == u"certificate-authority")
            yaml += u"    certificate-authority: %1\n"_s.arg(value);
        yaml += u"users:\n- name: u\n  user:\n"_s;
        if (field == u"exec") {
            yaml += u"    exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never, command: %1}\n"_s
                        .arg(value);
        } else if (field != u"certificate-authority") {
            yaml += u"    %1: %2\n"_s.arg(field, value);
        }
        const QString path = write(u"sub/dir/config"_s, yaml.toUtf8());
        const auto config = loaderFor(path).load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        const Kube::Cluster cluster = config->clusters.value(u"c"_s);
        const Kube::AuthInfo user = config->users.value(u"u"_s);
        QString actual;
        if (field == u"certificate-authority")
            actual = cluster.certificateAuthority;
        else if (field == u"client-certificate")
            actual = user.clientCertificate;
        else if (field == u"client-key")
            actual = user.clientKey;
        else if (field == u"tokenFile")
            actual = user.tokenFile;
        else
            actual = user.exec->command;
        const QString want
            = expected.startsWith(u'=') ? expected.mid(1) : QDir::cleanPath(m_dir->filePath(u"sub/dir/"_s + expected));
        QCOMPARE(actual, want);
        QCOMPARE(user.sourceFile, path);
    }

    void relativePathsMatchKubectl()
    {
        if (!QFileInfo::exists(s_kubectl))
            QSKIP("kubectl is not installed at /usr/bin/kubectl: the oracle cross-check cannot run");
        // kubectl names the resolved absolute path when the file is missing.
        const QString path = write(u"sub/config"_s, R"(current-context: ctx
clusters: [{name: c, cluster: {server: "https://127.0.0.1:1", certificate-authority: ../missing-ca.crt}}]
contexts: [{name: ctx, context: {cluster: c}}]
)");
        const auto config = loaderFor(path).load();
        QVERIFY(config.ok());
        const auto resolved = Kube::KubeconfigLoader::resolve(*config);
        QVERIFY(!resolved.ok());
        const QString absolute = m_dir->filePath(u"missing-ca.crt"_s);
        QVERIFY2(resolved.error().contains(u"unable to read certificate-authority %1 for c"_s.arg(absolute)),
                 qPrintable(resolved.error()));
        QByteArray err;
        QVERIFY(!kubectlAccepts(path, u"ctx"_s, &err));
        QVERIFY2(err.contains(absolute.toUtf8()), err.constData());
    }

    void dataOverridesFiles()
    {
        const QString ca = QFINDTESTDATA("../../fixtures/kubeconfig/certs/ca.crt");
        QVERIFY(!ca.isEmpty());
        QFile caFile(ca);
        QVERIFY(caFile.open(QIODevice::ReadOnly));
        const QByteArray pem = caFile.readAll();
        const QString path
            = write(u"config"_s,
                    QString::fromUtf8(R"(current-context: ctx
clusters:
- name: c
  cluster:
    server: https://127.0.0.1:1
    certificate-authority: /nonexistent/ca.crt
    certificate-authority-data: %1
users:
- name: u
  user:
    client-certificate: /nonexistent/u.crt
    client-certificate-data: %1
    client-key: /nonexistent/u.key
    client-key-data: %2
contexts: [{name: ctx, context: {cluster: c, user: u}}]
)")
                        .arg(QString::fromLatin1(pem.toBase64()), QString::fromLatin1(QByteArray("KEY").toBase64()))
                        .toUtf8());
        const auto config = loaderFor(path).load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(config->clusters.value(u"c"_s).certificateAuthorityData, pem);
        const auto resolved = Kube::KubeconfigLoader::resolve(*config);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error())); // the missing files do not matter
        QVERIFY(resolved->cluster.certificateAuthority.isEmpty());
        QVERIFY(resolved->user.clientCertificate.isEmpty());
        QVERIFY(resolved->user.clientKey.isEmpty());
        QCOMPARE(resolved->authKind, Kube::AuthKind::ClientCertificate);
        QCOMPARE(resolved->warnings.size(), 3);
        QVERIFY(resolved->warnings.at(0).contains(u"certificate-authority-data will override"_s));
        const auto credentials = Kube::staticCredentials(*resolved);
        QVERIFY2(credentials.ok(), qPrintable(credentials.error()));
        QCOMPARE(credentials->clientCertificatePem, pem);
        QCOMPARE(credentials->clientKeyPem.reveal(), QByteArray("KEY"));
    }

    void jsonKubeconfig()
    {
        const QString path = write(u"config.json"_s, R"({"apiVersion":"v1","kind":"Config",
 "clusters":[{"name":"j","cluster":{"server":"https://127.0.0.1:1","insecure-skip-tls-verify":true}}],
 "users":[{"name":"ju","user":{"tokenFile":"tok"}}],
 "contexts":[{"name":"jc","context":{"cluster":"j","user":"ju","namespace":"bakery-ia"}}],
 "current-context":"jc"})");
        write(u"tok"_s, "json-token\n");
        const auto config = loaderFor(path).load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        const auto resolved = Kube::KubeconfigLoader::resolve(*config);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        QCOMPARE(resolved->context.name, u"jc"_s);
        QCOMPARE(resolved->namespaceName, u"bakery-ia"_s);
        QCOMPARE(resolved->cluster.server, u"https://127.0.0.1:1"_s);
        QVERIFY(resolved->cluster.insecureSkipTlsVerify);
        QCOMPARE(resolved->warnings.size(), 1); // insecure alone: allowed but flagged
        QCOMPARE(resolved->user.tokenFile, m_dir->filePath(u"tok"_s));
        QCOMPARE(resolved->authKind, Kube::AuthKind::TokenFile);
    }

    // ---- auth kinds ---------------------------------------------------------------------------

    void authKinds_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<Kube::AuthKind>("kind");
        QTest::newRow("none") << u"{}"_s << Kube::AuthKind::None;
        QTest::newRow("token") << u"{token: abc}"_s << Kube::AuthKind::Token;
        QTest::newRow("tokenFile") << u"{tokenFile: tok}"_s << Kube::AuthKind::TokenFile;
        QTest::newRow("tokenFile and token") << u"{token: abc, tokenFile: tok}"_s << Kube::AuthKind::TokenFile;
        QTest::newRow("basic") << u"{username: bob, password: pw}"_s << Kube::AuthKind::Basic;
        QTest::newRow("client cert data")
            << u"{client-certificate-data: QUJD, client-key-data: QUJD}"_s << Kube::AuthKind::ClientCertificate;
        QTest::newRow("client cert files")
            << u"{client-certificate: tok, client-key: tok}"_s << Kube::AuthKind::ClientCertificate;
        QTest::newRow("exec v1") << u"{exec: {apiVersion: client.authentication.k8s.io/v1, command: x, "
                                    "interactiveMode: Never}}"_s
                                 << Kube::AuthKind::Exec;
        QTest::newRow("exec v1beta1 defaults interactiveMode")
            << u"{exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: x}}"_s << Kube::AuthKind::Exec;
        QTest::newRow("oidc") << u"{auth-provider: {name: oidc, config: {id-token: abc}}}"_s
                              << Kube::AuthKind::AuthProvider;
    }

    void authKinds()
    {
        QFETCH(QString, user);
        QFETCH(Kube::AuthKind, kind);
        write(u"tok"_s, "file-token\n");
        const QString path = write(u"config"_s,
                                   QByteArray(s_base)
                                       .replace("{token: t0ken-secret}", user.toUtf8())
                                       .replace("    token: t0ken-secret", QByteArray("    " + user.toUtf8())));
        auto loader = loaderFor(path);
        const auto config = loader.load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        const auto resolved = Kube::KubeconfigLoader::resolve(*config);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        QCOMPARE(resolved->authKind, kind);
    }

    // ---- errors, each worded as kubectl words it ---------------------------------------------

    void errors_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("error"); // a substring of our message; %DIR% is the temp dir
        QTest::addColumn<bool>("kubectlRejects"); // what the oracle does with the same file

        const QString base = QString::fromUtf8(s_base);
        QTest::newRow("context not found")
            << base << u"nope"_s << u"context was not found for specified context: nope"_s << true;
        QTest::newRow("cluster not found")
            << base + u"- name: bad\n  context: {cluster: ghost, user: u}\n"_s << u"bad"_s
            << u"cluster \"ghost\" was not found for context \"bad\""_s << true;
        QTest::newRow("no server") << QString(base).replace(u"server: https://127.0.0.1:1"_s, u"server: \"\""_s)
                                   << u"ctx"_s << u"no server found for cluster \"c\""_s << true;
        QTest::newRow("client cert unreadable")
            << QString(base).replace(u"token: t0ken-secret"_s,
                                     u"client-certificate: nope.crt\n    client-key-data: QUJD"_s)
            << u"ctx"_s << u"unable to read client-cert %DIR%/nope.crt for u due to open %DIR%/nope.crt: no such file"_s
            << true;
        QTest::newRow("client key unreadable") << QString(base).replace(
            u"token: t0ken-secret"_s, u"client-certificate-data: QUJD\n    client-key: k.key"_s)
                                               << u"ctx"_s << u"unable to read client-key %DIR%/k.key for u"_s << true;
        QTest::newRow("cert without key")
            << QString(base).replace(u"token: t0ken-secret"_s, u"client-certificate-data: QUJD"_s) << u"ctx"_s
            << u"client-key-data or client-key must be specified for u to use the clientCert authentication method."_s
            << true;
        QTest::newRow("insecure with CA")
            << QString(base).replace(u"server: https://127.0.0.1:1"_s,
                                     u"server: https://127.0.0.1:1\n    insecure-skip-tls-verify: true\n"
                                     "    certificate-authority-data: QUJD"_s)
            << u"ctx"_s << u"specifying a root certificates file with the insecure flag is not allowed"_s << true;
        QTest::newRow("token and basic")
            << QString(base).replace(u"token: t0ken-secret"_s, u"token: t\n    username: a\n    password: b"_s)
            << u"ctx"_s << u"more than one authentication method found for u; found [token basicAuth]"_s << true;
        QTest::newRow("exec v1 without interactiveMode")
            << QString(base).replace(u"token: t0ken-secret"_s,
                                     u"exec: {apiVersion: client.authentication.k8s.io/v1, command: /bin/true}"_s)
            << u"ctx"_s << u"interactiveMode must be specified for u to use exec authentication plugin"_s << true;
        QTest::newRow("exec invalid interactiveMode")
            << QString(base).replace(u"token: t0ken-secret"_s,
                                     u"exec: {apiVersion: client.authentication.k8s.io/v1, command: /bin/true, "
                                     "interactiveMode: Sometimes}"_s)
            << u"ctx"_s << u"invalid interactiveMode for u: \"Sometimes\""_s << true;
        QTest::newRow("exec without command")
            << QString(base).replace(u"token: t0ken-secret"_s,
                                     u"exec: {apiVersion: client.authentication.k8s.io/v1, interactiveMode: Never}"_s)
            << u"ctx"_s << u"command must be specified for u to use exec authentication plugin"_s << true;
        QTest::newRow("unknown auth provider")
            << QString(base).replace(u"token: t0ken-secret"_s, u"auth-provider: {name: keystone}"_s) << u"ctx"_s
            << u"no Auth Provider found for name \"keystone\""_s << true;
        QTest::newRow("gcp auth provider")
            << QString(base).replace(u"token: t0ken-secret"_s, u"auth-provider: {name: gcp}"_s) << u"ctx"_s
            << u"The gcp auth plugin has been removed."_s << true;
        QTest::newRow("bad proxy scheme")
            << QString(base).replace(u"server: https://127.0.0.1:1"_s,
                                     u"server: https://127.0.0.1:1\n    proxy-url: ftp://proxy:21"_s)
            << u"ctx"_s << u"invalid 'proxy-url' \"ftp://proxy:21\" for cluster \"c\""_s << true;
        QTest::newRow("duplicate cluster in one file")
            << QString(base).replace(u"users:"_s, u"- name: c\n  cluster: {server: https://other}\nusers:"_s)
            << u"ctx"_s << u"error loading config file \"%DIR%/config\": line 8: duplicate name \"c\""_s << true;
        QTest::newRow("malformed yaml") << base + u"- name: [\n"_s << u"ctx"_s
                                        << u"error loading config file \"%DIR%/config\": yaml: line 1"_s << true;
        QTest::newRow("wrong kind") << QString(base).replace(u"kind: Config"_s, u"kind: Pod"_s) << u"ctx"_s
                                    << u"no kind \"Pod\" is registered for version \"v1\""_s << true;
        QTest::newRow("clusters not a list")
            << u"clusters: 5\n"_s << u"ctx"_s << u"line 1: \"clusters\" must be a list"_s << true;
        QTest::newRow("bad base64") << QString(base).replace(u"token: t0ken-secret"_s, u"client-key-data: '!!'"_s)
                                    << u"ctx"_s << u"\"client-key-data\": illegal base64 data at input byte 0"_s << true;
        // Anchors and aliases are accepted as kubectl accepts them: see testkubeconfigyaml.
    }

    void errors()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, context);
        QFETCH(QString, error);
        QFETCH(bool, kubectlRejects);
        const QString path = write(u"config"_s, yaml.toUtf8());
        const QString expected = QString(error).replace(u"%DIR%"_s, QDir(m_dir->path()).canonicalPath());
        const auto config = loaderFor(path).load();
        QString message;
        if (!config.ok()) {
            message = config.error();
        } else {
            const auto resolved = Kube::KubeconfigLoader::resolve(*config, context);
            QVERIFY2(!resolved.ok(), "the kubeconfig was accepted");
            message = resolved.error();
        }
        message.replace(m_dir->path(), QDir(m_dir->path()).canonicalPath());
        QVERIFY2(message.contains(expected), qPrintable(u"got: "_s + message));
        QVERIFY(!message.contains(u"t0ken-secret"_s));

        if (!QFileInfo::exists(s_kubectl))
            QSKIP("kubectl is not installed at /usr/bin/kubectl: the oracle cross-check cannot run");
        QByteArray err;
        QCOMPARE(!kubectlAccepts(path, context, &err), kubectlRejects);
    }

    void validConfigsMatchKubectl_data()
    {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("context");
        const QString base = QString::fromUtf8(s_base);
        QTest::newRow("token") << base << u"ctx"_s;
        QTest::newRow("namespace") << QString(base).replace(u"user: u}"_s, u"user: u, namespace: bakery-ia}"_s)
                                   << u"ctx"_s;
        QTest::newRow("insecure alone") << QString(base).replace(
            u"server: https://127.0.0.1:1"_s, u"server: https://127.0.0.1:1\n    insecure-skip-tls-verify: true"_s)
                                        << u"ctx"_s;
        QTest::newRow("no user") << QString(base).replace(u"{cluster: c, user: u}"_s, u"{cluster: c}"_s) << u"ctx"_s;
        QTest::newRow("tls-server-name and http proxy")
            << QString(base).replace(u"server: https://127.0.0.1:1"_s,
                                     u"server: https://127.0.0.1:1\n    tls-server-name: k8s\n"
                                     "    proxy-url: http://127.0.0.1:1"_s)
            << u"ctx"_s;
    }

    void validConfigsMatchKubectl()
    {
        QFETCH(QString, yaml);
        QFETCH(QString, context);
        const QString path = write(u"config"_s, yaml.toUtf8());
        const auto config = loaderFor(path).load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        const auto resolved = Kube::KubeconfigLoader::resolve(*config, context);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));

        if (!QFileInfo::exists(s_kubectl))
            QSKIP("kubectl is not installed at /usr/bin/kubectl: the oracle cross-check cannot run");
        QByteArray out;
        QCOMPARE(
            kubectl(path, { u"config"_s, u"view"_s, u"--minify"_s, u"-o"_s, u"json"_s, u"--context"_s, context }, &out),
            0);
        const QJsonObject view = QJsonDocument::fromJson(out).object();
        const QJsonObject kubeContext = view.value(u"contexts").toArray().at(0).toObject();
        const QJsonObject kubeCluster = view.value(u"clusters").toArray().at(0).toObject();
        QCOMPARE(kubeContext.value(u"name").toString(), resolved->context.name);
        QCOMPARE(kubeContext[u"context"_s][u"cluster"_s].toString(), resolved->cluster.name);
        QCOMPARE(kubeContext[u"context"_s][u"user"_s].toString(), resolved->user.name);
        const QString ns = kubeContext[u"context"_s][u"namespace"_s].toString();
        QCOMPARE(ns.isEmpty() ? u"default"_s : ns, resolved->namespaceName);
        QCOMPARE(kubeCluster[u"cluster"_s][u"server"_s].toString(), resolved->cluster.server);
        QCOMPARE(kubeCluster[u"cluster"_s][u"tls-server-name"_s].toString(), resolved->cluster.tlsServerName);
        QCOMPARE(kubeCluster[u"cluster"_s][u"insecure-skip-tls-verify"_s].toBool(),
                 resolved->cluster.insecureSkipTlsVerify);
        QByteArray err;
        QVERIFY2(kubectlAccepts(path, context, &err), err.constData());
    }

    // ---- caps ---------------------------------------------------------------------------------

    void caps_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QByteArray big = s_base;
        big += "# " + QByteArray(5 * 1024 * 1024, 'x') + '\n';
        QTest::newRow("file over 4 MiB") << big << u"the file is larger than 4096 KiB"_s;
        QByteArray deep = "clusters: ";
        for (int i = 0; i < 100; ++i)
            deep += '[';
        for (int i = 0; i < 100; ++i)
            deep += ']';
        QTest::newRow("nesting too deep") << deep << u"nesting deeper than 32 levels"_s;
        QByteArray laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'j'; ++c)
            laughs += QByteArray(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + "]\n";
        QTest::newRow("billion laughs") << laughs << u"yaml: document contains excessive aliasing"_s;
        QTest::newRow("alias to no anchor") << QByteArray("current-context: *a\n") << u"yaml: unknown anchor 'a' referenced"_s;
    }

    void caps()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const QString path = write(u"config"_s, content);
        const auto config = loaderFor(path).load();
        QVERIFY(!config.ok());
        QVERIFY2(config.error().startsWith(u"error loading config file \"%1\""_s.arg(path)),
                 qPrintable(config.error()));
        QVERIFY2(config.error().contains(error), qPrintable(config.error()));
    }

    void emptyAndMissingFilesAreEmptyConfigs()
    {
        const QString empty = write(u"empty"_s, "");
        const auto config = loaderFor(empty + u":"_s + m_dir->filePath(u"missing"_s)).load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QVERIFY(config->contexts.isEmpty());
        const auto resolved = Kube::KubeconfigLoader::resolve(*config);
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.error().contains(u"current-context is not set"_s), qPrintable(resolved.error()));
        const auto nothing = loaderFor(m_dir->filePath(u"missing"_s)).load();
        QVERIFY(nothing.ok());
        QVERIFY(Kube::KubeconfigLoader::resolve(*nothing).error().contains(u"no configuration has been provided"_s));
    }

    // ---- TLS ------------------------------------------------------------------------------------

    void tlsSettings_data()
    {
        QTest::addColumn<QString>("clusterExtra"); // YAML lines under cluster (4-space indent)
        QTest::addColumn<QString>("userBody"); // the user stanza body, flow style
        QTest::addColumn<int>("caCount"); // -1: the system CAs
        QTest::addColumn<bool>("verifies");
        QTest::addColumn<QString>("peerName");
        QTest::addColumn<int>("proxyType");
        QTest::addColumn<QString>("error");
        const QString certs = QFileInfo(QFINDTESTDATA("../../fixtures/kubeconfig/certs/ca.crt")).absolutePath();
        QTest::newRow("system CAs") << QString() << u"{token: t}"_s << -1 << true << QString()
                                    << int(QNetworkProxy::DefaultProxy) << QString();
        QTest::newRow("CA file and server name")
            << u"    certificate-authority: %1/ca.crt\n    tls-server-name: kubernetes.default\n"_s.arg(certs)
            << u"{token: t}"_s << 1 << true << u"kubernetes.default"_s << int(QNetworkProxy::DefaultProxy) << QString();
        QTest::newRow("insecure") << u"    insecure-skip-tls-verify: true\n"_s << u"{token: t}"_s << -1 << false
                                  << QString() << int(QNetworkProxy::DefaultProxy) << QString();
        QTest::newRow("RSA client cert") << QString()
                                         << u"{client-certificate: %1/client.crt, client-key: %1/client.key}"_s.arg(
                                                certs)
                                         << -1 << true << QString() << int(QNetworkProxy::DefaultProxy) << QString();
        QTest::newRow("EC client cert")
            << QString() << u"{client-certificate: %1/client-ec.crt, client-key: %1/client-ec.key}"_s.arg(certs) << -1
            << true << QString() << int(QNetworkProxy::DefaultProxy) << QString();
        QTest::newRow("key is not a key")
            << QString() << u"{client-certificate: %1/client.crt, client-key: %1/ca.crt}"_s.arg(certs) << -1 << true
            << QString() << int(QNetworkProxy::DefaultProxy) << u"failed to parse the private key of user \"u\""_s;
        QTest::newRow("CA data not PEM") << u"    certificate-authority-data: QUJD\n"_s << u"{token: t}"_s << 0 << true
                                         << QString() << int(QNetworkProxy::DefaultProxy)
                                         << u"unable to parse bytes as PEM block"_s;
        QTest::newRow("http proxy") << u"    proxy-url: http://proxy.local:3128\n"_s << u"{token: t}"_s << -1 << true
                                    << QString() << int(QNetworkProxy::HttpProxy) << QString();
        QTest::newRow("socks5 proxy") << u"    proxy-url: socks5://proxy.local\n"_s << u"{token: t}"_s << -1 << true
                                      << QString() << int(QNetworkProxy::Socks5Proxy) << QString();
    }

    void tlsSettings()
    {
        QFETCH(QString, clusterExtra);
        QFETCH(QString, userBody);
        QFETCH(int, caCount);
        QFETCH(bool, verifies);
        QFETCH(QString, peerName);
        QFETCH(int, proxyType);
        QFETCH(QString, error);
        const QString yaml
            = u"current-context: ctx\nclusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:1\n"_s
            + clusterExtra + u"users:\n- name: u\n  user: "_s + userBody
            + u"\ncontexts: [{name: ctx, context: {cluster: c, user: u}}]\n"_s;
        const QString path = write(u"config"_s, yaml.toUtf8());
        const auto config = loaderFor(path).load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        const auto resolved = Kube::KubeconfigLoader::resolve(*config);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        const auto credentials = Kube::staticCredentials(*resolved);
        QVERIFY2(credentials.ok(), qPrintable(credentials.error()));
        const auto tls = Kube::tlsSettings(*resolved, *credentials);
        if (!error.isEmpty()) {
            QVERIFY(!tls.ok());
            QVERIFY2(tls.error().contains(error), qPrintable(tls.error()));
            return;
        }
        QVERIFY2(tls.ok(), qPrintable(tls.error()));
        if (caCount >= 0)
            QCOMPARE(tls->configuration.caCertificates().size(), caCount);
        else
            QCOMPARE(tls->configuration.caCertificates(), QSslConfiguration::defaultConfiguration().caCertificates());
        QCOMPARE(tls->verifiesPeer, verifies);
        QCOMPARE(tls->configuration.peerVerifyMode(), verifies ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
        QCOMPARE(tls->peerVerifyName, peerName);
        QCOMPARE(int(tls->proxy.type()), proxyType);
        QCOMPARE(tls->configuration.localCertificate().isNull(),
                 resolved->authKind != Kube::AuthKind::ClientCertificate);
        QCOMPARE(tls->configuration.privateKey().isNull(), resolved->authKind != Kube::AuthKind::ClientCertificate);
    }

    // ---- static credentials -------------------------------------------------------------------

    void tokenFileIsReReadAndWins()
    {
        const QString path = write(
            u"config"_s, QByteArray(s_base).replace("token: t0ken-secret", "token: t0ken-secret\n    tokenFile: tok"));
        write(u"tok"_s, "first\n");
        const auto config = loaderFor(path).load();
        QVERIFY(config.ok());
        const auto resolved = Kube::KubeconfigLoader::resolve(*config);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        auto credentials = Kube::staticCredentials(*resolved);
        QVERIFY2(credentials.ok(), qPrintable(credentials.error()));
        QCOMPARE(credentials->token.reveal(), QByteArray("first"));
        write(u"tok"_s, "second\n"); // rotated, like a projected service-account token
        credentials = Kube::staticCredentials(*resolved);
        QCOMPARE(credentials->token.reveal(), QByteArray("second"));
        QFile::remove(m_dir->filePath(u"tok"_s));
        credentials = Kube::staticCredentials(*resolved);
        QVERIFY(!credentials.ok());
        QVERIFY2(credentials.error().contains(u"unable to read tokenFile"_s), qPrintable(credentials.error()));
    }

    void oidcIdToken_data()
    {
        QTest::addColumn<qint64>("expInSeconds"); // relative to the mock clock; 0: no id-token
        QTest::addColumn<bool>("ok");
        QTest::newRow("unexpired") << qint64(3600) << true;
        QTest::newRow("expired") << qint64(-60) << false;
        QTest::newRow("missing") << qint64(0) << false;
    }

    void oidcIdToken()
    {
        QFETCH(qint64, expInSeconds);
        QFETCH(bool, ok);
        Test::MockClock clock;
        const qint64 exp = clock.now().toSecsSinceEpoch() + expInSeconds;
        const QString jwt = makeJwt(exp);
        const QString provider = expInSeconds == 0
            ? u"{name: oidc, config: {client-id: proofer}}"_s
            : u"{name: oidc, config: {client-id: proofer, id-token: \"%1\"}}"_s.arg(jwt);
        const QString path = write(
            u"config"_s,
            QByteArray(s_base).replace("token: t0ken-secret", QByteArray("auth-provider: " + provider.toUtf8())));
        const auto config = loaderFor(path).load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        const auto resolved = Kube::KubeconfigLoader::resolve(*config);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        const auto credentials = Kube::staticCredentials(*resolved);
        QCOMPARE(credentials.ok(), ok);
        if (ok) {
            QCOMPARE(credentials->token.reveal(), jwt.toLatin1());
            QCOMPARE(credentials->expiry, QDateTime::fromSecsSinceEpoch(exp, Qt::UTC));
        } else {
            QVERIFY2(credentials.error().contains(u"oidc"_s), qPrintable(credentials.error()));
            QVERIFY(!credentials.error().contains(jwt));
        }
    }

    void jwtExpiry()
    {
        QCOMPARE(Kube::jwtExpiry(makeJwt(1700000000).toLatin1()), QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        QVERIFY(!Kube::jwtExpiry("not-a-jwt").isValid());
        QVERIFY(!Kube::jwtExpiry("a.!!!.c").isValid());
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "testkubeconfig.moc"
