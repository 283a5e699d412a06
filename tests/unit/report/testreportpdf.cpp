// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF evidence pack: rendered offscreen from the HTML, read back with pdftotext (poppler-utils).
#include "mockclock.h"
#include "reportfixtures.h"

#include "report/htmlreport.h"
#include "report/pdf/pdfreport.h"
#include "report/report.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
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
