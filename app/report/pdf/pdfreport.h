// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;
class QTextDocument;

namespace Report {

/**
 * Lays out @p html (the evidence pack of Report::renderHtml) on A4 pages with QTextDocument and writes the PDF to
 * @p device, with @p title as the document title. Needs a QGuiApplication (the offscreen platform is enough).
 */
bool writePdf(const QString &html, const QString &title, QIODevice *device, QString *error);

/**
 * Keeps every heading (h1–h6) of the paginated @p document on the same page as the first line that follows it:
 * a heading that would be left alone at the bottom of a page starts the next page instead. Call after the page
 * size is set; returns how many headings were moved.
 */
int keepHeadingsWithNext(QTextDocument &document);

/** Makes writePdf() the PDF writer of proofer_core (Report::pdfWriter()). */
void installPdfWriter();

} // namespace Report
