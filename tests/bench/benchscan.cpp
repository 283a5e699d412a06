// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet scan against floors that do the same work, and at scale.
//
// 1. 15 real TLS datastores on loopback (14 PostgreSQL + 1 Redis, RSA-4096 server keys like the demo), scanned by
//    FleetScanner (what `proofer scan --targets` runs) with an observation cache, in alternating runs (default 9):
//    - a thorough scan (every observation made: per PostgreSQL the login, sslmode=disable, a TLS 1.0-1.1 hello and a
//      TLS 1.2 hello; docs/probing.md) against the same-work floor: pgfloor --same-work, a minimal C client making
//      exactly those connections, with the probe's queries, at the same concurrency;
//    - a warm rescan (fingerprints unchanged: one login per datastore) against the 1-login floor (pgfloor: one
//      verified login and one round trip per datastore, same concurrency).
//    Reported: the medians' ratios, the scanner's CPU against the floor's client CPU, and the connections each
//    PostgreSQL server saw per scan (its log_connections lines). The figures end with `figure NAME VALUE UNIT`.
// 2. Scale: 200 endpoints (the 15 servers named 13 times each, plus 5 refused ports) with the scanner's
//    bounded concurrency, thorough: wall time and peak RSS (getrusage ru_maxrss) of this process.
#include "fleet/fleetscanner.h"
#include "postgresserver.h"
#include "probe/pgqueries.h"
#include "redisserver.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

#include <sys/resource.h>
#include <unistd.h>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

/// Busy CPU time of the whole machine (every process: the scanner, the servers, the floor), in ms.
double machineBusyMs()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    // cpu user nice system idle iowait irq softirq steal
    double jiffies = 0;
    for (int i : { 1, 2, 3, 6, 7, 8 })
        jiffies += fields.value(i).toDouble();
    return jiffies * 1000.0 / double(::sysconf(_SC_CLK_TCK));
}

/// CPU time of this process (the scanner's side of the work), in ms.
double selfCpuMs()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

long peakRssKiB()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct ScanRun
{
    double wallMs = -1;
    QList<QPair<QString, double>> landings; ///< datastore, ms since start
    int failures = 0;
    QStringList errors;
};

ScanRun scan(const QList<Fleet::ScanTarget> &targets, const Fleet::ScanOptions &options)
{
    ScanRun run;
    Fleet::FleetScanner scanner;
    QEventLoop loop;
    QElapsedTimer timer;
    QObject::connect(&scanner, &Fleet::FleetScanner::datastoreScanned, &loop,
                     [&](const Fleet::DatastoreReport &report) {
                         run.landings.append({ report.name, double(timer.nsecsElapsed()) / 1e6 });
                         if (!report.errors.isEmpty()) {
                             ++run.failures;
                             if (run.errors.size() < 3)
                                 run.errors << report.name + QStringLiteral(": ") + report.errors.first();
                         }
                     });
    QObject::connect(&scanner, &Fleet::FleetScanner::finished, &loop, [&] {
        run.wallMs = double(timer.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    timer.start();
    scanner.start(targets, options);
    loop.exec();
    return run;
}

struct FloorRun
{
    double wallMs = -1;
    double cpuMs = 0; ///< the floor client's own CPU (user + system)
};

FloorRun floorRun(const QStringList &arguments, QString *error)
{
    QProcess floor;
    floor.start(QStringLiteral(PGFLOOR_BIN), arguments);
    if (!floor.waitForFinished(120000) || floor.exitCode() != 0) {
        *error = QString::fromUtf8(floor.readAllStandardError());
        return {};
    }
    const QList<QByteArray> fields = floor.readAllStandardOutput().simplified().split(' ');
    return { fields.value(0).toDouble(), fields.value(1).toDouble() };
}

/** The connections each PostgreSQL server logged so far ("connection received", log_connections = on). */
qint64 connectionsLogged(const std::vector<std::unique_ptr<Test::PostgresServer>> &servers)
{
    qint64 count = 0;
    for (const auto &server : servers) {
        QFile log(server->logFile());
        if (log.open(QIODevice::ReadOnly))
            count += log.readAll().count("connection received:");
    }
    return count;
}

/**
 * The PostgreSQL probe's queries as pgfloor --same-work reads them: "SQL<TAB>PARAMETER" a line. The bench logs in as
 * an ordinary role: the probe sends its first round only (pg_hba_file_rules and pg_authid are not readable, so
 * not asked), in one pipeline.
 */
bool writeQueries(const QString &path)
{
    QByteArray names = "{";
    for (const char *name : Probe::PgQueries::settings) {
        if (names.size() > 1)
            names += ',';
        names += name;
    }
    names += '}';
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QByteArray(Probe::PgQueries::settingsAndRole) + '\t' + names + '\n');
    file.write(QByteArray(Probe::PgQueries::extensions) + "\t\n");
    file.write(QByteArray(Probe::PgQueries::tlsSessions) + "\t\n");
    file.write(QByteArray(Probe::PgQueries::serverTimes) + "\t\n");
    return file.error() == QFileDevice::NoError;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The figures only: the probes' per-step logging would drown them (and cost time of its own).
    QLoggingCategory::setFilterRules(QStringLiteral("proofer.*.debug=false\nproofer.*.info=false"));
    int runs = 9;
    bool scale = true;
    int concurrency = Fleet::ScanOptions().concurrency;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--no-scale")
            scale = false;
        else if (args.at(i) == u"--concurrency" && i + 1 < args.size())
            concurrency = std::max(1, args.at(++i).toInt());
    }

    QElapsedTimer setup;
    setup.start();
    Test::CertFactory ca(QStringLiteral("Proofer Bench CA"));
    Test::LeafOptions leaf;
    leaf.keyType = Ops::KeyPair::Type::Rsa;
    leaf.rsaBits = 4096;
    // One RSA-4096 leaf for all: the handshakes cost what the demo's cost, the set-up does not pay 15 keys.
    const Test::IssuedCertificate issued = ca.issue(leaf);
    if (issued.certificatePem.isEmpty()) {
        std::fprintf(stderr, "certificate: %s\n", qPrintable(ca.errorString()));
        return 1;
    }
    std::vector<std::unique_ptr<Test::PostgresServer>> postgres;
    for (int i = 0; i < 14; ++i) {
        auto server = std::make_unique<Test::PostgresServer>(&ca);
        Test::PostgresOptions options;
        options.issued = issued;
        options.extraConfig = { QStringLiteral("log_connections = on"), QStringLiteral("log_disconnections = on") };
        if (!server->start(options)) {
            std::fprintf(stderr, "postgres %d: %s\n", i, qPrintable(server->errorString()));
            return 1;
        }
        postgres.push_back(std::move(server));
    }
    Test::RedisServer redis(&ca);
    Test::RedisOptions redisOptions;
    redisOptions.requirePass = QStringLiteral("bench-redis-password-0123456789ab");
    redisOptions.aof = true;
    redisOptions.issued = issued;
    if (!redis.start(redisOptions)) {
        std::fprintf(stderr, "redis: %s\n", qPrintable(redis.errorString()));
        return 1;
    }
    std::printf("fixtures: 14 PostgreSQL + 1 Redis, RSA-4096, up in %.1f s\n", double(setup.elapsed()) / 1000);

    QTemporaryDir work;
    const QString queriesPath = work.filePath(QStringLiteral("queries.tsv"));
    const QString redisPasswordPath = work.filePath(QStringLiteral("redis-password"));
    if (!work.isValid() || !writeQueries(queriesPath)
        || !Test::CertFactory::writeFile(redisPasswordPath, redisOptions.requirePass.toUtf8(), 0600)) {
        std::fprintf(stderr, "cannot write the floor's files in %s\n", qPrintable(work.path()));
        return 1;
    }
    QList<Fleet::ScanTarget> targets;
    QStringList specs; ///< pgfloor: a conninfo per PostgreSQL datastore, one "redis …" spec
    for (size_t i = 0; i < postgres.size(); ++i) {
        const Test::PostgresServer &server = *postgres[i];
        Fleet::ScanTarget target;
        target.name = QStringLiteral("pg-%1").arg(i + 1);
        target.kind = Fleet::Kind::PostgreSQL;
        target.host = server.host();
        target.port = server.port();
        target.serverName = QStringLiteral("localhost");
        target.caPem = ca.caCertificatePem();
        target.database = server.database();
        target.user = server.role();
        target.password = Core::Secret(server.password().toUtf8());
        targets << target;
        specs << QString::fromUtf8(server.conninfo());
    }
    {
        Fleet::ScanTarget target;
        target.name = QStringLiteral("redis");
        target.kind = Fleet::Kind::Redis;
        target.host = redis.host();
        target.port = redis.tlsPort();
        target.serverName = QStringLiteral("localhost");
        target.caPem = ca.caCertificatePem();
        target.password = Core::Secret(redisOptions.requirePass.toUtf8());
        targets << target;
        specs << QStringLiteral("redis %1 %2 localhost %3 %4").arg(redis.host()).arg(redis.tlsPort()).arg(redis.caFile(), redisPasswordPath);
    }
    const QStringList concurrencyArgs { QStringLiteral("--concurrency"), QString::number(concurrency) };
    const QStringList sameWorkArgs = QStringList { QStringLiteral("--same-work"), queriesPath } + concurrencyArgs + specs;
    const QStringList loginArgs = concurrencyArgs + specs;
    const QStringList warmWorkArgs = QStringList { QStringLiteral("--same-work"), queriesPath, QStringLiteral("--warm") }
                                     + concurrencyArgs + specs;

    Fleet::ScanOptions thorough;
    thorough.concurrency = concurrency;
    thorough.observationCachePath = work.filePath(QStringLiteral("observation-cache.json"));
    thorough.observationScope = QStringLiteral("bench");
    thorough.backupCatalogPath = work.filePath(QStringLiteral("backup-catalog.json"));
    thorough.thorough = true;
    Fleet::ScanOptions warm = thorough;
    warm.thorough = false;

    // Warm-up (page cache, first OpenSSL/libpq initialisation) is not measured; the thorough scan fills the cache.
    QString error;
    if (floorRun(sameWorkArgs, &error).wallMs < 0 || floorRun(loginArgs, &error).wallMs < 0) {
        std::fprintf(stderr, "pgfloor failed: %s\n", qPrintable(error));
        return 1;
    }
    scan(targets, thorough);
    scan(targets, warm);

    QList<double> sameWorkFloors, thoroughScans, loginFloors, warmScans, warmWorkFloors;
    QList<double> sameWorkCpu, thoroughCpu, loginCpu, warmCpu; ///< the client's own CPU: floor process, scanner
    QList<double> sameWorkMachine, thoroughMachine; ///< every process's CPU (servers included)
    double thoroughConnections = 0, warmConnections = 0, floorConnections = 0; ///< per PostgreSQL datastore, last run
    ScanRun last;
    auto checked = [](const ScanRun &run, const char *what) {
        if (run.failures) {
            std::fprintf(stderr, "%s scan: %d datastore(s) with errors: %s\n", what, run.failures,
                         qPrintable(run.errors.join(QStringLiteral("; "))));
            return false;
        }
        return true;
    };
    const double pgCount = double(postgres.size());
    for (int run = 0; run < runs; ++run) {
        // Same work: the floor, then a thorough scan.
        qint64 logged = connectionsLogged(postgres);
        double machine = machineBusyMs();
        const FloorRun sameWork = floorRun(sameWorkArgs, &error);
        sameWorkMachine << machineBusyMs() - machine;
        if (sameWork.wallMs < 0) {
            std::fprintf(stderr, "pgfloor --same-work failed: %s\n", qPrintable(error));
            return 1;
        }
        QTest::qWait(50); // the servers' last log lines
        floorConnections = double(connectionsLogged(postgres) - logged) / pgCount;
        logged = connectionsLogged(postgres);
        machine = machineBusyMs();
        double self = selfCpuMs();
        const ScanRun full = scan(targets, thorough);
        thoroughCpu << selfCpuMs() - self;
        thoroughMachine << machineBusyMs() - machine;
        if (!checked(full, "thorough"))
            return 1;
        QTest::qWait(50);
        thoroughConnections = double(connectionsLogged(postgres) - logged) / pgCount;

        // One login: the floor, then a warm rescan (every fingerprint unchanged).
        const FloorRun login = floorRun(loginArgs, &error);
        if (login.wallMs < 0) {
            std::fprintf(stderr, "pgfloor failed: %s\n", qPrintable(error));
            return 1;
        }
        const FloorRun warmWork = floorRun(warmWorkArgs, &error); // where the rest of the warm scan's time goes
        if (warmWork.wallMs < 0) {
            std::fprintf(stderr, "pgfloor --warm failed: %s\n", qPrintable(error));
            return 1;
        }
        warmWorkFloors << warmWork.wallMs;
        QTest::qWait(50);
        logged = connectionsLogged(postgres);
        self = selfCpuMs();
        last = scan(targets, warm);
        warmCpu << selfCpuMs() - self;
        if (!checked(last, "warm"))
            return 1;
        QTest::qWait(50);
        warmConnections = double(connectionsLogged(postgres) - logged) / pgCount;

        sameWorkFloors << sameWork.wallMs;
        thoroughScans << full.wallMs;
        sameWorkCpu << sameWork.cpuMs;
        loginFloors << login.wallMs;
        warmScans << last.wallMs;
        loginCpu << login.cpuMs;
        std::printf("  run %d: same-work floor %6.1f ms, thorough scan %6.1f ms (%.2f) | 1-login floor %6.1f ms, warm scan "
                    "%6.1f ms (%.2f)\n",
                    run + 1, sameWork.wallMs, full.wallMs, full.wallMs / sameWork.wallMs, login.wallMs, last.wallMs,
                    last.wallMs / login.wallMs);
        std::fflush(stdout);
    }
    const double thoroughRatio = median(thoroughScans) / median(sameWorkFloors);
    const double warmRatio = median(warmScans) / median(loginFloors);
    const double thoroughCpuRatio = median(thoroughCpu) / std::max(1.0, median(sameWorkCpu));
    const double warmCpuRatio = median(warmCpu) / std::max(1.0, median(loginCpu));
    std::printf("15 datastores (concurrency %d), median of %d alternating runs:\n", concurrency, runs);
    std::printf("  thorough scan %.1f ms / same-work floor %.1f ms = %.2f (target <= 1.15)\n", median(thoroughScans),
                median(sameWorkFloors), thoroughRatio);
    std::printf("  warm rescan   %.1f ms / 1-login floor   %.1f ms = %.2f (target <= 1.15)\n", median(warmScans),
                median(loginFloors), warmRatio);
    std::printf("  warm rescan / the same work as a warm rescan (its login with the probe's queries and commands, %.1f ms) "
                "= %.2f: the rest of the gap to the 1-login floor is the servers answering those queries\n",
                median(warmWorkFloors), median(warmScans) / median(warmWorkFloors));
    std::printf("  client CPU: thorough scanner %.0f ms / same-work floor %.0f ms = %.2f; warm scanner %.0f ms / 1-login "
                "floor %.0f ms = %.2f\n",
                median(thoroughCpu), median(sameWorkCpu), thoroughCpuRatio, median(warmCpu), median(loginCpu), warmCpuRatio);
    std::printf("  machine CPU (servers included): thorough scan %.0f ms, same-work floor %.0f ms\n",
                median(thoroughMachine), median(sameWorkMachine));
    std::printf("  connections per PostgreSQL datastore (server logs): thorough scan %.2f, same-work floor %.2f, warm "
                "rescan %.2f\n",
                thoroughConnections, floorConnections, warmConnections);
    std::printf("  landings of the last warm run (ms since start):");
    for (const auto &landing : std::as_const(last.landings))
        std::printf(" %s=%.0f", qPrintable(landing.first), landing.second);
    std::printf("\n");
    std::printf("figure scan_thorough_over_same_work_floor %.3f ratio\n", thoroughRatio);
    std::printf("figure scan_warm_over_login_floor %.3f ratio\n", warmRatio);
    std::printf("figure scan_warm_over_warm_work_floor %.3f ratio\n", median(warmScans) / median(warmWorkFloors));
    std::printf("figure scan_thorough_cpu_over_floor_cpu %.3f ratio\n", thoroughCpuRatio);
    std::printf("figure scan_warm_cpu_over_floor_cpu %.3f ratio\n", warmCpuRatio);
    std::printf("figure scan_connections_per_postgres_thorough %.2f count\n", thoroughConnections);
    std::printf("figure scan_connections_per_postgres_warm %.2f count\n", warmConnections);
    std::fflush(stdout);

    if (scale) {
        QList<Fleet::ScanTarget> many;
        for (int round = 0; many.size() < 195; ++round) {
            for (const Fleet::ScanTarget &base : std::as_const(targets)) {
                if (many.size() >= 195)
                    break;
                Fleet::ScanTarget copy = base;
                copy.name = QStringLiteral("%1-%2").arg(base.name).arg(round);
                many << copy;
            }
        }
        for (int i = 0; i < 5; ++i) {
            Fleet::ScanTarget refused;
            refused.name = QStringLiteral("refused-%1").arg(i);
            refused.kind = Fleet::Kind::PostgreSQL;
            refused.host = QStringLiteral("127.0.0.1");
            refused.port = Test::pickFreePort();
            many << refused;
        }
        const long rssBefore = peakRssKiB();
        const ScanRun big = scan(many, thorough);
        const long rssAfter = peakRssKiB();
        std::printf("200 endpoints (195 live + 5 refused, concurrency %d): wall %.2f s, %.1f ms per endpoint, "
                    "%d with errors (5 expected); peak RSS %.1f MiB (%.1f MiB before the scan)\n",
                    concurrency, big.wallMs / 1000, big.wallMs / 200, big.failures, double(rssAfter) / 1024,
                    double(rssBefore) / 1024);
    }
    return 0;
}
