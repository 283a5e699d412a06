// SPDX-License-Identifier: GPL-3.0-or-later
// The ConfigMap form of a published snapshot (report/publish), without a cluster: --publish's argument, the copies'
// names (valid Kubernetes names), plain JSON up to 512 KiB and gzip + base64 above, said in an annotation; a snapshot
// still over 1 MiB compressed refused with its sizes; reading back either form, bounded at 8 MiB (a gzip bomb stops
// there), and what is not Proofer's or is broken refused with a reason.
#include "report/publish.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

namespace {

QString key(const char16_t *text)
{
    return QString::fromUtf16(text);
}

Report::PublishFacts facts()
{
    return { QStringLiteral("B+"), 86.4, QDateTime(QDate(2026, 12, 8), QTime(3, 12, 5), Qt::UTC) };
}

/** A snapshot-like JSON document of about @p bytes, compressible (repeated findings). */
QByteArray compressibleJson(qsizetype bytes)
{
    QByteArray json = "{\"datastores\":[";
    for (int i = 0; json.size() < bytes; ++i)
        json += "{\"name\":\"db-" + QByteArray::number(i) + "\",\"finding\":\"ssl_min_protocol_version is TLSv1.2\"},";
    json.chop(1);
    json += "]}";
    return json;
}

/** JSON holding @p bytes of random hex: gzip cannot make it much smaller. */
QByteArray incompressibleJson(qsizetype bytes)
{
    QByteArray random(bytes / 2, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : random)
        c = char(generator.bounded(256));
    return "{\"noise\":\"" + random.toHex() + "\"}";
}

QString annotation(const QJsonObject &configMap, const char16_t *name)
{
    return configMap.value(QStringLiteral("metadata"))
        .toObject()
        .value(QStringLiteral("annotations"))
        .toObject()
        .value(key(name))
        .toString();
}

} // namespace

class TestPublish final : public QObject
{
    Q_OBJECT

private slots:
    void publishSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("name"); ///< empty: refused
        QTest::newRow("configmap") << QStringLiteral("configmap") << QStringLiteral("proofer-snapshot");
        QTest::newRow("configmap/NAME") << QStringLiteral("configmap/bakery-grade") << QStringLiteral("bakery-grade");
        QTest::newRow("another kind") << QStringLiteral("secret/x") << QString();
        QTest::newRow("empty name") << QStringLiteral("configmap/") << QString();
        QTest::newRow("upper case") << QStringLiteral("configmap/Proofer") << QString();
        QTest::newRow("a dot") << QStringLiteral("configmap/a.b") << QString();
        QTest::newRow("ends with -") << QStringLiteral("configmap/proofer-") << QString();
        QTest::newRow("too long for the label") << QStringLiteral("configmap/") + QString(64, u'a') << QString();
    }

    void publishSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QString, name);
        const auto parsed = Report::parsePublishSpec(spec);
        if (name.isEmpty()) {
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.error().contains(QStringLiteral("--publish")), qPrintable(parsed.error()));
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
            QCOMPARE(*parsed, name);
        }
    }

    void copyNamesAreKubernetesNames()
    {
        const QString name = Report::historyName(QStringLiteral("proofer-snapshot"), facts().scannedAt);
        QCOMPARE(name, QStringLiteral("proofer-snapshot-20261208t031205z"));
        // An RFC 1123 subdomain, as the API server requires of a ConfigMap's name (no upper case).
        static const QRegularExpression rfc1123(
            QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
        QVERIFY(rfc1123.match(name).hasMatch());
        // The longest name --publish accepts still makes a valid copy name.
        QVERIFY(Report::historyName(QString(63, u'a'), facts().scannedAt).size() <= 253);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("small: plain JSON") << compressibleJson(4 * 1024) << QStringLiteral("json");
        QTest::newRow("exactly 512 KiB: plain JSON")
            << compressibleJson(512 * 1024).left(512 * 1024) << QStringLiteral("json");
        QTest::newRow("600 KiB: gzip + base64") << compressibleJson(600 * 1024) << QStringLiteral("gzip+base64");
        QTest::newRow("5 MiB that compresses: gzip + base64")
            << compressibleJson(5 * 1024 * 1024) << QStringLiteral("gzip+base64");
    }

    void encodings()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, encoding);
        const auto configMap
            = Report::snapshotConfigMap(json, QStringLiteral("proofer-snapshot"), QStringLiteral("bakery-ia"), facts());
        QVERIFY2(configMap.ok(), qPrintable(configMap.error()));
        const QJsonObject metadata = configMap->value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("name")).toString(), QStringLiteral("proofer-snapshot"));
        QCOMPARE(metadata.value(QStringLiteral("namespace")).toString(), QStringLiteral("bakery-ia"));
        const QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
        QCOMPARE(labels.value(key(Report::PublishKeys::Name)).toString(), QStringLiteral("proofer"));
        QCOMPARE(labels.value(key(Report::PublishKeys::ManagedBy)).toString(), QStringLiteral("proofer"));
        QCOMPARE(labels.value(key(Report::PublishKeys::Role)).toString(), QStringLiteral("latest"));
        QCOMPARE(annotation(*configMap, Report::PublishKeys::Encoding), encoding);
        QCOMPARE(annotation(*configMap, Report::PublishKeys::Grade), QStringLiteral("B+"));
        QCOMPARE(annotation(*configMap, Report::PublishKeys::Score), QStringLiteral("86.4"));
        QCOMPARE(annotation(*configMap, Report::PublishKeys::ScannedAt), QStringLiteral("2026-12-08T03:12:05Z"));
        const bool plain = encoding == u"json";
        QCOMPARE(configMap->contains(QStringLiteral("data")), plain);
        QCOMPARE(configMap->contains(QStringLiteral("binaryData")), !plain);
        if (!plain) {
            const qsizetype stored = configMap->value(QStringLiteral("binaryData"))
                                         .toObject()
                                         .value(key(Report::PublishKeys::BinaryKey))
                                         .toString()
                                         .size();
            QVERIFY(stored <= Report::PublishLimits::PublishedMax);
        }
        // What the API server stores and sends back is JSON: read back from its text.
        const QJsonObject stored = QJsonDocument::fromJson(QJsonDocument(*configMap).toJson()).object();
        const auto decoded = Report::decodeSnapshotConfigMap(stored);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(*decoded, json);
    }

    void copyIsLabelledAsHistory()
    {
        const auto copy = Report::snapshotConfigMap("{}", QStringLiteral("proofer-snapshot"),
                                                    QStringLiteral("bakery-ia"), facts(), true);
        QVERIFY(copy.ok());
        const QJsonObject metadata = copy->value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("name")).toString(),
                 QStringLiteral("proofer-snapshot-20261208t031205z"));
        const QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
        QCOMPARE(labels.value(key(Report::PublishKeys::Series)).toString(), QStringLiteral("proofer-snapshot"));
        QCOMPARE(labels.value(key(Report::PublishKeys::Role)).toString(), QStringLiteral("history"));
    }

    void noGradeIsSaid()
    {
        const auto configMap = Report::snapshotConfigMap("{}", QStringLiteral("x"), QStringLiteral("ns"),
                                                         { QString(), std::nullopt, facts().scannedAt });
        QVERIFY(configMap.ok());
        QCOMPARE(annotation(*configMap, Report::PublishKeys::Grade), QStringLiteral("N/A"));
        QCOMPARE(annotation(*configMap, Report::PublishKeys::Score), QString());
    }

    void tooLargeIsRefusedWithItsSizes()
    {
        const QByteArray json = incompressibleJson(2 * 1024 * 1024);
        const auto configMap
            = Report::snapshotConfigMap(json, QStringLiteral("proofer-snapshot"), QStringLiteral("bakery-ia"), facts());
        QVERIFY(!configMap.ok());
        QVERIFY2(configMap.error().contains(QStringLiteral("too large to publish")), qPrintable(configMap.error()));
        QVERIFY2(configMap.error().contains(QStringLiteral("1024 KiB")), qPrintable(configMap.error()));
        QVERIFY2(configMap.error().contains(QString::number(double(json.size()) / 1024.0, 'f', 0)
                                            + QStringLiteral(" KiB of JSON")),
                 qPrintable(configMap.error()));
    }

    void readingBackIsBounded()
    {
        // 9 MiB of zeros compress to a few KiB: published that way, reading it back stops at 8 MiB.
        const QByteArray bomb(9 * 1024 * 1024, '0');
        const auto configMap
            = Report::snapshotConfigMap(bomb, QStringLiteral("proofer-snapshot"), QStringLiteral("ns"), facts());
        QVERIFY2(configMap.ok(), qPrintable(configMap.error()));
        QVERIFY(QJsonDocument(*configMap).toJson().size() < 64 * 1024);
        const auto decoded = Report::decodeSnapshotConfigMap(*configMap);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(QStringLiteral("8192 KiB")), qPrintable(decoded.error()));
        // The same under a lower bound, and the plain form too.
        QVERIFY(!Report::decodeSnapshotConfigMap(*configMap, 1024).ok());
        const auto plain
            = Report::snapshotConfigMap(QByteArray(2048, 'x'), QStringLiteral("p"), QStringLiteral("ns"), facts());
        QVERIFY(plain.ok());
        QVERIFY(!Report::decodeSnapshotConfigMap(*plain, 1024).ok());
        QVERIFY(Report::decodeSnapshotConfigMap(*plain, 4096).ok());
    }

    void brokenOrForeignIsRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("not labelled as Proofer's")
            << QStringLiteral("label") << QStringLiteral("not a snapshot published by Proofer");
        QTest::newRow("unknown encoding") << QStringLiteral("encoding") << QStringLiteral("unknown encoding");
        QTest::newRow("broken base64") << QStringLiteral("base64") << QStringLiteral("not valid base64");
        QTest::newRow("not gzip") << QStringLiteral("gzip") << QStringLiteral("gzip");
        QTest::newRow("gzip cut short") << QStringLiteral("short") << QStringLiteral("ends early");
        QTest::newRow("no data key") << QStringLiteral("nokey") << QStringLiteral("has no binaryData key");
    }

    void brokenOrForeignIsRefused()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        auto made = Report::snapshotConfigMap(compressibleJson(700 * 1024), QStringLiteral("s"), QStringLiteral("ns"),
                                              facts());
        QVERIFY(made.ok());
        QJsonObject configMap = *made;
        QJsonObject metadata = configMap.value(QStringLiteral("metadata")).toObject();
        QJsonObject labels = metadata.value(QStringLiteral("labels")).toObject();
        QJsonObject annotations = metadata.value(QStringLiteral("annotations")).toObject();
        QJsonObject binary = configMap.value(QStringLiteral("binaryData")).toObject();
        const QString binaryKey = key(Report::PublishKeys::BinaryKey);
        if (change == u"label")
            labels.remove(key(Report::PublishKeys::ManagedBy));
        else if (change == u"encoding")
            annotations.insert(key(Report::PublishKeys::Encoding), QStringLiteral("zstd"));
        else if (change == u"base64")
            binary.insert(binaryKey, QStringLiteral("@@not base64@@"));
        else if (change == u"gzip")
            binary.insert(binaryKey, QString::fromLatin1(QByteArray("plain text, not gzip").toBase64()));
        else if (change == u"short")
            binary.insert(
                binaryKey,
                QString::fromLatin1(
                    QByteArray::fromBase64(binary.value(binaryKey).toString().toLatin1()).left(500).toBase64()));
        else if (change == u"nokey")
            binary.remove(binaryKey);
        metadata.insert(QStringLiteral("labels"), labels);
        metadata.insert(QStringLiteral("annotations"), annotations);
        configMap.insert(QStringLiteral("metadata"), metadata);
        configMap.insert(QStringLiteral("binaryData"), binary);
        const auto decoded = Report::decodeSnapshotConfigMap(configMap);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().contains(message), qPrintable(decoded.error()));
    }
};

QTEST_GUILESS_MAIN(TestPublish)
#include "testpublish.moc"
