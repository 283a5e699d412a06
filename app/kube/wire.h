// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kube/apierror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

// Pure decoders of what the API server sends, kept apart from the sockets so they can be fuzzed.

namespace Kube {

/** One line of a watch stream ({"type": …, "object": …}). */
struct WatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark, Error, Invalid };

    Type type = Type::Invalid;
    QJsonObject object;
    QString resourceVersion; ///< object.metadata.resourceVersion
    int errorCode = 0;       ///< for Error: the Status code (410: too old)
    QString errorReason;
    QString errorMessage;    ///< for Error: the Status message; for Invalid: what was wrong
};

WatchEvent parseWatchEvent(const QByteArray &line);

/** The longest Status message shown (client-go cuts error bodies at 2 KiB too). */
constexpr qsizetype MaxStatusMessage = 2048;

/**
 * Decodes one answer of the API server: a 2xx JSON object, or the error typed by its status with a
 * Status's message (made printable and cut at MaxStatusMessage) or a sanitised piece of another
 * body. @p truncated: only the first bytes of an error body were read. @p what names the call
 * ("list pods in namespace \"x\"").
 */
Response decodeResponse(int httpStatus, const QString &contentType, const QByteArray &body, bool truncated,
                        const QString &what);

/**
 * A list read page by page (limit + continue), bounded: more than maxPages pages or maxItems items,
 * a continue token seen before in this list (a server that would page forever) or an absurdly long
 * one stop it with error().
 */
class ListPager final
{
public:
    static constexpr qsizetype MaxContinueTokenLength = 64 * 1024;

    ListPager(int maxPages, qsizetype maxItems)
        : m_maxPages(maxPages)
        , m_maxItems(maxItems)
    {
    }

    /** Takes the next page. False: the list must stop, error() says why. */
    bool addPage(const QJsonObject &page);
    /** The last page said there is no more. */
    bool isComplete() const { return m_pages > 0 && m_continue.isEmpty(); }
    /** The token to ask for the next page with. */
    const QString &continueToken() const { return m_continue; }
    const QString &error() const { return m_error; }
    int pages() const { return m_pages; }
    qsizetype itemCount() const { return m_items.size(); }
    /** The whole list: the last page's kind and metadata (without continue) and every item. */
    QJsonObject result() const;
    /** The continue token expired (410): start again from the first page. */
    void restart();

private:
    int m_maxPages;
    qsizetype m_maxItems;
    int m_pages = 0;
    QJsonArray m_items;
    QSet<QString> m_tokens;
    QString m_continue;
    QJsonObject m_last;
    QString m_error;
};

/** Splits a watch stream into lines, refusing a line longer than the cap. */
class LineSplitter final
{
public:
    explicit LineSplitter(qsizetype maxLineLength = 16 * 1024 * 1024)
        : m_maxLineLength(maxLineLength)
    {
    }

    /** Appends @p data; returns the complete, non-empty lines. Sets overflowed() and drops the buffer on a too-long line. */
    QList<QByteArray> feed(const QByteArray &data);
    /** What is left without a newline (the stream ended). */
    QByteArray takeRest();
    bool overflowed() const { return m_overflowed; }
    void clear();

private:
    QByteArray m_buffer;
    qsizetype m_maxLineLength;
    bool m_overflowed = false;
};

/**
 * The v4.channel.k8s.io port-forward framing for one port: every binary message starts with its
 * channel byte (0 data, 1 error); the first message of each channel carries the port as a
 * little-endian uint16, which is checked and stripped.
 */
class ChannelDemux final
{
public:
    struct Frame
    {
        int channel = -1;
        QByteArray payload;
    };

    explicit ChannelDemux(quint16 port)
        : m_port(port)
    {
    }

    /** Decodes one WebSocket message. On a protocol error returns false and sets @p error. */
    bool decode(const QByteArray &message, Frame *frame, QString *error);

    static QByteArray encodeData(const QByteArray &payload);

private:
    quint16 m_port;
    bool m_dataPortSeen = false;
    bool m_errorPortSeen = false;
};

} // namespace Kube
