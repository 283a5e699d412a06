// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QString>

namespace Report {

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
QString htmlEscaped(const QString &text);

/**
 * The auditor's evidence pack as one self-contained HTML page (inline CSS, no script, no external resource,
 * printable): scope, scan time, cluster and context, the fleet grade with every deduction, the findings per
 * datastore with severity and remediation, the compliance matrix, the certificates, and the SHA-256 of the
 * snapshot JSON it was rendered from. Every value that came from a server is escaped.
 *
 * The markup stays within what QTextDocument understands, so the PDF is this same page.
 */
QString renderHtml(const Fleet::Snapshot &snapshot, const Audit::Audit &audit,
                   const RenderOptions &options = RenderOptions::current());

/** The title of the evidence pack ("Proofer evidence pack — namespace bakery-ia"). */
QString htmlTitle(const Fleet::Snapshot &snapshot);

} // namespace Report
