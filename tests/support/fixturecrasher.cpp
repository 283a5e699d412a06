// SPDX-License-Identifier: GPL-3.0-or-later
// Starts a PostgreSQL and a Redis fixture, prints their PIDs and temp dirs, then aborts without
// running any destructor: testfixturecleanup checks that the kernel took the servers down anyway.
#include "postgresserver.h"
#include "redisserver.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto *pg = new Test::PostgresServer;
    auto *redis = new Test::RedisServer;
    if (!pg->start()) {
        std::fprintf(stderr, "postgres: %s\n", qPrintable(pg->errorString()));
        return 3;
    }
    if (!redis->start()) {
        std::fprintf(stderr, "redis: %s\n", qPrintable(redis->errorString()));
        return 3;
    }
    std::printf("postgres %lld %s\nredis %lld %s\n", pg->pid(), qPrintable(pg->dir()), redis->pid(),
                qPrintable(redis->dir()));
    std::fflush(stdout);
    std::abort();
}
