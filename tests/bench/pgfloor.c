/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The floor for a fleet scan: N libpq connections at once (each conninfo given on the command line, e.g.
 * verify-full with SCRAM), then SELECT 1 on each, all driven from one thread with poll() the way a minimal
 * non-blocking client does it. Prints the wall time in milliseconds on stdout; exit 1 on any failure.
 *
 *   pgfloor 'host=localhost hostaddr=127.0.0.1 port=… sslmode=verify-full …' …
 *
 * With --refused first, every connection is expected to be turned away (e.g. sslmode=disable against a
 * hostssl-only server): what one refused connection costs, the unit of the scan's extra checks.
 */
#include <libpq-fe.h>

#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum step { CONNECTING, QUERYING, DONE };

struct conn {
    PGconn *pg;
    enum step step;
    PostgresPollingStatusType polling;
};

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int fail(struct conn *c, int i, const char *what)
{
    fprintf(stderr, "pgfloor: connection %d: %s: %s", i, what, PQerrorMessage(c->pg));
    return 1;
}

int main(int argc, char **argv)
{
    int refused = 0;
    if (argc > 1 && strcmp(argv[1], "--refused") == 0) {
        refused = 1;
        ++argv;
        --argc;
    }
    const int n = argc - 1;
    if (n < 1) {
        fprintf(stderr, "usage: pgfloor CONNINFO...\n");
        return 2;
    }
    struct conn *conns = calloc((size_t)n, sizeof *conns);
    struct pollfd *fds = calloc((size_t)n, sizeof *fds);
    if (!conns || !fds)
        return 1;
    const double start = now_ms();
    for (int i = 0; i < n; ++i) {
        conns[i].pg = PQconnectStart(argv[i + 1]);
        if (!conns[i].pg || PQstatus(conns[i].pg) == CONNECTION_BAD)
            return fail(&conns[i], i, "PQconnectStart");
        conns[i].polling = PGRES_POLLING_WRITING;
        conns[i].step = CONNECTING;
    }
    int left = n;
    while (left > 0) {
        for (int i = 0; i < n; ++i) {
            fds[i].fd = -1;
            fds[i].events = 0;
            if (conns[i].step == DONE)
                continue;
            fds[i].fd = PQsocket(conns[i].pg);
            if (conns[i].step == CONNECTING)
                fds[i].events = conns[i].polling == PGRES_POLLING_READING ? POLLIN : POLLOUT;
            else
                fds[i].events = POLLIN;
        }
        if (poll(fds, (nfds_t)n, 30000) <= 0) {
            fprintf(stderr, "pgfloor: no progress within 30 s\n");
            return 1;
        }
        for (int i = 0; i < n; ++i) {
            struct conn *c = &conns[i];
            if (c->step == DONE || !(fds[i].revents & (fds[i].events | POLLERR | POLLHUP)))
                continue;
            if (c->step == CONNECTING) {
                c->polling = PQconnectPoll(c->pg);
                if (refused && c->polling == PGRES_POLLING_FAILED) {
                    c->step = DONE;
                    --left;
                    continue;
                }
                if (refused && c->polling == PGRES_POLLING_OK)
                    return fail(c, i, "expected a refusal, connected");
                if (c->polling == PGRES_POLLING_FAILED)
                    return fail(c, i, "connect");
                if (c->polling == PGRES_POLLING_OK) {
                    if (!PQsendQuery(c->pg, "SELECT 1"))
                        return fail(c, i, "PQsendQuery");
                    c->step = QUERYING;
                }
                continue;
            }
            if (!PQconsumeInput(c->pg))
                return fail(c, i, "PQconsumeInput");
            while (!PQisBusy(c->pg)) {
                PGresult *result = PQgetResult(c->pg);
                if (!result) {
                    c->step = DONE;
                    --left;
                    break;
                }
                if (PQresultStatus(result) != PGRES_TUPLES_OK) {
                    PQclear(result);
                    return fail(c, i, "SELECT 1");
                }
                PQclear(result);
            }
        }
    }
    const double elapsed = now_ms() - start;
    for (int i = 0; i < n; ++i)
        PQfinish(conns[i].pg);
    free(conns);
    free(fds);
    printf("%.1f\n", elapsed);
    return 0;
}
