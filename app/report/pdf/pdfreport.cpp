// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdf/pdfreport.h"

#include "report/report.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace Report {

bool writePdf(const QString &html, const QString &title, QIODevice *device, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QCoreApplication::translate("Report", "PDF output needs the graphical platform layer (run with "
                                                          "QT_QPA_PLATFORM=offscreen)"));
    if (!device || (!device->isOpen() && !device->open(QIODevice::WriteOnly)) || !device->isWritable())
        return fail(QCoreApplication::translate("Report", "the PDF output cannot be written"));

    QPdfWriter writer(device);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Proofer"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));

    QTextDocument document;
    // Fonts in points are measured on the PDF's own resolution, not the (offscreen) screen's.
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    // QTextDocument::print() only takes a QPrinter (Qt PrintSupport); paint page by page instead.
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(QCoreApplication::translate("Report", "the PDF output cannot be written"));
    const QSizeF page = document.pageSize();
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page.height() * i);
        document.drawContents(&painter, QRectF(0, page.height() * i, page.width(), page.height()));
        painter.restore();
    }
    painter.end();
    return true;
}

void installPdfWriter()
{
    setPdfWriter(&writePdf);
}

} // namespace Report
