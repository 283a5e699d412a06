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
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>
#include <optional>

namespace Report {

namespace {

/** The page (0-based) a y coordinate of the paginated document falls on. */
int pageOf(qreal y, qreal pageHeight)
{
    return int(std::floor(y / pageHeight));
}

/** The first line of @p block in document coordinates (pagination moves lines, not block tops); nullopt when
 *  it has no laid-out line. */
std::optional<QRectF> firstLine(const QTextDocument &document, const QTextBlock &block)
{
    // Asking for the rect first lays the block out (layout is lazy).
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return std::nullopt;
    return layout->lineAt(0).rect().translated(rect.topLeft());
}

} // namespace

int keepHeadingsWithNext(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    int moved = 0;
    document.pageCount(); // finishes the layout
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0
            || (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        // The first following block with text: a paragraph, a list item or a table's first cell.
        QTextBlock next = block.next();
        while (next.isValid() && next.text().trimmed().isEmpty())
            next = next.next();
        if (!next.isValid())
            break;
        const std::optional<QRectF> heading = firstLine(document, block);
        const std::optional<QRectF> following = firstLine(document, next);
        if (!heading || !following
            || pageOf(heading->top(), pageHeight) == pageOf(following->bottom() - 0.5, pageHeight))
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format); // relayouts what follows
        ++moved;
    }
    return moved;
}

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
    keepHeadingsWithNext(document);
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
