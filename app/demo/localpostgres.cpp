// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * LocalPostgres: one demo PostgreSQL cluster copied from the template data directory, its configuration
 * (postgresql.conf, pg_hba.conf, TLS files) written at each start, and its first-start SQL (role, database,
 * seed rows). The process lifecycle it shares with the other servers is LocalServer's (localserver.cpp).
 */
#include "demo/localserver.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <signal.h>

namespace Demo {

namespace {

QString demoTr(const char *text)
{
    return QCoreApplication::translate("Demo", text);
}

QString quoteConf(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QString quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString quoteLiteral(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

} // namespace

LocalPostgres::LocalPostgres(const PostgresInstance &instance, const QString &directory, const QString &templateDir,
                             const ScenarioSettings &settings, QObject *parent)
    : LocalServer(instance.name, directory, parent)
    , m_instance(instance)
    , m_templateDir(templateDir)
    , m_settings(settings)
{ }

LocalPostgres::~LocalPostgres() = default;

QString LocalPostgres::dataDirectory() const
{
    return directory() + QStringLiteral("/data");
}

void LocalPostgres::prepare()
{
    if (QFile::exists(dataDirectory() + QStringLiteral("/PG_VERSION"))) {
        // A postmaster.pid left by a killed run would make postgres refuse to start.
        QFile::remove(dataDirectory() + QStringLiteral("/postmaster.pid"));
        launch();
        return;
    }
    // A copy of the template cluster: much cheaper than one initdb per instance.
    m_setupPending = true;
    QDir(dataDirectory()).removeRecursively();
    delete m_helper;
    m_helper = new QProcess(this);
    connect(m_helper, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (state() != State::Starting)
            return;
        if (status != QProcess::NormalExit || exitCode != 0) {
            fail(demoTr("%1: could not copy the template cluster: %2")
                     .arg(name(), QString::fromLocal8Bit(m_helper->readAllStandardError()).trimmed()));
            return;
        }
        launch();
    });
    connect(m_helper, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && state() == State::Starting)
            fail(demoTr("%1: could not run cp: %2").arg(name(), m_helper->errorString()));
    });
    startServerProcess(m_helper, QStringLiteral("cp"), { QStringLiteral("-a"), m_templateDir, dataDirectory() }, {},
                       directory(), SIGKILL);
}

QString LocalPostgres::program() const
{
    return postgresBinDir() + QStringLiteral("/postgres");
}

QStringList LocalPostgres::arguments() const
{
    return { QStringLiteral("-D"), dataDirectory() };
}

int LocalPostgres::stopSignal() const
{
    return SIGINT; // fast shutdown: clients disconnected, a clean checkpoint
}

bool LocalPostgres::writeConfiguration(QString *error)
{
    const bool tls = m_settings.tls && hasTls();
    QStringList conf = {
        QStringLiteral("# Written by proofer demo at each start; edits are lost."),
        QStringLiteral("listen_addresses = '127.0.0.1'"),
        QStringLiteral("port = %1").arg(m_port),
        QStringLiteral("unix_socket_directories = %1").arg(quoteConf(directory())),
        QStringLiteral("max_connections = 20"),
        QStringLiteral("shared_buffers = 16MB"),
        QStringLiteral("dynamic_shared_memory_type = posix"),
        QStringLiteral("logging_collector = off"),
        QStringLiteral("log_destination = 'stderr'"),
        QStringLiteral("password_encryption = %1").arg(quoteConf(m_settings.passwordEncryption)),
        QStringLiteral("log_statement = %1").arg(quoteConf(m_settings.logStatement)),
    };
    if (m_settings.auditLogging) {
        conf << QStringLiteral("log_connections = on") << QStringLiteral("log_disconnections = on")
             << QStringLiteral("log_duration = on") << QStringLiteral("log_line_prefix = '%m [%p] %q%u@%d %h '");
    } else {
        conf << QStringLiteral("log_connections = off") << QStringLiteral("log_disconnections = off")
             << QStringLiteral("log_line_prefix = '%m [%p] '");
    }
    if (tls) {
        conf << QStringLiteral("ssl = on") << QStringLiteral("ssl_cert_file = %1").arg(quoteConf(certificateFile()))
             << QStringLiteral("ssl_key_file = %1").arg(quoteConf(keyFile()))
             << QStringLiteral("ssl_ca_file = %1").arg(quoteConf(caFile()))
             << QStringLiteral("ssl_min_protocol_version = 'TLSv1.2'");
        if (m_settings.strongCiphers)
            conf << QStringLiteral("ssl_ciphers = 'ECDHE+AESGCM:ECDHE+CHACHA20'") << QStringLiteral("ssl_prefer_server_ciphers = on");
    } else {
        conf << QStringLiteral("ssl = off");
    }
    const QString method
        = m_settings.passwordEncryption == u"md5" ? QStringLiteral("md5") : QStringLiteral("scram-sha-256");
    const QStringList hba = {
        QStringLiteral("# Written by proofer demo at each start."),
        // Proofer's own setup, over the private socket directory, as the superuser.
        QStringLiteral("local all postgres peer map=demo"),
        tls ? QStringLiteral("hostssl all all 127.0.0.1/32 %1").arg(method)
            : QStringLiteral("host all all 127.0.0.1/32 %1").arg(method),
    };
    const auto user = serverUser(error);
    if (!user)
        return false;
    const QString ident = QStringLiteral("demo %1 postgres\n").arg(user->name);
    return writePrivateFile(dataDirectory() + QStringLiteral("/postgresql.auto.conf"), conf.join(u'\n').toUtf8() + '\n',
                            0600, true, error)
        && writePrivateFile(dataDirectory() + QStringLiteral("/pg_hba.conf"), hba.join(u'\n').toUtf8() + '\n', 0600,
                            true, error)
        && writePrivateFile(dataDirectory() + QStringLiteral("/pg_ident.conf"), ident.toUtf8(), 0600, true, error);
}

bool LocalPostgres::isReady()
{
    // postmaster.pid line 8 is the postmaster's status; "ready" once it accepts connections (what pg_ctl -w reads).
    QFile file(dataDirectory() + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = file.readAll().split('\n');
    return lines.size() >= 8 && lines.at(0).trimmed().toLongLong() == pid() && lines.at(7).trimmed() == "ready";
}

bool LocalPostgres::portWasTaken(const QString &logTail) const
{
    return logTail.contains(QStringLiteral("could not bind")) || logTail.contains(QStringLiteral("already in use"));
}

QByteArray LocalPostgres::setupSql() const
{
    const QString role = m_instance.role;
    const QString database = m_instance.database;
    const QByteArray verifier = m_settings.passwordEncryption == u"md5" ? md5Verifier(m_instance.password, role)
                                                                        : scramSha256Verifier(m_instance.password);
    QStringList sql = {
        // Only a verifier reaches the server, and this session is kept out of the statement log.
        QStringLiteral("SET log_statement = 'none';"),
        QStringLiteral("SET client_min_messages = warning;"),
        QStringLiteral("SELECT 'CREATE ROLE %1' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %2)\\gexec")
            .arg(quoteIdentifier(role), quoteLiteral(role)),
        // CREATEDB: a restore goes into a scratch database first, then swaps it in by renaming (owner + CREATEDB).
        QStringLiteral("ALTER ROLE %1 LOGIN CREATEDB PASSWORD %2;")
            .arg(quoteIdentifier(role), quoteLiteral(QString::fromLatin1(verifier))),
        QStringLiteral(
            "SELECT 'CREATE DATABASE %1 OWNER %2' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = %3)\\gexec")
            .arg(quoteIdentifier(database), quoteIdentifier(role), quoteLiteral(database)),
        QStringLiteral("\\connect %1").arg(quoteIdentifier(database)),
        QStringLiteral("SET log_statement = 'none';"),
        QStringLiteral("SET client_min_messages = warning;"),
    };
    if (m_settings.pgcrypto)
        sql << QStringLiteral("CREATE EXTENSION IF NOT EXISTS pgcrypto;");
    sql << QStringLiteral("SET ROLE %1;").arg(quoteIdentifier(role)) << m_instance.seedSql;
    return sql.join(u'\n').toUtf8() + '\n';
}

void LocalPostgres::afterReady()
{
    if (!m_setupPending) {
        markReady();
        return;
    }
    delete m_helper;
    m_helper = new QProcess(this);
    connect(m_helper, &QProcess::started, this, [this] {
        m_helper->write(setupSql());
        m_helper->closeWriteChannel();
    });
    connect(m_helper, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (state() != State::Starting)
            return;
        if (status != QProcess::NormalExit || exitCode != 0) {
            fail(demoTr("%1: setting up the database failed: %2")
                     .arg(name(), readFileFrom(directory() + QStringLiteral("/setup.log"), 0, 2000).trimmed()));
            return;
        }
        m_setupPending = false;
        markReady();
    });
    connect(m_helper, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && state() == State::Starting)
            fail(demoTr("%1: could not run psql: %2").arg(name(), m_helper->errorString()));
    });
    QFile::remove(directory() + QStringLiteral("/setup.log"));
    startServerProcess(m_helper, postgresBinDir() + QStringLiteral("/psql"),
                       { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), directory(), QStringLiteral("-p"),
                         QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
                         QStringLiteral("-d"), QStringLiteral("postgres") },
                       directory() + QStringLiteral("/setup.log"), directory(), SIGKILL);
}

} // namespace Demo
