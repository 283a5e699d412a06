// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One non-blocking libpq connection on the event loop, internal to app/probe (Qt's QPSQL pattern):
// PQconnectStartParams + PQconnectPoll driven by a QSocketNotifier that is recreated at every step
// (libpq may close and reopen the socket), then PQsendQueryParams / PQflush / PQconsumeInput / PQisBusy /
// PQgetResult. Nothing here waits; timeouts belong to the owner.

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include <libpq-fe.h>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace Probe {

struct PgConnDeleter
{
    void operator()(PGconn *conn) const { PQfinish(conn); }
};
struct PgResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using PgConnPtr = std::unique_ptr<PGconn, PgConnDeleter>;
using PgResultPtr = std::unique_ptr<PGresult, PgResultDeleter>;

/** libpq's message without the "connection to server at … failed:" prefix and "FATAL:", on one line. */
QString cleanLibpqMessage(const char *message);

class PgConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgConnection)

public:
    /** Where a connection was when it failed or stalled. */
    enum class Step { Connect, Tls, Authentication, Query };

    /** Keyword/value pairs for PQconnectStartParams; libpq copies them, they need to live for open() only. */
    using Params = std::vector<std::pair<const char *, const char *>>;
    using FailedHandler = std::function<void(Step step, const QString &cause)>;
    /** The result of one query (an error result when the server refused it); valid during the call only. */
    using ResultHandler = std::function<void(const PGresult *result)>;

    explicit PgConnection(QObject *parent = nullptr);
    ~PgConnection() override;

    /**
     * Starts connecting. @p onConnected or @p onFailed is called later from the event loop, never from
     * open() itself. A handler may close() this object, but must not delete it (use deleteLater()).
     */
    void open(const Params &params, std::function<void()> onConnected, FailedHandler onFailed);
    /** Sends one statement (with at most one text parameter). @p onFailed of open() reports a broken link. */
    void sendQuery(const char *sql, const QByteArray &parameter, ResultHandler onResult);

    /** One statement of a pipeline: SQL and at most one text parameter (a null QByteArray: none). */
    struct Statement {
        const char *sql = nullptr;
        QByteArray parameter;
    };
    /** The result of statement @p index of a pipeline (an error result when the server refused it). */
    using PipelineHandler = std::function<void(int index, const PGresult *result)>;
    /**
     * Sends @p statements at once in libpq's pipeline mode, each followed by a sync so that it runs in its own
     * implicit transaction: a refused statement does not abort the ones after it. One round trip for all.
     * @p onResult is called for each statement in order, then @p onDone; a handler may close() this object.
     */
    void sendPipeline(std::vector<Statement> statements, PipelineHandler onResult, std::function<void()> onDone);
    /** Stops watching the socket and closes the connection (PQfinish). */
    void close();

    PGconn *handle() const { return m_conn.get(); }
    /**
     * Whether the last connection attempt that failed had sent (or was about to send) the password
     * (PQconnectionUsedPassword, taken before the failure closed it). False when libpq gave up before any
     * password exchange, e.g. a channel_binding=require refusal of a non-SCRAM request.
     */
    bool failedAfterPassword() const { return m_failedAfterPassword; }
    bool isOpen() const { return m_conn != nullptr; }
    /** The step the connection is in now (from PQstatus while connecting; Query once connected). */
    Step currentStep() const;

    static QString stepName(Step step);

private:
    enum class State { Idle, Connecting, Ready, Flushing, Reading };

    void watch(QSocketNotifier::Type type);
    void dropNotifier();
    void onActivated();
    void pollConnect();
    void flush();
    void consume();
    void consumePipeline();
    void fail(Step step, const QString &cause);

    PgConnPtr m_conn;
    QSocketNotifier *m_notifier = nullptr;
    State m_state = State::Idle;
    std::function<void()> m_onConnected;
    FailedHandler m_onFailed;
    ResultHandler m_onResult;
    PgResultPtr m_result;
    int m_pipelineSize = 0; ///< statements in the pipeline being read (0: no pipeline)
    int m_pipelineIndex = 0; ///< the statement whose results are being read
    bool m_pipelineDelivered = false; ///< the current statement's result went to the handler
    PipelineHandler m_onPipelineResult;
    std::function<void()> m_onPipelineDone;
    quint64 m_generation = 0; ///< bumped by close(): callbacks queued before it are dropped
    bool m_tlsWanted = true;
    bool m_failedAfterPassword = false;
};

} // namespace Probe
