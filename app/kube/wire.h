// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
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
