// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;

namespace Report {

/**
 * Lays out @p html (the evidence pack of Report::renderHtml) on A4 pages with QTextDocument and writes the PDF to
 * @p device, with @p title as the document title. Needs a QGuiApplication (the offscreen platform is enough).
 */
bool writePdf(const QString &html, const QString &title, QIODevice *device, QString *error);

/** Makes writePdf() the PDF writer of proofer_core (Report::pdfWriter()). */
void installPdfWriter();

} // namespace Report
