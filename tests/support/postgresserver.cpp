// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresserver.h"

#include "serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <libpq-fe.h>

#include <signal.h>

namespace Test {

namespace {

QByteArray quoteConninfo(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return (u'\'' + escaped + u'\'').toUtf8();
}

QString quoteConf(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

} // namespace

QString randomPassword(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString password;
    for (int i = 0; i < length; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return password;
}

PostgresServer::PostgresServer(CertFactory *ca)
    : m_ca(ca)
{
    if (!m_ca) {
        m_ownCa = std::make_unique<CertFactory>();
        m_ca = m_ownCa.get();
    }
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::dir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PostgresServer::dataDir() const
{
    return dir() + QStringLiteral("/data");
}

QString PostgresServer::caFile() const
{
    return dir() + QStringLiteral("/ca.crt");
}

QString PostgresServer::logFile() const
{
    return dir() + QStringLiteral("/postgres.log");
}

qint64 PostgresServer::pid() const
{
    return m_process.processId();
}

bool PostgresServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

bool PostgresServer::start(const PostgresOptions &options)
{
    m_options = options;
    if (m_options.password.isEmpty())
        m_options.password = randomPassword();
    m_superPassword = randomPassword();

    if (!m_ca->isValid()) {
        m_error = QStringLiteral("test CA: %1").arg(m_ca->errorString());
        return false;
    }
    if (postgresBinDir().isEmpty()) {
        m_error = QStringLiteral("PostgreSQL server binaries not found (install postgresql; scripts/setup does)");
        return false;
    }
    m_dir = makeServerDir(&m_error);
    if (!m_dir)
        return false;
    if (!initDatabase())
        return false;

    for (int attempt = 0; attempt < 8; ++attempt) {
        const quint16 port = pickFreePort();
        if (port == 0) {
            m_error = QStringLiteral("no free loopback port below 32768");
            return false;
        }
        if (!writeConfig(port))
            return false;
        bool portTaken = false;
        if (launch(port, &portTaken)) {
            m_port = port;
            return createRoleAndDatabase();
        }
        if (!portTaken)
            return false;
    }
    m_error = QStringLiteral("postgres could not bind a port after 8 attempts");
    return false;
}

bool PostgresServer::initDatabase()
{
    const QString pwFile = dir() + QStringLiteral("/superuser.pw");
    if (!CertFactory::writeFile(pwFile, m_superPassword.toUtf8() + '\n', 0600) || !chownToServerUser(pwFile)) {
        m_error = QStringLiteral("could not write the initdb password file");
        return false;
    }
    QProcess initdb;
    ChildSpec spec;
    spec.program = postgresBinDir() + QStringLiteral("/initdb");
    spec.arguments = {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                      QStringLiteral("--pwfile=") + pwFile, QStringLiteral("--auth=scram-sha-256"),
                      QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                      QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")};
    spec.logFile = dir() + QStringLiteral("/initdb.log");
    spec.workingDirectory = dir();
    spec.dropToUnprivilegedUser = true;
    spec.deathSignal = SIGKILL;
    if (!startChild(initdb, spec, &m_error))
        return false;
    initdb.waitForFinished(120000);
    QFile::remove(pwFile);
    if (initdb.exitStatus() != QProcess::NormalExit || initdb.exitCode() != 0) {
        m_error = QStringLiteral("initdb failed (exit %1): %2").arg(initdb.exitCode()).arg(readTextFile(spec.logFile));
        return false;
    }

    if (m_options.tls) {
        const IssuedCertificate server = m_options.issued.certificatePem.isEmpty() ? m_ca->issue(m_options.certificate)
                                                                                 : m_options.issued;
        if (server.certificatePem.isEmpty()) {
            m_error = QStringLiteral("server certificate: %1").arg(m_ca->errorString());
            return false;
        }
        const QString crt = dir() + QStringLiteral("/server.crt");
        const QString key = dir() + QStringLiteral("/server.key");
        if (!CertFactory::writeFile(crt, server.certificatePem, 0644)
            || !CertFactory::writeFile(key, server.key.privateKeyPem.reveal(), 0600)
            || !CertFactory::writeFile(caFile(), m_ca->caCertificatePem(), 0644) || !chownToServerUser(crt)
            || !chownToServerUser(key)) {
            m_error = QStringLiteral("could not write the server certificate files");
            return false;
        }
    }

    QStringList hba = m_options.hbaLines;
    if (hba.isEmpty()) {
        hba << (m_options.tls ? QStringLiteral("hostssl all all 127.0.0.1/32 scram-sha-256")
                              : QStringLiteral("host all all 127.0.0.1/32 scram-sha-256"));
    }
    QFile hbaFile(dataDir() + QStringLiteral("/pg_hba.conf"));
    if (!hbaFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("could not write pg_hba.conf: %1").arg(hbaFile.errorString());
        return false;
    }
    // Local socket for the fixture's own use is not needed: everything goes over TCP.
    hbaFile.write(hba.join(u'\n').toUtf8() + '\n');
    return true;
}

bool PostgresServer::writeConfig(quint16 port)
{
    QStringList conf = {
        QStringLiteral("listen_addresses = '127.0.0.1'"),
        QStringLiteral("port = %1").arg(port),
        QStringLiteral("unix_socket_directories = %1").arg(quoteConf(dir())),
        QStringLiteral("max_connections = 30"),
        QStringLiteral("shared_buffers = 16MB"),
        QStringLiteral("fsync = off"),
        QStringLiteral("synchronous_commit = off"),
        QStringLiteral("full_page_writes = off"),
        QStringLiteral("logging_collector = off"),
        QStringLiteral("log_destination = 'stderr'"),
        QStringLiteral("password_encryption = %1").arg(quoteConf(m_options.passwordEncryption)),
    };
    if (m_options.tls) {
        conf << QStringLiteral("ssl = on")
             << QStringLiteral("ssl_cert_file = %1").arg(quoteConf(dir() + QStringLiteral("/server.crt")))
             << QStringLiteral("ssl_key_file = %1").arg(quoteConf(dir() + QStringLiteral("/server.key")))
             << QStringLiteral("ssl_min_protocol_version = %1").arg(quoteConf(m_options.sslMinProtocolVersion));
    } else {
        conf << QStringLiteral("ssl = off");
    }
    conf << m_options.extraConfig;

    QFile file(dataDir() + QStringLiteral("/postgresql.auto.conf"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("could not write postgresql.auto.conf: %1").arg(file.errorString());
        return false;
    }
    file.write(conf.join(u'\n').toUtf8() + '\n');
    return true;
}

bool PostgresServer::launch(quint16 port, bool *portTaken)
{
    ChildSpec spec;
    spec.program = postgresBinDir() + QStringLiteral("/postgres");
    spec.arguments = {QStringLiteral("-D"), dataDir()};
    spec.logFile = logFile();
    spec.workingDirectory = dir();
    spec.dropToUnprivilegedUser = true;
    spec.deathSignal = SIGINT; // fast shutdown
    if (!startChild(m_process, spec, &m_error))
        return false;

    const QByteArray ping = QByteArrayLiteral("host=127.0.0.1 port=") + QByteArray::number(port)
                            + QByteArrayLiteral(" dbname=postgres connect_timeout=2 sslmode=disable");
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        if (m_process.state() != QProcess::Running) {
            m_process.waitForFinished(1000);
            const QString log = readTextFile(logFile());
            *portTaken = log.contains(QStringLiteral("could not bind")) || log.contains(QStringLiteral("in use"));
            m_error = QStringLiteral("postgres exited during start-up (exit %1): %2")
                          .arg(m_process.exitCode())
                          .arg(log.right(2000));
            return false;
        }
        // PQPING_OK: accepting connections; NO_RESPONSE: not listening yet; REJECT: still starting.
        if (PQping(ping.constData()) == PQPING_OK)
            return true;
        QThread::msleep(30);
    }
    m_error = QStringLiteral("postgres did not accept connections within 60 s: %1").arg(readTextFile(logFile()).right(2000));
    stopChild(m_process, SIGINT);
    return false;
}

QString PostgresServer::superuserQuery(const QString &sql, QString *error) const
{
    const QByteArray info = QByteArrayLiteral("host=127.0.0.1 dbname=postgres user=postgres port=")
                            + QByteArray::number(m_port) + QByteArrayLiteral(" password=")
                            + quoteConninfo(m_superPassword)
                            + (m_options.tls ? QByteArrayLiteral(" sslmode=require") : QByteArrayLiteral(" sslmode=disable"));
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(info.constData()), &PQfinish);
    if (PQstatus(conn.get()) != CONNECTION_OK) {
        if (error)
            *error = QString::fromUtf8(PQerrorMessage(conn.get()));
        return {};
    }
    std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn.get(), sql.toUtf8().constData()), &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        if (error)
            *error = QString::fromUtf8(PQresultErrorMessage(result.get()));
        return {};
    }
    if (error)
        error->clear();
    if (status == PGRES_TUPLES_OK && PQntuples(result.get()) > 0)
        return QString::fromUtf8(PQgetvalue(result.get(), 0, 0));
    return {};
}

bool PostgresServer::createRoleAndDatabase()
{
    QString error;
    QString password = m_options.password;
    password.replace(u'\'', QStringLiteral("''"));
    superuserQuery(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(m_options.role, password), &error);
    if (!error.isEmpty()) {
        m_error = QStringLiteral("create role: %1").arg(error);
        return false;
    }
    superuserQuery(QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(m_options.database, m_options.role), &error);
    if (!error.isEmpty()) {
        m_error = QStringLiteral("create database: %1").arg(error);
        return false;
    }
    return true;
}

QByteArray PostgresServer::conninfo(const QString &sslmode) const
{
    QByteArray info = QByteArrayLiteral("host=localhost hostaddr=127.0.0.1 port=") + QByteArray::number(m_port)
                      + QByteArrayLiteral(" dbname=") + quoteConninfo(m_options.database)
                      + QByteArrayLiteral(" user=") + quoteConninfo(m_options.role)
                      + QByteArrayLiteral(" password=") + quoteConninfo(m_options.password)
                      + QByteArrayLiteral(" connect_timeout=10 sslmode=") + sslmode.toUtf8();
    if (m_options.tls)
        info += QByteArrayLiteral(" sslrootcert=") + quoteConninfo(caFile());
    return info;
}

void PostgresServer::stop()
{
    stopChild(m_process, SIGINT);
}

} // namespace Test
