// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretclipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace {

QByteArray digestOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
}

SecretClipboard::~SecretClipboard()
{
    clearNow();
}

void SecretClipboard::copy(const Core::Secret &secret, std::chrono::milliseconds clearAfter)
{
    auto *mime = new QMimeData;
    QByteArray text = secret.reveal();
    mime->setData(QStringLiteral("text/plain;charset=utf-8"), text);
    mime->setData(QStringLiteral("text/plain"), text);
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    Core::wipe(text);
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_digest = digestOf(secret.reveal());
    m_timer.start(clearAfter);
}

void SecretClipboard::clearNow()
{
    const bool wasHolding = !m_digest.isEmpty();
    m_timer.stop();
    if (!wasHolding)
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QMimeData *current = clipboard->mimeData(QClipboard::Clipboard);
    if (current && digestOf(current->data(QStringLiteral("text/plain"))) == m_digest)
        clipboard->clear(QClipboard::Clipboard);
    m_digest.clear();
    emit cleared();
}
