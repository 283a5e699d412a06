// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The demo's local servers: the helpers they share (the server user, private files, processes that die with
 * Proofer, PostgreSQL binaries, verifiers, passwords, ports) and LocalServer, the process lifecycle the event
 * loop drives. Each server kind is in its own file: localpostgres.cpp, localredis.cpp, localrabbitmq.cpp.
 */
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

} // namespace

QString readFileFrom(const QString &path, qint64 offset, qint64 maxBytes)
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
    startServerProcess(m_process, program(), arguments(), logFile(), workingDirectory(), stopSignal());
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_poll->start();
    qCDebug(lcDemo) << m_name << "starting on port" << m_port;
}

void LocalServer::onPoll()
{
    if (m_state != State::Starting) {
        m_poll->stop();
        return;
    }
    // A process Qt has not seen start yet (QProcess::Starting: the child has not exec'd, the machine is busy) is
    // polled on like a running one: its end or a failure to start arrives through onFinished() or errorOccurred(),
    // and the start timeout below holds either way, so a start never waits forever.
    if (m_process->state() == QProcess::Running && isReady()) {
        m_poll->stop();
        afterReady();
        return;
    }
    if (QDateTime::currentMSecsSinceEpoch() - m_startedAtMs > m_startTimeout.count()) {
        m_poll->stop();
        fail(demoTr("%1 did not accept connections within %2 s: %3")
                 .arg(m_name)
                 .arg(double(m_startTimeout.count()) / 1000.0)
                 .arg(logTail()));
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
    return readFileFrom(logFile(), m_logOffset, bytes).trimmed();
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

} // namespace Demo
