// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/wire.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtEndian>

namespace Kube {

namespace {
} // namespace

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
        event.errorReason = event.object.value(QStringLiteral("reason")).toString();
        event.errorMessage = event.object.value(QStringLiteral("message")).toString();
    } else {
        event.errorMessage = QCoreApplication::translate("Kube", "unknown watch event type \"%1\"").arg(type.left(40));
    }
    return event;
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
