// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/localserver.h"

#include "core/logging.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

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

QString readFrom(const QString &path, qint64 offset, qint64 maxBytes = -1)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    qint64 start = offset;
    if (maxBytes >= 0 && size - start > maxBytes)
        start = size - maxBytes;
    if (start > 0)
        file.seek(start);
    return QString::fromUtf8(file.readAll());
}

} // namespace

std::optional<ServerUser> serverUser(QString *error)
{
    ServerUser user;
    if (::geteuid() != 0) {
        user.uid = ::geteuid();
        user.gid = ::getegid();
        const passwd *pw = ::getpwuid(user.uid);
        user.name = pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(user.uid);
        return user;
    }
    const passwd *pw = ::getpwnam("postgres");
    if (!pw) {
        if (error)
            *error = demoTr("running as root, and there is no \"postgres\" user to run the servers as (PostgreSQL "
                            "refuses to run as root; install the postgresql package or run as another user)");
        return std::nullopt;
    }
    user.dropPrivileges = true;
    user.uid = pw->pw_uid;
    user.gid = pw->pw_gid;
    user.name = QStringLiteral("postgres");
    return user;
}

bool giveToServerUser(const QString &path)
{
    const auto user = serverUser(nullptr);
    if (!user)
        return false;
    if (!user->dropPrivileges)
        return true;
    return ::chown(QFile::encodeName(path).constData(), user->uid, user->gid) == 0;
}

bool writePrivateFile(const QString &path, const QByteArray &data, int mode, bool serverOwned, QString *error)
{
    QFile file(path);
    // Created with the final mode: the bytes are never readable by others, not even for an instant.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = demoTr("could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    ::fchmod(file.handle(), mode_t(mode));
    if (file.write(data) != data.size()) {
        if (error)
            *error = demoTr("could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    if (serverOwned && !giveToServerUser(path)) {
        if (error)
            *error = demoTr("could not give %1 to the server user").arg(path);
        return false;
    }
    return true;
}

void startServerProcess(QProcess *process, const QString &program, const QStringList &arguments, const QString &logFile,
                        const QString &workingDirectory, int deathSignal)
{
    const auto user = serverUser(nullptr);
    const bool drop = user && user->dropPrivileges;
    const unsigned uid = user ? user->uid : 0;
    const unsigned gid = user ? user->gid : 0;
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: async-signal-safe calls only.
    process->setChildProcessModifier([drop, uid, gid, parent, deathSignal] {
        if (drop) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(126);
        }
        // After setuid: a change of credentials clears the parent-death signal.
        ::prctl(PR_SET_PDEATHSIG, deathSignal);
        if (::getppid() != parent)
            ::_exit(125); // Proofer died before we got here
        ::setpgid(0, 0); // Ctrl-C reaches Proofer only, which stops the servers in order
    });
    if (!logFile.isEmpty()) {
        process->setStandardOutputFile(logFile, QIODevice::Append);
        process->setStandardErrorFile(logFile, QIODevice::Append);
    }
    if (!workingDirectory.isEmpty())
        process->setWorkingDirectory(workingDirectory);
    // What the caller set (RabbitMQ's paths and ports) on top of ours.
    QProcessEnvironment environment = process->processEnvironment().isEmpty() ? QProcessEnvironment::systemEnvironment()
                                                                             : process->processEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("PGPASSWORD"));
    process->setProcessEnvironment(environment);
    process->start(program, arguments);
}

QString postgresBinDir()
{
    const QString fromEnv = qEnvironmentVariable("PROOFER_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), collator);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = root.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/postgres")))
            return bin;
    }
    return {};
}

QByteArray scramSha256Verifier(const Core::Secret &password)
{
    constexpr int iterations = 4096;
    unsigned char salt[16];
    if (RAND_bytes(salt, int(sizeof salt)) != 1)
        return {};
    unsigned char salted[SHA256_DIGEST_LENGTH];
    const QByteArray &bytes = password.reveal();
    if (PKCS5_PBKDF2_HMAC(bytes.constData(), int(bytes.size()), salt, int(sizeof salt), iterations, EVP_sha256(),
                          int(sizeof salted), salted)
        != 1)
        return {};
    unsigned char clientKey[SHA256_DIGEST_LENGTH];
    unsigned char serverKey[SHA256_DIGEST_LENGTH];
    unsigned char storedKey[SHA256_DIGEST_LENGTH];
    unsigned int length = 0;
    static const char clientLabel[] = "Client Key";
    static const char serverLabel[] = "Server Key";
    HMAC(EVP_sha256(), salted, int(sizeof salted), reinterpret_cast<const unsigned char *>(clientLabel),
         sizeof clientLabel - 1, clientKey, &length);
    HMAC(EVP_sha256(), salted, int(sizeof salted), reinterpret_cast<const unsigned char *>(serverLabel),
         sizeof serverLabel - 1, serverKey, &length);
    SHA256(clientKey, sizeof clientKey, storedKey);
    OPENSSL_cleanse(salted, sizeof salted);
    OPENSSL_cleanse(clientKey, sizeof clientKey);
    auto b64 = [](const unsigned char *data, int size) {
        return QByteArray(reinterpret_cast<const char *>(data), size).toBase64();
    };
    return QByteArrayLiteral("SCRAM-SHA-256$") + QByteArray::number(iterations) + ':' + b64(salt, int(sizeof salt))
        + '$' + b64(storedKey, int(sizeof storedKey)) + ':' + b64(serverKey, int(sizeof serverKey));
}

QByteArray md5Verifier(const Core::Secret &password, const QString &role)
{
    QByteArray input = password.reveal() + role.toUtf8();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(input.constData(), size_t(input.size()), digest, &length, EVP_md5(), nullptr);
    Core::wipe(input);
    return QByteArrayLiteral("md5") + QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

Core::Secret randomPassword(int length)
{
    static const char lower[] = "abcdefghijkmnopqrstuvwxyz";
    static const char upper[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static const char digits[] = "23456789";
    static const char all[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QRandomGenerator *random = QRandomGenerator::system();
    QByteArray bytes(length, '\0');
    for (int i = 0; i < length; ++i)
        bytes[i] = all[random->bounded(int(sizeof all - 1))];
    if (length >= 3) {
        // One of each class at random places: the password passes any character-class policy.
        bytes[0] = lower[random->bounded(int(sizeof lower - 1))];
        bytes[1] = upper[random->bounded(int(sizeof upper - 1))];
        bytes[2] = digits[random->bounded(int(sizeof digits - 1))];
        for (int i = 0; i < 3; ++i)
            std::swap(bytes[i], bytes[random->bounded(length)]);
    }
    Core::Secret secret(bytes);
    Core::wipe(bytes);
    return secret;
}

quint16 pickLoopbackPort()
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = quint16(QRandomGenerator::global()->bounded(20000, 32000));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------------

LocalServer::LocalServer(const QString &name, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
    , m_name(name)
    , m_directory(directory)
    , m_poll(new QTimer(this))
    , m_killTimer(new QTimer(this))
{
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &LocalServer::onPoll);
    m_killTimer->setSingleShot(true);
    m_killTimer->setInterval(15000);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcDemo) << m_name << "did not stop within 15 s: killing it";
        m_process->kill();
    });
    connect(m_process, &QProcess::finished, this, &LocalServer::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_state == State::Starting)
            fail(demoTr("%1: could not start %2: %3").arg(m_name, program(), m_process->errorString()));
    });
}

LocalServer::~LocalServer()
{
    // The fleet stops every server before it goes; this is the last resort (e.g. an exception unwinding).
    if (m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

QString LocalServer::logFile() const
{
    return m_directory + QStringLiteral("/server.log");
}

qint64 LocalServer::pid() const
{
    return m_process->processId();
}

QString LocalServer::certificateFile() const
{
    return m_directory + QStringLiteral("/server.crt");
}

QString LocalServer::keyFile() const
{
    return m_directory + QStringLiteral("/server.key");
}

QString LocalServer::caFile() const
{
    return m_directory + QStringLiteral("/ca.crt");
}

void LocalServer::setTlsMaterial(const QByteArray &certificatePem, const Core::Secret &keyPem, const QByteArray &caPem)
{
    m_certificatePem = certificatePem;
    m_keyPem = keyPem;
    m_caPem = caPem;
}

bool LocalServer::writeTlsFiles(QString *error)
{
    if (!hasTls())
        return true;
    return writePrivateFile(certificateFile(), m_certificatePem, 0644, true, error)
        && writePrivateFile(keyFile(), m_keyPem.reveal(), 0600, true, error)
        && writePrivateFile(caFile(), m_caPem, 0644, true, error);
}

void LocalServer::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    if (m_state == State::Stopping) {
        m_restartPending = true;
        return;
    }
    m_state = State::Starting;
    m_portAttempts = 0;
    if (!QDir().mkpath(m_directory)) {
        fail(demoTr("%1: could not create %2").arg(m_name, m_directory));
        return;
    }
    giveToServerUser(m_directory);
    ::chmod(QFile::encodeName(m_directory).constData(), 0700);
    prepare();
}

void LocalServer::launch()
{
    if (m_state != State::Starting)
        return;
    if (m_port == 0)
        m_port = pickLoopbackPort();
    if (m_port == 0) {
        fail(demoTr("%1: no free loopback port below 32768").arg(m_name));
        return;
    }
    QString error;
    if (!writeTlsFiles(&error) || !writeConfiguration(&error)) {
        fail(demoTr("%1: %2").arg(m_name, error));
        return;
    }
    m_logOffset = QFileInfo(logFile()).size();
    m_process->setStandardInputFile(QProcess::nullDevice());
    startServerProcess(m_process, program(), arguments(), logFile(), m_directory, stopSignal());
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_poll->start();
    qCDebug(lcDemo) << m_name << "starting on port" << m_port;
}

void LocalServer::onPoll()
{
    if (m_state != State::Starting || m_process->state() != QProcess::Running) {
        m_poll->stop();
        return;
    }
    if (isReady()) {
        m_poll->stop();
        afterReady();
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() - m_startedAtMs > 60000) {
        m_poll->stop();
        fail(demoTr("%1 did not accept connections within 60 s: %2").arg(m_name, logTail()));
    }
}

void LocalServer::markReady()
{
    if (m_state != State::Starting)
        return;
    m_state = State::Running;
    qCDebug(lcDemo) << m_name << "ready, pid" << pid();
    emit ready();
}

void LocalServer::fail(const QString &error)
{
    m_poll->stop();
    m_state = State::Stopped;
    if (m_process->state() != QProcess::NotRunning) {
        m_state = State::Stopping; // the finished signal lands in onFinished and is not a crash
        m_process->kill();
    }
    qCWarning(lcDemo).noquote() << error;
    emit failed(error);
}

QString LocalServer::logTail(int bytes) const
{
    return readFrom(logFile(), m_logOffset, bytes).trimmed();
}

void LocalServer::stop()
{
    m_restartPending = false;
    m_poll->stop();
    if (m_process->state() == QProcess::NotRunning) {
        m_state = State::Stopped;
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::Stopped)
                emit stopped();
        });
        return;
    }
    m_state = State::Stopping;
    ::kill(pid_t(m_process->processId()), stopSignal());
    m_killTimer->start();
}

void LocalServer::restart()
{
    if (m_state == State::Stopped) {
        start();
        return;
    }
    ++m_restarts;
    stop();
    m_restartPending = true;
}

void LocalServer::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_poll->stop();
    m_killTimer->stop();
    const State previous = m_state;
    m_state = State::Stopped;
    switch (previous) {
    case State::Starting: {
        const QString tail = logTail();
        if (portWasTaken(tail) && ++m_portAttempts < 6) {
            qCDebug(lcDemo) << m_name << "port" << m_port << "taken; trying another";
            m_port = 0;
            m_state = State::Starting;
            launch();
            return;
        }
        const QString error = demoTr("%1 exited during start-up (exit %2): %3").arg(m_name).arg(exitCode).arg(tail);
        qCWarning(lcDemo).noquote() << error;
        emit failed(error);
        return;
    }
    case State::Running: {
        const QString reason
            = status == QProcess::CrashExit ? demoTr("crashed") : demoTr("exited with code %1").arg(exitCode);
        qCWarning(lcDemo) << m_name << "stopped on its own:" << reason;
        emit crashed(reason);
        return;
    }
    case State::Stopping:
    case State::Stopped:
        break;
    }
    if (m_restartPending) {
        m_restartPending = false;
        start();
        return;
    }
    emit stopped();
}

// ---------------------------------------------------------------------------------------------------

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
                     .arg(name(), readFrom(directory() + QStringLiteral("/setup.log"), 0, 2000).trimmed()));
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

// ---------------------------------------------------------------------------------------------------

LocalRedis::LocalRedis(const QString &name, const QString &directory, const Core::Secret &password,
                       const Core::Secret &appPassword, const ScenarioSettings &settings, QObject *parent)
    : LocalServer(name, directory, parent)
    , m_password(password)
    , m_appPassword(appPassword)
    , m_settings(settings)
{ }

LocalRedis::~LocalRedis() = default;

QString LocalRedis::findProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("redis-server"));
}

void LocalRedis::prepare()
{
    launch();
}

QString LocalRedis::program() const
{
    return findProgram();
}

QStringList LocalRedis::arguments() const
{
    return { directory() + QStringLiteral("/redis.conf") };
}

int LocalRedis::stopSignal() const
{
    return SIGTERM;
}

bool LocalRedis::writeConfiguration(QString *error)
{
    const bool tls = m_settings.tls && hasTls();
    auto quote = [](const QString &value) -> QString {
        QString escaped = value;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return u'"' + escaped + u'"';
    };
    QStringList conf = {
        QStringLiteral("# Written by proofer demo at each start; edits are lost."),
        QStringLiteral("bind 127.0.0.1"),
        QStringLiteral("port %1").arg(tls ? 0 : m_port),
        QStringLiteral("daemonize no"),
        QStringLiteral("logfile \"\""),
        QStringLiteral("dir %1").arg(quote(directory())),
        QStringLiteral("appendonly %1").arg(m_settings.redisAof ? QStringLiteral("yes") : QStringLiteral("no")),
    };
    if (tls) {
        conf << QStringLiteral("tls-port %1").arg(m_port)
             << QStringLiteral("tls-cert-file %1").arg(quote(certificateFile()))
             << QStringLiteral("tls-key-file %1").arg(quote(keyFile()))
             << QStringLiteral("tls-ca-cert-file %1").arg(quote(caFile()))
             << QStringLiteral("tls-auth-clients %1").arg(m_settings.redisTlsAuthClients)
             << QStringLiteral("tls-protocols \"TLSv1.2 TLSv1.3\"");
    }
    if (m_settings.redisPassword && !m_password.isEmpty())
        conf << QStringLiteral("requirepass %1").arg(quote(QString::fromUtf8(m_password.reveal())));
    if (m_settings.redisAclUsers && !m_appPassword.isEmpty())
        conf << QStringLiteral("user bakery-app on >%1 ~* &* +@all -@dangerous")
                    .arg(QString::fromUtf8(m_appPassword.reveal()));
    QByteArray text = conf.join(u'\n').toUtf8() + '\n';
    const bool ok = writePrivateFile(directory() + QStringLiteral("/redis.conf"), text, 0600, true, error);
    Core::wipe(text);
    return ok;
}

bool LocalRedis::isReady()
{
    return readFrom(logFile(), m_logOffset).contains(QStringLiteral("Ready to accept connections"));
}

bool LocalRedis::portWasTaken(const QString &logTail) const
{
    return logTail.contains(QStringLiteral("Address already in use"));
}

// ---------------------------------------------------------------------------------------------------

LocalRabbitMq::LocalRabbitMq(const QString &name, const QString &directory, const Core::Secret &password,
                             const ScenarioSettings &settings, QObject *parent)
    : LocalServer(name, directory, parent)
    , m_password(password)
    , m_settings(settings)
{
    // epmd lives as long as the broker: stopped with it, never left behind.
    connect(this, &LocalServer::stopped, this, &LocalRabbitMq::stopEpmd);
    connect(this, &LocalServer::failed, this, &LocalRabbitMq::stopEpmd);
}

LocalRabbitMq::~LocalRabbitMq()
{
    stopEpmd();
}

QString LocalRabbitMq::findProgram()
{
    const QString script = QStringLiteral("/usr/lib/rabbitmq/bin/rabbitmq-server");
    if (!QFileInfo(script).isExecutable() || QStandardPaths::findExecutable(QStringLiteral("epmd")).isEmpty())
        return {};
    return script;
}

bool LocalRabbitMq::tlsOn() const
{
    return m_settings.tls && hasTls();
}

QString LocalRabbitMq::user() const
{
    return m_settings.rabbitmqGuest ? QStringLiteral("guest") : QStringLiteral("bakery");
}

void LocalRabbitMq::stopEpmd()
{
    if (m_epmdPoll)
        m_epmdPoll->stop();
    if (m_epmd && m_epmd->state() != QProcess::NotRunning)
        m_epmd->kill(); // reaped by QProcess on the event loop
}

void LocalRabbitMq::prepare()
{
    // The users come from rabbitmq.conf (default_user, or guest in the "before" scenario): a fresh node
    // database at each start, so a scenario or password change always takes effect. It holds nothing else.
    QDir(directory() + QStringLiteral("/mnesia")).removeRecursively();
    if (!m_managementPort)
        m_managementPort = pickLoopbackPort();
    if (!m_distPort)
        m_distPort = pickLoopbackPort();
    if (m_settings.rabbitmqPlainListener && tlsOn() && !m_plainPort)
        m_plainPort = pickLoopbackPort();
    if (m_epmd && m_epmd->state() == QProcess::Running) {
        launch();
        return;
    }
    if (!m_epmd) {
        m_epmd = new QProcess(this);
        m_epmdPoll = new QTimer(this);
        m_epmdPoll->setInterval(20);
        connect(m_epmdPoll, &QTimer::timeout, this, [this] {
            if (state() != State::Starting) {
                m_epmdPoll->stop();
                return;
            }
            if (m_epmd->state() != QProcess::Running
                || QDateTime::currentMSecsSinceEpoch() - m_epmdStartedMs > 5000) {
                m_epmdPoll->stop();
                m_epmdPort = 0;
                fail(demoTr("%1: epmd did not start: %2")
                         .arg(name(), readFrom(directory() + QStringLiteral("/epmd.log"), 0, 1000).trimmed()));
                return;
            }
            // Is epmd listening yet? A loopback connect, asynchronous like everything on this thread.
            auto *socket = new QTcpSocket(this);
            connect(socket, &QTcpSocket::connected, this, [this, socket] {
                socket->deleteLater();
                if (!m_epmdPoll->isActive() || state() != State::Starting)
                    return;
                m_epmdPoll->stop();
                launch();
            });
            connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
            socket->connectToHost(QHostAddress::LocalHost, m_epmdPort);
        });
    }
    m_epmdPort = pickLoopbackPort();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), directory());
    m_epmd->setProcessEnvironment(env);
    m_epmd->setStandardInputFile(QProcess::nullDevice());
    startServerProcess(m_epmd, QStandardPaths::findExecutable(QStringLiteral("epmd")),
                       { QStringLiteral("-port"), QString::number(m_epmdPort), QStringLiteral("-address"),
                         QStringLiteral("127.0.0.1") },
                       directory() + QStringLiteral("/epmd.log"), directory(), SIGKILL);
    m_epmdStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_epmdPoll->start();
}

QString LocalRabbitMq::program() const
{
    return findProgram();
}

QStringList LocalRabbitMq::arguments() const
{
    return {};
}

int LocalRabbitMq::stopSignal() const
{
    return SIGTERM; // the start script's trap stops the Erlang VM in order
}

bool LocalRabbitMq::writeConfiguration(QString *error)
{
    const QString dir = directory();
    if (m_configuredPort && m_port != m_configuredPort) {
        // The last start found a port taken: pick the broker's other ports again too.
        m_managementPort = pickLoopbackPort();
        m_distPort = pickLoopbackPort();
        if (m_plainPort)
            m_plainPort = pickLoopbackPort();
    }
    m_configuredPort = m_port;
    QStringList conf = { QStringLiteral("# Written by proofer demo at each start; edits are lost.") };
    if (tlsOn()) {
        conf << QStringLiteral("listeners.ssl.default = 127.0.0.1:%1").arg(m_port)
             << QStringLiteral("ssl_options.cacertfile = %1").arg(caFile())
             << QStringLiteral("ssl_options.certfile = %1").arg(certificateFile())
             << QStringLiteral("ssl_options.keyfile = %1").arg(keyFile())
             << QStringLiteral("ssl_options.verify = verify_none")
             << QStringLiteral("ssl_options.fail_if_no_peer_cert = false")
             << QStringLiteral("ssl_options.versions.1 = tlsv1.3")
             << QStringLiteral("ssl_options.versions.2 = tlsv1.2");
        if (m_plainPort)
            conf << QStringLiteral("listeners.tcp.default = 127.0.0.1:%1").arg(m_plainPort);
        else
            conf << QStringLiteral("listeners.tcp = none");
    } else {
        conf << QStringLiteral("listeners.tcp.default = 127.0.0.1:%1").arg(m_port);
    }
    conf << QStringLiteral("management.tcp.ip = 127.0.0.1")
         << QStringLiteral("management.tcp.port = %1").arg(m_managementPort)
         << QStringLiteral("disk_free_limit.absolute = 50MB");
    if (!m_settings.rabbitmqGuest) {
        // guest is created on first boot only as the default user: name the platform's own instead.
        conf << QStringLiteral("default_user = bakery")
             << QStringLiteral("default_pass = %1").arg(QString::fromUtf8(m_password.reveal()));
    }
    QByteArray text = conf.join(u'\n').toUtf8() + '\n';
    const bool ok = writePrivateFile(dir + QStringLiteral("/rabbitmq.conf"), text, 0600, true, error)
        && writePrivateFile(dir + QStringLiteral("/enabled_plugins"), "[rabbitmq_management].\n", 0600, true, error)
        && writePrivateFile(dir + QStringLiteral("/rabbitmq-env.conf"), QByteArray(), 0600, true, error);
    Core::wipe(text);
    if (!ok)
        return false;

    // Everything the broker writes stays in its directory; its node, ports and epmd are its own.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir);
    env.insert(QStringLiteral("ERL_EPMD_PORT"), QString::number(m_epmdPort));
    env.insert(QStringLiteral("RABBITMQ_CONF_ENV_FILE"), dir + QStringLiteral("/rabbitmq-env.conf"));
    env.insert(QStringLiteral("RABBITMQ_CONFIG_FILE"), dir + QStringLiteral("/rabbitmq.conf"));
    env.insert(QStringLiteral("RABBITMQ_ADVANCED_CONFIG_FILE"), dir + QStringLiteral("/advanced.config"));
    env.insert(QStringLiteral("RABBITMQ_ENABLED_PLUGINS_FILE"), dir + QStringLiteral("/enabled_plugins"));
    env.insert(QStringLiteral("RABBITMQ_MNESIA_BASE"), dir + QStringLiteral("/mnesia"));
    env.insert(QStringLiteral("RABBITMQ_LOG_BASE"), dir + QStringLiteral("/log"));
    env.insert(QStringLiteral("RABBITMQ_LOGS"), QStringLiteral("-"));
    env.insert(QStringLiteral("RABBITMQ_PID_FILE"), dir + QStringLiteral("/rabbitmq.pid"));
    env.insert(QStringLiteral("RABBITMQ_NODENAME"), QStringLiteral("proofer-demo@localhost"));
    env.insert(QStringLiteral("RABBITMQ_NODE_IP_ADDRESS"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("RABBITMQ_DIST_PORT"), QString::number(m_distPort));
    env.insert(QStringLiteral("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"),
               QStringLiteral("-kernel inet_dist_use_interface {127,0,0,1}"));
    m_process->setProcessEnvironment(env);
    return true;
}

bool LocalRabbitMq::isReady()
{
    return readFrom(logFile(), m_logOffset).contains(QStringLiteral("Server startup complete"));
}

bool LocalRabbitMq::portWasTaken(const QString &logTail) const
{
    return logTail.contains(QStringLiteral("eaddrinuse"));
}

} // namespace Demo
