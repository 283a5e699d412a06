// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisserver.h"

#include "serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <signal.h>

namespace Test {

RedisServer::RedisServer(CertFactory *ca)
    : m_ca(ca)
{
    if (!m_ca) {
        m_ownCa = std::make_unique<CertFactory>();
        m_ca = m_ownCa.get();
    }
}

RedisServer::~RedisServer()
{
    stop();
}

QString RedisServer::dir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString RedisServer::caFile() const
{
    return dir() + QStringLiteral("/ca.crt");
}

QString RedisServer::logFile() const
{
    return dir() + QStringLiteral("/redis.log");
}

qint64 RedisServer::pid() const
{
    return m_process.processId();
}

bool RedisServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

bool RedisServer::writeConfig()
{
    const bool tls = m_options.mode != RedisOptions::Mode::Plain;
    const bool plain = m_options.mode != RedisOptions::Mode::TlsOnly;
    QStringList conf = {
        QStringLiteral("bind 127.0.0.1"),
        QStringLiteral("port %1").arg(plain ? m_plainPort : 0),
        QStringLiteral("daemonize no"),
        QStringLiteral("logfile \"\""),
        QStringLiteral("dir \"%1\"").arg(dir()),
        QStringLiteral("save \"\""),
        QStringLiteral("appendonly %1").arg(m_options.aof ? QStringLiteral("yes") : QStringLiteral("no")),
    };
    if (tls) {
        conf << QStringLiteral("tls-port %1").arg(m_tlsPort)
             << QStringLiteral("tls-cert-file \"%1/server.crt\"").arg(dir())
             << QStringLiteral("tls-key-file \"%1/server.key\"").arg(dir())
             << QStringLiteral("tls-ca-cert-file \"%1\"").arg(caFile())
             << QStringLiteral("tls-auth-clients %1").arg(m_options.tlsAuthClients ? QStringLiteral("yes")
                                                                                  : QStringLiteral("no"));
    }
    if (!m_options.requirePass.isEmpty())
        conf << QStringLiteral("requirepass \"%1\"").arg(m_options.requirePass);
    for (const auto &user : m_options.aclUsers)
        conf << QStringLiteral("user %1 on >%2 ~* &* +@all").arg(user.first, user.second);
    conf << m_options.extraConfig;

    const QString path = dir() + QStringLiteral("/redis.conf");
    return CertFactory::writeFile(path, conf.join(u'\n').toUtf8() + '\n', 0600);
}

bool RedisServer::start(const RedisOptions &options)
{
    m_options = options;
    const QString redis = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    if (redis.isEmpty()) {
        m_error = QStringLiteral("redis-server not found (install redis-server; scripts/setup does)");
        return false;
    }
    if (!m_ca->isValid()) {
        m_error = QStringLiteral("test CA: %1").arg(m_ca->errorString());
        return false;
    }
    m_dir = makeServerDir(&m_error);
    if (!m_dir)
        return false;
    if (m_options.mode != RedisOptions::Mode::Plain) {
        const IssuedCertificate server = m_options.issued.certificatePem.isEmpty() ? m_ca->issue(m_options.certificate)
                                                                                 : m_options.issued;
        if (server.certificatePem.isEmpty()) {
            m_error = QStringLiteral("server certificate: %1").arg(m_ca->errorString());
            return false;
        }
        if (!CertFactory::writeFile(dir() + QStringLiteral("/server.crt"), server.certificatePem)
            || !CertFactory::writeFile(dir() + QStringLiteral("/server.key"), server.key.privateKeyPem.reveal(), 0600)
            || !CertFactory::writeFile(caFile(), m_ca->caCertificatePem())) {
            m_error = QStringLiteral("could not write the certificate files");
            return false;
        }
    }

    for (int attempt = 0; attempt < 8; ++attempt) {
        m_tlsPort = m_options.mode == RedisOptions::Mode::Plain ? 0 : pickFreePort();
        m_plainPort = m_options.mode == RedisOptions::Mode::TlsOnly ? 0 : pickFreePort();
        if (!writeConfig()) {
            m_error = QStringLiteral("could not write redis.conf");
            return false;
        }
        QFile::remove(logFile());
        ChildSpec spec;
        spec.program = redis;
        spec.arguments = {dir() + QStringLiteral("/redis.conf")};
        spec.logFile = logFile();
        spec.workingDirectory = dir();
        spec.deathSignal = SIGTERM;
        if (!startChild(m_process, spec, &m_error))
            return false;

        QElapsedTimer timer;
        timer.start();
        bool portTaken = false;
        while (timer.elapsed() < 30000) {
            const QString log = readTextFile(logFile());
            if (m_process.state() != QProcess::Running) {
                m_process.waitForFinished(1000);
                portTaken = log.contains(QStringLiteral("Address already in use"));
                m_error = QStringLiteral("redis-server exited during start-up: %1").arg(log.right(2000));
                break;
            }
            if (log.contains(QStringLiteral("Ready to accept connections")))
                return true;
            QThread::msleep(20);
        }
        if (m_process.state() == QProcess::Running) {
            stopChild(m_process, SIGTERM);
            m_error = QStringLiteral("redis-server did not become ready within 30 s");
            return false;
        }
        if (!portTaken)
            return false;
    }
    return false;
}

void RedisServer::stop()
{
    stopChild(m_process, SIGTERM);
}

} // namespace Test
