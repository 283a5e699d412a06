// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kube/expected.h"
#include "report/report.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Report {

/** The bytes of a rendering, or why there are none (for people, translated). */
using Rendered = Kube::Expected<QByteArray>;

/**
 * One output format of `proofer scan`: its name on the command line, what it is for, and how it is rendered. The
 * CLI, its help text and the choice of application class ask this descriptor instead of branching on the name.
 */
struct ReportFormat
{
    using Render = Rendered (*)(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const RenderOptions &options);

    QString name; ///< "text", "json", "html", "pdf", "sarif", "junit"
    const char *summary = ""; ///< what it is, for --help (translated in the "Report" context)
    bool binary = false; ///< never written to a terminal
    bool needsGui = false; ///< lays out with Qt Gui: the CLI makes a QGuiApplication on the offscreen platform
    Render render = nullptr;

    /** Every format, the default (text) first. */
    static const QList<ReportFormat> &all();
    /** The format called @p name, or nullptr. */
    static const ReportFormat *find(QStringView name);
    static QStringList names();
};

} // namespace Report
