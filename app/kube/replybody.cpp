// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/replybody.h"

#include "core/logging.h"

#include <QNetworkReply>

namespace Kube {

namespace {

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
    // Never read(n) with a large n: QIODevice allocates n bytes up front.
    const qint64 wanted = std::min<qint64>(m_reply->bytesAvailable(), cap + 1 - m_body.size());
    if (wanted <= 0)
        return;
    const QByteArray chunk = m_reply->read(wanted);
    m_body += chunk;
    m_held += chunk.size();
    if (m_inFlight)
        *m_inFlight += chunk.size();
    if (m_body.size() > cap) {
        if (success) {
            stop(Overflow::TooLarge);
        } else {
            m_body.truncate(cap);
            stop(Overflow::ErrorTruncated);
        }
    } else if (m_inFlight && *m_inFlight > m_limits.maxInFlight) {
        stop(Overflow::InFlightBudget);
    }
}

void ReplyBody::stop(Overflow overflow)
{
    qCDebug(lcKube) << "reply" << (m_reply ? m_reply->url().path() : QString()) << "stopped:" << int(overflow)
                    << m_body.size() << "bytes read," << (m_inFlight ? *m_inFlight : 0) << "in flight";
    m_overflow = overflow;
    if (overflow != Overflow::ErrorTruncated) {
        m_body.clear();
        m_body.squeeze();
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
    return std::exchange(m_body, QByteArray());
}

} // namespace Kube
