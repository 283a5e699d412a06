/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The floors for a fleet scan: what a minimal client costs doing the same connections as Proofer, measured in the
 * same run as the scan so that the ratio measures Proofer, not the servers or the machine.
 *
 *   pgfloor [--concurrency N] [--refused] SPEC...            the 1-login floor: per datastore one verified login
 *                                                              and one round trip (SELECT 1, Redis PING)
 *   pgfloor --same-work QUERIES [--concurrency N] SPEC...    the same-work floor: per datastore exactly the
 *                                                              connections a thorough scan makes (docs/probing.md)
 *
 * SPEC is a libpq conninfo (PostgreSQL, e.g. verify-full with SCRAM) or "redis HOST PORT SERVERNAME CAFILE
 * PASSWORDFILE" as one argument. At most N datastores (default: all) are worked on at once, one thread each.
 *
 * Same work, per PostgreSQL datastore: the login, then at once (as the scanner does): the probe's queries on it, in
 * libpq's pipeline mode, in the rounds of the QUERIES file (one "SQL<TAB>PARAMETER" a line, a blank line between
 * rounds); a connection with sslmode=disable and a throw-away password (turned away by pg_hba.conf or by the
 * password); a ClientHello offering TLS 1.0-1.1 and one offering TLS 1.2 with RSA key exchange, each after an
 * SSLRequest, the latter stopped at the server's certificate. Per Redis datastore: "PING" in clear text on the TLS
 * port, then the TLS login (AUTH, CLIENT SETNAME, PING, ACL WHOAMI, INFO, CONFIG GET of the probe's keys, ACL LIST),
 * then the two hellos.
 *
 * With --warm (after --same-work) the same work as a warm rescan: per datastore the login and its queries or
 * commands only.
 *
 * Prints "WALL_MS CPU_MS" (this process's user + system time) on stdout; exit 1 on any unexpected outcome.
 * With --refused every libpq connection is expected to be turned away: what one refused connection costs.
 */
#include <libpq-fe.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define MAX_QUERIES 32

struct query {
    char *sql;
    char *param; /* NULL: none */
    int round;
};

static struct query queries[MAX_QUERIES];
static int query_count;
static int same_work;
static int warm_only; /* --warm: the same work as a warm rescan: the login and its queries only */
static int refused_mode;
static char **specs;
static int spec_count;
static int next_spec;
static int failures;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void failf(const char *format, const char *a, const char *b)
{
    pthread_mutex_lock(&lock);
    ++failures;
    fprintf(stderr, "pgfloor: ");
    fprintf(stderr, format, a, b ? b : "");
    fprintf(stderr, "\n");
    pthread_mutex_unlock(&lock);
}

static int read_queries(const char *path)
{
    FILE *file = fopen(path, "r");
    if (!file)
        return 0;
    char *line = NULL;
    size_t size = 0;
    int round = 0;
    while (getline(&line, &size, file) > 0) {
        line[strcspn(line, "\n")] = 0;
        if (!*line) {
            ++round;
            continue;
        }
        if (query_count == MAX_QUERIES)
            break;
        char *tab = strchr(line, '\t');
        if (tab)
            *tab = 0;
        queries[query_count].sql = strdup(line);
        queries[query_count].param = tab && tab[1] ? strdup(tab + 1) : NULL;
        queries[query_count].round = round;
        ++query_count;
    }
    free(line);
    fclose(file);
    return query_count > 0;
}

/* A conninfo keyword's value (e.g. host, port), or "" when absent. */
static void conninfo_value(const char *conninfo, const char *keyword, char *out, size_t size)
{
    *out = 0;
    PQconninfoOption *options = PQconninfoParse(conninfo, NULL);
    for (PQconninfoOption *o = options; o && o->keyword; ++o) {
        if (strcmp(o->keyword, keyword) == 0 && o->val)
            snprintf(out, size, "%s", o->val);
    }
    PQconninfoFree(options);
}

static int tcp_connect(const char *address, int port)
{
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons((unsigned short)port);
    if (inet_pton(AF_INET, address, &sa.sin_addr) != 1)
        return -1;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    struct timeval timeout = { 10, 0 };
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static int stop_at_certificate(int ok, X509_STORE_CTX *ctx)
{
    (void)ok;
    (void)ctx;
    return 0; /* the server's hello chose; nothing more is needed from it */
}

/* Made once, before the clock starts, and shared by the threads (as the inspector shares its contexts). */
static SSL_CTX *hello_contexts[2];

static SSL_CTX *make_hello_context(int lowest, int highest)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_min_proto_version(ctx, lowest);
    SSL_CTX_set_max_proto_version(ctx, highest);
    SSL_CTX_set_security_level(ctx, 0);
    SSL_CTX_set_cipher_list(ctx, "kRSA:@SECLEVEL=0");
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, stop_at_certificate);
    return ctx;
}

/*
 * One version hello: TLS lowest..highest with RSA key exchange at security level 0, after an SSLRequest when
 * postgres; stopped at the server's certificate. Returns 1 when the server chose a version in range.
 */
static int hello(const char *address, int port, int postgres, int lowest, int highest)
{
    int fd = tcp_connect(address, port);
    if (fd < 0)
        return -1;
    if (postgres) {
        static const unsigned char ssl_request[8] = { 0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f };
        char answer = 0;
        if (write(fd, ssl_request, sizeof ssl_request) != 8 || read(fd, &answer, 1) != 1 || answer != 'S') {
            close(fd);
            return -1;
        }
    }
    SSL_CTX *ctx = lowest == TLS1_VERSION && highest == TLS1_1_VERSION ? hello_contexts[0] : hello_contexts[1];
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, "localhost");
    SSL_connect(ssl);
    const int chosen = SSL_get0_peer_certificate(ssl) != NULL;
    SSL_free(ssl);
    ERR_clear_error();
    close(fd);
    return chosen;
}

struct hello_job {
    const char *address;
    int port;
    int postgres;
    int lowest;
    int highest;
    pthread_t thread;
};

static void *hello_thread(void *arg)
{
    struct hello_job *job = arg;
    if (hello(job->address, job->port, job->postgres, job->lowest, job->highest) < 0)
        failf("hello to %s: no TLS session could start%s", job->address, NULL);
    return NULL;
}

static void start_hellos(struct hello_job jobs[2], const char *address, int port, int postgres)
{
    jobs[0] = (struct hello_job) { address, port, postgres, TLS1_VERSION, TLS1_1_VERSION, 0 };
    jobs[1] = (struct hello_job) { address, port, postgres, TLS1_2_VERSION, TLS1_2_VERSION, 0 };
    for (int i = 0; i < 2; ++i)
        pthread_create(&jobs[i].thread, NULL, hello_thread, &jobs[i]);
}

static void join_hellos(struct hello_job jobs[2])
{
    for (int i = 0; i < 2; ++i)
        pthread_join(jobs[i].thread, NULL);
}

struct plain_job {
    const char *conninfo;
    pthread_t thread;
};

static void *plaintext_thread(void *arg)
{
    struct plain_job *job = arg;
    char *conninfo = malloc(strlen(job->conninfo) + 128);
    sprintf(conninfo, "%s sslmode=disable password=proofer-plaintext-check-0000000000000000 application_name=proofer-probe",
            job->conninfo);
    PGconn *pg = PQconnectdb(conninfo);
    if (PQstatus(pg) == CONNECTION_OK)
        failf("the sslmode=disable check connected: %s%s", job->conninfo, NULL);
    PQfinish(pg);
    free(conninfo);
    return NULL;
}

/* The probe's queries on @pg, round by round, each round in one pipeline. */
static int run_queries(PGconn *pg)
{
    for (int round = 0; round <= queries[query_count - 1].round; ++round) {
        if (!PQenterPipelineMode(pg))
            return 0;
        int sent = 0;
        for (int i = 0; i < query_count; ++i) {
            if (queries[i].round != round)
                continue;
            const char *values[1] = { queries[i].param };
            if (!PQsendQueryParams(pg, queries[i].sql, queries[i].param ? 1 : 0, NULL, values, NULL, NULL, 0)
                || !PQpipelineSync(pg))
                return 0;
            ++sent;
        }
        int synced = 0;
        while (synced < sent) {
            PGresult *result = PQgetResult(pg);
            if (!result)
                continue; /* the end of one statement's results */
            const ExecStatusType status = PQresultStatus(result);
            if (status == PGRES_PIPELINE_SYNC)
                ++synced;
            else if (status != PGRES_TUPLES_OK)
                failf("query: %s%s", PQresultErrorMessage(result), NULL);
            PQclear(result);
        }
        if (!PQexitPipelineMode(pg))
            return 0;
    }
    return 1;
}

static void postgres_datastore(const char *spec)
{
    char address[64], port[16];
    conninfo_value(spec, "hostaddr", address, sizeof address);
    if (!*address)
        conninfo_value(spec, "host", address, sizeof address);
    conninfo_value(spec, "port", port, sizeof port);
    if (!same_work) {
        PGconn *pg = PQconnectdb(spec);
        if (refused_mode) {
            if (PQstatus(pg) == CONNECTION_OK)
                failf("expected a refusal, connected: %s%s", spec, NULL);
        } else if (PQstatus(pg) != CONNECTION_OK) {
            failf("connect: %s%s", PQerrorMessage(pg), NULL);
        } else {
            PGresult *result = PQexec(pg, "SELECT 1");
            if (PQresultStatus(result) != PGRES_TUPLES_OK)
                failf("SELECT 1: %s%s", PQerrorMessage(pg), NULL);
            PQclear(result);
        }
        PQfinish(pg);
        return;
    }
    char *login = malloc(strlen(spec) + 64);
    sprintf(login, "%s channel_binding=require application_name=proofer-probe", spec);
    PGconn *pg = PQconnectdb(login);
    free(login);
    if (PQstatus(pg) != CONNECTION_OK) {
        failf("connect: %s%s", PQerrorMessage(pg), NULL);
        PQfinish(pg);
        return;
    }
    if (warm_only) {
        if (!run_queries(pg))
            failf("queries: %s%s", PQerrorMessage(pg), NULL);
        PQfinish(pg);
        return;
    }
    /* As the scanner: the plaintext check and the version hellos while the queries run. */
    struct plain_job plain = { spec, 0 };
    pthread_create(&plain.thread, NULL, plaintext_thread, &plain);
    struct hello_job hellos[2];
    start_hellos(hellos, address, atoi(port), 1);
    if (!run_queries(pg))
        failf("queries: %s%s", PQerrorMessage(pg), NULL);
    PQfinish(pg);
    pthread_join(plain.thread, NULL);
    join_hellos(hellos);
}

static int read_file(const char *path, char *out, size_t size)
{
    FILE *file = fopen(path, "r");
    if (!file)
        return 0;
    const size_t n = fread(out, 1, size - 1, file);
    out[n] = 0;
    out[strcspn(out, "\r\n")] = 0;
    fclose(file);
    return 1;
}

static void append_command(char *buffer, size_t size, int argc, const char **argv)
{
    size_t used = strlen(buffer);
    used += (size_t)snprintf(buffer + used, size - used, "*%d\r\n", argc);
    for (int i = 0; i < argc; ++i)
        used += (size_t)snprintf(buffer + used, size - used, "$%zu\r\n%s\r\n", strlen(argv[i]), argv[i]);
}

static void redis_datastore(const char *spec)
{
    char address[64], servername[256], cafile[1024], passwordfile[1024], password[256];
    int port = 0;
    if (sscanf(spec, "redis %63s %d %255s %1023s %1023s", address, &port, servername, cafile, passwordfile) != 5
        || !read_file(passwordfile, password, sizeof password)) {
        failf("bad redis spec: %s%s", spec, NULL);
        return;
    }
    if (same_work && !warm_only) {
        /* The plaintext check first: PING in clear text on the TLS port, read until the server closes. */
        int fd = tcp_connect(address, port);
        if (fd < 0) {
            failf("plaintext check: cannot connect to %s%s", address, NULL);
            return;
        }
        char answer[256];
        if (write(fd, "PING\r\n", 6) == 6)
            while (read(fd, answer, sizeof answer) > 0) { }
        close(fd);
    }
    int fd = tcp_connect(address, port);
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_load_verify_locations(ctx, cafile, NULL);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    SSL_set_tlsext_host_name(ssl, servername);
    SSL_set1_host(ssl, servername);
    if (fd < 0 || SSL_connect(ssl) != 1) {
        failf("redis TLS login to %s failed%s", address, NULL);
    } else {
        static char commands[8192];
        commands[0] = 0;
        const char *auth[] = { "AUTH", password };
        append_command(commands, sizeof commands, 2, auth);
        if (same_work) {
            static const char *const keys[] = { "appendonly", "appendfsync", "save", "dir", "tls-auth-clients",
                                                "tls-protocols", "port", "tls-port", "protected-mode", "requirepass",
                                                "tls-cert-file", "tls-key-file", "tls-ca-cert-file" };
            const char *setname[] = { "CLIENT", "SETNAME", "proofer-probe" };
            const char *ping[] = { "PING" };
            const char *whoami[] = { "ACL", "WHOAMI" };
            const char *info_server[] = { "INFO", "server" };
            const char *info_persistence[] = { "INFO", "persistence" };
            const char *acl_list[] = { "ACL", "LIST" };
            append_command(commands, sizeof commands, 3, setname);
            append_command(commands, sizeof commands, 1, ping);
            append_command(commands, sizeof commands, 2, whoami);
            append_command(commands, sizeof commands, 2, info_server);
            append_command(commands, sizeof commands, 2, info_persistence);
            for (size_t i = 0; i < sizeof keys / sizeof *keys; ++i) {
                const char *get[] = { "CONFIG", "GET", keys[i] };
                append_command(commands, sizeof commands, 3, get);
            }
            append_command(commands, sizeof commands, 2, acl_list);
        } else {
            const char *ping[] = { "PING" };
            append_command(commands, sizeof commands, 1, ping);
        }
        const char *quit[] = { "QUIT" };
        append_command(commands, sizeof commands, 1, quit);
        /* QUIT is answered last, then the server closes: every reply has been read. */
        char reply[16384];
        if (SSL_write(ssl, commands, (int)strlen(commands)) <= 0)
            failf("redis write to %s failed%s", address, NULL);
        while (SSL_read(ssl, reply, sizeof reply) > 0) { }
    }
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    if (fd >= 0)
        close(fd);
    if (same_work && !warm_only) {
        struct hello_job hellos[2];
        start_hellos(hellos, address, port, 0);
        join_hellos(hellos);
    }
}

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&lock);
        const int index = next_spec < spec_count ? next_spec++ : -1;
        pthread_mutex_unlock(&lock);
        if (index < 0)
            return NULL;
        if (strncmp(specs[index], "redis ", 6) == 0)
            redis_datastore(specs[index]);
        else
            postgres_datastore(specs[index]);
    }
}

int main(int argc, char **argv)
{
    int concurrency = 0;
    int i = 1;
    for (; i < argc; ++i) {
        if (strcmp(argv[i], "--refused") == 0) {
            refused_mode = 1;
        } else if (strcmp(argv[i], "--warm") == 0) {
            warm_only = 1;
        } else if (strcmp(argv[i], "--concurrency") == 0 && i + 1 < argc) {
            concurrency = atoi(argv[++i]);
        } else if (strcmp(argv[i], "--same-work") == 0 && i + 1 < argc) {
            same_work = 1;
            if (!read_queries(argv[++i])) {
                fprintf(stderr, "pgfloor: cannot read the queries from %s\n", argv[i]);
                return 2;
            }
        } else {
            break;
        }
    }
    specs = argv + i;
    spec_count = argc - i;
    if (spec_count < 1) {
        fprintf(stderr, "usage: pgfloor [--same-work QUERIES [--warm]] [--concurrency N] [--refused] SPEC...\n");
        return 2;
    }
    if (concurrency <= 0 || concurrency > spec_count)
        concurrency = spec_count;
    pthread_t *threads = calloc((size_t)concurrency, sizeof *threads);
    hello_contexts[0] = make_hello_context(TLS1_VERSION, TLS1_1_VERSION);
    hello_contexts[1] = make_hello_context(TLS1_2_VERSION, TLS1_2_VERSION);
    const double start = now_ms();
    for (int t = 0; t < concurrency; ++t)
        pthread_create(&threads[t], NULL, worker, NULL);
    for (int t = 0; t < concurrency; ++t)
        pthread_join(threads[t], NULL);
    const double elapsed = now_ms() - start;
    free(threads);
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    const double cpu = (double)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
                       + (double)(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    if (failures)
        return 1;
    printf("%.1f %.1f\n", elapsed, cpu);
    return 0;
}
