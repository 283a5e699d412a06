// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

/**
 * Auditor mode's banner across the window: "Read-only: nothing in this window can change the cluster". Auditor mode
 * is a lock for the life of the process (`proofer --read-only`, or View ▸ Auditor Mode once): the window takes
 * away every action that changes the cluster — gone, not greyed, and their shortcuts with them — and nothing turns
 * it off again. Hidden until lock() is called; lock() cannot be undone.
 */
class ReadOnlyBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlyBanner)

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    bool isLocked() const { return m_locked; }
    /** Shows the banner for good and emits locked() once. */
    void lock();

signals:
    /** Auditor mode began: whoever offers a change to the cluster takes it away now. */
    void locked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text = nullptr;
    bool m_locked = false;
};
