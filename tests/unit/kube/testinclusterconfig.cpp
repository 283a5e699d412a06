// SPDX-License-Identifier: GPL-3.0-or-later
// The in-cluster configuration as client-go's InClusterConfig reads it (KUBERNETES_SERVICE_HOST/_PORT, the
// ServiceAccount's token, ca.crt and namespace files), and kubectl's rule for using it when no kubeconfig exists.
// Files only; the API access over HTTPS is tests/integration/kube/testincluster.
#include "certfactory.h"

#include "kube/inclusterconfig.h"
#include "kube/kubeconfigloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestInClusterConfig final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(writeFile(file(QStringLiteral("token")), QByteArrayLiteral("eyJhbGciOiJSUzI1NiJ9.service-account-token\n")));
        QVERIFY(writeFile(file(QStringLiteral("ca.crt")), m_ca.caCertificatePem()));
        QVERIFY(writeFile(file(QStringLiteral("namespace")), QByteArrayLiteral("bakery-ia")));
    }

    void resolvesAsClientGo()
    {
        const auto resolved = Kube::InClusterConfig(environment()).load();
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        QCOMPARE(resolved->cluster.server, QStringLiteral("https://10.96.0.1:443"));
        QCOMPARE(resolved->cluster.certificateAuthority, file(QStringLiteral("ca.crt")));
        QVERIFY(!resolved->cluster.insecureSkipTlsVerify);
        QCOMPARE(resolved->authKind, Kube::AuthKind::TokenFile);
        QCOMPARE(resolved->user.tokenFile, file(QStringLiteral("token")));
        // The token itself is not kept: the credentials read the file at every request (rotation).
        QVERIFY(resolved->user.token.isEmpty());
        QCOMPARE(resolved->namespaceName, QStringLiteral("bakery-ia"));
        QCOMPARE(resolved->context.name, QStringLiteral("in-cluster"));
        QVERIFY(resolved->warnings.isEmpty());
    }

    void failures_data()
    {
        QTest::addColumn<QString>("unset"); ///< variable removed from the environment
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("removeFile");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("message");
        const QString both = QStringLiteral("KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined");
        QTest::newRow("no host") << QStringLiteral("KUBERNETES_SERVICE_HOST") << QString() << QString() << QString()
                                 << QByteArray() << both;
        QTest::newRow("no port") << QStringLiteral("KUBERNETES_SERVICE_PORT") << QString() << QString() << QString()
                                 << QByteArray() << both;
        QTest::newRow("port not a number") << QString() << QString() << QStringLiteral("https") << QString() << QByteArray()
                                           << QStringLiteral("KUBERNETES_SERVICE_PORT is not a port");
        QTest::newRow("host with a path") << QString() << QStringLiteral("evil.example/x") << QString() << QString()
                                          << QByteArray() << QStringLiteral("KUBERNETES_SERVICE_HOST is not a host");
        QTest::newRow("no token file") << QString() << QString() << QString() << QStringLiteral("token") << QByteArray()
                                       << QStringLiteral("open %1/token: no such file or directory");
        QTest::newRow("empty token") << QString() << QString() << QString() << QString() << QByteArray("\n")
                                     << QStringLiteral("token %1/token is empty");
    }

    void failures()
    {
        QFETCH(QString, unset);
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, removeFile);
        QFETCH(QByteArray, token);
        QFETCH(QString, message);
        QProcessEnvironment env = environment();
        if (!unset.isEmpty())
            env.remove(unset);
        if (!host.isEmpty())
            env.insert(QStringLiteral("KUBERNETES_SERVICE_HOST"), host);
        if (!port.isEmpty())
            env.insert(QStringLiteral("KUBERNETES_SERVICE_PORT"), port);
        if (!removeFile.isEmpty())
            QVERIFY(QFile::remove(file(removeFile)));
        if (!token.isEmpty())
            QVERIFY(writeFile(file(QStringLiteral("token")), token));
        const auto resolved = Kube::InClusterConfig(env).load();
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.error().contains(message.arg(QDir::cleanPath(m_dir->path())), Qt::CaseInsensitive), qPrintable(resolved.error()));
    }

    void caProblemsAreWarnings_data()
    {
        QTest::addColumn<QByteArray>("ca"); ///< empty: the file is removed
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("not a certificate") << QByteArray("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
    }

    void caProblemsAreWarnings()
    {
        // client-go logs "Expected to load root CA config…" and verifies against the system's roots.
        QFETCH(QByteArray, ca);
        if (ca.isEmpty())
            QVERIFY(QFile::remove(file(QStringLiteral("ca.crt"))));
        else
            QVERIFY(writeFile(file(QStringLiteral("ca.crt")), ca));
        const auto resolved = Kube::InClusterConfig(environment()).load();
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        QVERIFY(resolved->cluster.certificateAuthority.isEmpty());
        QVERIFY(!resolved->cluster.insecureSkipTlsVerify);
        QCOMPARE(resolved->warnings.size(), 1);
        QVERIFY2(resolved->warnings.constFirst().startsWith(QStringLiteral("Expected to load root CA config from ")),
                 qPrintable(resolved->warnings.constFirst()));
    }

    void namespaces_data()
    {
        QTest::addColumn<QString>("podNamespace");
        QTest::addColumn<QByteArray>("file"); ///< empty: removed
        QTest::addColumn<QString>("expected");
        QTest::newRow("the file") << QString() << QByteArray("bakery-ia\n") << QStringLiteral("bakery-ia");
        QTest::newRow("POD_NAMESPACE wins") << QStringLiteral("other") << QByteArray("bakery-ia") << QStringLiteral("other");
        QTest::newRow("neither: default") << QString() << QByteArray() << QStringLiteral("default");
    }

    void namespaces()
    {
        QFETCH(QString, podNamespace);
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        QProcessEnvironment env = environment();
        if (!podNamespace.isEmpty())
            env.insert(QStringLiteral("POD_NAMESPACE"), podNamespace);
        if (file.isEmpty())
            QVERIFY(QFile::remove(this->file(QStringLiteral("namespace"))));
        else
            QVERIFY(writeFile(this->file(QStringLiteral("namespace")), file));
        QCOMPARE(Kube::InClusterConfig(env).namespaceName(), expected);
        const auto resolved = Kube::InClusterConfig(env).load();
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->namespaceName, expected);
    }

    void ipv6Host()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("KUBERNETES_SERVICE_HOST"), QStringLiteral("fd00:10:96::1"));
        const auto resolved = Kube::InClusterConfig(env).load();
        QVERIFY2(resolved.ok(), qPrintable(resolved.error()));
        QCOMPARE(resolved->cluster.server, QStringLiteral("https://[fd00:10:96::1]:443"));
    }

    void defaultDirectory()
    {
        QProcessEnvironment env = environment();
        env.remove(QLatin1String(Kube::InClusterConfig::DirectoryVariable));
        QCOMPARE(Kube::InClusterConfig(env).directory(), QStringLiteral("/var/run/secrets/kubernetes.io/serviceaccount"));
    }

    void usedByDefault_data()
    {
        QTest::addColumn<bool>("inPod"); ///< KUBERNETES_SERVICE_HOST set
        QTest::addColumn<bool>("kubeconfigExists");
        QTest::addColumn<bool>("tokenExists");
        QTest::addColumn<bool>("expected");
        QTest::newRow("in a pod, no kubeconfig") << true << false << true << true;
        QTest::newRow("in a pod with a kubeconfig: the kubeconfig") << true << true << true << false;
        QTest::newRow("not in a pod") << false << false << true << false;
        QTest::newRow("no token mounted") << true << false << false << false;
    }

    void usedByDefault()
    {
        QFETCH(bool, inPod);
        QFETCH(bool, kubeconfigExists);
        QFETCH(bool, tokenExists);
        QFETCH(bool, expected);
        QProcessEnvironment env = environment();
        if (!inPod)
            env.remove(QStringLiteral("KUBERNETES_SERVICE_HOST"));
        const QString kubeconfig = m_dir->filePath(QStringLiteral("kubeconfig"));
        env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
        if (kubeconfigExists)
            QVERIFY(writeFile(kubeconfig, QByteArrayLiteral("apiVersion: v1\nkind: Config\n")));
        if (!tokenExists)
            QVERIFY(QFile::remove(file(QStringLiteral("token"))));
        Kube::KubeconfigLoader loader;
        loader.setEnvironment(env);
        QCOMPARE(Kube::inClusterByDefault(loader, Kube::InClusterConfig(env)), expected);
    }

private:
    QString file(const QString &name) const { return QDir::cleanPath(m_dir->path()) + u'/' + name; }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("KUBERNETES_SERVICE_HOST"), QStringLiteral("10.96.0.1"));
        env.insert(QStringLiteral("KUBERNETES_SERVICE_PORT"), QStringLiteral("443"));
        env.insert(QLatin1String(Kube::InClusterConfig::DirectoryVariable), m_dir->path());
        env.insert(QStringLiteral("HOME"), m_dir->path());
        return env;
    }

    Test::CertFactory m_ca;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestInClusterConfig)
#include "testinclusterconfig.moc"
