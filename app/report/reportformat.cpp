// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportformat.h"

#include "report/htmlreport.h"
#include "report/junitreport.h"
#include "report/sarifreport.h"
#include "report/textreport.h"

#include <QBuffer>
#include <QCoreApplication>

namespace Report {

namespace {

Rendered text(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const RenderOptions &)
{
    return renderText(snapshot, audit).toUtf8();
}

Rendered json(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const RenderOptions &options)
{
    return snapshotJson(snapshot, audit, options.toolVersion);
}

Rendered html(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const RenderOptions &options)
{
    return renderHtml(snapshot, audit, options).toUtf8();
}

Rendered pdf(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const RenderOptions &options)
{
    const PdfWriter writer = pdfWriter();
    if (!writer)
        return Rendered::failure(QCoreApplication::translate("Report", "this build of Proofer cannot write PDF"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!writer(renderHtml(snapshot, audit, options), htmlTitle(snapshot), &buffer, &error))
        return Rendered::failure(error.isEmpty() ? QCoreApplication::translate("Report", "the PDF could not be written")
                                                 : error);
    return bytes;
}

Rendered sarif(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const RenderOptions &options)
{
    return renderSarif(snapshot, audit, options);
}

Rendered junit(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const RenderOptions &options)
{
    return renderJunit(snapshot, audit, options);
}

} // namespace

const QList<ReportFormat> &ReportFormat::all()
{
    static const QList<ReportFormat> formats = {
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Report", "the datastores, the grade and the findings, for a terminal"),
         false, false, text},
        {QStringLiteral("json"), QT_TRANSLATE_NOOP("Report", "the audited snapshot (schema proofer.snapshot/v1)"), false,
         false, json},
        {QStringLiteral("html"), QT_TRANSLATE_NOOP("Report", "the evidence pack for auditors, one self-contained page"),
         false, false, html},
        {QStringLiteral("pdf"), QT_TRANSLATE_NOOP("Report", "the same evidence pack on A4 pages (binary)"), true, true, pdf},
        {QStringLiteral("sarif"), QT_TRANSLATE_NOOP("Report", "SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps)"),
         false, false, sarif},
        {QStringLiteral("junit"), QT_TRANSLATE_NOOP("Report", "JUnit XML: a test suite per datastore, a test per check"),
         false, false, junit},
    };
    return formats;
}

const ReportFormat *ReportFormat::find(QStringView name)
{
    for (const ReportFormat &format : all()) {
        if (format.name == name)
            return &format;
    }
    return nullptr;
}

QStringList ReportFormat::names()
{
    QStringList names;
    for (const ReportFormat &format : all())
        names << format.name;
    return names;
}

} // namespace Report
