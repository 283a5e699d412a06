// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet scan against its floor, and at scale.
//
// 1. 15 real TLS datastores on loopback (14 PostgreSQL + 1 Redis, RSA-4096 server keys like the demo):
//    FleetScanner (what `proofer scan --targets` runs) against pgfloor, a minimal C client doing 15
//    parallel libpq verify-full connects + SELECT 1 in one poll() loop. Alternating runs (default 5);
//    the figure is median(scan) / median(floor), target <= 1.5. Per-datastore landing times show where
//    the time goes.
// 2. Scale: 200 endpoints (the 15 servers named 13 times each, plus 5 refused ports) with the scanner's
//    bounded concurrency: wall time and peak RSS (getrusage ru_maxrss) of this process.
#include "fleet/fleetscanner.h"
#include "postgresserver.h"
#include "redisserver.h"
#include "serverprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
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

double floorRun(const QStringList &conninfos, QString *error, bool refused = false)
{
    QProcess floor;
    floor.start(QStringLiteral(PGFLOOR_BIN), refused ? QStringList { QStringLiteral("--refused") } + conninfos : conninfos);
    if (!floor.waitForFinished(120000) || floor.exitCode() != 0) {
        *error = QString::fromUtf8(floor.readAllStandardError());
        return -1;
    }
    return floor.readAllStandardOutput().trimmed().toDouble();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The figures only: the probes' per-step logging would drown them (and cost time of its own).
    QLoggingCategory::setFilterRules(QStringLiteral("proofer.*.debug=false\nproofer.*.info=false"));
    int runs = 5;
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

    QList<Fleet::ScanTarget> targets;
    QStringList conninfos;
    QStringList refusedConninfos; ///< sslmode=disable against hostssl-only servers: turned away by pg_hba.conf
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
        conninfos << QString::fromUtf8(server.conninfo());
        refusedConninfos << QString::fromUtf8(server.conninfo(QStringLiteral("disable")));
    }
    conninfos << QString::fromUtf8(postgres.front()->conninfo()); // 15 connections, as many as datastores
    refusedConninfos << refusedConninfos.constFirst();
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
    }

    Fleet::ScanOptions options;
    options.concurrency = concurrency;
    // Warm-up (page cache, first OpenSSL/libpq initialisation) is not measured.
    QString error;
    if (floorRun(conninfos, &error) < 0) {
        std::fprintf(stderr, "pgfloor failed: %s\n", qPrintable(error));
        return 1;
    }
    scan(targets, options);

    QList<double> floors;
    QList<double> scans;
    QList<double> floorCpu;
    QList<double> scanCpu;
    QList<double> scannerCpu;
    QList<double> refusedCpu;
    QList<double> startCpu; ///< pgfloor with one refused connection: its process start, mostly
    ScanRun last;
    for (int run = 0; run < runs; ++run) {
        const double cpu0 = machineBusyMs();
        const double floorMs = floorRun(conninfos, &error);
        const double cpu1 = machineBusyMs();
        if (floorMs < 0) {
            std::fprintf(stderr, "pgfloor failed: %s\n", qPrintable(error));
            return 1;
        }
        const double cpu2 = machineBusyMs();
        if (floorRun(refusedConninfos, &error, true) < 0) {
            std::fprintf(stderr, "pgfloor --refused failed: %s\n", qPrintable(error));
            return 1;
        }
        const double cpu4 = machineBusyMs();
        if (floorRun(refusedConninfos.mid(0, 1), &error, true) < 0) {
            std::fprintf(stderr, "pgfloor --refused failed: %s\n", qPrintable(error));
            return 1;
        }
        const double cpu3 = machineBusyMs();
        refusedCpu << cpu4 - cpu2;
        startCpu << cpu3 - cpu4;
        const double self0 = selfCpuMs();
        last = scan(targets, options);
        scannerCpu << selfCpuMs() - self0;
        scanCpu << machineBusyMs() - cpu3;
        floorCpu << cpu1 - cpu0;
        if (last.failures) {
            std::fprintf(stderr, "scan: %d datastore(s) with errors: %s\n", last.failures,
                         qPrintable(last.errors.join(QStringLiteral("; "))));
            return 1;
        }
        floors << floorMs;
        scans << last.wallMs;
        std::printf("  run %d: floor %7.1f ms   scan %7.1f ms   ratio %.2f   (machine CPU: floor %.0f ms, scan %.0f ms)\n",
                    run + 1, floorMs, last.wallMs, last.wallMs / floorMs, floorCpu.constLast(), scanCpu.constLast());
        std::fflush(stdout);
    }
    const double floorMedian = median(floors);
    const double scanMedian = median(scans);
    std::printf("15 datastores (concurrency %d), median of %d: floor %.1f ms, scan %.1f ms, ratio %.2f (target <= 1.5)\n",
                concurrency, runs, floorMedian, scanMedian, scanMedian / floorMedian);
    std::printf("  machine CPU per run (all processes, median): floor %.0f ms, scan %.0f ms (%.0f ms of it in the scanner), "
                "ratio %.2f\n",
                median(floorCpu), median(scanCpu), median(scannerCpu), median(scanCpu) / std::max(1.0, median(floorCpu)));
    // Where the rest goes: per PostgreSQL datastore the floor opens one connection, the scan four (its
    // verify-full login, the sslmode=disable check, a TLS 1.0-1.1 hello and a TLS 1.2 hello, the last three
    // turned away early). What one turned-away connection costs, against a floor login, bounds the ratio.
    // Both pgfloor runs pay for starting a process; one refused connection alone is (nearly) that cost.
    const double perRefused = std::max(0.0, median(refusedCpu) - median(startCpu)) / 14;
    const double perLogin = std::max(1.0, median(floorCpu) - median(startCpu)) / 15;
    const double refusedShare = perRefused / perLogin;
    std::printf("  connections per PostgreSQL datastore: floor 1, scan 4; a refused connection costs %.1f ms of machine "
                "CPU, a floor login %.1f ms (%.2f of it), so the three extra checks alone put the CPU ratio at about "
                "%.2f\n",
                perRefused, perLogin, refusedShare, 1 + 3 * refusedShare);
    std::printf("  landings of the last run (ms since start):");
    for (const auto &landing : std::as_const(last.landings))
        std::printf(" %s=%.0f", qPrintable(landing.first), landing.second);
    std::printf("\n");

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
        const ScanRun big = scan(many, options);
        const long rssAfter = peakRssKiB();
        std::printf("200 endpoints (195 live + 5 refused, concurrency %d): wall %.2f s, %.1f ms per endpoint, "
                    "%d with errors (5 expected); peak RSS %.1f MiB (%.1f MiB before the scan)\n",
                    concurrency, big.wallMs / 1000, big.wallMs / 200, big.failures, double(rssAfter) / 1024,
                    double(rssBefore) / 1024);
    }
    return 0;
}
