// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/respcodec.h"

#include <QCoreApplication>

#include <hiredis/hiredis.h>
#include <hiredis/read.h>

#include <algorithm>
#include <cstring>
#include <string.h>
#include <utility>
#include <vector>

namespace Probe {

namespace {

/** "0x2a" for a byte in a message. */
QString byteName(char byte)
{
    return QStringLiteral("0x%1").arg(uint(uchar(byte)), 2, 16, QLatin1Char('0'));
}

RespValue convert(const redisReply *reply)
{
    RespValue value;
    switch (reply->type) {
    case REDIS_REPLY_STATUS:
        value.type = RespValue::Type::SimpleString;
        break;
    case REDIS_REPLY_ERROR:
        value.type = RespValue::Type::Error;
        break;
    case REDIS_REPLY_STRING:
        value.type = RespValue::Type::BulkString;
        break;
    case REDIS_REPLY_INTEGER:
        value.type = RespValue::Type::Integer;
        value.integer = reply->integer;
        return value;
    case REDIS_REPLY_ARRAY:
        value.type = RespValue::Type::Array;
        value.elements.reserve(qsizetype(reply->elements));
        for (size_t i = 0; i < reply->elements; ++i)
            value.elements.append(convert(reply->element[i]));
        return value;
    default:
        value.type = RespValue::Type::Null;
        return value;
    }
    value.string = QByteArray(reply->str, qsizetype(reply->len));
    // The reply may carry a secret (CONFIG GET requirepass): leave no copy behind in freed memory.
    if (reply->str && reply->len)
        explicit_bzero(reply->str, reply->len);
    return value;
}

} // namespace

QString RespValue::toDebugString() const
{
    switch (type) {
    case Type::SimpleString:
        return u'+' + QString::fromUtf8(string);
    case Type::Error:
        return u'-' + QString::fromUtf8(string);
    case Type::Integer:
        return u':' + QString::number(integer);
    case Type::BulkString:
        return u'$' + QString::fromUtf8(string);
    case Type::Null:
        return QStringLiteral("(nil)");
    case Type::Array: {
        QStringList parts;
        for (const RespValue &element : elements)
            parts << element.toDebugString();
        return QStringLiteral("*%1[%2]").arg(elements.size()).arg(parts.join(QStringLiteral(", ")));
    }
    }
    return {};
}

bool operator==(const RespValue &a, const RespValue &b)
{
    return a.type == b.type && a.string == b.string && a.integer == b.integer && a.elements == b.elements;
}

RespCodec::RespCodec(const RespLimits &limits)
    : m_limits(limits)
    , m_reader(redisReaderCreate(), &redisReaderFree)
{
    // hiredis 0.14 cannot go deeper than 8 levels of arrays; never promise more than it can parse.
    m_limits.maxDepth = std::clamp(m_limits.maxDepth, 1, 8);
}

RespCodec::~RespCodec()
{
    if (m_reader && m_reader->buf && m_reader->len)
        explicit_bzero(m_reader->buf, m_reader->len);
}

void RespCodec::reset()
{
    if (m_reader && m_reader->buf && m_reader->len)
        explicit_bzero(m_reader->buf, m_reader->len);
    m_reader.reset(redisReaderCreate());
    m_replies.clear();
    m_error.clear();
    m_state = State::Type;
    m_lineType = 0;
    m_line.clear();
    m_lineLength = 0;
    m_sawCr = false;
    m_bulkLeft = 0;
    m_pending.clear();
    m_replyElements = 0;
    m_replyBytes = 0;
    m_offset = 0;
    m_completeReplies = 0;
}

void RespCodec::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QList<RespValue> RespCodec::takeReplies()
{
    return std::exchange(m_replies, {});
}

void RespCodec::completeValue()
{
    m_state = State::Type;
    while (!m_pending.isEmpty()) {
        if (--m_pending.last() > 0)
            return;
        m_pending.removeLast(); // that array is complete: it is one value of its parent
    }
    ++m_completeReplies;
    m_replyBytes = 0;
    m_replyElements = 0;
}

bool RespCodec::endOfLine()
{
    const qint64 at = m_offset - 1; // the line feed that ended the header
    if (m_lineType == '+' || m_lineType == '-') {
        completeValue();
        return true;
    }
    // hiredis parses numbers with string2ll: "0" or an optional minus and no leading zero.
    const qsizetype digits = m_line.startsWith('-') ? 1 : 0;
    const bool canonical = m_line == "0" || (m_line.size() > digits && m_line.at(digits) != '0');
    bool ok = false;
    const qint64 number = canonical ? m_line.toLongLong(&ok) : 0;
    if (!ok) {
        fail(QCoreApplication::translate("Probe", "invalid number \"%1\" in a RESP header ending at offset %2")
                 .arg(QString::fromLatin1(m_line.left(24)))
                 .arg(at));
        return false;
    }
    switch (m_lineType) {
    case ':':
        completeValue();
        return true;
    case '$':
        if (number == -1) {
            completeValue();
            return true;
        }
        if (number < 0) {
            fail(QCoreApplication::translate("Probe", "negative bulk string length %1 at offset %2").arg(number).arg(at));
            return false;
        }
        if (number > m_limits.maxBulk) {
            fail(QCoreApplication::translate("Probe", "bulk string of %1 bytes exceeds the cap of %2 bytes (offset %3)")
                     .arg(number)
                     .arg(m_limits.maxBulk)
                     .arg(at));
            return false;
        }
        m_bulkLeft = number;
        m_state = number > 0 ? State::Bulk : State::BulkCr;
        return true;
    case '*':
        if (number == -1 || number == 0) {
            completeValue();
            return true;
        }
        if (number < 0) {
            fail(QCoreApplication::translate("Probe", "negative array length %1 at offset %2").arg(number).arg(at));
            return false;
        }
        if (number > m_limits.maxArray) {
            fail(QCoreApplication::translate("Probe", "array of %1 elements exceeds the cap of %2 elements (offset %3)")
                     .arg(number)
                     .arg(m_limits.maxArray)
                     .arg(at));
            return false;
        }
        if (m_replyElements + number > m_limits.maxArray) {
            fail(QCoreApplication::translate("Probe", "one reply announces more than %1 array elements in all (offset %2)")
                     .arg(m_limits.maxArray)
                     .arg(at));
            return false;
        }
        m_replyElements += number;
        m_pending.append(number);
        m_state = State::Type;
        return true;
    default:
        break;
    }
    return false;
}

bool RespCodec::scanByte(char byte)
{
    const qint64 at = m_offset - 1; // feed() has counted this byte already
    switch (m_state) {
    case State::Type:
        switch (byte) {
        case '*':
            // hiredis refuses a nested array as soon as it sees its type byte: refuse it here first.
            if (m_pending.size() >= m_limits.maxDepth) {
                fail(QCoreApplication::translate("Probe", "arrays nested deeper than %1 levels (offset %2)").arg(m_limits.maxDepth).arg(at));
                return false;
            }
            Q_FALLTHROUGH();
        case '+':
        case '-':
        case ':':
        case '$':
            m_lineType = byte;
            m_line.clear();
            m_lineLength = 0;
            m_sawCr = false;
            m_state = State::Line;
            return true;
        default:
            fail(QCoreApplication::translate("Probe", "unexpected RESP type byte %1 at offset %2 (expected one of + - : $ *)")
                     .arg(byteName(byte))
                     .arg(at));
            return false;
        }
    case State::Line:
        if (m_sawCr) {
            if (byte != '\n') {
                fail(QCoreApplication::translate("Probe", "carriage return without line feed at offset %1").arg(at - 1));
                return false;
            }
            return endOfLine();
        }
        if (byte == '\r') {
            m_sawCr = true;
            return true;
        }
        if (byte == '\n') {
            fail(QCoreApplication::translate("Probe", "line feed without carriage return at offset %1").arg(at));
            return false;
        }
        if (m_lineType == '+' || m_lineType == '-') {
            // Only the length is kept: the text itself is hiredis's to parse.
            if (++m_lineLength > m_limits.maxLine) {
                fail(QCoreApplication::translate("Probe", "status or error line longer than %1 bytes (offset %2)").arg(m_limits.maxLine).arg(at));
                return false;
            }
            return true;
        }
        if (!((byte >= '0' && byte <= '9') || (byte == '-' && m_line.isEmpty()))) {
            fail(QCoreApplication::translate("Probe", "unexpected byte %1 in a RESP number at offset %2").arg(byteName(byte)).arg(at));
            return false;
        }
        if (m_line.size() >= 20) {
            fail(QCoreApplication::translate("Probe", "RESP number longer than 20 characters at offset %1").arg(at));
            return false;
        }
        m_line.append(byte);
        return true;
    case State::BulkCr:
        if (byte != '\r') {
            fail(QCoreApplication::translate("Probe", "bulk string not followed by CRLF at offset %1").arg(at));
            return false;
        }
        m_state = State::BulkLf;
        return true;
    case State::BulkLf:
        if (byte != '\n') {
            fail(QCoreApplication::translate("Probe", "bulk string not followed by CRLF at offset %1").arg(at));
            return false;
        }
        completeValue();
        return true;
    case State::Bulk:
        break;
    }
    return false;
}

bool RespCodec::feed(QByteArrayView data)
{
    if (hasError())
        return false;
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        if (m_state == State::Bulk) {
            const qint64 take = std::min<qint64>(m_bulkLeft, size - i);
            if (m_replyBytes + take > m_limits.maxBuffered) {
                fail(QCoreApplication::translate("Probe", "reply larger than the cap of %1 bytes (offset %2)")
                         .arg(m_limits.maxBuffered)
                         .arg(m_offset + (m_limits.maxBuffered - m_replyBytes)));
                i += qsizetype(m_limits.maxBuffered - m_replyBytes);
                break;
            }
            i += qsizetype(take);
            m_offset += take;
            m_replyBytes += take;
            m_bulkLeft -= take;
            if (m_bulkLeft == 0)
                m_state = State::BulkCr;
            continue;
        }
        if (m_replyBytes + 1 > m_limits.maxBuffered) {
            fail(QCoreApplication::translate("Probe", "reply larger than the cap of %1 bytes (offset %2)").arg(m_limits.maxBuffered).arg(m_offset));
            break;
        }
        ++m_replyBytes;
        ++m_offset;
        if (!scanByte(data[i]))
            break;
        ++i;
    }
    // hiredis only ever sees bytes the scanner accepted.
    if (i > 0 && redisReaderFeed(m_reader.get(), data.data(), size_t(i)) != REDIS_OK)
        fail(QCoreApplication::translate("Probe", "RESP reader: %1").arg(QString::fromUtf8(m_reader->errstr)));
    drainReader();
    return !hasError();
}

void RespCodec::drainReader()
{
    while (m_completeReplies > 0) {
        void *reply = nullptr;
        if (redisReaderGetReply(m_reader.get(), &reply) != REDIS_OK) {
            fail(QCoreApplication::translate("Probe", "RESP reader: %1").arg(QString::fromUtf8(m_reader->errstr)));
            return;
        }
        if (!reply) {
            fail(QCoreApplication::translate("Probe", "RESP reader: a complete reply was not returned"));
            return;
        }
        m_replies.append(convert(static_cast<const redisReply *>(reply)));
        freeReplyObject(reply);
        --m_completeReplies;
    }
}

QByteArray RespCodec::encode(const QList<QByteArray> &args)
{
    if (args.isEmpty())
        return {};
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    argv.reserve(size_t(args.size()));
    lengths.reserve(size_t(args.size()));
    for (const QByteArray &arg : args) {
        argv.push_back(arg.constData());
        lengths.push_back(size_t(arg.size()));
    }
    char *out = nullptr;
    const int length = redisFormatCommandArgv(&out, int(argv.size()), argv.data(), lengths.data());
    if (length < 0 || !out)
        return {};
    QByteArray command(out, length);
    // An AUTH command holds a password: wipe hiredis's copy before it goes back to the heap.
    explicit_bzero(out, size_t(length));
    redisFreeCommand(out);
    return command;
}

} // namespace Probe
