// SPDX-License-Identifier: GPL-3.0-or-later
// Exec credential plugins as real shell scripts: the happy paths, every failure client-go names,
// timeouts, cancellation, caching by expiry, the environment, and no token in any log line.
#include "kube/execcredentialprovider.h"
#include "mockclock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString s_v1 = u"client.authentication.k8s.io/v1"_s;
const QString s_v1beta1 = u"client.authentication.k8s.io/v1beta1"_s;
const QString s_tokenMark = u"tok-SECRET"_s; // every token the plugins return starts with this

QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&s_logMutex);
        s_log << message;
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

QString credentialJson(const QString &apiVersion, const QString &status)
{
    return QString::fromUtf8(R"({"apiVersion":"%1","kind":"ExecCredential","status":%2})").arg(apiVersion, status);
}

} // namespace

Q_DECLARE_METATYPE(std::chrono::milliseconds)

class TestExecCredential final : public QObject {
    Q_OBJECT

private:
    /** Writes an executable shell script and returns its path. */
    QString script(const QString &name, const QString &body)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write("#!/bin/sh\n" + body.toUtf8() + '\n');
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    static Kube::ResolvedContext contextFor(const QString &command, const QString &apiVersion,
                                            Kube::ExecInteractiveMode mode = Kube::ExecInteractiveMode::Never)
    {
        Kube::ResolvedContext context;
        context.context.name = u"ctx"_s;
        context.cluster.name = u"c"_s;
        context.cluster.server = u"https://127.0.0.1:6443"_s;
        context.cluster.tlsServerName = u"kubernetes.default"_s;
        context.cluster.certificateAuthorityData = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        context.user.name = u"plugin-user"_s;
        Kube::ExecConfig exec;
        exec.command = command;
        exec.apiVersion = apiVersion;
        exec.interactiveMode = mode;
        context.user.exec = exec;
        context.authKind = Kube::AuthKind::Exec;
        return context;
    }

    struct Outcome {
        bool ok = false;
        Kube::Credentials credentials;
        QString error;
    };

    /** Requests credentials and waits (in the test only) for the answer. */
    static Outcome run(Kube::ExecCredentialProvider &provider, int waitMs = 10000)
    {
        QSignalSpy ready(&provider, &Kube::ExecCredentialProvider::credentialReady);
        QSignalSpy failed(&provider, &Kube::ExecCredentialProvider::failed);
        provider.request();
        Outcome outcome;
        if (!QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, waitMs)) {
            outcome.error = u"no answer"_s;
            return outcome;
        }
        if (!ready.isEmpty()) {
            outcome.ok = true;
            outcome.credentials = ready.constFirst().constFirst().value<Kube::Credentials>();
        } else {
            outcome.error = failed.constFirst().constFirst().toString();
        }
        return outcome;
    }

    int runCount() const
    {
        QFile file(m_dir->filePath(u"runs"_s));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        return int(file.readAll().count('x'));
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(u"proofer.*=true"_s); // debug output on: it must still hold no token
        s_previousHandler = qInstallMessageHandler(captureMessages);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previousHandler);
        QMutexLocker locker(&s_logMutex);
        QVERIFY(!s_log.isEmpty()); // the handler did see the kube logging
        for (const QString &line : std::as_const(s_log))
            QVERIFY2(!line.contains(s_tokenMark), qPrintable(u"a token reached the log: "_s + line));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void plugins_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("token"); // expected on success
        QTest::addColumn<QString>("error"); // expected substring on failure
        QTest::addColumn<QString>("installHint");

        const QString cert = u"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n"_s;
        const QString key = u"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n"_s;
        auto echo = [](const QString &json) { return u"cat <<'EOF'\n%1\nEOF"_s.arg(json); };

        QTest::newRow("good v1") << echo(credentialJson(s_v1, QString::fromUtf8(R"({"token":"tok-SECRET-v1"})")))
                                 << s_v1 << u"tok-SECRET-v1"_s << QString() << QString();
        QTest::newRow("good v1beta1") << echo(
            credentialJson(s_v1beta1, QString::fromUtf8(R"({"token":"tok-SECRET-beta"})")))
                                      << s_v1beta1 << u"tok-SECRET-beta"_s << QString() << QString();
        QTest::newRow("cert and key") << echo(credentialJson(s_v1,
                                                             QString::fromUtf8(R"({"clientCertificateData":"%1",
            "clientKeyData":"%2"})")
                                                                 .arg(cert, key)))
                                      << s_v1 << QString() << QString() << QString();
        QTest::newRow("garbage stdout") << u"echo 'Please log in at https://example.invalid'"_s << s_v1 << QString()
                                        << u"decoding stdout: couldn't get version/kind"_s << QString();
        QTest::newRow("wrong apiVersion")
            << echo(credentialJson(s_v1beta1, QString::fromUtf8(R"({"token":"tok-SECRET-x"})"))) << s_v1 << QString()
            << u"exec plugin is configured to use API version "
               "client.authentication.k8s.io/v1, plugin returned version "
               "client.authentication.k8s.io/v1beta1"_s
            << QString();
        QTest::newRow("wrong kind") << echo(
            QString::fromUtf8(R"({"apiVersion":"%1","kind":"Pod","status":{}})").arg(s_v1))
                                    << s_v1 << QString() << u"no kind \"Pod\" is registered"_s << QString();
        QTest::newRow("no status") << echo(
            QString::fromUtf8(R"({"apiVersion":"%1","kind":"ExecCredential"})").arg(s_v1))
                                   << s_v1 << QString() << u"exec plugin didn't return a status field"_s << QString();
        QTest::newRow("empty status") << echo(credentialJson(s_v1, u"{}"_s)) << s_v1 << QString()
                                      << u"exec plugin didn't return a token or cert/key pair"_s << QString();
        QTest::newRow("cert without key")
            << echo(credentialJson(s_v1, QString::fromUtf8(R"({"clientCertificateData":"%1"})").arg(cert))) << s_v1
            << QString() << u"exec plugin returned only certificate or key, not both"_s << QString();
        QTest::newRow("bad expirationTimestamp")
            << echo(credentialJson(s_v1, QString::fromUtf8(R"({"token":"tok-SECRET-t","expirationTimestamp":"soon"})")))
            << s_v1 << QString() << u"unreadable expirationTimestamp \"soon\""_s << QString();
        QTest::newRow("huge stdout") << u"head -c 3000000 /dev/zero | tr '\\0' 'a'"_s << s_v1 << QString()
                                     << u"wrote more than 1024 KiB to standard output"_s << QString();
        QTest::newRow("non-zero exit with stderr")
            << u"echo 'error: the refresh token has expired' >&2\nexit 3"_s << s_v1 << QString()
            << u"failed with exit code 3; it said: error: the refresh token has expired"_s << QString();
        QTest::newRow("killed by a signal")
            << u"kill -9 $$"_s << s_v1 << QString() << u"was killed by a signal"_s << QString();
        QTest::newRow("not found") << u"@missing"_s << s_v1 << QString() << u"not found"_s
                                   << u"Install it with: apt install example-login"_s;
    }

    void plugins()
    {
        QFETCH(QString, body);
        QFETCH(QString, apiVersion);
        QFETCH(QString, token);
        QFETCH(QString, error);
        QFETCH(QString, installHint);
        const QString command
            = body == u"@missing" ? m_dir->filePath(u"no-such-plugin"_s) : script(u"plugin.sh"_s, body);
        Kube::ResolvedContext context = contextFor(command, apiVersion);
        context.user.exec->installHint = installHint;
        Kube::ExecCredentialProvider provider(context);
        const Outcome outcome = run(provider);
        if (error.isEmpty()) {
            QVERIFY2(outcome.ok, qPrintable(outcome.error));
            QCOMPARE(QString::fromUtf8(outcome.credentials.token.reveal()), token);
            if (token.isEmpty()) {
                QVERIFY(outcome.credentials.clientCertificatePem.startsWith("-----BEGIN CERTIFICATE-----\n"));
                QVERIFY(outcome.credentials.clientKeyPem.reveal().startsWith("-----BEGIN PRIVATE KEY-----\n"));
            }
            QVERIFY(!outcome.credentials.expiry.isValid());
            QVERIFY(provider.cachedCredentials().has_value());
        } else {
            QVERIFY2(!outcome.ok, "the plugin's output was accepted");
            QVERIFY2(outcome.error.startsWith(u"getting credentials: "_s), qPrintable(outcome.error));
            QVERIFY2(outcome.error.contains(error), qPrintable(outcome.error));
            if (!installHint.isEmpty())
                QVERIFY2(outcome.error.endsWith(installHint), qPrintable(outcome.error));
            QVERIFY(!outcome.error.contains(s_tokenMark));
            QVERIFY(!provider.cachedCredentials().has_value());
        }
        QVERIFY(!provider.isRunning());
    }

    void hungPluginTimesOut()
    {
        const QString command = script(u"hang.sh"_s, u"sleep 60\necho never"_s);
        Kube::ExecCredentialProvider provider(contextFor(command, s_v1));
        provider.setTimeout(std::chrono::milliseconds(500));
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = run(provider);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"did not finish within 0.5 seconds and was stopped"_s),
                 qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(command), qPrintable(outcome.error));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!provider.isRunning());
    }

    void hungPluginCanBeCancelled()
    {
        const QString command = script(u"hang.sh"_s, u"touch %1/started\nsleep 60"_s.arg(m_dir->path()));
        Kube::ExecCredentialProvider provider(contextFor(command, s_v1));
        QSignalSpy ready(&provider, &Kube::ExecCredentialProvider::credentialReady);
        QSignalSpy failed(&provider, &Kube::ExecCredentialProvider::failed);
        provider.request();
        QVERIFY(provider.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir->filePath(u"started"_s)), 5000);
        provider.cancel();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(u"was cancelled"_s),
                 qPrintable(failed.constFirst().constFirst().toString()));
        QVERIFY(!provider.isRunning());
        QTest::qWait(200);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(failed.count(), 1);
    }

    void backgroundChildDoesNotOutliveThePlugin_data()
    {
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("plugin succeeds") << true;
        QTest::newRow("plugin fails") << false;
    }

    void backgroundChildDoesNotOutliveThePlugin()
    {
        // The plugin starts a helper in the background and exits: the helper must not keep running.
        QFETCH(bool, succeeds);
        const QString pidFile = m_dir->filePath(u"child.pid"_s);
        const QString body = u"sleep 60 >/dev/null 2>&1 </dev/null &\necho $! > %1\n"_s.arg(pidFile)
                             + (succeeds ? u"cat <<'EOF'\n%1\nEOF"_s.arg(credentialJson(
                                               s_v1, QString::fromUtf8(R"({"token":"tok-SECRET-bg"})")))
                                         : u"exit 3"_s);
        Kube::ExecCredentialProvider provider(contextFor(script(u"background.sh"_s, body), s_v1));
        const Outcome outcome = run(provider);
        QCOMPARE(outcome.ok, succeeds);
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pid = file.readAll().trimmed();
        QVERIFY(!pid.isEmpty());
        // Gone, or a zombie waiting for its new parent to reap it: not running either way.
        const auto running = [&pid] {
            QFile stat(u"/proc/%1/stat"_s.arg(QString::fromLatin1(pid)));
            if (!stat.open(QIODevice::ReadOnly))
                return false;
            const QByteArray text = stat.readAll();
            const qsizetype close = text.lastIndexOf(')');
            return close > 0 && text.mid(close + 2, 1) != "Z";
        };
        QTRY_VERIFY_WITH_TIMEOUT(!running(), 3000);
    }

    void stderrIsShownPrintable()
    {
        const QString command = script(
            u"ansi.sh"_s,
            u"printf '\\033[31mERROR\\033[0m \\033]0;pwned\\007login \\033[2Jrequired\\r\\n' >&2\nexit 1"_s);
        Kube::ExecCredentialProvider provider(contextFor(command, s_v1));
        const Outcome outcome = run(provider);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"it said: ERROR login required"_s), qPrintable(outcome.error));
        QVERIFY(!outcome.error.contains(QChar(0x1b)));
        QVERIFY(!outcome.error.contains(QChar(0x07)));
        QVERIFY(!outcome.error.contains(u'\r'));
    }

    void interactiveAlwaysIsRefused()
    {
        const QString command = script(u"plugin.sh"_s, u"echo x > %1/ran"_s.arg(m_dir->path()));
        Kube::ExecCredentialProvider provider(contextFor(command, s_v1, Kube::ExecInteractiveMode::Always));
        const Outcome outcome = run(provider);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"standard input is not a terminal"_s), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(u"interactiveMode: Always"_s), qPrintable(outcome.error));
        QVERIFY(!QFile::exists(m_dir->filePath(u"ran"_s))); // never started
    }

    void cachedUntilExpiry()
    {
        Test::MockClock clock(QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
        const QString command
            = script(u"plugin.sh"_s,
                     u"printf x >> %1/runs\ncat <<'EOF'\n%2\nEOF"_s.arg(
                         m_dir->path(), credentialJson(s_v1, QString::fromUtf8(R"({"token":"tok-SECRET-exp",
                "expirationTimestamp":"2026-03-01T10:05:00Z"})"))));
        Kube::ExecCredentialProvider provider(contextFor(command, s_v1));

        Outcome outcome = run(provider);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.credentials.expiry, QDateTime(QDate(2026, 3, 1), QTime(10, 5), Qt::UTC));
        QCOMPARE(runCount(), 1);

        clock.advanceSecs(60); // still valid: served from the cache, asynchronously
        outcome = run(provider);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.credentials.token.reveal(), QByteArray("tok-SECRET-exp"));
        QCOMPARE(runCount(), 1);

        clock.advanceSecs(300); // 10:06: expired, the plugin runs again
        QVERIFY(!provider.cachedCredentials().has_value());
        outcome = run(provider);
        QVERIFY(outcome.ok);
        QCOMPARE(runCount(), 2);

        clock.setNow(QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
        provider.invalidate(); // a 401: refresh once
        outcome = run(provider);
        QVERIFY(outcome.ok);
        QCOMPARE(runCount(), 3);
    }

    void concurrentRequestsShareOneRun()
    {
        const QString command
            = script(u"plugin.sh"_s,
                     u"printf x >> %1/runs\nsleep 0.3\ncat <<'EOF'\n%2\nEOF"_s.arg(
                         m_dir->path(), credentialJson(s_v1, QString::fromUtf8(R"({"token":"tok-SECRET-shared"})"))));
        Kube::ExecCredentialProvider provider(contextFor(command, s_v1));
        QSignalSpy ready(&provider, &Kube::ExecCredentialProvider::credentialReady);
        provider.request();
        provider.request();
        provider.request();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        QTest::qWait(300);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(runCount(), 1);
    }

    void environmentAndExecInfo_data()
    {
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<bool>("provideClusterInfo");
        QTest::newRow("v1 with cluster info") << s_v1 << true;
        QTest::newRow("v1 without cluster info") << s_v1 << false;
        QTest::newRow("v1beta1 with cluster info") << s_v1beta1 << true;
    }

    void environmentAndExecInfo()
    {
        QFETCH(QString, apiVersion);
        QFETCH(bool, provideClusterInfo);
        const QString dir = m_dir->path();
        const QString command
            = script(u"plugin.sh"_s,
                     QString::fromUtf8(R"(printf '%s|%s|%s|%s' "$PARENT_ONLY" "$OVERRIDE" "$NEW" "$*" > %1/vars
printf '%s' "$KUBERNETES_EXEC_INFO" > %1/info.json
cat <<'EOF'
%2
EOF)")
                         .arg(dir, credentialJson(apiVersion, QString::fromUtf8(R"({"token":"tok-SECRET-env"})"))));
        Kube::ResolvedContext context = contextFor(command, apiVersion);
        context.user.exec->env = { { u"OVERRIDE"_s, u"from-kubeconfig"_s }, { u"NEW"_s, u"new value"_s } };
        context.user.exec->args = { u"get-token"_s, u"--cluster=c"_s };
        context.user.exec->provideClusterInfo = provideClusterInfo;
        Kube::ExecCredentialProvider provider(context);
        QProcessEnvironment parent;
        parent.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        parent.insert(u"PARENT_ONLY"_s, u"inherited"_s);
        parent.insert(u"OVERRIDE"_s, u"from-parent"_s);
        provider.setParentEnvironment(parent);
        const Outcome outcome = run(provider);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));

        QFile vars(m_dir->filePath(u"vars"_s));
        QVERIFY(vars.open(QIODevice::ReadOnly));
        QCOMPARE(vars.readAll(), QByteArray("inherited|from-kubeconfig|new value|get-token --cluster=c"));

        QFile infoFile(m_dir->filePath(u"info.json"_s));
        QVERIFY(infoFile.open(QIODevice::ReadOnly));
        const QJsonObject info = QJsonDocument::fromJson(infoFile.readAll()).object();
        QCOMPARE(info.value(u"kind").toString(), u"ExecCredential"_s);
        QCOMPARE(info.value(u"apiVersion").toString(), apiVersion);
        const QJsonObject spec = info.value(u"spec").toObject();
        QCOMPARE(spec.value(u"interactive").toBool(true), false);
        QCOMPARE(spec.contains(u"cluster"), provideClusterInfo);
        if (provideClusterInfo) {
            const QJsonObject cluster = spec.value(u"cluster").toObject();
            QCOMPARE(cluster.value(u"server").toString(), u"https://127.0.0.1:6443"_s);
            QCOMPARE(cluster.value(u"tls-server-name").toString(), u"kubernetes.default"_s);
            QCOMPARE(QByteArray::fromBase64(cluster.value(u"certificate-authority-data").toString().toLatin1()),
                     context.cluster.certificateAuthorityData);
        }
    }
};

QTEST_GUILESS_MAIN(TestExecCredential)
#include "testexeccredential.moc"
