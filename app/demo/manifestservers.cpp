// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The servers behind the pods of the user's manifests: the official postgres and redis images' entrypoints as
 * the demo runs them with the distribution's binaries, container paths mapped under the pod's sandbox so that
 * the server reads what the manifests put there (and fails as it would when they put it elsewhere).
 */
#include "demo/manifestservers.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <functional>

#include <signal.h>
#include <sys/stat.h>

namespace Demo {

namespace {

QString demoTr(const char *text)
{
    return QCoreApplication::translate("Demo", text);
}

/**
 * The postgres image's docker-entrypoint.sh, reduced to what it does for a `postgres` command: the same checks,
 * initdb call, pg_hba line, temporary server on the socket only, database creation and initdb.d scripts, and the
 * same messages in the log. Secrets come from the environment, never from this file. "$@" is the server's
 * arguments (after "postgres"), with the demo's overrides last.
 */
const char postgresEntrypoint[] = R"SH(#!/bin/sh
# proofer demo: the official postgres image's entrypoint, as run with the local PostgreSQL binaries.
set -e
export PATH="$PROOFER_PG_BINDIR:$PATH"
: "${POSTGRES_USER:=postgres}"
: "${POSTGRES_DB:=$POSTGRES_USER}"
export POSTGRES_USER POSTGRES_DB
mkdir -p "$PGDATA"
chmod 00700 "$PGDATA" || :
if [ ! -s "$PGDATA/PG_VERSION" ]; then
	if [ -z "$POSTGRES_PASSWORD" ] && [ 'trust' != "$POSTGRES_HOST_AUTH_METHOD" ]; then
		cat >&2 <<-'EOE'
			Error: Database is uninitialized and superuser password is not specified.
			       You must specify POSTGRES_PASSWORD to a non-empty value for the
			       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

			       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
			       connections without a password. This is *not* recommended.
		EOE
		exit 1
	fi
	pwfile="$PROOFER_SANDBOX/.pwfile"
	( umask 077; printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile" )
	eval 'initdb --username="$POSTGRES_USER" --pwfile="$pwfile" '"$POSTGRES_INITDB_ARGS"
	rm -f "$pwfile"
	auth="$(postgres -C password_encryption "$@")"
	: "${POSTGRES_HOST_AUTH_METHOD:=$auth}"
	{
		printf '\n'
		if [ 'trust' = "$POSTGRES_HOST_AUTH_METHOD" ]; then
			printf '# warning trust is enabled for all connections\n'
		fi
		printf 'host all all all %s\n' "$POSTGRES_HOST_AUTH_METHOD"
	} >> "$PGDATA/pg_hba.conf"
	postgres "$@" -c listen_addresses='' &
	temporary=$!
	trap 'kill -INT "$temporary" 2>/dev/null; wait "$temporary"; exit 1' INT TERM
	until pg_isready -q -h "$PROOFER_SOCKET_DIR" -p "$PROOFER_PORT" -U "$POSTGRES_USER" -d postgres; do
		if ! kill -0 "$temporary" 2>/dev/null; then
			wait "$temporary" || exit 1
			exit 1
		fi
		sleep 0.1
	done
	export PGPASSWORD="${PGPASSWORD:-$POSTGRES_PASSWORD}" PGHOST="$PROOFER_SOCKET_DIR" PGPORT="$PROOFER_PORT"
	if [ "$POSTGRES_DB" != 'postgres' ]; then
		psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc --dbname postgres \
			--set db="$POSTGRES_DB" <<-'EOSQL'
			CREATE DATABASE :"db" ;
		EOSQL
		echo
	fi
	echo
	if [ -d "$PROOFER_INITDB_DIR" ]; then
		for f in "$PROOFER_INITDB_DIR"/*; do
			[ -e "$f" ] || continue
			case "$f" in
				*.sh)
					if [ -x "$f" ]; then
						echo "/usr/local/bin/docker-entrypoint.sh: running $f"
						"$f"
					else
						echo "/usr/local/bin/docker-entrypoint.sh: sourcing $f"
						. "$f"
					fi
					;;
				*.sql)    echo "/usr/local/bin/docker-entrypoint.sh: running $f"; psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc --dbname "$POSTGRES_DB" -f "$f"; echo ;;
				*.sql.gz) echo "/usr/local/bin/docker-entrypoint.sh: running $f"; gunzip -c "$f" | psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc --dbname "$POSTGRES_DB"; echo ;;
				*.sql.xz) echo "/usr/local/bin/docker-entrypoint.sh: running $f"; xzcat "$f" | psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc --dbname "$POSTGRES_DB"; echo ;;
				*)        echo "/usr/local/bin/docker-entrypoint.sh: ignoring $f" ;;
			esac
			echo
		done
	fi
	unset PGPASSWORD
	kill -INT "$temporary"
	wait "$temporary" || :
	trap - INT TERM
	echo
	echo 'PostgreSQL init process complete; ready for start up.'
	echo
else
	echo
	echo 'PostgreSQL Database directory appears to contain a database; Skipping initialization'
	echo
fi
exec postgres "$@"
)SH";

QString baseName(const QString &path)
{
    return QFileInfo(path).fileName();
}

/** The settings of postgresql.conf whose values are paths, and its include directives. */
const QStringList &postgresPathSettings()
{
    static const QStringList keys = {
        QStringLiteral("data_directory"),   QStringLiteral("hba_file"),          QStringLiteral("ident_file"),
        QStringLiteral("external_pid_file"), QStringLiteral("ssl_cert_file"),    QStringLiteral("ssl_key_file"),
        QStringLiteral("ssl_ca_file"),      QStringLiteral("ssl_crl_file"),      QStringLiteral("ssl_crl_dir"),
        QStringLiteral("ssl_dh_params_file"), QStringLiteral("log_directory"),   QStringLiteral("include"),
        QStringLiteral("include_if_exists"), QStringLiteral("include_dir"),      QStringLiteral("stats_temp_directory"),
    };
    return keys;
}

/** The directives of redis.conf whose values are paths. */
const QStringList &redisPathDirectives()
{
    static const QStringList keys = {
        QStringLiteral("tls-cert-file"),        QStringLiteral("tls-key-file"),        QStringLiteral("tls-ca-cert-file"),
        QStringLiteral("tls-ca-cert-dir"),      QStringLiteral("tls-dh-params-file"),  QStringLiteral("tls-client-cert-file"),
        QStringLiteral("tls-client-key-file"),  QStringLiteral("dir"),                 QStringLiteral("include"),
        QStringLiteral("aclfile"),              QStringLiteral("unixsocket"),          QStringLiteral("pidfile"),
    };
    return keys;
}

/**
 * A server's configuration file with the container paths it names mapped to the host (@p map), so that the
 * server reads what the pod's volumes hold. Relative includes are made absolute from @p containerDirectory.
 */
QByteArray mapConfigFile(const QByteArray &text, bool postgres, const QString &containerDirectory,
                         const std::function<QString(const QString &)> &map)
{
    static const QRegularExpression postgresLine(
        QStringLiteral("^(\\s*)([A-Za-z_.]+)(\\s*=?\\s*)('(?:[^']|'')*'|[^\\s#']+)(.*)$"));
    QStringList out;
    for (const QString &line : QString::fromUtf8(text).split(u'\n')) {
        if (postgres) {
            const auto match = postgresLine.match(line);
            if (!match.hasMatch() || !postgresPathSettings().contains(match.captured(2).toLower())) {
                out << line;
                continue;
            }
            QString value = match.captured(4);
            if (value.startsWith(u'\''))
                value = value.mid(1, value.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
            if (!value.startsWith(u'/') && match.captured(2).toLower().startsWith(QStringLiteral("include")))
                value = containerDirectory + u'/' + value;
            if (!value.startsWith(u'/')) {
                out << line;
                continue;
            }
            QString mapped = map(value);
            mapped.replace(u'\'', QStringLiteral("''"));
            out << match.captured(1) + match.captured(2) + QStringLiteral(" = '") + mapped + u'\'' + match.captured(5);
        } else {
            const QString trimmed = line.trimmed();
            const QString key = trimmed.section(u' ', 0, 0).toLower();
            QString value = trimmed.section(u' ', 1).trimmed();
            if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
                value = value.mid(1, value.size() - 2);
            if (!redisPathDirectives().contains(key) || !value.startsWith(u'/')) {
                out << line;
                continue;
            }
            out << key + QStringLiteral(" \"") + map(value) + u'"';
        }
    }
    return out.join(u'\n').toUtf8();
}

} // namespace

// ---------------------------------------------------------------------------------------------------

ManifestServer::ManifestServer(const QString &name, const QString &directory, const ContainerPlan &container,
                               QObject *parent)
    : LocalServer(name, directory, parent)
    , m_container(container)
{ }

ManifestServer::~ManifestServer() = default;

QList<QPair<quint16, quint16>> ManifestServer::portMap() const
{
    QList<QPair<quint16, quint16>> map;
    for (const quint16 port : m_container.ports)
        map << qMakePair(port, m_port);
    if (map.isEmpty())
        map << qMakePair(quint16(m_container.kind == ServerKind::Redis ? 6379 : 5432), m_port);
    return map;
}

QString ManifestServer::servedBy() const
{
    const QString log = readFileFrom(logFile(), 0, 200000);
    static const QRegularExpression postgres(QStringLiteral("starting PostgreSQL ([0-9][0-9.a-z]*)"));
    static const QRegularExpression redis(QStringLiteral("Redis version=([0-9.]+)"));
    auto match = postgres.match(log);
    if (match.hasMatch())
        return demoTr("local PostgreSQL %1").arg(match.captured(1));
    match = redis.match(log);
    if (match.hasMatch())
        return demoTr("local Redis %1").arg(match.captured(1));
    static const QRegularExpression rabbitmq(QStringLiteral("Starting RabbitMQ ([0-9][0-9.]*)"));
    match = rabbitmq.match(log);
    if (match.hasMatch())
        return demoTr("local RabbitMQ %1").arg(match.captured(1));
    return {};
}

bool ManifestServer::portWasTaken(const QString &logTail) const
{
    return logTail.contains(QStringLiteral("could not bind")) || logTail.contains(QStringLiteral("already in use"))
        || logTail.contains(QStringLiteral("Address already in use"));
}

void ManifestServer::setEnvironment(const QList<QPair<QString, QString>> &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    static const QStringList kept = { QStringLiteral("PATH"), QStringLiteral("HOME") };
    for (const auto &entry : std::as_const(m_container.env)) {
        if (!kept.contains(entry.first))
            environment.insert(entry.first, QString::fromUtf8(entry.second));
    }
    for (const auto &entry : extra)
        environment.insert(entry.first, entry.second);
    m_process->setProcessEnvironment(environment);
}

QString ManifestServer::mapArgument(const QString &argument) const
{
    if (argument.startsWith(u'/'))
        return m_container.hostPath(argument);
    const qsizetype equals = argument.indexOf(u'=');
    if (equals > 0 && argument.mid(equals + 1).startsWith(u'/'))
        return argument.left(equals + 1) + m_container.hostPath(argument.mid(equals + 1));
    return argument;
}

// ---------------------------------------------------------------------------------------------------

ManifestPostgres::~ManifestPostgres() = default;

QString ManifestPostgres::dataDirectory() const
{
    const QByteArray pgdata = m_container.envValue(QStringLiteral("PGDATA"));
    return m_container.hostPath(pgdata.isEmpty() ? QStringLiteral("/var/lib/postgresql/data")
                                                 : QString::fromUtf8(pgdata));
}

void ManifestPostgres::prepare()
{
    // The image's ENTRYPOINT is docker-entrypoint.sh and its CMD "postgres": args alone keep the entrypoint.
    QStringList argv;
    if (m_container.command.isEmpty()) {
        argv = m_container.args.isEmpty() ? QStringList { QStringLiteral("postgres") } : m_container.args;
        m_entrypoint = true;
    } else if (baseName(m_container.command.first()) == u"docker-entrypoint.sh") {
        argv = m_container.command.mid(1) + m_container.args;
        if (argv.isEmpty())
            argv << QStringLiteral("postgres");
        m_entrypoint = true;
    } else {
        argv = m_container.command + m_container.args;
        m_entrypoint = false;
    }
    if (m_entrypoint && argv.first().startsWith(u'-'))
        argv.prepend(QStringLiteral("postgres"));
    if (baseName(argv.first()) != u"postgres") {
        m_unsupported = demoTr("the command \"%1\" is not translated (only postgres and docker-entrypoint.sh are)")
                            .arg(argv.join(u' '));
        fail(demoTr("%1: %2").arg(name(), m_unsupported));
        return;
    }
    m_argv = argv.mid(1);
    // What the image's entrypoint does as root before it drops to the postgres user.
    const QString data = dataDirectory();
    if (!m_socketDir || !m_socketDir->isValid())
        m_socketDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/proofer-pgsock-XXXXXX"));
    const QString socketDir = socketDirectory();
    for (const QString &dir : { data, socketDir }) {
        QDir().mkpath(dir);
        giveToServerUser(dir);
    }
    ::chmod(QFile::encodeName(data).constData(), 0700);
    ::chmod(QFile::encodeName(socketDir).constData(), 03775);
    QFile::remove(data + QStringLiteral("/postmaster.pid")); // left by a killed run
    launch();
}

QString ManifestPostgres::socketDirectory() const
{
    return m_socketDir && m_socketDir->isValid() ? m_socketDir->path()
                                                 : m_container.hostPath(QStringLiteral("/var/run/postgresql"));
}

QString ManifestPostgres::program() const
{
    return m_entrypoint ? QStringLiteral("/bin/sh") : postgresBinDir() + QStringLiteral("/postgres");
}

QStringList ManifestPostgres::postgresArguments() const
{
    QStringList mapped;
    for (const QString &argument : m_argv)
        mapped << m_configCopies.value(argument, mapArgument(argument));
    // Last, so that they win: the pod's address and port are the demo's.
    mapped << QStringLiteral("-c") << QStringLiteral("listen_addresses=127.0.0.1") << QStringLiteral("-c")
           << QStringLiteral("port=%1").arg(m_port) << QStringLiteral("-c")
           << QStringLiteral("unix_socket_directories=%1").arg(socketDirectory());
    return mapped;
}

QStringList ManifestPostgres::arguments() const
{
    if (!m_entrypoint)
        return postgresArguments();
    return QStringList { directory() + QStringLiteral("/docker-entrypoint.sh") } + postgresArguments();
}

bool ManifestPostgres::writeConfiguration(QString *error)
{
    // A configuration file from the pod's volumes names container paths: the server reads a mapped copy.
    m_configCopies.clear();
    for (const QString &argument : std::as_const(m_argv)) {
        if (!argument.startsWith(QStringLiteral("config_file=")) && !argument.startsWith(QStringLiteral("--config_file=")))
            continue;
        const QString containerPath = argument.section(u'=', 1);
        QFile file(m_container.hostPath(containerPath));
        if (!file.open(QIODevice::ReadOnly))
            continue; // the server says what is wrong
        const QString copy = directory() + QStringLiteral("/postgresql.conf");
        const QByteArray mapped = mapConfigFile(file.readAll(), true, QFileInfo(containerPath).path(),
                                                [this](const QString &path) { return m_container.hostPath(path); });
        if (!writePrivateFile(copy, mapped, 0644, true, error))
            return false;
        m_configCopies.insert(argument, argument.section(u'=', 0, 0) + u'=' + copy);
    }
    QList<QPair<QString, QString>> extra = {
        { QStringLiteral("PGDATA"), dataDirectory() },
        { QStringLiteral("PROOFER_PG_BINDIR"), postgresBinDir() },
        { QStringLiteral("PROOFER_SANDBOX"), directory() },
        { QStringLiteral("PROOFER_SOCKET_DIR"), socketDirectory() },
        { QStringLiteral("PROOFER_PORT"), QString::number(m_port) },
        { QStringLiteral("PROOFER_INITDB_DIR"), m_container.hostPath(QStringLiteral("/docker-entrypoint-initdb.d")) },
    };
    setEnvironment(extra);
    if (!m_entrypoint)
        return true;
    return writePrivateFile(directory() + QStringLiteral("/docker-entrypoint.sh"), QByteArray(postgresEntrypoint),
                            0755, true, error);
}

int ManifestPostgres::stopSignal() const
{
    return SIGINT;
}

bool ManifestPostgres::isReady()
{
    // The server's postmaster.pid says "ready" once it accepts connections; the entrypoint execs it (same pid).
    QFile file(dataDirectory() + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = file.readAll().split('\n');
    return lines.size() >= 8 && lines.at(0).trimmed().toLongLong() == pid() && lines.at(7).trimmed() == "ready";
}

// ---------------------------------------------------------------------------------------------------

ManifestRedis::~ManifestRedis() = default;

QList<QPair<quint16, quint16>> ManifestRedis::portMap() const
{
    QList<QPair<quint16, quint16>> map { qMakePair(m_containerPort, m_port) };
    if (m_containerPlainPort && m_plainPort)
        map << qMakePair(m_containerPlainPort, m_plainPort);
    for (const quint16 port : m_container.ports) {
        if (port != m_containerPort && port != m_containerPlainPort)
            map << qMakePair(port, m_port);
    }
    return map;
}

void ManifestRedis::prepare()
{
    QStringList argv = m_container.command + m_container.args;
    if (!m_container.command.isEmpty() && baseName(m_container.command.first()) == u"docker-entrypoint.sh")
        argv.removeFirst();
    if (argv.isEmpty())
        argv << QStringLiteral("redis-server");
    if (argv.first().startsWith(u'-') || argv.first().endsWith(QStringLiteral(".conf")))
        argv.prepend(QStringLiteral("redis-server"));
    if (baseName(argv.first()) != u"redis-server") {
        m_unsupported = demoTr("the command \"%1\" is not translated (only redis-server is)").arg(argv.first());
        fail(demoTr("%1: %2").arg(name(), m_unsupported));
        return;
    }
    m_argv = argv.mid(1);
    // The ports its command line serves on: the TLS port if any, else the plain one (and both when both are on).
    int port = -1;
    int tlsPort = -1;
    auto readPorts = [&](const QStringList &words) {
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            if (words.at(i) == u"--port" || words.at(i) == u"port")
                port = words.at(i + 1).toInt();
            else if (words.at(i) == u"--tls-port" || words.at(i) == u"tls-port")
                tlsPort = words.at(i + 1).toInt();
        }
    };
    if (!m_argv.isEmpty() && !m_argv.first().startsWith(u'-')) {
        QFile conf(m_container.hostPath(m_argv.first()));
        if (conf.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : conf.readAll().split('\n'))
                readPorts(QString::fromUtf8(line).simplified().split(u' '));
        }
    }
    readPorts(m_argv);
    if (port < 0)
        port = 6379;
    m_tls = tlsPort > 0;
    if (tlsPort > 0) {
        m_containerPort = quint16(tlsPort);
        m_containerPlainPort = quint16(port > 0 ? port : 0);
    } else {
        m_containerPort = quint16(port);
    }
    if (m_containerPlainPort && !m_plainPort)
        m_plainPort = pickLoopbackPort();
    const QString data = workingDirectory();
    QDir().mkpath(data);
    giveToServerUser(data);
    launch();
}

QString ManifestRedis::program() const
{
    return LocalRedis::findProgram();
}

QStringList ManifestRedis::arguments() const
{
    QStringList mapped;
    for (const QString &argument : m_argv)
        mapped << mapArgument(argument);
    if (!m_configCopy.isEmpty())
        mapped[0] = m_configCopy;
    // Last, so that they win: the pod's address and ports are the demo's, its log is the pod's log.
    mapped << QStringLiteral("--bind") << QStringLiteral("127.0.0.1") << QStringLiteral("--daemonize")
           << QStringLiteral("no") << QStringLiteral("--logfile") << QString();
    if (m_tls) {
        mapped << QStringLiteral("--tls-port") << QString::number(m_port) << QStringLiteral("--port")
               << QString::number(m_plainPort);
    } else {
        mapped << QStringLiteral("--port") << QString::number(m_port);
    }
    return mapped;
}

bool ManifestRedis::writeConfiguration(QString *error)
{
    setEnvironment({});
    m_configCopy.clear();
    if (!m_argv.isEmpty() && !m_argv.first().startsWith(u'-')) {
        // Its configuration file names container paths: the server reads a mapped copy.
        QFile file(m_container.hostPath(m_argv.first()));
        if (file.open(QIODevice::ReadOnly)) {
            QByteArray mapped = mapConfigFile(file.readAll(), false, QFileInfo(m_argv.first()).path(),
                                              [this](const QString &path) { return m_container.hostPath(path); });
            m_configCopy = directory() + QStringLiteral("/redis.conf");
            const bool written = writePrivateFile(m_configCopy, mapped, 0600, true, error);
            Core::wipe(mapped); // it may hold requirepass
            if (!written)
                return false;
        }
    }
    return true;
}

int ManifestRedis::stopSignal() const
{
    return SIGTERM;
}

bool ManifestRedis::isReady()
{
    return readFileFrom(logFile(), m_logOffset).contains(QStringLiteral("Ready to accept connections"));
}

QString ManifestRedis::workingDirectory() const
{
    return m_container.hostPath(QStringLiteral("/data")); // the image's WORKDIR: where "dir ./" points
}

} // namespace Demo
