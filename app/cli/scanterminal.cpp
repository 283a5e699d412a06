// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/scanterminal.h"

#include "audit/snapshotevidence.h"
#include "session/fleetsession.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace Cli {

namespace {

// ANSI SGR sequences; nothing else is sent to the terminal.
constexpr auto kReset = "\x1b[0m";
constexpr auto kBoldRed = "\x1b[1;31m";
constexpr auto kRed = "\x1b[31m";
constexpr auto kYellow = "\x1b[33m";
constexpr auto kGreen = "\x1b[32m";
constexpr auto kCyan = "\x1b[36m";
constexpr auto kDim = "\x1b[2m";

QString paint(const QString &text, const char *colour)
{
    return QLatin1String(colour) + text + QLatin1String(kReset);
}

const char *severityColour(const QString &upperName)
{
    if (upperName == u"CRITICAL")
        return kBoldRed;
    if (upperName == u"HIGH")
        return kRed;
    if (upperName == u"MEDIUM")
        return kYellow;
    if (upperName == u"LOW")
        return kCyan;
    return kDim;
}

QTextStream &progressStream()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

QString colourGrade(const QString &text, const QString &letter)
{
    if (letter.startsWith(u'A'))
        return paint(text, kGreen);
    if (letter.startsWith(u'B') || letter.startsWith(u'C'))
        return paint(text, kYellow);
    if (letter.startsWith(u'D') || letter.startsWith(u'E') || letter.startsWith(u'F'))
        return paint(text, kRed);
    return text;
}

QString colourTextReport(const QString &text, const Audit::Audit &audit)
{
    QString coloured = text;
    // Findings: "  [CRITICAL] rule-id …"
    static const QRegularExpression severity(QStringLiteral("^(  \\[)(CRITICAL|HIGH|MEDIUM|LOW|INFO)(\\s*\\])"),
                                             QRegularExpression::MultilineOption);
    QString result;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = severity.globalMatch(coloured); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(coloured).mid(last, match.capturedStart(2) - last);
        result += paint(match.captured(2), severityColour(match.captured(2)));
        last = match.capturedEnd(2);
    }
    result += QStringView(coloured).mid(last);
    coloured = result;
    // The fleet grade, found by the report's own (translated) words before the letter.
    const Audit::Grade &fleet = audit.grade.fleet;
    if (fleet.score) {
        const QString prefix = QCoreApplication::translate("Report", "Fleet grade: %1 (%2)  critical %3, high %4, medium %5, low %6")
                                   .section(QStringLiteral("%1"), 0, 0);
        const qsizetype at = coloured.indexOf(prefix + fleet.letter);
        if (!prefix.isEmpty() && at >= 0)
            coloured.replace(at + prefix.size(), fleet.letter.size(), colourGrade(fleet.letter, fleet.letter));
    }
    const QString down = QCoreApplication::translate("Report", "DOWN (not reached)");
    coloured.replace(down, paint(down, kRed));
    return coloured;
}

ScanProgress::ScanProgress(Session::FleetSession *session, bool colour, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_colour(colour)
{
    m_clock.start();
    connect(session, &Session::FleetSession::scanStarted, this,
            [this](const QList<std::pair<QString, Fleet::Kind>> &datastores) {
                m_total = int(datastores.size());
                m_done = 0;
                progressStream() << QCoreApplication::translate("Cli", "Probing %n datastore(s)…", nullptr, m_total) << u'\n';
                progressStream().flush();
            });
    connect(session, &Session::FleetSession::datastoreScanned, this, [this](const Fleet::DatastoreReport &report) {
        ++m_done;
        QString state;
        if (const QString reason = report.notReachedReason(); !reason.isEmpty()) {
            ++m_notReached;
            state = QCoreApplication::translate("Cli", "not reached: %1").arg(reason);
            if (m_colour)
                state = paint(state, kRed);
        } else if (report.tls && report.tls->tlsEnabled) {
            state = QCoreApplication::translate("Cli", "reached, TLS on");
        } else if (report.tls) {
            state = QCoreApplication::translate("Cli", "reached, TLS off");
            if (m_colour)
                state = paint(state, kYellow);
        } else {
            state = QCoreApplication::translate("Cli", "reached");
        }
        const QString counter = QStringLiteral("[%1/%2]").arg(m_done).arg(m_total);
        progressStream() << QStringLiteral("%1 %2 %3 %4\n")
                                .arg(counter, -7)
                                .arg(report.name, -24)
                                .arg(Fleet::kindName(report.kind), -11)
                                .arg(state);
        progressStream().flush();
    });
}

void ScanProgress::summarize(const Audit::Audit &audit)
{
    const Audit::Grade &fleet = audit.grade.fleet;
    QString grade = fleet.letter.isEmpty() ? QStringLiteral("N/A") : fleet.letter;
    if (m_colour)
        grade = colourGrade(grade, fleet.letter);
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    const auto accepted = std::count_if(audit.findings.cbegin(), audit.findings.cend(),
                                        [](const Audit::Finding &f) { return f.isAccepted(); });
    progressStream() << QCoreApplication::translate("Cli", "Scanned %n datastore(s) in %1 s: %2 not reached, findings: %3, fleet grade: %4",
                                                    nullptr, m_done)
                            .arg(seconds, 0, 'f', 1)
                            .arg(m_notReached)
                            .arg(audit.findings.size() - accepted)
                            .arg(grade);
    if (accepted > 0)
        progressStream() << QCoreApplication::translate("Cli", " (%n accepted risk(s) not counted)", nullptr, int(accepted));
    progressStream() << u'\n';
    progressStream().flush();
}

} // namespace Cli
