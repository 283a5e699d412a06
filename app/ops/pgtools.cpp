// SPDX-License-Identifier: GPL-3.0-or-later
#include "ops/pgtools.h"

#include "core/logging.h"
#include "core/printable.h"
#include "probe/pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>
#include <QVersionNumber>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ops {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/** A passfile field: ':' and '\' escaped with a backslash. */
QByteArray passfileField(const QByteArray &value)
{
    QByteArray out;
    for (const char c : value) {
        if (c == ':' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

} // namespace

QString PgEndpoint::describe() const
{
    return QCoreApplication::translate("Ops", "%1 (%2:%3/%4)").arg(datastore, hostaddr.isEmpty() ? host : hostaddr).arg(port).arg(database);
}

QString postgresBinDir()
{
    const QString overridden = qEnvironmentVariable("PROOFER_PG_BINDIR");
    if (!overridden.isEmpty())
        return overridden;
    QVersionNumber best;
    QString bestDir;
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        const QString bin = root.filePath(entry + QStringLiteral("/bin"));
        if (version.isNull() || !QFileInfo(bin + QStringLiteral("/pg_dump")).isExecutable()
            || !QFileInfo(bin + QStringLiteral("/psql")).isExecutable())
            continue;
        if (bestDir.isEmpty() || version > best) {
            best = version;
            bestDir = bin;
        }
    }
    return bestDir;
}

// ---- PrivateDir ----------------------------------------------------------------------------------

PrivateDir::PrivateDir()
    : m_path(choosePath())
{
    create();
}

PrivateDir::PrivateDir(QString path)
    : m_path(std::move(path))
{
}

PrivateDir::~PrivateDir()
{
    wipe();
}

QString PrivateDir::choosePath()
{
    const QString token = QString::number(QRandomGenerator::system()->generate64(), 36);
    return QDir(QDir::tempPath()).absoluteFilePath(QStringLiteral("proofer-ops-") + token);
}

bool PrivateDir::create() const
{
    if (m_created)
        return true;
    if (m_path.isEmpty()) {
        m_error = QCoreApplication::translate("Ops", "cannot create a private temporary directory: no path");
        return false;
    }
    if (::mkdir(QFile::encodeName(m_path).constData(), 0700) != 0) {
        const int error = errno;
        m_error = QCoreApplication::translate("Ops", "cannot create the private temporary directory %1: %2")
                      .arg(m_path, QString::fromLocal8Bit(std::strerror(error)));
        return false;
    }
    m_created = true;
    m_error.clear();
    return true;
}

bool PrivateDir::isValid() const
{
    return !m_path.isEmpty() && m_error.isEmpty();
}

QString PrivateDir::path() const
{
    return m_path;
}

QString PrivateDir::filePath(const QString &name) const
{
    return m_path.isEmpty() ? QString() : m_path + u'/' + name;
}

bool PrivateDir::writeFile(const QString &name, const QByteArray &bytes, QString *error) const
{
    if (!create()) {
        *error = m_error;
        return false;
    }
    QFile file(filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::NewOnly)) {
        *error = QCoreApplication::translate("Ops", "cannot create %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.setPermissions(ownerOnly);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        *error = QCoreApplication::translate("Ops", "cannot write %1 (is the disk full?): %2").arg(file.fileName(), file.errorString());
        file.close();
        file.remove();
        return false;
    }
    return true;
}

void PrivateDir::wipe()
{
    if (!m_created)
        return;
    QDirIterator it(m_path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        file.resize(0);
    }
    QDir(m_path).removeRecursively();
    m_created = false;
}

// ---- MemoryPassfile ------------------------------------------------------------------------------

MemoryPassfile::~MemoryPassfile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool MemoryPassfile::open(const QByteArray &contents, QString *error)
{
    m_fd = ::memfd_create("proofer-pgpass", MFD_CLOEXEC);
    if (m_fd < 0 || ::fchmod(m_fd, 0600) != 0) {
        *error = QCoreApplication::translate("Ops", "cannot create the in-memory password file: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    qsizetype written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(m_fd, contents.constData() + written, size_t(contents.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = QCoreApplication::translate("Ops", "cannot write the in-memory password file: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        written += n;
    }
    return true;
}

QString MemoryPassfile::childPath() const
{
    return QStringLiteral("/proc/self/fd/%1").arg(m_fd);
}

void MemoryPassfile::childSetup() const
{
    if (m_fd >= 0)
        ::fcntl(m_fd, F_SETFD, 0);
}

// ---- client environment --------------------------------------------------------------------------

bool clientEnvironment(const PgEndpoint &endpoint, const QString &database, const PrivateDir &dir,
                       ClientEnvironment *environment, QString *error)
{
    if (!dir.create()) {
        *error = dir.error();
        return false;
    }
    const QByteArray &password = endpoint.password.reveal();
    if (password.contains('\n') || password.contains('\r')) {
        *error = QCoreApplication::translate("Ops", "%1: the password contains a line break and cannot be handed to pg_dump/psql")
                     .arg(endpoint.datastore);
        return false;
    }
    const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
    if (!QFileInfo::exists(caFile) && !endpoint.caPem.isEmpty() && !dir.writeFile(QStringLiteral("ca.pem"), endpoint.caPem, error))
        return false;
    // host:port:database:user:password; libpq matches the host field against `host`.
    auto passfile = std::make_shared<MemoryPassfile>();
    QByteArray line = passfileField(endpoint.host.toUtf8()) + ':' + QByteArray::number(endpoint.port) + ":*:"
        + passfileField(endpoint.user.toUtf8()) + ':' + passfileField(password) + '\n';
    const bool written = passfile->open(line, error);
    Core::wipe(line);
    if (!written)
        return false;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QStringLiteral("PG")))
            env.remove(key);
    }
    env.insert(QStringLiteral("PGHOST"), endpoint.host);
    if (!endpoint.hostaddr.isEmpty())
        env.insert(QStringLiteral("PGHOSTADDR"), endpoint.hostaddr);
    env.insert(QStringLiteral("PGPORT"), QString::number(endpoint.port));
    env.insert(QStringLiteral("PGUSER"), endpoint.user);
    env.insert(QStringLiteral("PGDATABASE"), database);
    env.insert(QStringLiteral("PGSSLMODE"), endpoint.sslmode);
    if (!endpoint.caPem.isEmpty())
        env.insert(QStringLiteral("PGSSLROOTCERT"), caFile);
    env.insert(QStringLiteral("PGPASSFILE"), passfile->childPath());
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QString::number(std::max(2, endpoint.connectTimeoutMs / 1000)));
    env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("proofer"));
    env.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
    // Messages in English whatever the locale: they are parsed and shown as they are.
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    environment->environment = env;
    environment->passfile = std::move(passfile);
    return true;
}

QThreadPool *opsThreadPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(4);
        p->setObjectName(QStringLiteral("proofer-ops"));
        return p;
    }();
    return pool;
}

QString cleanPgMessage(const QString &message)
{
    // A server's message may quote what a client sent (a dump's values): shown without escape sequences.
    QString text = Core::printable(message).trimmed();
    static const QStringList prefixes = {QStringLiteral("pg_dump: error: "), QStringLiteral("psql: error: "),
                                         QStringLiteral("ERROR:  "), QStringLiteral("FATAL:  ")};
    for (const QString &prefix : prefixes) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size());
    }
    return text.section(u'\n', 0, 0).trimmed();
}

// ---- runSql --------------------------------------------------------------------------------------

namespace {

class SqlRun final : public QObject
{
public:
    SqlRun(const PgEndpoint &endpoint, QString database, QStringList statements, QString caFile, int timeoutMs)
        : m_endpoint(endpoint)
        , m_database(std::move(database))
        , m_statements(std::move(statements))
        , m_caFile(std::move(caFile))
        , m_connection(new Probe::PgConnection(this))
    {
        m_promise.start();
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, timeoutMs] {
            finish(QCoreApplication::translate("Ops", "%1: no answer within %2 s").arg(where()).arg(timeoutMs / 1000));
        });
        timer->start(timeoutMs);
    }

    QFuture<SqlResult> future() { return m_promise.future(); }

    void start()
    {
        if (!m_endpoint.hostaddr.isEmpty() || !QHostAddress(m_endpoint.host).isNull()) {
            connectTo(m_endpoint.hostaddr.isEmpty() ? m_endpoint.host : m_endpoint.hostaddr);
            return;
        }
        // libpq would resolve the name synchronously: resolve it here first.
        QHostInfo::lookupHost(m_endpoint.host, this, [this](const QHostInfo &info) {
            if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                finish(QCoreApplication::translate("Ops", "%1: cannot resolve %2: %3").arg(where(), m_endpoint.host, info.errorString()));
                return;
            }
            connectTo(info.addresses().constFirst().toString());
        });
    }

private:
    QString where() const { return QCoreApplication::translate("Ops", "%1, database %2").arg(m_endpoint.datastore, m_database); }

    void connectTo(const QString &address)
    {
        m_hostaddr = address.toUtf8();
        m_host = m_endpoint.host.toUtf8();
        m_port = QByteArray::number(m_endpoint.port);
        m_user = m_endpoint.user.toUtf8();
        m_db = m_database.toUtf8();
        m_ca = QFile::encodeName(m_caFile);
        m_sslmode = m_endpoint.sslmode.toUtf8();
        m_timeout = QByteArray::number(std::max(2, m_endpoint.connectTimeoutMs / 1000));
        Probe::PgConnection::Params params = {
            {"host", m_host.constData()},         {"hostaddr", m_hostaddr.constData()},
            {"port", m_port.constData()},         {"dbname", m_db.constData()},
            {"user", m_user.constData()},         {"sslmode", m_sslmode.constData()},
            {"connect_timeout", m_timeout.constData()}, {"application_name", "proofer"},
            {"client_encoding", "UTF8"},
        };
        if (!m_caFile.isEmpty())
            params.emplace_back("sslrootcert", m_ca.constData());
        if (!m_endpoint.password.isEmpty())
            params.emplace_back("password", m_endpoint.password.reveal().constData());
        m_connection->open(
            params,
            [this] {
                m_result.serverVersion = PQserverVersion(m_connection->handle());
                next();
            },
            [this](Probe::PgConnection::Step step, const QString &cause) {
                finish(QCoreApplication::translate("Ops", "%1: %2 failed: %3").arg(where(), Probe::PgConnection::stepName(step), cause));
            });
    }

    void next()
    {
        if (m_index >= m_statements.size()) {
            m_result.ok = true;
            finish({});
            return;
        }
        m_sql = m_statements.at(m_index).toUtf8();
        m_connection->sendQuery(m_sql.constData(), QByteArray(), [this](const PGresult *result) {
            const ExecStatusType status = PQresultStatus(result);
            if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
                finish(QCoreApplication::translate("Ops", "%1: %2").arg(where(), cleanPgMessage(QString::fromUtf8(PQresultErrorMessage(result)))));
                return;
            }
            SqlRows rows;
            for (int r = 0; r < PQntuples(result); ++r) {
                QStringList row;
                for (int c = 0; c < PQnfields(result); ++c)
                    row << (PQgetisnull(result, r, c) ? QString() : QString::fromUtf8(PQgetvalue(result, r, c)));
                rows << row;
            }
            m_result.results << rows;
            ++m_index;
            QTimer::singleShot(0, this, [this] { next(); });
        });
    }

    void finish(const QString &error)
    {
        if (m_done)
            return;
        m_done = true;
        if (!error.isEmpty()) {
            m_result.ok = false;
            m_result.error = error;
        }
        m_connection->close();
        m_promise.addResult(m_result);
        m_promise.finish();
        deleteLater();
    }

    PgEndpoint m_endpoint;
    QString m_database;
    QStringList m_statements;
    QString m_caFile;
    Probe::PgConnection *m_connection;
    QPromise<SqlResult> m_promise;
    SqlResult m_result;
    int m_index = 0;
    bool m_done = false;
    QByteArray m_sql, m_host, m_hostaddr, m_port, m_user, m_db, m_ca, m_sslmode, m_timeout;
};

} // namespace

QFuture<SqlResult> runSql(const PgEndpoint &endpoint, const QString &database, const QStringList &statements,
                          const QString &caFile, QObject *context, int timeoutMs)
{
    auto *run = new SqlRun(endpoint, database, statements, caFile, timeoutMs);
    QFuture<SqlResult> future = run->future();
    QTimer::singleShot(0, run, [run] { run->start(); });
    return future.then(context, [](const SqlResult &result) { return result; });
}

} // namespace Ops
