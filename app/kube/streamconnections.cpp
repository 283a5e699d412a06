// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/streamconnections.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Kube {

StreamConnections::StreamConnections(QObject *parent)
    : QObject(parent)
{ }

StreamConnections::~StreamConnections()
{
    // The managers (and the replies they own) go first, while the slots their release handlers count in exist.
    for (const auto &slot : m_slots)
        delete slot->manager;
}

void StreamConnections::setProxy(const QNetworkProxy &proxy)
{
    m_proxy = proxy;
    for (const auto &slot : m_slots)
        slot->manager->setProxy(proxy);
}

StreamConnections::Slot *StreamConnections::slotWithRoom()
{
    Slot *best = nullptr;
    for (const auto &slot : m_slots) {
        if (slot->open < StreamsPerManager && (!best || slot->open < best->open))
            best = slot.get();
    }
    if (best)
        return best;
    auto slot = std::make_unique<Slot>();
    slot->manager = new QNetworkAccessManager(this);
    slot->manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    slot->manager->setAutoDeleteReplies(false);
    slot->manager->setProxy(m_proxy);
    m_slots.push_back(std::move(slot));
    return m_slots.back().get();
}

QNetworkReply *StreamConnections::get(const QNetworkRequest &request)
{
    Slot *slot = slotWithRoom();
    QNetworkReply *reply = slot->manager->get(request);
    ++slot->open;
    // The connection is free again once the reply finished (ended, aborted) or is gone, whichever comes first.
    auto released = std::make_shared<bool>(false);
    const auto release = [slot, released] {
        if (!*released) {
            *released = true;
            --slot->open;
        }
    };
    connect(reply, &QNetworkReply::finished, this, release);
    connect(reply, &QObject::destroyed, this, release);
    return reply;
}

void StreamConnections::abortAll()
{
    for (const auto &slot : m_slots) {
        const auto replies = slot->manager->findChildren<QNetworkReply *>();
        for (QNetworkReply *reply : replies)
            reply->abort();
    }
}

int StreamConnections::openStreams() const
{
    int open = 0;
    for (const auto &slot : m_slots)
        open += slot->open;
    return open;
}

} // namespace Kube
