// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's pure parts, without a network: label/field selectors, RFC 7386 merge patches (the RFC's own
// examples), and the object store's versions, preconditions and watch history (compaction → too old).
#include "demo/objectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonValue value(const QByteArray &json)
{
    // Wrap, so that scalars and arrays parse too.
    return QJsonDocument::fromJson("{\"v\":" + json + '}').object().value("v"_L1);
}

QString rv(const QJsonObject &o)
{
    return Demo::valueAtPath(o, u"metadata.resourceVersion"_s).toString();
}

} // namespace

class TestEmulatorStore final : public QObject
{
    Q_OBJECT

private slots:
    void labelSelector_data();
    void labelSelector();
    void fieldSelector();
    void mergePatch_data();
    void mergePatch();
    void createReplaceRemove();
    void historyAndCompaction();
    void generateName();
};

void TestEmulatorStore::labelSelector_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("matches");
    // The object: labels app=web, tier=frontend.
    QTest::newRow("empty") << u""_s << true << true;
    QTest::newRow("equals") << u"app=web"_s << true << true;
    QTest::newRow("double equals") << u"app==web"_s << true << true;
    QTest::newRow("equals other") << u"app=db"_s << true << false;
    QTest::newRow("not equals") << u"app!=db"_s << true << true;
    QTest::newRow("not equals same") << u"app!=web"_s << true << false;
    QTest::newRow("not equals absent key") << u"zone!=a"_s << true << true;
    QTest::newRow("exists") << u"tier"_s << true << true;
    QTest::newRow("exists absent") << u"zone"_s << true << false;
    QTest::newRow("not exists") << u"!zone"_s << true << true;
    QTest::newRow("not exists present") << u"!app"_s << true << false;
    QTest::newRow("in") << u"app in (db, web)"_s << true << true;
    QTest::newRow("in other") << u"app in (db,cache)"_s << true << false;
    QTest::newRow("notin") << u"app notin (db)"_s << true << true;
    QTest::newRow("notin same") << u"app notin (web,db)"_s << true << false;
    QTest::newRow("and") << u"app=web,tier=frontend"_s << true << true;
    QTest::newRow("and one fails") << u"app=web,tier=backend"_s << true << false;
    QTest::newRow("in and equals") << u"app in (web,db),tier=frontend"_s << true << true;
    QTest::newRow("empty term") << u"app=web,,tier=frontend"_s << false << false;
    QTest::newRow("space in key") << u"my app=web"_s << false << false;
}

void TestEmulatorStore::labelSelector()
{
    QFETCH(QString, selector);
    QFETCH(bool, valid);
    QFETCH(bool, matches);
    const QJsonObject pod = object(R"({"metadata":{"name":"p","labels":{"app":"web","tier":"frontend"}}})");
    const Demo::Selector parsed = Demo::Selector::parse(selector, Demo::Selector::Kind::Labels);
    QCOMPARE(parsed.isValid(), valid);
    if (valid)
        QCOMPARE(parsed.matches(pod), matches);
}

void TestEmulatorStore::fieldSelector()
{
    const QJsonObject event = object(R"({"metadata":{"name":"e1","namespace":"ns"},
        "involvedObject":{"kind":"Pod","name":"web-1","namespace":"ns"},"count":3})");
    const auto matches = [&](const QString &text) {
        const Demo::Selector selector = Demo::Selector::parse(text, Demo::Selector::Kind::Fields);
        return selector.isValid() && selector.matches(event);
    };
    QVERIFY(matches(u"metadata.name=e1"_s));
    QVERIFY(!matches(u"metadata.name=e2"_s));
    QVERIFY(matches(u"involvedObject.name=web-1,involvedObject.namespace=ns,involvedObject.kind=Pod"_s));
    QVERIFY(matches(u"involvedObject.uid="_s)); // absent compares as ""
    QVERIFY(matches(u"metadata.name!=other"_s));
    QVERIFY(matches(u"count=3"_s));
    QVERIFY(!Demo::Selector::parse(u"metadata.name"_s, Demo::Selector::Kind::Fields).isValid());
    QCOMPARE(
        Demo::Selector::parse(u"metadata.name=x"_s, Demo::Selector::Kind::Fields).equalityValue(u"metadata.name"_s),
        u"x"_s);
}

void TestEmulatorStore::mergePatch_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("result");
    // RFC 7386, appendix A.
    QTest::newRow("A1") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"a":"c"})") << QByteArray(R"({"a":"c"})");
    QTest::newRow("A2") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"b":"c"})")
                        << QByteArray(R"({"a":"b","b":"c"})");
    QTest::newRow("A3") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"a":null})") << QByteArray(R"({})");
    QTest::newRow("A4") << QByteArray(R"({"a":"b","b":"c"})") << QByteArray(R"({"a":null})")
                        << QByteArray(R"({"b":"c"})");
    QTest::newRow("A5") << QByteArray(R"({"a":["b"]})") << QByteArray(R"({"a":"c"})") << QByteArray(R"({"a":"c"})");
    QTest::newRow("A6") << QByteArray(R"({"a":"c"})") << QByteArray(R"({"a":["b"]})") << QByteArray(R"({"a":["b"]})");
    QTest::newRow("A7") << QByteArray(R"({"a":{"b":"c"}})") << QByteArray(R"({"a":{"b":"d","c":null}})")
                        << QByteArray(R"({"a":{"b":"d"}})");
    QTest::newRow("A8") << QByteArray(R"({"a":[{"b":"c"}]})") << QByteArray(R"({"a":[1]})")
                        << QByteArray(R"({"a":[1]})");
    QTest::newRow("A9") << QByteArray(R"(["a","b"])") << QByteArray(R"(["c","d"])") << QByteArray(R"(["c","d"])");
    QTest::newRow("A10") << QByteArray(R"({"a":"b"})") << QByteArray(R"(["c"])") << QByteArray(R"(["c"])");
    QTest::newRow("A11") << QByteArray(R"({"a":"foo"})") << QByteArray("null") << QByteArray("null");
    QTest::newRow("A12") << QByteArray(R"({"a":"foo"})") << QByteArray(R"("bar")") << QByteArray(R"("bar")");
    QTest::newRow("A13") << QByteArray(R"({"e":null})") << QByteArray(R"({"a":1})")
                         << QByteArray(R"({"e":null,"a":1})");
    QTest::newRow("A14") << QByteArray(R"([1,2])") << QByteArray(R"({"a":"b","c":null})") << QByteArray(R"({"a":"b"})");
    QTest::newRow("A15") << QByteArray(R"({})") << QByteArray(R"({"a":{"bb":{"ccc":null}}})")
                         << QByteArray(R"({"a":{"bb":{}}})");
    QTest::newRow("restart annotation")
        << QByteArray(R"({"spec":{"replicas":2,"template":{"metadata":{"labels":{"app":"web"}}}}})")
        << QByteArray(R"({"spec":{"template":{"metadata":{"annotations":{"kubectl.kubernetes.io/restartedAt":"t"}}}}})")
        << QByteArray(R"({"spec":{"replicas":2,"template":{"metadata":{"labels":{"app":"web"},)"
                      R"("annotations":{"kubectl.kubernetes.io/restartedAt":"t"}}}}})");
}

void TestEmulatorStore::mergePatch()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, result);
    QCOMPARE(Demo::mergePatch(value(target), value(patch)), value(result));
}

void TestEmulatorStore::createReplaceRemove()
{
    Demo::ObjectStore store;
    QSignalSpy changed(&store, &Demo::ObjectStore::changed);
    Demo::ObjectStore::Result result;
    const QJsonObject created
        = store.create(u"secrets"_s, u"ns"_s, object(R"({"kind":"Secret","metadata":{"name":"s"}})"), &result);
    QCOMPARE(result, Demo::ObjectStore::Result::Ok);
    QCOMPARE(Demo::valueAtPath(created, u"metadata.namespace"_s).toString(), u"ns"_s);
    QVERIFY(!Demo::valueAtPath(created, u"metadata.uid"_s).toString().isEmpty());
    QVERIFY(!Demo::valueAtPath(created, u"metadata.creationTimestamp"_s).toString().isEmpty());
    QCOMPARE(rv(created), QString::number(store.currentResourceVersion()));

    store.create(u"secrets"_s, u"ns"_s, object(R"({"metadata":{"name":"s"}})"), &result);
    QCOMPARE(result, Demo::ObjectStore::Result::AlreadyExists);
    store.create(u"secrets"_s, u"ns"_s, object(R"({"metadata":{}})"), &result);
    QCOMPARE(result, Demo::ObjectStore::Result::Invalid);

    // A stale resourceVersion is a conflict; the current one (or none) replaces, keeping uid and creation time.
    store.replace(u"secrets"_s, u"ns"_s, u"s"_s, object(R"({"metadata":{"resourceVersion":"1"}})"), &result);
    QCOMPARE(result, Demo::ObjectStore::Result::Conflict);
    QJsonObject next = created;
    next.insert("data"_L1, QJsonObject { { "k"_L1, "dg=="_L1 } });
    const QJsonObject replaced = store.replace(u"secrets"_s, u"ns"_s, u"s"_s, next, &result);
    QCOMPARE(result, Demo::ObjectStore::Result::Ok);
    QVERIFY(rv(replaced).toLongLong() > rv(created).toLongLong());
    QCOMPARE(Demo::valueAtPath(replaced, u"metadata.uid"_s), Demo::valueAtPath(created, u"metadata.uid"_s));
    store.replace(u"secrets"_s, u"ns"_s, u"missing"_s, next, &result);
    QCOMPARE(result, Demo::ObjectStore::Result::NotFound);

    store.create(u"secrets"_s, u"other"_s, object(R"({"metadata":{"name":"a"}})"));
    store.create(u"secrets"_s, u"ns"_s, object(R"({"metadata":{"name":"a"}})"));
    store.create(u"configmaps"_s, u"ns"_s, object(R"({"metadata":{"name":"c"}})"));
    QCOMPARE(store.list(u"secrets"_s, u"ns"_s).size(), 2);
    QCOMPARE(store.list(u"secrets"_s).size(), 3);
    QCOMPARE(Demo::valueAtPath(store.list(u"secrets"_s, u"ns"_s).first(), u"metadata.name"_s).toString(), u"a"_s);

    const QJsonObject removed = store.remove(u"secrets"_s, u"ns"_s, u"s"_s, &result);
    QCOMPARE(result, Demo::ObjectStore::Result::Ok);
    QCOMPARE(rv(removed), QString::number(store.currentResourceVersion()));
    QVERIFY(!store.contains(u"secrets"_s, u"ns"_s, u"s"_s));
    store.remove(u"secrets"_s, u"ns"_s, u"s"_s, &result);
    QCOMPARE(result, Demo::ObjectStore::Result::NotFound);
    QCOMPARE(changed.count(), 6); // 4 creates, 1 replace, 1 delete
}

void TestEmulatorStore::historyAndCompaction()
{
    Demo::ObjectStore store;
    const qint64 start = store.currentResourceVersion();
    store.create(u"pods"_s, u"ns"_s, object(R"({"metadata":{"name":"a"}})"));
    store.create(u"pods"_s, u"other"_s, object(R"({"metadata":{"name":"b"}})"));
    store.create(u"secrets"_s, u"ns"_s, object(R"({"metadata":{"name":"s"}})"));
    store.remove(u"pods"_s, u"ns"_s, u"a"_s);
    bool tooOld = true;
    QList<Demo::StoreEvent> events = store.eventsSince(u"pods"_s, u"ns"_s, start, &tooOld);
    QVERIFY(!tooOld);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).type, u"ADDED"_s);
    QCOMPARE(events.at(1).type, u"DELETED"_s);
    QCOMPARE(store.eventsSince(u"pods"_s, {}, start, &tooOld).size(), 3);
    QCOMPARE(store.eventsSince(u"pods"_s, {}, events.at(0).resourceVersion, &tooOld).size(), 2);

    store.compact();
    store.eventsSince(u"pods"_s, u"ns"_s, start, &tooOld);
    QVERIFY(tooOld);
    store.eventsSince(u"pods"_s, u"ns"_s, store.currentResourceVersion(), &tooOld);
    QVERIFY(!tooOld);

    // A bounded history compacts the oldest changes by itself.
    store.setHistoryLimit(2);
    const qint64 beforeBurst = store.currentResourceVersion();
    for (int i = 0; i < 5; ++i)
        store.create(u"configmaps"_s, u"ns"_s,
                     object(QByteArray(R"({"metadata":{"name":"c)") + QByteArray::number(i) + R"("}})"));
    store.eventsSince(u"configmaps"_s, u"ns"_s, beforeBurst, &tooOld);
    QVERIFY(tooOld);
    QCOMPARE(store.eventsSince(u"configmaps"_s, u"ns"_s, store.currentResourceVersion() - 2, &tooOld).size(), 2);
    QVERIFY(!tooOld);
}

void TestEmulatorStore::generateName()
{
    Demo::ObjectStore store;
    const QJsonObject a = store.create(u"pods"_s, u"ns"_s, object(R"({"metadata":{"generateName":"web-"}})"));
    const QJsonObject b = store.create(u"pods"_s, u"ns"_s, object(R"({"metadata":{"generateName":"web-"}})"));
    const QString nameA = Demo::valueAtPath(a, u"metadata.name"_s).toString();
    QVERIFY(nameA.startsWith(u"web-"_s));
    QCOMPARE(nameA.size(), 9);
    QVERIFY(nameA != Demo::valueAtPath(b, u"metadata.name"_s).toString());
}

QTEST_GUILESS_MAIN(TestEmulatorStore)
#include "testemulatorstore.moc"
