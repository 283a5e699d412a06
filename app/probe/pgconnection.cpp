// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/pgconnection.h"

#include "core/printable.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <openssl/ssl.h>

namespace Probe {

QString cleanLibpqMessage(const char *message)
{
    QString text = Core::printable(QByteArray(message ? message : "")).trimmed(); // a server's bytes: shown printable
    // libpq 15: 'connection to server at "host" (addr), port N failed: FATAL:  cause'
    static const QRegularExpression prefix(
        QStringLiteral("connection to server (at|on socket) .*?(, port \\d+)? failed: "));
    text.remove(prefix);
    static const QRegularExpression severity(QStringLiteral("\\b(FATAL|ERROR):\\s+"));
    text.remove(severity);
    static const QRegularExpression lines(QStringLiteral("\\s*\\n\\s*"));
    text.replace(lines, QStringLiteral("; "));
    return text;
}

PgConnection::PgConnection(QObject *parent)
    : QObject(parent)
{ }

PgConnection::~PgConnection()
{
    close();
}

QString PgConnection::stepName(Step step)
{
    switch (step) {
    case Step::Connect:
        return QCoreApplication::translate("Probe", "connect");
    case Step::Tls:
        return QCoreApplication::translate("Probe", "TLS");
    case Step::Authentication:
        return QCoreApplication::translate("Probe", "authentication");
    case Step::Query:
        return QCoreApplication::translate("Probe", "query");
    }
    return {};
}

PgConnection::Step PgConnection::currentStep() const
{
    if (!m_conn)
        return Step::Connect;
    if (m_state != State::Connecting)
        return Step::Query;
    switch (PQstatus(m_conn.get())) {
    case CONNECTION_STARTED:
        return Step::Connect;
    case CONNECTION_SSL_STARTUP:
        return Step::Tls;
    case CONNECTION_MADE:
        // TCP is up; next goes the SSLRequest (TLS wanted, not yet on) or the startup packet.
        return m_tlsWanted && !PQsslInUse(m_conn.get()) ? Step::Tls : Step::Authentication;
    default:
        return Step::Authentication;
    }
}

void PgConnection::open(const Params &params, std::function<void()> onConnected, FailedHandler onFailed)
{
    close();
    m_onConnected = std::move(onConnected);
    m_onFailed = std::move(onFailed);
    m_failedAfterPassword = false;

    m_tlsWanted = true;
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    keywords.reserve(params.size() + 1);
    values.reserve(params.size() + 1);
    for (const auto &[keyword, value] : params) {
        if (qstrcmp(keyword, "sslmode") == 0)
            m_tlsWanted = qstrcmp(value, "disable") != 0 && qstrcmp(value, "allow") != 0;
        keywords.push_back(keyword);
        values.push_back(value);
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);

    m_conn.reset(PQconnectStartParams(keywords.data(), values.data(), 0));
    m_state = State::Connecting;
    if (!m_conn || PQstatus(m_conn.get()) == CONNECTION_BAD) {
        const QString cause = m_conn ? cleanLibpqMessage(PQerrorMessage(m_conn.get())) : QCoreApplication::translate("Probe", "out of memory");
        // Report from the event loop, as promised.
        QTimer::singleShot(0, this, [this, cause, generation = m_generation] {
            if (generation == m_generation)
                fail(Step::Connect, cause);
        });
        return;
    }
    // libpq: behave as if PQconnectPoll last returned PGRES_POLLING_WRITING.
    watch(QSocketNotifier::Write);
}

void PgConnection::close()
{
    dropNotifier();
    m_conn.reset();
    m_result.reset();
    m_state = State::Idle;
    m_pipelineSize = 0;
    m_onPipelineResult = nullptr;
    m_onPipelineDone = nullptr;
    ++m_generation;
}

void PgConnection::watch(QSocketNotifier::Type type)
{
    dropNotifier();
    const int fd = PQsocket(m_conn.get());
    if (fd < 0) {
        fail(currentStep(), QCoreApplication::translate("Probe", "libpq has no socket: %1").arg(cleanLibpqMessage(PQerrorMessage(m_conn.get()))));
        return;
    }
    m_notifier = new QSocketNotifier(fd, type, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { onActivated(); });
}

void PgConnection::dropNotifier()
{
    if (!m_notifier)
        return;
    // Disabled at once (the fd may be closed by the next libpq call), deleted later: we may be inside its signal.
    m_notifier->setEnabled(false);
    m_notifier->deleteLater();
    m_notifier = nullptr;
}

void PgConnection::onActivated()
{
    switch (m_state) {
    case State::Connecting:
        pollConnect();
        break;
    case State::Flushing:
        flush();
        break;
    case State::Reading:
        consume();
        break;
    case State::Idle:
    case State::Ready:
        dropNotifier();
        break;
    }
}

void PgConnection::pollConnect()
{
    const Step before = currentStep();
    dropNotifier(); // the socket may change inside PQconnectPoll
    switch (PQconnectPoll(m_conn.get())) {
    case PGRES_POLLING_READING:
        watch(QSocketNotifier::Read);
        return;
    case PGRES_POLLING_WRITING:
        watch(QSocketNotifier::Write);
        return;
    case PGRES_POLLING_OK: {
        if (PQsetnonblocking(m_conn.get(), 1) != 0) {
            fail(Step::Query, cleanLibpqMessage(PQerrorMessage(m_conn.get())));
            return;
        }
        m_state = State::Ready;
        if (m_onConnected)
            m_onConnected();
        return;
    }
    case PGRES_POLLING_FAILED:
    case PGRES_POLLING_ACTIVE:
        break;
    }
    m_failedAfterPassword = PQconnectionUsedPassword(m_conn.get()) == 1;
    fail(before, cleanLibpqMessage(PQerrorMessage(m_conn.get())));
}

void PgConnection::sendQuery(const char *sql, const QByteArray &parameter, ResultHandler onResult)
{
    if (!m_conn || m_state != State::Ready) {
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                fail(Step::Query, QCoreApplication::translate("Probe", "the connection is not ready for a query"));
        });
        return;
    }
    m_onResult = std::move(onResult);
    m_result.reset();
    const char *values[1] = { parameter.constData() };
    const int sent = parameter.isNull() ? PQsendQueryParams(m_conn.get(), sql, 0, nullptr, nullptr, nullptr, nullptr, 0)
                                        : PQsendQueryParams(m_conn.get(), sql, 1, nullptr, values, nullptr, nullptr, 0);
    if (!sent) {
        const QString cause = cleanLibpqMessage(PQerrorMessage(m_conn.get()));
        QTimer::singleShot(0, this, [this, cause, generation = m_generation] {
            if (generation == m_generation)
                fail(Step::Query, cause);
        });
        return;
    }
    flush();
}

void PgConnection::sendPipeline(std::vector<Statement> statements, PipelineHandler onResult, std::function<void()> onDone)
{
    auto failLater = [this](const QString &cause) {
        QTimer::singleShot(0, this, [this, cause, generation = m_generation] {
            if (generation == m_generation)
                fail(Step::Query, cause);
        });
    };
    if (!m_conn || m_state != State::Ready) {
        failLater(QCoreApplication::translate("Probe", "the connection is not ready for a query"));
        return;
    }
    if (statements.empty()) {
        QTimer::singleShot(0, this, [this, onDone = std::move(onDone), generation = m_generation] {
            if (generation == m_generation && onDone)
                onDone();
        });
        return;
    }
    PGconn *conn = m_conn.get();
    if (PQenterPipelineMode(conn) != 1) {
        failLater(cleanLibpqMessage(PQerrorMessage(conn)));
        return;
    }
    for (const Statement &statement : statements) {
        const char *values[1] = { statement.parameter.constData() };
        const int parameters = statement.parameter.isNull() ? 0 : 1;
        if (PQsendQueryParams(conn, statement.sql, parameters, nullptr, parameters ? values : nullptr, nullptr,
                              nullptr, 0)
                != 1
            || PQpipelineSync(conn) != 1) {
            failLater(cleanLibpqMessage(PQerrorMessage(conn)));
            return;
        }
    }
    m_pipelineSize = int(statements.size());
    m_pipelineIndex = 0;
    m_pipelineDelivered = false;
    m_onPipelineResult = std::move(onResult);
    m_onPipelineDone = std::move(onDone);
    m_result.reset();
    flush();
}

void PgConnection::consumePipeline()
{
    PGconn *conn = m_conn.get();
    if (!PQconsumeInput(conn)) {
        fail(Step::Query, cleanLibpqMessage(PQerrorMessage(conn)));
        return;
    }
    const quint64 generation = m_generation;
    auto deliver = [this] {
        m_pipelineDelivered = true;
        const PgResultPtr result = std::move(m_result);
        const PipelineHandler handler = m_onPipelineResult; // a copy: the handler may close() and reset ours
        if (handler)
            handler(m_pipelineIndex, result.get());
    };
    bool endOfStatement = false;
    while (!PQisBusy(conn)) {
        PgResultPtr result(PQgetResult(conn));
        if (!result) {
            // The end of one statement's results. Two ends in a row: nothing more has arrived yet.
            if (endOfStatement)
                break;
            endOfStatement = true;
            if (!m_pipelineDelivered) {
                deliver();
                if (generation != m_generation)
                    return; // the handler closed the connection
            }
            continue;
        }
        endOfStatement = false;
        if (PQresultStatus(result.get()) == PGRES_PIPELINE_SYNC) {
            if (!m_pipelineDelivered) {
                deliver();
                if (generation != m_generation)
                    return;
            }
            m_pipelineDelivered = false;
            if (++m_pipelineIndex < m_pipelineSize)
                continue;
            PQexitPipelineMode(conn);
            dropNotifier();
            m_state = State::Ready;
            m_pipelineSize = 0;
            m_onPipelineResult = nullptr;
            const std::function<void()> done = std::move(m_onPipelineDone);
            m_onPipelineDone = nullptr;
            if (done)
                done();
            return;
        }
        // One statement gives one result; keep the first error if there is more than one.
        if (!m_result || PQresultStatus(m_result.get()) != PGRES_FATAL_ERROR)
            m_result = std::move(result);
    }
    if (auto *ssl = static_cast<SSL *>(PQsslStruct(conn, "OpenSSL")); ssl && SSL_pending(ssl) > 0) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation && m_state == State::Reading)
                consumePipeline();
        });
    }
}

void PgConnection::flush()
{
    const int pending = PQflush(m_conn.get());
    if (pending < 0) {
        fail(Step::Query, cleanLibpqMessage(PQerrorMessage(m_conn.get())));
    } else if (pending > 0) {
        m_state = State::Flushing;
        watch(QSocketNotifier::Write);
    } else {
        m_state = State::Reading;
        watch(QSocketNotifier::Read);
    }
}

void PgConnection::consume()
{
    if (m_pipelineSize > 0) {
        consumePipeline();
        return;
    }
    PGconn *conn = m_conn.get();
    if (!PQconsumeInput(conn)) {
        fail(Step::Query, cleanLibpqMessage(PQerrorMessage(conn)));
        return;
    }
    while (!PQisBusy(conn)) {
        PgResultPtr result(PQgetResult(conn));
        if (!result) {
            dropNotifier();
            m_state = State::Ready;
            const PgResultPtr last = std::move(m_result);
            const ResultHandler handler = std::move(m_onResult);
            m_onResult = nullptr;
            if (handler)
                handler(last.get());
            return;
        }
        // One statement gives one result; keep the first error if there is more than one.
        if (!m_result || PQresultStatus(m_result.get()) != PGRES_FATAL_ERROR)
            m_result = std::move(result);
    }
    // OpenSSL may hold decrypted bytes the socket no longer signals: look again from the event loop.
    if (auto *ssl = static_cast<SSL *>(PQsslStruct(conn, "OpenSSL")); ssl && SSL_pending(ssl) > 0) {
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::Reading)
                consume();
        });
    }
}

void PgConnection::fail(Step step, const QString &cause)
{
    close();
    const FailedHandler handler = m_onFailed;
    if (handler)
        handler(step, cause);
}

} // namespace Probe
