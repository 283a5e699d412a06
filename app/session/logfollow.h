// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace Kube {
class KubeClient;
class LogStream;
}

namespace Session {

/**
 * One pod's log for a view, read once or followed (kubectl logs [-f] --tail=N), with the errors as text: the views
 * read logs through this, never through the Kubernetes client's types.
 */
class LogFollow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFollow)

public:
    struct Options
    {
        QString container; ///< empty: the pod's only or default container
        int tailLines = -1;
        bool follow = false;
    };

    ~LogFollow() override;

    /** Starts the read; linesReceived() as lines come, finished() once. */
    void start();
    /** Stops it; finished() comes with cancelled set. */
    void stop();

Q_SIGNALS:
    void linesReceived(const QStringList &lines);
    /** The read ended: @p error says why when it failed, @p cancelled when stop() ended it. */
    void finished(const QString &error, bool cancelled);

private:
    friend class LogSource;
    LogFollow(Kube::KubeClient *client, const QString &namespaceName, const QString &pod, const Options &options,
              QObject *parent);

    QPointer<Kube::LogStream> m_stream;
    QString m_pod;
};

/**
 * Where a view reads pod logs: a cluster connection and a namespace (or none, e.g. for a targets file). A value;
 * it does not keep the connection alive and is invalid once the connection is gone.
 */
class LogSource
{
public:
    LogSource() = default;
    LogSource(Kube::KubeClient *client, QString namespaceName);

    bool isValid() const { return !m_client.isNull(); }
    QString namespaceName() const { return m_namespace; }
    /** A read of @p pod's log, owned by @p parent; nullptr when the source is not valid. Not started. */
    LogFollow *open(const QString &pod, const LogFollow::Options &options, QObject *parent) const;

    friend bool operator==(const LogSource &a, const LogSource &b)
    {
        return a.m_client == b.m_client && a.m_namespace == b.m_namespace;
    }
    friend bool operator!=(const LogSource &a, const LogSource &b) { return !(a == b); }

private:
    QPointer<QObject> m_client; ///< the Kube::KubeClient
    QString m_namespace;
};

} // namespace Session
