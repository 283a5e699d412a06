// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certfactory.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Test {

struct PostgresOptions
{
    bool tls = true;
    QString sslMinProtocolVersion = QStringLiteral("TLSv1.2");
    QString passwordEncryption = QStringLiteral("scram-sha-256");
    /** Extra postgresql.conf lines, e.g. "log_connections = on". */
    QStringList extraConfig;
    /**
     * pg_hba.conf lines. Empty: "hostssl all all 127.0.0.1/32 scram-sha-256" with TLS on,
     * "host all all 127.0.0.1/32 scram-sha-256" with TLS off.
     */
    QStringList hbaLines;
    QString role = QStringLiteral("app");
    QString password; ///< empty: a random 32-character password
    QString database = QStringLiteral("app");
    LeafOptions certificate; ///< the server certificate, issued by the fixture's CA
    IssuedCertificate issued; ///< when set: served instead of issuing one (benchmarks share one RSA-4096 leaf)
};

/**
 * A real PostgreSQL server for a test: Debian's initdb + postgres in a temp dir, on a free loopback
 * port, as the "postgres" user when the test runs as root, with TLS on a certificate from a test CA,
 * the chosen settings and pg_hba lines, and a role with a password. Stopped by the destructor, and
 * by the kernel when the test process dies (no stray postgres after ctest).
 */
class PostgresServer final
{
public:
    /** @p ca issues the server certificate; nullptr: the server makes its own CA. */
    explicit PostgresServer(CertFactory *ca = nullptr);
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    bool start(const PostgresOptions &options = {});
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    qint64 pid() const;
    QString caFile() const;
    QString dir() const;
    QString dataDir() const;
    QString logFile() const;
    QString role() const { return m_options.role; }
    QString password() const { return m_options.password; }
    QString database() const { return m_options.database; }
    QString superuserPassword() const { return m_superPassword; }

    /** libpq conninfo for the role, TLS verify-full against the CA, host=localhost hostaddr=127.0.0.1. */
    QByteArray conninfo(const QString &sslmode = QStringLiteral("verify-full")) const;
    /** Runs @p sql as the superuser (blocking libpq; tests only). Returns the first value of the result. */
    QString superuserQuery(const QString &sql, QString *error = nullptr) const;

private:
    bool initDatabase();
    bool writeConfig(quint16 port);
    bool launch(quint16 port, bool *portTaken);
    bool createRoleAndDatabase();

    std::unique_ptr<CertFactory> m_ownCa;
    CertFactory *m_ca = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    PostgresOptions m_options;
    QString m_superPassword;
    QString m_error;
    quint16 m_port = 0;
};

/** A random password of @p length characters that is safe in connection strings and URLs. */
QString randomPassword(int length = 32);

} // namespace Test
