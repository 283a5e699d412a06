// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/wire.h"

#include "core/printable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtEndian>

namespace Kube {

WatchEvent parseWatchEvent(const QByteArray &line)
{
    WatchEvent event;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        event.errorMessage = QCoreApplication::translate("Kube", "not a JSON object (%1)").arg(parseError.errorString());
        return event;
    }
    const QJsonObject root = document.object();
    const QString type = root.value(QStringLiteral("type")).toString();
    const QJsonValue object = root.value(QStringLiteral("object"));
    if (!object.isObject()) {
        event.errorMessage = QCoreApplication::translate("Kube", "a watch event without an object");
        return event;
    }
    event.object = object.toObject();
    event.resourceVersion =
        event.object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")).toString();
    if (type == u"ADDED") {
        event.type = WatchEvent::Type::Added;
    } else if (type == u"MODIFIED") {
        event.type = WatchEvent::Type::Modified;
    } else if (type == u"DELETED") {
        event.type = WatchEvent::Type::Deleted;
    } else if (type == u"BOOKMARK") {
        event.type = WatchEvent::Type::Bookmark;
    } else if (type == u"ERROR") {
        event.type = WatchEvent::Type::Error;
        event.errorCode = event.object.value(QStringLiteral("code")).toInt();
        event.errorReason = Core::printable(event.object.value(QStringLiteral("reason")).toString(), 100);
        event.errorMessage =
            Core::printable(event.object.value(QStringLiteral("message")).toString(), MaxStatusMessage);
    } else {
        event.errorMessage = QCoreApplication::translate("Kube", "unknown watch event type \"%1\"").arg(type.left(40));
    }
    return event;
}

Response decodeResponse(int httpStatus, const QString &contentType, const QByteArray &body, bool truncated,
                        const QString &what)
{
    Response response;
    response.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument document =
        truncated ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    const bool isJson = !truncated && parseError.error == QJsonParseError::NoError && document.isObject();
    if (isJson)
        response.object = document.object();

    if (httpStatus >= 200 && httpStatus < 300) {
        if (!isJson) {
            response.error = {ApiError::Kind::BadResponse, httpStatus, {},
                              QCoreApplication::translate("Kube", "%1: the server did not answer with JSON (HTTP %2, %3): %4")
                                  .arg(what)
                                  .arg(httpStatus)
                                  .arg(Core::printable(contentType, 100), sanitizeBody(body))};
        }
        return response;
    }

    ApiError &error = response.error;
    error.httpStatus = httpStatus;
    error.kind = kindForStatus(httpStatus);
    if (isJson && response.object.value(QStringLiteral("kind")).toString() == u"Status") {
        error.reason = Core::printable(response.object.value(QStringLiteral("reason")).toString(), 100);
        const QString message = Core::printable(response.object.value(QStringLiteral("message")).toString(),
                                                MaxStatusMessage);
        error.message = QCoreApplication::translate("Kube", "%1: %2 (%3, HTTP %4)")
                            .arg(what, message,
                                 error.reason.isEmpty() ? QCoreApplication::translate("Kube", "error") : error.reason)
                            .arg(httpStatus);
        // The object stays for callers that read the Status, but a huge message does not travel further.
        QJsonObject status = response.object;
        status.insert(QStringLiteral("message"), message);
        response.object = status;
    } else if (truncated) {
        error.message = QCoreApplication::translate("Kube", "%1: HTTP %2 with a body larger than %3 KiB, not read whole (%4): %5")
                            .arg(what)
                            .arg(httpStatus)
                            .arg(body.size() / 1024)
                            .arg(Core::printable(contentType, 100), sanitizeBody(body));
    } else {
        error.message = QCoreApplication::translate("Kube", "%1: HTTP %2 with a body that is not a Kubernetes Status (%3): %4")
                            .arg(what)
                            .arg(httpStatus)
                            .arg(Core::printable(contentType, 100), sanitizeBody(body));
    }
    return response;
}

bool ListPager::addPage(const QJsonObject &page)
{
    ++m_pages;
    const QJsonArray items = page.value(QStringLiteral("items")).toArray();
    if (m_items.size() + items.size() > m_maxItems) {
        m_error = QCoreApplication::translate("Kube", "the list has more than %1 items; it was stopped there")
                      .arg(m_maxItems);
        return false;
    }
    for (const QJsonValue &item : items)
        m_items.append(item);
    m_last = page;
    const QString token =
        page.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("continue")).toString();
    m_continue = token;
    if (token.isEmpty())
        return true;
    if (token.size() > MaxContinueTokenLength) {
        m_error = QCoreApplication::translate("Kube", "the server sent a continue token longer than %1 KiB")
                      .arg(MaxContinueTokenLength / 1024);
        return false;
    }
    if (m_tokens.contains(token)) {
        m_error = QCoreApplication::translate("Kube",
                                              "the server sent the continue token \"%1\" again after %2 pages: "
                                              "it would page forever")
                      .arg(Core::printable(token, 40))
                      .arg(m_pages);
        return false;
    }
    if (m_pages >= m_maxPages) {
        m_error = QCoreApplication::translate("Kube", "the list needs more than %1 pages; it was stopped there")
                      .arg(m_maxPages);
        return false;
    }
    m_tokens.insert(token);
    return true;
}

QJsonObject ListPager::result() const
{
    QJsonObject list = m_last;
    list.insert(QStringLiteral("items"), m_items);
    QJsonObject metadata = list.value(QStringLiteral("metadata")).toObject();
    metadata.remove(QStringLiteral("continue"));
    list.insert(QStringLiteral("metadata"), metadata);
    return list;
}

void ListPager::restart()
{
    m_pages = 0;
    m_items = QJsonArray();
    m_tokens.clear();
    m_continue.clear();
    m_last = QJsonObject();
    m_error.clear();
}

QList<QByteArray> LineSplitter::feed(const QByteArray &data)
{
    QList<QByteArray> lines;
    m_buffer += data;
    qsizetype start = 0;
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n', start)) >= 0) {
        const QByteArray line = m_buffer.mid(start, newline - start).trimmed();
        if (!line.isEmpty())
            lines << line;
        start = newline + 1;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > m_maxLineLength) {
        m_overflowed = true;
        m_buffer.clear();
    }
    return lines;
}

QByteArray LineSplitter::takeRest()
{
    QByteArray rest = m_buffer.trimmed();
    m_buffer.clear();
    return rest;
}

void LineSplitter::clear()
{
    m_buffer.clear();
    m_overflowed = false;
}

bool ChannelDemux::decode(const QByteArray &message, Frame *frame, QString *error)
{
    if (message.isEmpty()) {
        *error = QCoreApplication::translate("Kube", "an empty port-forward frame");
        return false;
    }
    const int channel = static_cast<unsigned char>(message.at(0));
    if (channel > 1) {
        *error = QCoreApplication::translate("Kube", "a port-forward frame on unknown channel %1").arg(channel);
        return false;
    }
    QByteArray payload = message.mid(1);
    bool &portSeen = channel == 0 ? m_dataPortSeen : m_errorPortSeen;
    if (!portSeen) {
        if (payload.size() < 2) {
            *error = QCoreApplication::translate("Kube", "the first port-forward frame of channel %1 is too short").arg(channel);
            return false;
        }
        const quint16 port = qFromLittleEndian<quint16>(payload.constData());
        if (port != m_port) {
            *error = QCoreApplication::translate("Kube", "the port-forward stream is for port %1, not %2").arg(port).arg(m_port);
            return false;
        }
        portSeen = true;
        payload.remove(0, 2);
    }
    frame->channel = channel;
    frame->payload = payload;
    return true;
}

QByteArray ChannelDemux::encodeData(const QByteArray &payload)
{
    return QByteArray(1, '\0') + payload;
}

} // namespace Kube
