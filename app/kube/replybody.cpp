// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/replybody.h"

#include "core/logging.h"

#include <QNetworkReply>

namespace Kube {

namespace {

constexpr qsizetype BlockSize = 256 * 1024;
constexpr qint64 ReadBufferSize = 1024 * 1024;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

ReplyBody::ReplyBody(QNetworkReply *reply, const ReadLimits &limits, std::shared_ptr<qint64> inFlight, bool stream)
    : QObject(reply)
    , m_reply(reply)
    , m_limits(limits)
    , m_inFlight(std::move(inFlight))
    , m_stream(stream)
{
    setObjectName(QStringLiteral("replyBody"));
    // Backpressure: Qt's network thread stops reading the socket once this much waits unread, so a server that
    // streams faster than this thread drains (a loaded machine, a hostile endless body) fills its own socket
    // buffers, not this process's memory. drain() empties it on every readyRead.
    reply->setReadBufferSize(ReadBufferSize);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ReplyBody::checkHeaders);
    connect(reply, &QNetworkReply::readyRead, this, &ReplyBody::drain);
}

ReplyBody::~ReplyBody()
{
    release();
}

ReplyBody *ReplyBody::of(QNetworkReply *reply)
{
    return reply ? reply->findChild<ReplyBody *>(QStringLiteral("replyBody"), Qt::FindDirectChildrenOnly) : nullptr;
}

void ReplyBody::release()
{
    if (m_inFlight)
        *m_inFlight -= m_held;
    m_held = 0;
}

void ReplyBody::checkHeaders()
{
    if (!m_reply || m_overflow != Overflow::None)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!isSuccess(status) || m_stream)
        return;
    bool known = false;
    const qint64 declared = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && declared > m_limits.maxResponseSize)
        stop(Overflow::TooLarge); // not one byte of it is read
}

void ReplyBody::drain()
{
    if (!m_reply || !m_reply->isOpen() || m_overflow != Overflow::None)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = isSuccess(status);
    if (m_stream && (status == 0 || success))
        return; // the stream's owner reads it
    const qint64 cap = success ? m_limits.maxResponseSize : m_limits.maxErrorBodySize;
    // Never read(n) with a large n: QIODevice allocates n bytes up front. The pieces are kept as they
    // came and joined once at the end: a body that grows by reallocation would copy itself again and
    // again and leave the heap fragmented (the peak memory of a hostile stream doubled with it).
    const qint64 available = m_reply->bytesAvailable();
    const qint64 wanted = std::min<qint64>(available, cap + 1 - m_size);
    if (wanted <= 0)
        return;
    // Copied into blocks of 256 KiB reserved up front: the small buffers Qt hands out (often mostly
    // empty) are freed at once, and nothing is reallocated.
    qint64 left = wanted;
    while (left > 0) {
        if (m_chunks.isEmpty() || m_chunks.last().size() >= BlockSize) {
            m_chunks.append(QByteArray());
            m_chunks.last().reserve(BlockSize);
        }
        QByteArray &block = m_chunks.last();
        const qint64 room = std::min<qint64>(left, BlockSize - block.size());
        const qsizetype before = block.size();
        block.resize(before + qsizetype(room));
        const qint64 got = m_reply->read(block.data() + before, room);
        block.resize(before + qsizetype(std::max<qint64>(got, 0)));
        if (got <= 0)
            break;
        left -= got;
        m_size += got;
        m_held += got;
        if (m_inFlight)
            *m_inFlight += got;
    }
    if (m_size > cap) {
        if (success) {
            stop(Overflow::TooLarge);
        } else {
            m_chunks.last().chop(m_size - cap);
            m_size = cap;
            stop(Overflow::ErrorTruncated);
        }
    } else if (m_inFlight && *m_inFlight > m_limits.maxInFlight && *m_inFlight > m_held) {
        // Past the budget while others hold bytes too (one answer alone may grow to its own cap).
        stop(Overflow::InFlightBudget);
    }
}

void ReplyBody::stop(Overflow overflow)
{
    qCDebug(lcKube) << "reply" << (m_reply ? m_reply->url().path() : QString()) << "stopped:" << int(overflow)
                    << m_size << "bytes read," << (m_inFlight ? *m_inFlight : 0) << "in flight";
    m_overflow = overflow;
    if (overflow != Overflow::ErrorTruncated) {
        m_chunks.clear();
        m_size = 0;
        release();
    }
    // abort() finishes the reply at once (its finished() handlers run inside this call).
    if (m_reply)
        m_reply->abort();
}

QByteArray ReplyBody::take()
{
    if (m_reply && m_reply->isOpen() && m_overflow == Overflow::None)
        drain();
    QByteArray body;
    if (m_chunks.size() == 1) {
        body = m_chunks.takeFirst();
    } else if (!m_chunks.isEmpty()) {
        body.reserve(m_size);
        for (const QByteArray &chunk : std::as_const(m_chunks))
            body += chunk;
        m_chunks.clear();
    }
    m_size = 0;
    return body;
}

} // namespace Kube
