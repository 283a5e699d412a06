// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/snapshotevidence.h"
#include "fleet/snapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QIODevice;

/**
 * Renderers of an audited snapshot: JSON (the bytes of `proofer scan --format json`), text, the HTML evidence
 * pack and, through a writer the executable installs, PDF. Everything here is pure string building on Qt Core:
 * the PDF writer needs Qt Gui and lives in its own library (app/report/pdf).
 */
namespace Report {

/** What a rendering needs besides the snapshot: pinned by tests, filled from the clock and the build otherwise. */
struct RenderOptions
{
    QDateTime generatedAt; ///< when the report was made (UTC)
    QString toolVersion; ///< "0.1.0"

    /** Now (from Core::Clock) and this build's version. */
    static RenderOptions current();
};

/**
 * The exact bytes `proofer scan --format json` writes and the history keeps: the audited snapshot, indented, with
 * `"generator": {"name": "proofer", "version": …}` naming what wrote it (this build's version, or @p generatorVersion).
 */
QByteArray snapshotJson(const Fleet::Snapshot &snapshot, const Audit::Audit &audit);
QByteArray snapshotJson(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const QString &generatorVersion);

/** Lower-case hex SHA-256 of @p data (what `sha256sum` prints). */
QString sha256Hex(const QByteArray &data);

/** "observed", "read", "inferred", "attested" for people (translated): the basis of an outcome. */
QString basisLabel(Audit::Basis basis);

/** "namespace bakery-ia" or "targets file /path/targets.yaml", for people (translated). */
QString scopeDescription(const Fleet::Snapshot &snapshot);

/** The scope as CI reports name it, stable from run to run: the namespace, or "targets" for a targets file. */
QString scopeName(const Fleet::Snapshot &snapshot);

/** True when @p subject (an assessment's or a finding's datastore) is a datastore of @p snapshot, not the fleet scope. */
bool isDatastore(const Fleet::Snapshot &snapshot, const QString &subject);

/**
 * Where CI reports place an outcome on @p subject: "bakery-ia/auth-db" for a datastore, "bakery-ia" for the fleet
 * scope ("targets/auth-db" and "targets" for a targets file).
 */
QString qualifiedName(const Fleet::Snapshot &snapshot, const QString &subject);

/**
 * Writes the PDF of an HTML evidence pack to @p device. Returns false and sets @p error on failure.
 * Needs a QGuiApplication; installed by the executable (Report::installPdfWriter() in app/report/pdf).
 */
using PdfWriter = bool (*)(const QString &html, const QString &title, QIODevice *device, QString *error);

void setPdfWriter(PdfWriter writer);
/** The installed writer, or nullptr when this binary cannot write PDF. */
PdfWriter pdfWriter();

} // namespace Report
