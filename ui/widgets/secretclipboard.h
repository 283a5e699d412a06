// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"

#include <QObject>
#include <QTimer>

#include <chrono>

/**
 * Puts a secret on the clipboard for a short time: marked for clipboard managers as a password
 * (`x-kde-passwordManagerHint: secret`, which Klipper and others honour by not keeping it in their
 * history), and cleared after @p clearAfter — unless the user has copied something else meanwhile.
 * Only a SHA-256 of the secret is kept to recognise it.
 */
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    static constexpr std::chrono::milliseconds defaultClearAfter{30'000};

    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    void copy(const Core::Secret &secret, std::chrono::milliseconds clearAfter = defaultClearAfter);
    bool isHolding() const { return m_timer.isActive(); }
    /** Clears now if the clipboard still holds our secret. */
    void clearNow();

signals:
    void cleared();

private:
    QTimer m_timer;
    QByteArray m_digest;
};
