// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer scan` for CI against real PostgreSQL servers: the SARIF and JUnit of a real scan validated against their
// published schemas, fingerprints that are the same from one real scan to the next, and the --fail-on gate alone and
// with --fail-under.
#include "certfactory.h"
#include "postgresserver.h"
#include "schemacheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
           && file.write(data) == data.size();
}

QJsonObject sarifRun(const QByteArray &sarif)
{
    return QJsonDocument::fromJson(sarif).object().value(QStringLiteral("runs")).toArray().first().toObject();
}

/** ruleId@uri → fingerprint, of every result. */
QMap<QString, QString> fingerprints(const QByteArray &sarif)
{
    QMap<QString, QString> map;
    for (const QJsonValue &value : sarifRun(sarif).value(QStringLiteral("results")).toArray()) {
        const QJsonObject result = value.toObject();
        const QString uri = result.value(QStringLiteral("locations")).toArray().first().toObject()
                                .value(QStringLiteral("physicalLocation")).toObject()
                                .value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString();
        map.insert(result.value(QStringLiteral("ruleId")).toString() + u'@' + uri,
                   result.value(QStringLiteral("partialFingerprints")).toObject()
                       .value(QStringLiteral("prooferFinding/v1")).toString());
    }
    return map;
}

} // namespace

class TestScanFormats final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROOFER_BIN"), "PROOFER_BIN is set by ctest");
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
        QVERIFY(m_dir.isValid());
        Test::PostgresOptions hardened;
        hardened.certificate.dnsNames = {QStringLiteral("localhost"), QStringLiteral("auth-db-service")};
        hardened.extraConfig << QStringLiteral("log_connections = on") << QStringLiteral("log_disconnections = on");
        QVERIFY2(m_postgres.start(hardened), qPrintable(m_postgres.errorString()));
        Test::PostgresOptions weak;
        weak.tls = false;
        weak.hbaLines = {QStringLiteral("host all all 127.0.0.1/32 md5")};
        weak.passwordEncryption = QStringLiteral("md5");
        QVERIFY2(m_weak.start(weak), qPrintable(m_weak.errorString()));

        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("ca.pem")), m_ca.caCertificatePem()));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("auth.pass")), m_postgres.password().toUtf8()));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("weak.pass")), m_weak.password().toUtf8()));
        const QString auth = QStringLiteral("  - {name: auth-db, kind: postgresql, host: 127.0.0.1, port: %1, "
                                            "tlsServerName: auth-db-service, caFile: ca.pem, database: %2, user: %3, "
                                            "passwordFile: auth.pass}\n")
                                 .arg(m_postgres.port())
                                 .arg(m_postgres.database(), m_postgres.role());
        const QString legacy = QStringLiteral("  - {name: legacy-db, kind: postgresql, host: 127.0.0.1, port: %1, "
                                              "database: %2, user: %3, passwordFile: weak.pass}\n")
                                   .arg(m_weak.port())
                                   .arg(m_weak.database(), m_weak.role());
        m_fleet = m_dir.filePath(QStringLiteral("fleet.yaml"));
        QVERIFY(writeFile(m_fleet, QString(QStringLiteral("datastores:\n") + auth + legacy).toUtf8()));
        m_hardened = m_dir.filePath(QStringLiteral("hardened.yaml"));
        QVERIFY(writeFile(m_hardened, QString(QStringLiteral("datastores:\n") + auth).toUtf8()));
    }

    void sarifOfARealScan()
    {
        const QString path = m_dir.filePath(QStringLiteral("first.sarif"));
        const Run run = scan(m_fleet, {QStringLiteral("-o"), QStringLiteral("sarif"), QStringLiteral("--output-file"), path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray sarif = readFile(path);
        const QJsonObject json = sarifRun(sarif);
        QCOMPARE(json.value(QStringLiteral("automationDetails")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("proofer/targets/"));
        const QMap<QString, QString> first = fingerprints(sarif);
        QVERIFY2(first.contains(QStringLiteral("TLS-001@targets/legacy-db")), qPrintable(first.keys().join(u' ')));
        QVERIFY(!first.contains(QStringLiteral("TLS-001@targets/auth-db")));
        for (const QJsonValue &value : json.value(QStringLiteral("results")).toArray()) {
            const QJsonObject result = value.toObject();
            if (result.value(QStringLiteral("ruleId")).toString() == u"TLS-001")
                QCOMPARE(result.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        }
        // No password in the report.
        QVERIFY(!sarif.contains(m_postgres.password().toUtf8()));
        QVERIFY(!sarif.contains(m_weak.password().toUtf8()));

        // A second real scan: other times, the same findings under the same fingerprints.
        const Run again = scan(m_fleet, {QStringLiteral("--format"), QStringLiteral("sarif")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(fingerprints(again.out), first);

        const SchemaCheck::Result valid = SchemaCheck::sarif(sarif);
        if (valid.verdict == SchemaCheck::Verdict::NoTool)
            QSKIP(qPrintable(valid.detail));
        QVERIFY2(valid.verdict == SchemaCheck::Verdict::Valid, qPrintable(valid.detail));
    }

    void junitOfARealScan()
    {
        const Run run = scan(m_fleet, {QStringLiteral("-o"), QStringLiteral("junit")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("<testsuite name=\"targets.auth-db\""));
        QVERIFY(run.out.contains("<testsuite name=\"targets.legacy-db\""));
        QVERIFY(run.out.contains("<testcase classname=\"targets.legacy-db\" name=\"TLS-001 "));
        QVERIFY(run.out.contains("<failure type=\"critical\""));
        QVERIFY(!run.out.contains(m_weak.password().toUtf8()));
        const SchemaCheck::Result valid = SchemaCheck::junit(run.out);
        if (valid.verdict == SchemaCheck::Verdict::NoTool)
            QSKIP(qPrintable(valid.detail));
        QVERIFY2(valid.verdict == SchemaCheck::Verdict::Valid, qPrintable(valid.detail));
    }

    void failOn_data()
    {
        QTest::addColumn<QString>("severity");
        for (const char *severity : {"critical", "high", "medium", "low", "info"})
            QTest::newRow(severity) << QString::fromLatin1(severity);
    }

    /** Exit 1 exactly when a finding of the scan is at least as severe as the gate; the JSON says which there are. */
    void failOn()
    {
        QFETCH(QString, severity);
        static const QStringList order{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                       QStringLiteral("low"), QStringLiteral("info")};
        if (m_hardenedSeverities.isEmpty()) {
            const Run json = scan(m_hardened, {QStringLiteral("-o"), QStringLiteral("json")});
            QVERIFY2(json.exitCode == 0, qPrintable(json.err));
            const QJsonArray stores = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("datastores")).toArray();
            for (const QJsonValue &finding : stores.first().toObject().value(QStringLiteral("findings")).toArray())
                m_hardenedSeverities << finding.toObject().value(QStringLiteral("severity")).toString();
            m_hardenedSeverities << QStringLiteral("scanned");
            // The gate must be seen to pass too: the hardened server has no critical finding.
            QVERIFY2(!m_hardenedSeverities.contains(QStringLiteral("critical")), qPrintable(m_hardenedSeverities.join(u',')));
        }
        bool over = false;
        for (const QString &found : std::as_const(m_hardenedSeverities))
            over = over || (order.contains(found) && order.indexOf(found) <= order.indexOf(severity));
        const Run run = scan(m_hardened, {QStringLiteral("--fail-on"), severity});
        QVERIFY2(run.exitCode == (over ? 1 : 0), qPrintable(run.err));
        QCOMPARE(run.err.contains(QStringLiteral("(--fail-on)")), over);
    }

    void failOnWithFailUnder()
    {
        // The weak server's critical finding fails --fail-on while F passes --fail-under: either gate fails the scan.
        const Run onOnly = scan(m_fleet, {QStringLiteral("--fail-under"), QStringLiteral("F"), QStringLiteral("--fail-on"),
                                          QStringLiteral("critical")});
        QCOMPARE(onOnly.exitCode, 1);
        QVERIFY2(onOnly.err.contains(QStringLiteral("TLS-001 legacy-db (critical)")), qPrintable(onOnly.err));
        QVERIFY(!onOnly.err.contains(QStringLiteral("below")));
        // Both fail: both say so.
        const Run both = scan(m_fleet, {QStringLiteral("--fail-under"), QStringLiteral("A+"), QStringLiteral("--fail-on"),
                                        QStringLiteral("high")});
        QCOMPARE(both.exitCode, 1);
        QVERIFY2(both.err.contains(QStringLiteral("below A+")), qPrintable(both.err));
        QVERIFY2(both.err.contains(QStringLiteral("(--fail-on)")), qPrintable(both.err));
        // A bad severity is a usage error naming the allowed values, before anything is scanned.
        const Run bad = scan(m_fleet, {QStringLiteral("--fail-on"), QStringLiteral("severe")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("critical, high, medium, low or info")), qPrintable(bad.err));
    }

    /**
     * The text report of a real scan with findings: on a pseudo-terminal (script(1), required) severities and the
     * fleet grade are in colour and each datastore gets a progress line; piped, the same report has no escape code.
     */
    void textInColourOnATerminal()
    {
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        QVERIFY2(!script.isEmpty(), "script(1) from util-linux is needed to give proofer a terminal");
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
        env.remove(QStringLiteral("NO_COLOR"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        const QString command = QStringLiteral("'%1' scan --targets '%2' --no-history").arg(qEnvironmentVariable("PROOFER_BIN"), m_fleet);
        process.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        QVERIFY(process.waitForFinished(180000));
        const QString terminal = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, qPrintable(terminal));
        static const QRegularExpression progressLine(QStringLiteral("\\[[12]/2\\] +legacy-db +postgresql +\\x1b\\[33mreached, TLS off"));
        QVERIFY2(progressLine.match(terminal).hasMatch(), qPrintable(terminal));
        QVERIFY2(terminal.contains(QStringLiteral("auth-db                  postgresql  reached, TLS on")), qPrintable(terminal));
        QVERIFY2(terminal.contains(QStringLiteral("Scanned 2 datastore(s) in ")), qPrintable(terminal));
        static const QRegularExpression severity(QStringLiteral("  \\[\\x1b\\[[0-9;]+m(CRITICAL|HIGH|MEDIUM|LOW|INFO)\\x1b\\[0m *\\] "));
        QVERIFY2(severity.match(terminal).hasMatch(), qPrintable(terminal));
        static const QRegularExpression grade(QStringLiteral("Fleet grade: \\x1b\\[3[123]m[A-F][+-]?\\x1b\\[0m \\("));
        QVERIFY2(grade.match(terminal).hasMatch(), qPrintable(terminal));

        const Run piped = scan(m_fleet, {});
        QVERIFY2(piped.exitCode == 0, qPrintable(piped.err));
        QVERIFY(piped.out.contains("Findings:"));
        QVERIFY(!piped.out.contains('\x1b'));
        QVERIFY2(!piped.err.contains(QStringLiteral("Scanned")), qPrintable(piped.err));
    }

private:
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    Run scan(const QString &targets, const QStringList &options) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(qEnvironmentVariable("PROOFER_BIN"),
                      QStringList{QStringLiteral("scan"), QStringLiteral("--targets"), targets, QStringLiteral("--no-history")}
                          + options);
        Run run;
        if (!process.waitForFinished(180000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    Test::CertFactory m_ca;
    Test::PostgresServer m_postgres{&m_ca};
    Test::PostgresServer m_weak{&m_ca};
    QTemporaryDir m_dir;
    QString m_fleet;
    QString m_hardened;
    QStringList m_hardenedSeverities;
};

QTEST_GUILESS_MAIN(TestScanFormats)
#include "testscanformats.moc"
