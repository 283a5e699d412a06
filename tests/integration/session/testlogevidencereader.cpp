// SPDX-License-Identifier: GPL-3.0-or-later
// The scan's log evidence (checklist items 7 and 8) read from the Kubernetes API emulator over HTTPS: twelve pods
// with a full-size log each (500 lines, ~512 KiB: the reader's bounds) give the same classification as
// Fleet::classifyLog on the same text, now that the classification (regular expressions over every line) runs on the
// pool instead of the reader's thread, the console's GUI thread (#18 §3); a rescan's start() replaces a run under way.
#include "emulatorfixture.h"
#include "kubetestutil.h"

#include "fleet/logevidence.h"
#include "kube/kubeclient.h"
#include "session/logevidencereader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <time.h>

namespace {

constexpr int kPods = 12;

/** CPU time this thread has used, in ms. */
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

/**
 * 500 lines of a busy PostgreSQL log of about 1 KiB each, written within the last minutes: statements, connections,
 * and every 25th line a TLS error from a client (@p pod varies the text).
 */
QByteArray busyLog(int pod)
{
    QByteArray log;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-120);
    const QByteArray padding(1400, 'x');
    for (int i = 0; i < 500; ++i) {
        const QByteArray time = start.addMSecs(i * 200).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).toLatin1() + " UTC";
        if (i % 25 == 0)
            log += time + " [" + QByteArray::number(100 + i) + "] LOG:  could not accept SSL connection: "
                   "unsupported protocol (client 10.0.0." + QByteArray::number(pod) + ")\n";
        else if (i % 3 == 0)
            log += time + " [" + QByteArray::number(100 + i) + "] LOG:  connection authorized: user=auth_user "
                   "database=auth_db SSL enabled (protocol=TLSv1.3)\n";
        else
            log += time + " [" + QByteArray::number(100 + i) + "] LOG:  statement: SELECT * FROM orders WHERE note = '"
                   + padding + "'\n";
    }
    return log;
}

} // namespace

class TestLogEvidenceReader final : public QObject
{
    Q_OBJECT

private:
    Test::Emulator m_emulator;

private slots:
    void initTestCase() { QVERIFY2(m_emulator.isValid(), qPrintable(m_emulator.errorString())); }

    void classifiesOffTheCallersThread()
    {
        Fleet::ClusterObjects objects;
        QList<Fleet::DatastoreReport> reports;
        QHash<QString, QByteArray> logs;
        for (int i = 0; i < kPods; ++i) {
            const QString pod = QStringLiteral("db%1-0").arg(i);
            QJsonObject object = m_emulator.addPod(pod);
            QJsonObject spec = object.value(QStringLiteral("spec")).toObject();
            spec.insert(QStringLiteral("containers"),
                        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("postgres") } } });
            object.insert(QStringLiteral("spec"), spec);
            objects.pods << object;
            logs.insert(pod, busyLog(i));
            const QString path = m_emulator.dir() + u'/' + pod + QStringLiteral(".log");
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(logs.value(pod));
            file.close();
            m_emulator.server().setPodLogFile(m_emulator.namespaceName(), pod, path);
            Fleet::DatastoreReport report;
            report.name = QStringLiteral("db%1").arg(i);
            Fleet::Datastore store;
            store.name = report.name;
            Fleet::PodFacts facts;
            facts.name = pod;
            store.pods << facts;
            report.k8s = store;
            reports << report;
        }
        QVERIFY(logs.value(QStringLiteral("db0-0")).size() > 400 * 1024);

        // What the classification costs on one thread, for the twelve logs.
        double classifyMs = threadCpuMs();
        QHash<QString, Fleet::PodLogRead> expected;
        for (auto it = logs.cbegin(); it != logs.cend(); ++it)
            expected.insert(it.key(), Fleet::classifyLog(it.value(), {}));
        classifyMs = threadCpuMs() - classifyMs;
        QVERIFY(expected.value(QStringLiteral("db0-0")).tlsErrorCount == 20);

        Kube::KubeClient client(Test::contextFor(m_emulator.kubeconfigPath()));
        Session::LogEvidenceReader reader(&client);
        QSignalSpy finished(&reader, &Session::LogEvidenceReader::finished);
        const double before = threadCpuMs();
        // A first run (reading 10 lines a pod), replaced at once by a second (a rescan): one finished(), the second's,
        // with nothing of the first's streams in it.
        Session::LogEvidenceReader::Limits shortTail;
        shortTail.tailLines = 10;
        reader.setLimits(shortTail);
        reader.start(m_emulator.namespaceName(), reports.mid(0, 3), objects, {});
        QTest::qWait(5);
        reader.setLimits({});
        reader.start(m_emulator.namespaceName(), reports, objects, {});
        QVERIFY(finished.wait(60000));
        const double readerMs = threadCpuMs() - before;
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);

        const auto observed = finished.constFirst().constFirst().value<QHash<QString, Fleet::LogObservation>>();
        QCOMPARE(observed.size(), qsizetype(kPods));
        for (const Fleet::DatastoreReport &report : std::as_const(reports)) {
            const Fleet::PodLogRead &read = observed.value(report.name).datastore;
            const Fleet::PodLogRead &direct = expected.value(report.k8s->pods.first().name);
            QVERIFY2(read.read, qPrintable(report.name + u": " + read.error));
            QCOMPARE(read.pod, report.k8s->pods.first().name);
            QCOMPARE(read.linesRead, direct.linesRead);
            QCOMPARE(read.tlsErrorCount, direct.tlsErrorCount);
            QCOMPARE(read.tlsErrors, direct.tlsErrors);
            QCOMPARE(read.auditLines, direct.auditLines);
        }
        // Measured, not asserted (both depend on the machine): the classification was a small part of this thread's
        // work, which here also includes serving the logs (the emulator lives on this thread).
        qInfo("classification of %d logs: %.1f ms CPU on one thread; the reader's thread used %.1f ms CPU in all",
              kPods, classifyMs, readerMs);
    }
};

QTEST_GUILESS_MAIN(TestLogEvidenceReader)
#include "testlogevidencereader.moc"
