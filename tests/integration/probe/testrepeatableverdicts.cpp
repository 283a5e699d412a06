// SPDX-License-Identifier: GPL-3.0-or-later
// Identical servers, identical verdicts: consecutive scans of a small real fleet (the demo's PostgreSQL and Redis,
// in process, probed through port-forwards as in a cluster) while both cores are kept busy give the same outcome for
// every rule of every datastore, and the plaintext check (TLS-002) reads pg_hba.conf's refusal ("no pg_hba.conf
// entry … no encryption") as refused every time, never "not assessed: server closed the connection unexpectedly".
#include "core/translations.h"
#include "demofixture.h"
#include "kube/kubeconfigloader.h"
#include "session/fleetsession.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

/** Every rule's outcome per datastore, and each PostgreSQL's plaintext verdict: what must not change between scans. */
QString verdictsOf(const FleetSession &session, QStringList *plaintext)
{
    QStringList lines;
    for (const Audit::Assessment &assessment : session.audit()->assessments) {
        lines << assessment.key() + u'=' + QString::number(int(assessment.outcome.status))
                + (assessment.outcome.isAssessed() ? QString() : u' ' + assessment.outcome.reason);
    }
    for (const Fleet::DatastoreReport &report : session.snapshot().datastores) {
        if (report.kind != Fleet::Kind::PostgreSQL)
            continue;
        const auto &facts = report.postgres;
        if (!facts || !facts->plaintextAccepted.has_value()) {
            QString why = facts ? facts->unknown.value(QStringLiteral("plaintextAccepted")) : QString();
            if (why.isEmpty())
                why = report.unknown.value(QStringLiteral("plaintextAccepted"),
                                           report.errors.join(QStringLiteral("; ")));
            *plaintext << report.name + QStringLiteral(": unknown (") + why + u')';
        } else {
            *plaintext << report.name
                    + (*facts->plaintextAccepted ? QStringLiteral(": accepted (") : QStringLiteral(": refused ("))
                    + facts->plaintextDetail + u')';
        }
    }
    lines.sort();
    return lines.join(u'\n');
}

} // namespace

class TestRepeatableVerdicts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        QString failure;
        m_fleet = TestSupport::startSmallDemoFleet(&m_dir, &failure);
        QVERIFY2(m_fleet, qPrintable(failure));
    }

    void cleanupTestCase() { QVERIFY(TestSupport::stopDemoFleet(m_fleet)); }

    void consecutiveScansUnderLoadAgree()
    {
        Kube::KubeconfigLoader loader;
        loader.setExplicitPath(m_fleet->kubeconfigPath());
        const auto config = loader.load();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        const auto context = Kube::KubeconfigLoader::resolve(*config, QString());
        QVERIFY2(context.ok(), qPrintable(context.error()));

        // Both cores spin (niced, so the machine stays usable) while the scans run; bounded by a flag and a minute.
        std::atomic_bool stop = false;
        std::vector<std::thread> spinners;
        for (int i = 0; i < 2; ++i) {
            spinners.emplace_back([&stop] {
                setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
                volatile quint64 n = 0;
                const auto end = std::chrono::steady_clock::now() + std::chrono::minutes(1);
                while (!stop.load(std::memory_order_relaxed) && std::chrono::steady_clock::now() < end)
                    n = n + 1;
            });
        }
        auto joinSpinners = qScopeGuard([&] {
            stop = true;
            for (std::thread &t : spinners)
                t.join();
        });

        FleetSession session;
        FleetSession::Options options;
        options.live = false;
        options.listNamespaces = false;
        options.auditEach = false;
        options.keepHistory = false;
        session.setOptions(options);
        QSignalSpy audited(&session, &FleetSession::auditReady);
        QElapsedTimer elapsed;
        elapsed.start();
        QString first;
        int scans = 0;
        for (; scans < 12 && elapsed.elapsed() < 40000; ++scans) {
            if (scans == 0)
                session.connectTo(*context, QString::fromLatin1(Demo::DemoFleet::namespaceName));
            else
                session.rescan();
            QVERIFY2(audited.wait(30000), qPrintable(QStringLiteral("scan %1 did not finish").arg(scans)));
            QCOMPARE(session.outcome(), FleetSession::Outcome::Graded);
            QStringList plaintext;
            const QString verdicts = verdictsOf(session, &plaintext);
            QVERIFY(!plaintext.isEmpty());
            // The demo's pg_hba.conf has only hostssl lines: a connection without TLS is refused, every time.
            for (const QString &line : std::as_const(plaintext))
                QVERIFY2(line.contains(QStringLiteral(": refused (refused by pg_hba.conf: "))
                             && line.contains(QStringLiteral("no encryption")),
                         qPrintable(QStringLiteral("scan %1: %2").arg(scans).arg(line)));
            if (scans == 0)
                first = verdicts;
            else
                QVERIFY2(
                    verdicts == first,
                    qPrintable(QStringLiteral("scan %1 differs:\n%2\nfirst:\n%3").arg(scans).arg(verdicts, first)));
        }
        QVERIFY2(scans >= 5, qPrintable(QStringLiteral("only %1 scans in 40 s").arg(scans)));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Demo::DemoFleet> m_fleet;
};

QTEST_GUILESS_MAIN(TestRepeatableVerdicts)
#include "testrepeatableverdicts.moc"
