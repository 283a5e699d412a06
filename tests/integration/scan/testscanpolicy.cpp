// SPDX-License-Identifier: GPL-3.0-or-later
// `proofer scan --policy` end to end on a real PostgreSQL without TLS (docs/policy.md): the built-in policy, a file
// that accepts the server's critical findings (shown as accepted, better grade, --fail-on passes), the same
// acceptances expired (findings again, the gate fails), the search through $PROOFER_POLICY and ./.proofer.yaml, an
// attested fact marked "attested", the policy's observation TTL governing reuse (a second TLS server), and a broken
// file refused with its line before anything is scanned.
#include "certfactory.h"
#include "postgresserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && file.write(data) == data.size();
}

QJsonArray findingsOf(const QJsonObject &root)
{
    return root.value(u"datastores"_s).toArray().first().toObject().value(u"findings"_s).toArray();
}

} // namespace

class TestScanPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PROOFER_BIN"), "PROOFER_BIN is set by ctest");
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
        QVERIFY(m_dir.isValid());
        Test::PostgresOptions weak;
        weak.tls = false;
        weak.hbaLines = { u"host all all 127.0.0.1/32 md5"_s };
        weak.passwordEncryption = u"md5"_s;
        QVERIFY2(m_weak.start(weak), qPrintable(m_weak.errorString()));
        QVERIFY(writeFile(m_dir.filePath(u"weak.pass"_s), m_weak.password().toUtf8()));
        m_targets = m_dir.filePath(u"fleet.yaml"_s);
        QVERIFY(writeFile(m_targets,
                          QStringLiteral("datastores:\n  - {name: legacy-db, kind: postgresql, host: 127.0.0.1, "
                                         "port: %1, database: %2, user: %3, passwordFile: weak.pass}\n")
                              .arg(m_weak.port())
                              .arg(m_weak.database(), m_weak.role())
                              .toUtf8()));
        Test::PostgresOptions hardened;
        hardened.certificate.dnsNames = { u"localhost"_s, u"auth-db-service"_s };
        QVERIFY2(m_tls.start(hardened), qPrintable(m_tls.errorString()));
        QVERIFY(writeFile(m_dir.filePath(u"ca.pem"_s), m_ca.caCertificatePem()));
        QVERIFY(writeFile(m_dir.filePath(u"auth.pass"_s), m_tls.password().toUtf8()));
        m_tlsTargets = m_dir.filePath(u"tls.yaml"_s);
        QVERIFY(writeFile(m_tlsTargets,
                          QStringLiteral("datastores:\n  - {name: auth-db, kind: postgresql, host: 127.0.0.1, "
                                         "port: %1, tlsServerName: auth-db-service, caFile: ca.pem, "
                                         "database: %2, user: %3, passwordFile: auth.pass}\n")
                              .arg(m_tls.port())
                              .arg(m_tls.database(), m_tls.role())
                              .toUtf8()));
        QDir().mkpath(m_dir.filePath(u"work"_s));
        QDir().mkpath(m_dir.filePath(u"config"_s));

        // The built-in policy: the server's critical findings fail --fail-on critical.
        m_builtIn = scan({ u"-o"_s, u"json"_s, u"--fail-on"_s, u"critical"_s });
        QVERIFY2(m_builtIn.exitCode == 1, qPrintable(m_builtIn.err));
        const QJsonObject root = m_builtIn.json();
        QCOMPARE(root.value(u"policy"_s).toObject().value(u"source"_s).toString(), u"built-in"_s);
        QVERIFY(root.value(u"policy"_s).toObject().value(u"sha256"_s).isNull());
        for (const QJsonValue &f : findingsOf(root)) {
            QCOMPARE(f.toObject().value(u"status"_s).toString(), u"open"_s);
            if (f.toObject().value(u"severity"_s).toString() == u"critical")
                m_criticals << f.toObject().value(u"id"_s).toString();
        }
        QVERIFY2(m_criticals.contains(u"TLS-001"_s), qPrintable(m_criticals.join(u',')));
    }

    void acceptedRisksPassTheGate()
    {
        const QString path = m_dir.filePath(u"accept.yaml"_s);
        const QByteArray policy = policyAccepting(QDate::currentDate().addYears(1));
        QVERIFY(writeFile(path, policy));
        const Run run = scan({ u"--policy"_s, path, u"-o"_s, u"json"_s, u"--fail-on"_s, u"critical"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = run.json();
        const QJsonObject recorded = root.value(u"policy"_s).toObject();
        QCOMPARE(recorded.value(u"source"_s).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(recorded.value(u"sha256"_s).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(policy, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(recorded.value(u"foundBy"_s).toString(), u"--policy"_s);
        int accepted = 0;
        for (const QJsonValue &f : findingsOf(root)) {
            const QJsonObject finding = f.toObject();
            if (m_criticals.contains(finding.value(u"id"_s).toString())) {
                ++accepted;
                QCOMPARE(finding.value(u"status"_s).toString(), u"accepted"_s);
                QCOMPARE(finding.value(u"acceptance"_s).toObject().value(u"approvedBy"_s).toString(),
                         u"Jane Doe (CISO)"_s);
            }
        }
        QCOMPARE(accepted, int(m_criticals.size()));
        QVERIFY(root.value(u"grade"_s).toObject().value(u"score"_s).toDouble()
                > m_builtIn.json().value(u"grade"_s).toObject().value(u"score"_s).toDouble());
        QCOMPARE(root.value(u"grade"_s).toObject().value(u"counts"_s).toObject().value(u"critical"_s).toInt(), 0);

        // The text report shows them, apart and with the justification.
        const Run text = scan({ u"--policy"_s, path });
        QVERIFY2(text.out.contains("Accepted risks (not in the grade until they expire):"), text.out.constData());
        QVERIFY(text.out.contains("Legacy service, replaced in Q2"));
        QVERIFY(text.out.contains(QByteArray(QByteArray("Policy: ") + QFileInfo(path).absoluteFilePath().toUtf8())));
        // SARIF: suppressed, not left out.
        const Run sarif = scan({ u"--policy"_s, path, u"-o"_s, u"sarif"_s });
        QVERIFY2(sarif.out.contains("\"suppressions\""), sarif.out.constData());
        QVERIFY(sarif.out.contains("\"kind\": \"external\""));
    }

    void expiredAcceptancesAreFindingsAgain()
    {
        const QString path = m_dir.filePath(u"expired.yaml"_s);
        QVERIFY(writeFile(path, policyAccepting(QDate::currentDate().addDays(-2))));
        const Run run = scan({ u"--policy"_s, path, u"-o"_s, u"json"_s, u"--fail-on"_s, u"critical"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"TLS-001 legacy-db (critical)"_s), qPrintable(run.err));
        for (const QJsonValue &f : findingsOf(run.json())) {
            const QJsonObject finding = f.toObject();
            if (m_criticals.contains(finding.value(u"id"_s).toString())) {
                QCOMPARE(finding.value(u"status"_s).toString(), u"open"_s);
                QCOMPARE(finding.value(u"acceptance"_s).toObject().value(u"expired"_s).toBool(), true);
            }
        }
        QCOMPARE(run.json().value(u"grade"_s).toObject().value(u"score"_s).toDouble(),
                 m_builtIn.json().value(u"grade"_s).toObject().value(u"score"_s).toDouble());
        const Run text = scan({ u"--policy"_s, path });
        QVERIFY2(text.out.contains("Acceptance expired on"), text.out.constData());
    }

    void searchOrder()
    {
        const QString fromEnv = m_dir.filePath(u"env.yaml"_s);
        QVERIFY(writeFile(fromEnv, "kind: Policy\n"));
        const QString local = m_dir.filePath(u"work/.proofer.yaml"_s);
        QVERIFY(writeFile(local, policyAccepting(QDate::currentDate().addYears(1))));
        const QString user = m_dir.filePath(u"config/proofer/policy.yaml"_s);
        QDir().mkpath(QFileInfo(user).absolutePath());
        QVERIFY(writeFile(user, "kind: Policy\napiVersion: proofer/v1\n"));

        QCOMPARE(policyOf(scan({ u"-o"_s, u"json"_s }, { { u"PROOFER_POLICY"_s, fromEnv } })), fromEnv);
        QCOMPARE(policyOf(scan({ u"-o"_s, u"json"_s })), local);
        QFile::remove(local);
        QCOMPARE(policyOf(scan({ u"-o"_s, u"json"_s })), user);
        QFile::remove(user);
        QCOMPARE(policyOf(scan({ u"-o"_s, u"json"_s })), u"built-in"_s);
        // Named but missing: an error, not the next file.
        const Run missing = scan({ u"-o"_s, u"json"_s }, { { u"PROOFER_POLICY"_s, m_dir.filePath(u"nope.yaml"_s) } });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"(PROOFER_POLICY) does not exist"_s), qPrintable(missing.err));
    }

    void attestedIsAttested()
    {
        const QString path = m_dir.filePath(u"attest.yaml"_s);
        QVERIFY(writeFile(path,
                          "attestations:\n  secretsEncryptedAtRest:\n    value: true\n"
                          "    attestedBy: Platform team\n    date: 2026-11-02\n"));
        const QJsonObject root = scan({ u"--policy"_s, path, u"-o"_s, u"json"_s }).json();
        bool seen = false;
        for (const QJsonValue &c : root.value(u"fleetChecks"_s).toArray()) {
            const QJsonObject check = c.toObject();
            if (check.value(u"rule"_s).toString() != u"KUBE-003")
                continue;
            seen = true;
            QCOMPARE(check.value(u"outcome"_s).toString(), u"pass"_s);
            QCOMPARE(check.value(u"basis"_s).toString(), u"attested"_s);
            QVERIFY(check.value(u"evidence"_s)
                        .toArray()
                        .first()
                        .toString()
                        .contains(u"attested by Platform team, 2026-11-02"_s));
        }
        QVERIFY(seen);
    }

    /**
     * The policy's observations.ttl is the observation cache's: the scan records the TTL it used, and on a TLS server
     * (whose TLS versions are cached) 2h reuses the observation of a second earlier, 0s observes again.
     */
    void observationTtlFromThePolicy()
    {
        const QString hours = m_dir.filePath(u"ttl2h.yaml"_s);
        QVERIFY(writeFile(hours, "observations:\n  ttl: 2h\n"));
        const QJsonObject two = scan({ u"--policy"_s, hours, u"-o"_s, u"json"_s }).json();
        QCOMPARE(two.value(u"observations"_s).toObject().value(u"ttlSeconds"_s).toInt(), 7200);
        QCOMPARE(two.value(u"policy"_s).toObject().value(u"observationTtlSeconds"_s).toInt(), 7200);
        const QString never = m_dir.filePath(u"ttl0.yaml"_s);
        QVERIFY(writeFile(never, "observations:\n  ttl: 0s\n"));
        QCOMPARE(scan({ u"--policy"_s, never, u"-o"_s, u"json"_s })
                     .json()
                     .value(u"observations"_s)
                     .toObject()
                     .value(u"ttlSeconds"_s)
                     .toInt(-1),
                 0);
        // Built in: a day.
        QCOMPARE(m_builtIn.json().value(u"observations"_s).toObject().value(u"ttlSeconds"_s).toInt(), 86400);

        auto reused = [](const Run &run) {
            return run.json().value(u"datastores"_s).toArray().first().toObject().value(u"observations"_s).toObject();
        };
        const Run first = scan({ u"--policy"_s, hours, u"-o"_s, u"json"_s }, {}, m_tlsTargets);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QTest::qWait(1100);
        const QJsonObject warm = reused(scan({ u"--policy"_s, hours, u"-o"_s, u"json"_s }, {}, m_tlsTargets));
        QVERIFY2(warm.value(u"reused"_s).toBool(), qPrintable(QString::fromUtf8(QJsonDocument(warm).toJson())));
        const QJsonObject cold = reused(scan({ u"--policy"_s, never, u"-o"_s, u"json"_s }, {}, m_tlsTargets));
        QCOMPARE(cold.value(u"reused"_s).toBool(true), false);
        QVERIFY2(!cold.value(u"reason"_s).toString().isEmpty(),
                 qPrintable(QString::fromUtf8(QJsonDocument(cold).toJson())));
    }

    void brokenPolicyIsRefusedWithItsLine()
    {
        const QString path = m_dir.filePath(u"broken.yaml"_s);
        QVERIFY(writeFile(path, "profile:\n  passwords:\n    minLength: 32\n    rotationDay: 90\n"));
        const Run run = scan({ u"--policy"_s, path });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path + u":4: unknown field \"profile.passwords.rotationDay\""_s),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

private:
    QByteArray policyAccepting(const QDate &expires) const
    {
        QByteArray yaml = "apiVersion: proofer/v1\nkind: Policy\nacceptedRisks:\n";
        for (const QString &rule : m_criticals) {
            yaml += "  - rule: " + rule.toUtf8()
                + "\n    datastore: \"legacy-*\"\n"
                  "    justification: Legacy service, replaced in Q2\n    approvedBy: Jane Doe (CISO)\n"
                  "    expires: "
                + expires.toString(Qt::ISODate).toUtf8() + "\n";
        }
        return yaml;
    }

    static QString policyOf(const Run &run)
    {
        return run.json().value(u"policy"_s).toObject().value(u"source"_s).toString();
    }

    Run scan(const QStringList &options, const QList<QPair<QString, QString>> &extraEnv = {},
             QString targets = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.remove(u"PROOFER_POLICY"_s);
        for (const auto &[name, value] : extraEnv)
            env.insert(name, value);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.filePath(u"work"_s));
        process.start(qEnvironmentVariable("PROOFER_BIN"),
                      QStringList { u"scan"_s, u"--targets"_s, targets.isEmpty() ? m_targets : targets,
                                    u"--no-history"_s, u"--no-progress"_s }
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
    Test::PostgresServer m_weak { &m_ca };
    Test::PostgresServer m_tls { &m_ca };
    QString m_tlsTargets;
    QTemporaryDir m_dir;
    QString m_targets;
    Run m_builtIn;
    QStringList m_criticals;
};

QTEST_GUILESS_MAIN(TestScanPolicy)
#include "testscanpolicy.moc"
