// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkReply;

namespace Kube {

/** What the client reads from the API server at most. */
struct ReadLimits
{
    qint64 maxResponseSize = 32 * 1024 * 1024; ///< one answer's body (an object, a list page of 500)
    qint64 maxErrorBodySize = 1024 * 1024;     ///< an error answer's body: the rest is not read
    /// All the bodies one client is reading at once (an answer read alone may still reach maxResponseSize).
    /// With the cap above, what keeps `proofer scan` under 100 MiB (~27 MiB of its own) against a server
    /// whose every answer never ends.
    qint64 maxInFlight = 32 * 1024 * 1024;
};

/**
 * Reads a reply's body as it arrives, within ReadLimits: a success body that grows (or is declared
 * by Content-Length) past the cap aborts the reply there; an error body is kept up to its cap and
 * the reply then aborted, so its start can still be shown; a reply that would take the client's
 * bytes in flight past their budget while others hold bytes too is aborted. The body is kept in
 * blocks reserved up front (no reallocation: a growing buffer doubled the peak memory). A child of the reply. It never reads a reply
 * that was aborted. For a stream (watch, logs), only an error body is read: the stream's owner
 * reads a 2xx body itself.
 */
class ReplyBody final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyBody)

public:
    enum class Overflow { None, TooLarge, InFlightBudget, ErrorTruncated };

    ReplyBody(QNetworkReply *reply, const ReadLimits &limits, std::shared_ptr<qint64> inFlight, bool stream);
    ~ReplyBody() override;

    /** The body read so far plus what is left in a reply still open; call once the reply finished. */
    QByteArray take();
    Overflow overflow() const { return m_overflow; }
    const ReadLimits &limits() const { return m_limits; }

    /** The ReplyBody of @p reply, or nullptr. */
    static ReplyBody *of(QNetworkReply *reply);

private:
    void checkHeaders();
    void drain();
    void stop(Overflow overflow);
    void release();

    QPointer<QNetworkReply> m_reply;
    ReadLimits m_limits;
    std::shared_ptr<qint64> m_inFlight;
    QByteArrayList m_chunks; ///< the body as it came
    qint64 m_size = 0;
    qint64 m_held = 0;
    Overflow m_overflow = Overflow::None;
    bool m_stream = false;
};

} // namespace Kube
