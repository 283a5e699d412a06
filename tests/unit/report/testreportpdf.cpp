// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF evidence pack: rendered offscreen from the HTML, read back with pdftotext (poppler-utils).
#include "mockclock.h"
#include "reportfixtures.h"

#include "report/htmlreport.h"
#include "report/pdf/pdfreport.h"
#include "report/report.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>

namespace {

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

/** Headings whose first following line is laid out on a later page than the heading itself, by geometry. */
QStringList orphanedHeadings(const QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    document.pageCount(); // finishes the (lazy) layout
    QStringList orphans;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QTextBlock next = block.next();
        while (next.isValid() && next.text().trimmed().isEmpty())
            next = next.next();
        if (!next.isValid() || !next.layout() || next.layout()->lineCount() == 0 || block.layout()->lineCount() == 0)
            continue;
        // Lines, not block tops: pagination moves a line that does not fit to the next page.
        const qreal headingTop = document.documentLayout()->blockBoundingRect(block).top()
                                 + block.layout()->lineAt(0).rect().top();
        const qreal lineBottom = document.documentLayout()->blockBoundingRect(next).top()
                                 + next.layout()->lineAt(0).rect().bottom();
        if (std::floor(headingTop / pageHeight) != std::floor((lineBottom - 0.5) / pageHeight))
            orphans << block.text();
    }
    return orphans;
}

} // namespace

class TestReportPdf final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pdfHasTheGradeAndEveryFinding()
    {
        const Fleet::Snapshot snapshot = ReportFixtures::snapshot();
        const Audit::Audit audit = ReportFixtures::audit(snapshot);
        QVERIFY(!audit.findings.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evidence.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString error;
        Report::installPdfWriter();
        QVERIFY(Report::pdfWriter());
        QVERIFY2(Report::pdfWriter()(Report::renderHtml(snapshot, audit), Report::htmlTitle(snapshot), &file, &error),
                 qPrintable(error));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        // To look at it: PROOFER_KEEP_PDF=/tmp/evidence.pdf ctest -R testreportpdf
        if (const QString keep = qEnvironmentVariable("PROOFER_KEEP_PDF"); !keep.isEmpty()) {
            QFile::remove(keep);
            QVERIFY(QFile::copy(path, keep));
        }

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed (Debian package poppler-utils, in scripts/setup): the PDF was written "
                  "but its text cannot be checked");
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        const QString flat = withoutSpaces(text);
        QVERIFY2(text.contains(QStringLiteral("Fleet grade")), qPrintable(text.left(2000)));
        // The grade and its score, as the summary shows them: "B- (81.2)".
        const Audit::Grade &fleet = audit.grade.fleet;
        const QString grade = fleet.letter + u'(' + QString::number(*fleet.score, 'f', 1) + u')';
        QVERIFY2(flat.contains(grade), qPrintable(grade));
        for (const Audit::Finding &finding : audit.findings)
            QVERIFY2(flat.contains(finding.ruleId), qPrintable(finding.ruleId));
        // The hostile subject is text on the page, not markup that vanished.
        QVERIFY(flat.contains(QStringLiteral("CN=<script>alert('x')</script>")));
        QVERIFY(flat.contains(withoutSpaces(Report::sha256Hex(Report::snapshotJson(snapshot, audit)))));
    }

    /** A heading that would end a page moves to the next one, with the first lines of its section. */
    void headingKeptWithItsSection()
    {
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setPageSize(QSizeF(420, 300));
        // Find how much filler puts the heading last on the first page (it depends on the fonts installed).
        int fillers = -1;
        for (int n = 1; n < 60 && fillers < 0; ++n) {
            QString html;
            for (int i = 0; i < n; ++i)
                html += QStringLiteral("<p>filler line %1</p>").arg(i);
            html += QStringLiteral("<h2>Findings</h2><table><tr><td>TLS-001</td><td>critical</td></tr></table>"
                                   "<p>after the table</p>");
            document.setHtml(html);
            if (!orphanedHeadings(document).isEmpty())
                fillers = n;
        }
        QVERIFY2(fillers > 0, "no filler length left the heading orphaned: the check cannot fail");
        QCOMPARE(orphanedHeadings(document), QStringList{QStringLiteral("Findings")});
        const int pagesBefore = document.pageCount();

        QCOMPARE(Report::keepHeadingsWithNext(document), 1);
        QCOMPARE(orphanedHeadings(document), QStringList());
        // The heading starts the next page; nothing else moved out of order.
        QTextBlock heading = document.begin();
        while (heading.isValid() && heading.blockFormat().headingLevel() == 0)
            heading = heading.next();
        QVERIFY(heading.isValid());
        const qreal top = document.documentLayout()->blockBoundingRect(heading).top()
                          + heading.layout()->lineAt(0).rect().top();
        QCOMPARE(int(std::floor(top / document.pageSize().height())), 1);
        QVERIFY(document.pageCount() >= pagesBefore);
        QVERIFY(document.toPlainText().indexOf(QStringLiteral("Findings")) < document.toPlainText().indexOf(QStringLiteral("TLS-001")));
        // A second pass has nothing left to move.
        QCOMPARE(Report::keepHeadingsWithNext(document), 0);
    }

    /** The evidence pack itself, laid out on A4 at 300 dpi as writePdf() does: no heading ends a page. */
    void evidencePackHasNoOrphanedHeading()
    {
        const Fleet::Snapshot snapshot = ReportFixtures::snapshot();
        const Audit::Audit audit = ReportFixtures::audit(snapshot);
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setHtml(Report::renderHtml(snapshot, audit));
        // A small page makes many page ends, so headings are likely to meet one.
        for (const QSizeF page : {QSizeF(2244, 3319), QSizeF(900, 700), QSizeF(700, 500)}) {
            document.setHtml(Report::renderHtml(snapshot, audit));
            document.setPageSize(page);
            Report::keepHeadingsWithNext(document);
            QVERIFY2(orphanedHeadings(document).isEmpty(), qPrintable(orphanedHeadings(document).join(u", ")));
        }
    }

    void pdfNeedsAWritableDevice()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY(!Report::writePdf(QStringLiteral("<p>x</p>"), QStringLiteral("x"), &buffer, &error));
        QVERIFY(!error.isEmpty());
    }

private:
    Test::MockClock m_clock;
};

QTEST_MAIN(TestReportPdf)
#include "testreportpdf.moc"
