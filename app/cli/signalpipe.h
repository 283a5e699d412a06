// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace Cli {

/**
 * Termination signals as a Qt signal on the event loop (the self-pipe trick): the handler only writes a byte, the
 * loop reads it and emits received(), so a long-running command (`proofer demo`, `proofer serve`) stops in order
 * on Ctrl-C or on the SIGTERM Kubernetes stops a pod with. The default dispositions come back when it is
 * destroyed. One at a time per process.
 */
class SignalPipe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalPipe)

public:
    /** Catches @p signalNumbers (SIGINT and SIGTERM unless given). */
    explicit SignalPipe(const QList<int> &signalNumbers = {}, QObject *parent = nullptr);
    ~SignalPipe() override;

    /** False when the pipe could not be made (or another SignalPipe is active): nothing is caught then. */
    bool isValid() const { return m_notifier != nullptr; }

signals:
    void received(int signalNumber);

private:
    QList<int> m_signals;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Cli
