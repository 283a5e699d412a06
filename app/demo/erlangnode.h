// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

class QProcess;
class QTimer;

namespace Demo {

class LocalServer;

/**
 * The Erlang side of a local RabbitMQ broker: its own epmd on a loopback port (so the system's broker is never
 * touched and nothing is left behind), started before the broker and stopped with it, and the environment that
 * keeps every path of the broker (Mnesia, logs, config, plugins, the Erlang cookie via HOME) in its directory.
 * Used by the built-in scenarios' broker and by the broker of a rabbitmq image in the user's manifests.
 */
class ErlangNode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErlangNode)

public:
    /** The epmd of @p broker (its child): stopped whenever the broker stops, fails or crashes. */
    explicit ErlangNode(LocalServer *broker);
    ~ErlangNode() override;

    /** Starts epmd, or reports listening() at once when it runs: listening() or failed() follows within 5 s. */
    void startEpmd();
    /** Stops epmd (reaped on the event loop). */
    void stop();
    quint16 epmdPort() const { return m_epmdPort; }

    /**
     * The broker's environment: the system's, with HOME, the config, env and plugins files, Mnesia, logs (to
     * stdout), pid file, node name and distribution port all its own, bound to 127.0.0.1.
     */
    QProcessEnvironment brokerEnvironment(const QString &configFile, const QString &enabledPluginsFile,
                                          quint16 distPort) const;

signals:
    void listening();
    void failed(const QString &error);

private:
    void poll();

    QString m_directory;
    QProcess *m_epmd = nullptr;
    QTimer *m_poll = nullptr;
    qint64 m_startedMs = 0;
    quint16 m_epmdPort = 0;
};

} // namespace Demo
