// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

struct redisReader;

namespace Probe {

/** One RESP2 reply as a small value tree. `$-1` and `*-1` are both Null (hiredis does not tell them apart). */
struct RespValue
{
    enum class Type { SimpleString, Error, Integer, BulkString, Null, Array };

    Type type = Type::Null;
    QByteArray string; ///< SimpleString, Error, BulkString
    qint64 integer = 0; ///< Integer
    QList<RespValue> elements; ///< Array

    bool isError() const { return type == Type::Error; }
    bool isNull() const { return type == Type::Null; }
    /** The reply for a message: "+OK", "-ERR …", ":1", "$text", "(nil)", "*2[…]". */
    QString toDebugString() const;

    friend bool operator==(const RespValue &a, const RespValue &b);
    friend bool operator!=(const RespValue &a, const RespValue &b) { return !(a == b); }
};

/**
 * Caps on what one reply may take. hiredis 0.14 has none (a hostile `*4294967295` makes it calloc 32 GiB),
 * so RespCodec validates every header itself before hiredis sees the bytes.
 */
struct RespLimits
{
    qint64 maxBulk = 16 * 1024 * 1024; ///< bytes in one bulk string
    qint64 maxArray = 1024 * 1024; ///< elements in one array, and in all arrays of one reply together
    int maxDepth = 8; ///< nested arrays; hiredis 0.14 itself supports no more than 8
    qint64 maxBuffered = 32 * 1024 * 1024; ///< bytes of one reply held before it is complete
    qint64 maxLine = 64 * 1024; ///< a status, error or integer line, or a length header
};

/**
 * A RESP2 decoder and command encoder: hiredis's `redisReader` and `redisFormatCommandArgv`, behind a
 * validating scanner that enforces RespLimits. Pure (no I/O), so it is fuzzed: the replies and the error do
 * not depend on how the stream is split into feed() calls.
 *
 * After an error the codec stays broken (the stream cannot be resynchronised): the caller drops the
 * connection. Replies completed before the error are still returned by takeReplies().
 */
class RespCodec final
{
public:
    explicit RespCodec(const RespLimits &limits = {});
    ~RespCodec();
    RespCodec(const RespCodec &) = delete;
    RespCodec &operator=(const RespCodec &) = delete;

    /** Consumes @p data. Returns false when the stream is (or already was) broken; see errorString(). */
    bool feed(QByteArrayView data);
    /** The replies completed so far, oldest first; they are removed from the codec. */
    QList<RespValue> takeReplies();

    bool hasError() const { return !m_error.isEmpty(); }
    /** What broke the stream, with the byte offset, e.g. "array of 4294967295 elements exceeds …". */
    QString errorString() const { return m_error; }
    /** Bytes of the reply in progress (what the caps bound). */
    qint64 bufferedBytes() const { return m_replyBytes; }
    /** Bytes consumed since construction or reset(). */
    qint64 offset() const { return m_offset; }

    /** Forgets everything, including an error. */
    void reset();

    /** A command as RESP (an array of bulk strings), via redisFormatCommandArgv. Empty for no arguments. */
    static QByteArray encode(const QList<QByteArray> &args);

    const RespLimits &limits() const { return m_limits; }

private:
    enum class State { Type, Line, Bulk, BulkCr, BulkLf };

    void fail(const QString &message);
    bool scanByte(char byte);
    bool endOfLine();
    void completeValue();
    void drainReader();

    RespLimits m_limits;
    std::unique_ptr<redisReader, void (*)(redisReader *)> m_reader;
    QList<RespValue> m_replies;
    QString m_error;

    // The scanner's state: where in the grammar the next byte falls.
    State m_state = State::Type;
    char m_lineType = 0; ///< '+', '-', ':', '$' or '*' while reading a line
    QByteArray m_line; ///< the current header line (digits only for '$', '*' and ':')
    qint64 m_lineLength = 0;
    bool m_sawCr = false;
    qint64 m_bulkLeft = 0;
    QList<qint64> m_pending; ///< elements still expected by each open array, outermost first
    qint64 m_replyElements = 0; ///< array elements announced by the reply in progress
    qint64 m_replyBytes = 0;
    qint64 m_offset = 0;
    int m_completeReplies = 0; ///< top-level replies the scanner has seen end and hiredis not yet returned
};

} // namespace Probe
