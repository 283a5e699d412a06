// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * LocalRedis: the demo's Redis, its redis.conf (TLS only unless the scenario has none, requirepass, AOF, the
 * application's ACL user) written at each start. The process lifecycle is LocalServer's (localserver.cpp).
 */
#include "demo/localserver.h"

#include "core/logging.h"

#include <QFile>
#include <QStandardPaths>

#include <signal.h>

namespace Demo {

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
        if (m_settings.strongCiphers)
            conf << QStringLiteral("tls-ciphers ECDHE+AESGCM:ECDHE+CHACHA20") << QStringLiteral("tls-prefer-server-ciphers yes");
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
    return readFileFrom(logFile(), m_logOffset).contains(QStringLiteral("Ready to accept connections"));
}

bool LocalRedis::portWasTaken(const QString &logTail) const
{
    return logTail.contains(QStringLiteral("Address already in use"));
}

} // namespace Demo
