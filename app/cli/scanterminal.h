// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace Audit {
struct Audit;
}
namespace Session {
class FleetSession;
}

namespace Cli {

/**
 * The progress of `proofer scan` on standard error, for a person at a terminal: a line as each datastore is probed
 * ("[3/15] auth-db  postgresql  reached, TLSv1.3") and a summary at the end. The caller decides whether there is a
 * person (standard error is a terminal, no --no-progress, no -q).
 */
class ScanProgress final : public QObject
{
public:
    ScanProgress(Session::FleetSession *session, bool colour, QObject *parent);
    Q_DISABLE_COPY_MOVE(ScanProgress)

    /** The closing line: how many were probed, reached and not, the fleet grade and how long it took. */
    void summarize(const Audit::Audit &audit);

private:
    Session::FleetSession *m_session;
    bool m_colour;
    int m_total = 0;
    int m_done = 0;
    int m_notReached = 0;
    QElapsedTimer m_clock;
};

/**
 * The text report with its severities ("[CRITICAL]"…), its fleet grade and its datastores not reached in colour
 * (ANSI escape codes): for standard output when colourAllowed(stdout).
 */
QString colourTextReport(const QString &text, const Audit::Audit &audit);

/** @p text in the colour of grade @p letter: A green, B and C yellow, D to F red, N/A unchanged. */
QString colourGrade(const QString &text, const QString &letter);

} // namespace Cli
