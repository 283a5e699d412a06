// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certfactory.h"

#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Test {

struct RedisOptions
{
    enum class Mode { TlsOnly, Plain, Both };
    Mode mode = Mode::TlsOnly;
    QString requirePass;                     ///< empty: no requirepass
    QList<QPair<QString, QString>> aclUsers; ///< user, password: full access
    bool aof = false;
    bool tlsAuthClients = false; ///< "tls-auth-clients no" unless set
    QStringList extraConfig;     ///< extra redis.conf lines
    LeafOptions certificate;
    IssuedCertificate issued; ///< when set: served instead of issuing one
};

/**
 * A real redis-server for a test: TLS only (`port 0`), plain, or both, with requirepass or ACL
 * users and AOF on or off, in a temp dir on free loopback ports. Dies with the test process.
 */
class RedisServer final
{
public:
    explicit RedisServer(CertFactory *ca = nullptr);
    ~RedisServer();
    RedisServer(const RedisServer &) = delete;
    RedisServer &operator=(const RedisServer &) = delete;

    bool start(const RedisOptions &options = {});
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 tlsPort() const { return m_tlsPort; }     ///< 0 when TLS is off
    quint16 plainPort() const { return m_plainPort; } ///< 0 when plain is off
    qint64 pid() const;
    QString caFile() const;
    QString dir() const;
    QString logFile() const;
    const CertFactory &ca() const { return *m_ca; }

private:
    bool writeConfig();

    std::unique_ptr<CertFactory> m_ownCa;
    CertFactory *m_ca = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    RedisOptions m_options;
    QString m_error;
    quint16 m_tlsPort = 0;
    quint16 m_plainPort = 0;
};

} // namespace Test
