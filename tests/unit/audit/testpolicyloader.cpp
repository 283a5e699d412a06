// SPDX-License-Identifier: GPL-3.0-or-later
// The policy file (docs/policy.md): a complete file read into the profile, the TTL and the accepted risks; every
// unknown key and bad value refused with its file and line; the search order (--policy, $PROOFER_POLICY,
// ./.proofer.yaml, $XDG_CONFIG_HOME/proofer/policy.yaml, built-in).
#include "audit/policyloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Audit;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kGood = R"(# The bakery-ia platform's policy
apiVersion: proofer/v1
kind: Policy
profile:
  passwords:
    minLength: 40
    minCharacterClasses: 4
    rotationDays: 60
  certificates:
    renewalWindowDays: 45
  postgresql:
    expectedExtensions: [pgcrypto]
    allowedVersions: [16, 17]
  storage:
    pvcMinimumSize: 5Gi
    pvcAccessMode: ReadWriteOncePod
  backups:
    retentionDays: 14
  pods:
    maxRestarts: 5
attestations:
  secretsEncryptedAtRest:
    value: true
    attestedBy: Platform team (EncryptionConfiguration reviewed)
    date: 2026-11-02
  logRetention:
    days: 400
    attestedBy: SRE, Loki retention
observations:
  ttl: 6h30m
acceptedRisks:
  - rule: KUBE-005
    datastore: "redis*"
    justification: The CNI of this cluster does not enforce NetworkPolicy; isolated by node pool
    approvedBy: Jane Doe (CISO)
    expires: 2027-03-31
  - rule: PG-LOG-004
    datastore: "*"
    justification: Statement logging is needed during the migration
    approvedBy: J. Smith
    expires: 2026-12-31
)";

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

class TestPolicyLoader final : public QObject
{
    Q_OBJECT

private slots:
    void goodFile()
    {
        const auto policy = PolicyLoader::parse(kGood, u"/etc/proofer.yaml"_s);
        QVERIFY2(policy.ok(), qPrintable(policy.error()));
        const Profile &p = policy->profile;
        QCOMPARE(p.minPasswordLength, 40);
        QCOMPARE(p.minCharacterClasses, 4);
        QCOMPARE(p.rotationDays, 60);
        QCOMPARE(p.renewalWindowDays, 45);
        QVERIFY(p.expectPgcrypto);
        QCOMPARE(p.postgresqlMajors, (QList<int> { 16, 17 }));
        QCOMPARE(p.pvcMinimumSize, u"5Gi"_s);
        QCOMPARE(p.pvcAccessMode, u"ReadWriteOncePod"_s);
        QCOMPARE(p.backupRetentionDays, 14);
        QCOMPARE(p.maxRestarts, 5);
        QCOMPARE(p.secretsEncryptedAtRest, std::optional<bool>(true));
        QCOMPARE(p.secretsEncryptionAttestedBy, u"Platform team (EncryptionConfiguration reviewed), 2026-11-02"_s);
        QCOMPARE(p.logRetentionDays, std::optional<int>(400));
        QCOMPARE(p.logRetentionAttestedBy, u"SRE, Loki retention"_s);
        QCOMPARE(policy->observationTtl, std::chrono::seconds(6 * 3600 + 30 * 60));
        QCOMPARE(policy->acceptedRisks.size(), 2);
        const AcceptedRisk &first = policy->acceptedRisks.constFirst();
        QCOMPARE(first.rule, u"KUBE-005"_s);
        QCOMPARE(first.datastore, u"redis*"_s);
        QCOMPARE(first.approvedBy, u"Jane Doe (CISO)"_s);
        QCOMPARE(first.expires, QDate(2027, 3, 31));
        QCOMPARE(first.line, 32);
        QCOMPARE(policy->acceptedRisks.at(1).line, 37);
        QCOMPARE(policy->path, u"/etc/proofer.yaml"_s);
        QCOMPARE(policy->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(kGood, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!policy->isBuiltIn());
    }

    void emptyFileIsTheBuiltInProfile()
    {
        const auto policy = PolicyLoader::parse("# nothing yet\n", u"p.yaml"_s);
        QVERIFY2(policy.ok(), qPrintable(policy.error()));
        QCOMPARE(policy->profile.minPasswordLength, Profile().minPasswordLength);
        QCOMPARE(policy->observationTtl, std::chrono::seconds(24 * 3600));
        QVERIFY(policy->acceptedRisks.isEmpty());
        QVERIFY(!policy->isBuiltIn()); // a file graded the scan, and its hash says which
    }

    void badFile_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, const char *yaml, int line, const char *message) {
            QTest::newRow(name) << QByteArray(yaml) << line << QString::fromUtf8(message);
        };
        row("unknown top-level key", "profile: {}\nacceptedRisk: []\n", 2,
            "unknown field \"acceptedRisk\" (known here: apiVersion, kind, profile, attestations, observations, "
            "acceptedRisks)");
        row("unknown profile key", "profile:\n  passwords:\n    minLength: 32\n    minLenght: 40\n", 4,
            "unknown field \"profile.passwords.minLenght\"");
        row("unknown risk key",
            "acceptedRisks:\n  - rule: KUBE-005\n    datastore: x\n    justification: j\n"
            "    approvedBy: a\n    expires: 2027-01-01\n    ticket: SEC-1\n",
            7, "unknown field \"acceptedRisks[0].ticket\"");
        row("duplicate key", "profile:\n  pods:\n    maxRestarts: 3\n    maxRestarts: 4\n", 4,
            "duplicate field \"profile.pods.maxRestarts\"");
        row("not a number", "profile:\n  passwords:\n    minLength: long\n", 3,
            "profile.passwords.minLength: must be a whole number from 8 to 1024, not \"long\"");
        row("quoted number", "profile:\n  passwords:\n    minLength: \"32\"\n", 3,
            "profile.passwords.minLength: must be a whole number from 8 to 1024, not \"32\"");
        row("out of range", "profile:\n  passwords:\n    minCharacterClasses: 5\n", 3,
            "profile.passwords.minCharacterClasses: must be a whole number from 1 to 4, not \"5\"");
        row("no value", "profile:\n  certificates:\n    renewalWindowDays:\n", 3,
            "profile.certificates.renewalWindowDays: needs a value");
        row("a list where a mapping goes", "profile:\n  - passwords\n", 2, "profile: must be a mapping, not a list");
        row("bad quantity", "profile:\n  storage:\n    pvcMinimumSize: two gigs\n", 3,
            "profile.storage.pvcMinimumSize: must be a Kubernetes quantity such as 2Gi or 500Mi, not \"two gigs\"");
        row("bad access mode", "profile:\n  storage:\n    pvcAccessMode: RWO\n", 3,
            "profile.storage.pvcAccessMode: must be one of ReadWriteOnce, ReadOnlyMany, ReadWriteMany, "
            "ReadWriteOncePod, not \"RWO\"");
        row("unchecked extension",
            "profile:\n  postgresql:\n    expectedExtensions:\n      - pgcrypto\n      - pg_stat_statements\n", 5,
            "profile.postgresql.expectedExtensions[1]: Proofer checks only the extension pgcrypto (PG-LOG-005), not "
            "\"pg_stat_statements\"");
        row("version not a major", "profile:\n  postgresql:\n    allowedVersions: [17, 9.6]\n", 3,
            "profile.postgresql.allowedVersions[1]: must be a whole number from 10 to 99, not \"9.6\"");
        row("no version allowed", "profile:\n  postgresql:\n    allowedVersions: []\n", 3,
            "profile.postgresql.allowedVersions: an empty list would refuse every version");
        row("bad ttl", "observations:\n  ttl: 1 day\n", 2,
            "observations.ttl: must be a duration from 0s to 30d (e.g. 24h, 90m, 2d), not \"1 day\"");
        row("ttl past the cache", "observations:\n  ttl: 31d\n", 2,
            "observations.ttl: must be a duration from 0s to 30d");
        row("attestation without who", "attestations:\n  secretsEncryptedAtRest:\n    value: true\n", 3,
            "attestations.secretsEncryptedAtRest.attestedBy: required");
        row("attestation not a boolean",
            "attestations:\n  secretsEncryptedAtRest:\n    value: probably\n    attestedBy: me\n", 3,
            "attestations.secretsEncryptedAtRest.value: must be true or false, not \"probably\"");
        row("unknown rule", "acceptedRisks:\n  - rule: KUBE-999\n", 2,
            "acceptedRisks[0].rule: unknown rule \"KUBE-999\"");
        row("risk without expiry",
            "acceptedRisks:\n  - rule: KUBE-005\n    datastore: redis\n    justification: j\n    approvedBy: a\n", 2,
            "acceptedRisks[0].expires: required");
        row("bad expiry",
            "acceptedRisks:\n  - rule: KUBE-005\n    datastore: redis\n    justification: j\n    approvedBy: a\n    "
            "expires: 31/03/2027\n",
            6, "acceptedRisks[0].expires: must be a date as YYYY-MM-DD, not \"31/03/2027\"");
        row("impossible date",
            "acceptedRisks:\n  - rule: KUBE-005\n    datastore: redis\n    justification: j\n    approvedBy: a\n    "
            "expires: 2027-02-30\n",
            6, "acceptedRisks[0].expires: must be a date as YYYY-MM-DD");
        row("empty justification",
            "acceptedRisks:\n  - rule: KUBE-005\n    datastore: redis\n    justification: \"  \"\n", 4,
            "acceptedRisks[0].justification: must be a text");
        row("risks not a list", "acceptedRisks:\n  rule: KUBE-005\n", 2,
            "acceptedRisks: must be a list, not a mapping");
        row("wrong kind", "kind: Deployment\n", 1, "kind: must be Policy, not \"Deployment\"");
        row("syntax error", "profile:\n  passwords: {minLength: 32\n", 2, "did not find expected");
        row("unknown anchor (no line from libyaml)", "profile: *nowhere\n", 0, "unknown anchor");
    }

    void badFile()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, message);
        const auto policy = PolicyLoader::parse(yaml, u"/work/.proofer.yaml"_s);
        QVERIFY2(!policy.ok(), "a bad file was accepted");
        const QString prefix
            = line > 0 ? QStringLiteral("/work/.proofer.yaml:%1: ").arg(line) : u"/work/.proofer.yaml: "_s;
        QVERIFY2(policy.error().startsWith(prefix), qPrintable(policy.error()));
        QVERIFY2(policy.error().contains(message), qPrintable(policy.error()));
    }

    void bounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.yaml"_s);
        write(path, QByteArray("# ") + QByteArray(PolicyLoader::MaxFileBytes, 'x'));
        const auto policy = PolicyLoader::load(path);
        QVERIFY(!policy.ok());
        QVERIFY2(policy.error().contains(u"larger than 256 KiB"_s), qPrintable(policy.error()));
        QByteArray deep = "profile:\n";
        for (int i = 0; i < 40; ++i)
            deep += QByteArray(2 * (i + 1), ' ') + "k" + QByteArray::number(i) + ":\n";
        QVERIFY(!PolicyLoader::parse(deep, u"deep.yaml"_s).ok());
    }

    void searchOrder_data()
    {
        QTest::addColumn<bool>("explicitFile");
        QTest::addColumn<bool>("envFile");
        QTest::addColumn<bool>("cwdFile");
        QTest::addColumn<bool>("xdgFile");
        QTest::addColumn<bool>("xdgUnset"); // then ~/.config
        QTest::addColumn<QString>("expected"); // which one wins: explicit, env, cwd, xdg, home, built-in
        QTest::newRow("--policy beats everything") << true << true << true << true << false << u"explicit"_s;
        QTest::newRow("PROOFER_POLICY beats the directory") << false << true << true << true << false << u"env"_s;
        QTest::newRow("./.proofer.yaml beats XDG") << false << false << true << true << false << u"cwd"_s;
        QTest::newRow("XDG_CONFIG_HOME") << false << false << false << true << false << u"xdg"_s;
        QTest::newRow("~/.config without XDG_CONFIG_HOME") << false << false << false << true << true << u"home"_s;
        QTest::newRow("none: built-in") << false << false << false << false << false << u"built-in"_s;
    }

    void searchOrder()
    {
        QFETCH(bool, explicitFile);
        QFETCH(bool, envFile);
        QFETCH(bool, cwdFile);
        QFETCH(bool, xdgFile);
        QFETCH(bool, xdgUnset);
        QFETCH(QString, expected);
        QTemporaryDir root;
        const QString explicitPath = root.filePath(u"explicit.yaml"_s);
        const QString envPath = root.filePath(u"env.yaml"_s);
        const QString cwd = root.filePath(u"work"_s);
        const QString xdg = root.filePath(u"xdg"_s);
        const QString home = root.filePath(u"home"_s);
        QDir().mkpath(cwd);
        if (explicitFile)
            write(explicitPath, "kind: Policy\n");
        if (envFile)
            write(envPath, "kind: Policy\n");
        if (cwdFile)
            write(cwd + u"/.proofer.yaml"_s, "kind: Policy\n");
        if (xdgFile)
            write((xdgUnset ? home + u"/.config"_s : xdg) + u"/proofer/policy.yaml"_s, "kind: Policy\n");
        QProcessEnvironment env;
        env.insert(u"HOME"_s, home);
        if (!xdgUnset)
            env.insert(u"XDG_CONFIG_HOME"_s, xdg);
        if (envFile)
            env.insert(u"PROOFER_POLICY"_s, envPath);
        const auto location = PolicyLoader::locate(explicitFile ? explicitPath : QString(), env, cwd);
        QVERIFY2(location.ok(), qPrintable(location.error()));
        const QMap<QString, QPair<QString, QString>> wanted {
            { u"explicit"_s, { explicitPath, u"--policy"_s } },
            { u"env"_s, { envPath, u"PROOFER_POLICY"_s } },
            { u"cwd"_s, { cwd + u"/.proofer.yaml"_s, u"./.proofer.yaml"_s } },
            { u"xdg"_s, { xdg + u"/proofer/policy.yaml"_s, u"XDG_CONFIG_HOME"_s } },
            { u"home"_s, { home + u"/.config/proofer/policy.yaml"_s, u"XDG_CONFIG_HOME"_s } },
            { u"built-in"_s, { QString(), QString() } },
        };
        QCOMPARE(location->path, wanted.value(expected).first);
        QCOMPARE(location->foundBy, wanted.value(expected).second);

        const auto policy = PolicyLoader::find(explicitFile ? explicitPath : QString(), env, cwd);
        QVERIFY2(policy.ok(), qPrintable(policy.error()));
        QCOMPARE(policy->sourceName(), expected == u"built-in" ? u"built-in"_s : wanted.value(expected).first);
    }

    void namedFileMustExist()
    {
        QTemporaryDir root;
        QProcessEnvironment env;
        env.insert(u"HOME"_s, root.path());
        const auto missing = PolicyLoader::locate(root.filePath(u"nope.yaml"_s), env, root.path());
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(u"nope.yaml (--policy) does not exist"_s), qPrintable(missing.error()));
        env.insert(u"PROOFER_POLICY"_s, root.filePath(u"gone.yaml"_s));
        const auto fromEnv = PolicyLoader::locate(QString(), env, root.path());
        QVERIFY(!fromEnv.ok());
        QVERIFY2(fromEnv.error().contains(u"gone.yaml (PROOFER_POLICY) does not exist"_s), qPrintable(fromEnv.error()));
        // A broken file found by the search is an error too, never silently the built-in policy.
        write(root.filePath(u".proofer.yaml"_s), "profile:\n  typo: 1\n");
        env.remove(u"PROOFER_POLICY"_s);
        const auto broken = PolicyLoader::find(QString(), env, root.path());
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().startsWith(root.filePath(u".proofer.yaml:2: "_s)), qPrintable(broken.error()));
    }
};

QTEST_GUILESS_MAIN(TestPolicyLoader)
#include "testpolicyloader.moc"
