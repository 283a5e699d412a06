// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkProxy>
#include <QObject>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Kube {

/**
 * The connections that long-lived streams (watches, log follows) use, apart from the client's short calls.
 *
 * Qt opens at most six HTTP/1.1 connections to one host per QNetworkAccessManager and queues every further
 * request until one is free. A stream holds its connection for minutes, so streams sharing the short calls'
 * manager starve them: with a log follow and the live view's watches open, a rescan's lists wait until they
 * time out. Each stream therefore goes to a manager of its own budget that has fewer than StreamsPerManager
 * streams open, and another manager (with its own connections) is made when every one is full; the short
 * calls keep all six connections of theirs. (Port-forwards open their own WebSockets and use none of these.)
 */
class StreamConnections final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamConnections)

public:
    /** Below Qt's six per host, so a stream being torn down never makes a new one wait for its connection. */
    static constexpr int StreamsPerManager = 4;

    explicit StreamConnections(QObject *parent = nullptr);
    ~StreamConnections() override;

    void setProxy(const QNetworkProxy &proxy);
    /** Sends the GET of a stream on a connection no short call and no other open stream waits for. */
    QNetworkReply *get(const QNetworkRequest &request);
    /** Aborts every stream (their replies finish with OperationCanceledError). */
    void abortAll();

    /** Streams whose reply has not finished yet. */
    int openStreams() const;
    /** Managers made so far (each has its own connections and HTTP thread). */
    int managerCount() const { return int(m_slots.size()); }

private:
    struct Slot
    {
        QNetworkAccessManager *manager = nullptr;
        int open = 0;
    };
    Slot *slotWithRoom();

    std::vector<std::unique_ptr<Slot>> m_slots;
    QNetworkProxy m_proxy { QNetworkProxy::DefaultProxy };
};

} // namespace Kube
