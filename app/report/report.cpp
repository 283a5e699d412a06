// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report.h"

#include "core/clock.h"
#include "core/versioninfo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Report {

namespace {

PdfWriter s_pdfWriter = nullptr;

} // namespace

RenderOptions RenderOptions::current()
{
    return {Core::Clock::currentDateTimeUtc().toUTC(), Core::applicationVersion()};
}

QByteArray snapshotJson(const Fleet::Snapshot &snapshot, const Audit::Audit &audit)
{
    return snapshotJson(snapshot, audit, Core::applicationVersion());
}

QByteArray snapshotJson(const Fleet::Snapshot &snapshot, const Audit::Audit &audit, const QString &generatorVersion)
{
    QJsonObject root = audit.toJson(snapshot);
    root.insert(QStringLiteral("generator"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("proofer")},
                            {QStringLiteral("version"), generatorVersion}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString scopeDescription(const Fleet::Snapshot &snapshot)
{
    if (snapshot.source == u"kubernetes")
        return QCoreApplication::translate("Report", "namespace %1").arg(snapshot.namespaceName);
    return QCoreApplication::translate("Report", "targets file %1").arg(snapshot.targetsFile);
}

QString scopeName(const Fleet::Snapshot &snapshot)
{
    return snapshot.source == u"kubernetes" ? snapshot.namespaceName : QStringLiteral("targets");
}

bool isDatastore(const Fleet::Snapshot &snapshot, const QString &subject)
{
    return std::any_of(snapshot.datastores.cbegin(), snapshot.datastores.cend(),
                       [&](const Fleet::DatastoreReport &report) { return report.name == subject; });
}

QString qualifiedName(const Fleet::Snapshot &snapshot, const QString &subject)
{
    return isDatastore(snapshot, subject) ? scopeName(snapshot) + u'/' + subject : scopeName(snapshot);
}

void setPdfWriter(PdfWriter writer)
{
    s_pdfWriter = writer;
}

PdfWriter pdfWriter()
{
    return s_pdfWriter;
}

QString basisLabel(Audit::Basis basis)
{
    switch (basis) {
    case Audit::Basis::Observed:
        return QCoreApplication::translate("Report", "observed");
    case Audit::Basis::Read:
        return QCoreApplication::translate("Report", "read");
    case Audit::Basis::Inferred:
        return QCoreApplication::translate("Report", "inferred");
    case Audit::Basis::Attested:
        return QCoreApplication::translate("Report", "attested");
    }
    return {};
}

} // namespace Report
