// SPDX-License-Identifier: GPL-3.0-or-later
#include "complianceview.h"

#include "session/fleetsession.h"

#include "compliancematrixmodel.h"
#include "report/htmlreport.h"
#include "statusicons.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

using CellStatus = Audit::ComplianceCell::Status;

QString statusHtml(CellStatus status)
{
    // The word always comes with its colour and a glyph of its own shape.
    QString glyph;
    StatusIcons::Status icon = StatusIcons::Status::Unknown;
    switch (status) {
    case CellStatus::Pass:
        glyph = QStringLiteral("✔");
        icon = StatusIcons::Status::Good;
        break;
    case CellStatus::Fail:
        glyph = QStringLiteral("✖");
        icon = StatusIcons::Status::Bad;
        break;
    case CellStatus::Partial:
        glyph = QStringLiteral("▲");
        icon = StatusIcons::Status::Warning;
        break;
    case CellStatus::NotAssessed:
        glyph = QStringLiteral("?");
        break;
    case CellStatus::NotApplicable:
        glyph = QStringLiteral("–");
        break;
    }
    return QStringLiteral("<b style=\"color:%1\">%2 %3</b>")
        .arg(StatusIcons::statusColor(icon).name(), glyph,
             ComplianceMatrixModel::statusText(int(status)).toHtmlEscaped());
}

CellStatus outcomeStatus(const QString &name)
{
    if (name == u"pass")
        return CellStatus::Pass;
    if (name == u"fail")
        return CellStatus::Fail;
    if (name == u"not-assessed")
        return CellStatus::NotAssessed;
    return CellStatus::NotApplicable;
}

struct ExportResult
{
    QString html;
    QString error;
};

} // namespace

ComplianceView::ComplianceView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ComplianceMatrixModel(this))
{
    setObjectName(QStringLiteral("complianceView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *bar = new QHBoxLayout;
    m_frameworkLabel = new QLabel(this);
    m_frameworkCombo = new QComboBox(this);
    m_frameworkCombo->setObjectName(QStringLiteral("complianceFrameworkComboBox"));
    m_frameworkCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_frameworkLabel->setBuddy(m_frameworkCombo);
    connect(m_frameworkCombo, &QComboBox::currentIndexChanged, this, [this] {
        applyFrameworkFilter();
        updateSummary();
    });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("complianceSummaryLabel"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportEvidencePushButton"));
    m_exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    connect(m_exportButton, &QPushButton::clicked, this, &ComplianceView::chooseExportFile);
    bar->addWidget(m_frameworkLabel);
    bar->addWidget(m_frameworkCombo);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("complianceSplitter"));
    splitter->setChildrenCollapsible(false);
    m_view = new QTreeView(splitter);
    m_view->setObjectName(QStringLiteral("complianceTreeView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionsMovable(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCell(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        const int em = m_view->fontMetrics().horizontalAdvance(u'M');
        m_view->setColumnWidth(ComplianceMatrixModel::ControlColumn, 30 * em);
        for (int column = ComplianceMatrixModel::FleetColumn; column < m_model->columnCount(); ++column)
            m_view->resizeColumnToContents(column);
        applyFrameworkFilter();
    });

    m_detail = new QTextBrowser(splitter);
    m_detail->setObjectName(QStringLiteral("complianceDetailTextBrowser"));
    m_detail->setOpenLinks(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    retranslateUi();
    setAudit({}, nullptr);
}

ComplianceView::~ComplianceView() = default;

void ComplianceView::retranslateUi()
{
    m_frameworkLabel->setText(tr("F&ramework:"));
    m_exportButton->setText(tr("Export Evidence Pack…"));
    m_exportButton->setToolTip(tr("Save the auditor's evidence pack: grade, findings, compliance matrix and "
                                  "certificates, with the hash of the snapshot it came from"));
    const QString current = m_frameworkCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_frameworkCombo);
        m_frameworkCombo->clear();
        m_frameworkCombo->addItem(tr("All frameworks"), QString());
        for (const QString &id : m_model->frameworkIds())
            m_frameworkCombo->addItem(m_model->frameworkName(id), id);
        m_frameworkCombo->setCurrentIndex(qMax(0, m_frameworkCombo->findData(current)));
    }
    applyFrameworkFilter();
    updateSummary();
    showCell(m_view->currentIndex());
}

void ComplianceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ComplianceView::setAudit(const Fleet::Snapshot &snapshot, const std::shared_ptr<const Audit::Audit> &audit)
{
    // Keep the selected cell across rescans when the control and datastore still exist.
    const QModelIndex current = m_view->currentIndex();
    const QString framework = current.data(ComplianceMatrixModel::FrameworkRole).toString();
    const QString control = current.data(ComplianceMatrixModel::ControlRole).toString();
    const int column = current.column();

    m_snapshot = snapshot;
    m_error = audit ? audit->complianceError : QString();
    m_model->setAudit(audit);
    m_exportButton->setEnabled(audit && !m_exporting);
    retranslateUi();

    if (!control.isEmpty()) {
        for (int g = 0; g < m_model->rowCount(); ++g) {
            const QModelIndex group = m_model->index(g, 0);
            if (group.data(ComplianceMatrixModel::FrameworkRole).toString() != framework)
                continue;
            for (int r = 0; r < m_model->rowCount(group); ++r) {
                const QModelIndex index = m_model->index(r, column, group);
                if (index.isValid() && index.data(ComplianceMatrixModel::ControlRole).toString() == control)
                    m_view->setCurrentIndex(index);
            }
        }
    }
    showCell(m_view->currentIndex());
}

void ComplianceView::applyFrameworkFilter()
{
    const QString id = m_frameworkCombo->currentData().toString();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString framework = m_model->index(row, 0).data(ComplianceMatrixModel::FrameworkRole).toString();
        m_view->setRowHidden(row, QModelIndex(), !id.isEmpty() && framework != id);
    }
}

void ComplianceView::updateSummary()
{
    if (!m_model->audit()) {
        m_summary->setText(tr("No scan yet."));
        return;
    }
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The compliance mappings could not be read: %1").arg(m_error));
        return;
    }
    const QString id = m_frameworkCombo->currentData().toString();
    QMap<CellStatus, int> counts;
    int controls = 0;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        if (!id.isEmpty() && group.data(ComplianceMatrixModel::FrameworkRole).toString() != id)
            continue;
        for (int r = 0; r < m_model->rowCount(group); ++r) {
            const QVariant status = m_model->index(r, ComplianceMatrixModel::FleetColumn, group)
                                        .data(ComplianceMatrixModel::CellStatusRole);
            if (status.isValid())
                ++counts[CellStatus(status.toInt())];
            ++controls;
        }
    }
    m_summary->setText(tr("%n control(s): %1 pass, %2 fail, %3 partial, %4 not assessed", nullptr, controls)
                           .arg(counts.value(CellStatus::Pass))
                           .arg(counts.value(CellStatus::Fail))
                           .arg(counts.value(CellStatus::Partial))
                           .arg(counts.value(CellStatus::NotAssessed)));
}

void ComplianceView::showCell(const QModelIndex &index)
{
    const Audit::ComplianceRow *row = m_model->controlRow(index);
    if (!row) {
        m_detail->setHtml(QStringLiteral("<p>%1</p>")
                              .arg(m_model->audit() ? tr("Select a cell to see the control, the rules behind it and "
                                                         "their evidence on that datastore.")
                                                          .toHtmlEscaped()
                                                    : tr("Scan a namespace to see how the fleet meets PCI DSS, GDPR, "
                                                         "SOC 2 and the CIS benchmarks.")
                                                          .toHtmlEscaped()));
        return;
    }
    const QString framework = m_model->frameworkName(row->framework);
    QString html = QStringLiteral("<h3>%1 · %2</h3><p>%3</p>")
                       .arg(framework.toHtmlEscaped(), row->control.toHtmlEscaped(), row->title.toHtmlEscaped());
    const Audit::ComplianceCell *cell = m_model->cell(index);
    QStringList facts;
    if (cell) {
        facts << tr("Datastore: %1").arg(cell->datastore).toHtmlEscaped() + QStringLiteral(" — ")
                + statusHtml(cell->status);
        if (cell->observedAt.isValid())
            facts << tr("Observed %1")
                         .arg(QLocale().toString(cell->observedAt.toLocalTime(), QLocale::LongFormat))
                         .toHtmlEscaped();
    } else {
        facts << tr("Fleet").toHtmlEscaped() + QStringLiteral(" — ") + statusHtml(row->status);
    }
    const QStringList rules = m_model->ruleIds(index);
    facts << tr("Rules: %1")
                 .arg(rules.isEmpty() ? tr("none recorded") : rules.join(QStringLiteral(", ")))
                 .toHtmlEscaped();
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral("<br>")));
    // What an auditor would accept as proof of the control, and what this cell still lacks for a pass.
    if (!row->evidenceRequired.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Evidence required:").toHtmlEscaped(), row->evidenceRequired.toHtmlEscaped());
    if (!row->maxStatusReason.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("At best partial:").toHtmlEscaped(), row->maxStatusReason.toHtmlEscaped());
    if (cell && !cell->missing.isEmpty()) {
        QStringList missing;
        for (const QString &line : cell->missing)
            missing << QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                    .arg(tr("Missing for a pass:").toHtmlEscaped(), missing.join(QString()));
    }

    if (cell && cell->status == CellStatus::NotApplicable) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("No rule of this control applies to %1.").arg(cell->datastore).toHtmlEscaped());
        m_detail->setHtml(html);
        return;
    }

    const QList<ComplianceMatrixModel::RuleEvidence> evidence = m_model->ruleEvidence(index);
    if (!evidence.isEmpty()) {
        html += QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
        html += QStringLiteral("<tr><th align=\"left\">%1</th>%2<th align=\"left\">%3</th><th align=\"left\">%4</th>"
                               "<th align=\"left\">%5</th></tr>")
                    .arg(tr("Rule").toHtmlEscaped(),
                         cell ? QString()
                              : QStringLiteral("<th align=\"left\">%1</th>").arg(tr("Datastore").toHtmlEscaped()),
                         tr("Outcome").toHtmlEscaped(), tr("Evidence").toHtmlEscaped(), tr("Observed").toHtmlEscaped());
        for (const ComplianceMatrixModel::RuleEvidence &e : evidence) {
            QString facts = e.evidence.isEmpty() ? QString() : e.evidence.join(u'\n').toHtmlEscaped();
            facts.replace(u'\n', QStringLiteral("<br>"));
            if (!e.remediation.isEmpty())
                facts += QStringLiteral("<br><i>%1</i><pre>%2</pre>")
                             .arg(tr("Fix:").toHtmlEscaped(), e.remediation.toHtmlEscaped());
            html
                += QStringLiteral("<tr><td valign=\"top\"><b>%1</b><br>%2<br><small>%3</small></td>%4"
                                  "<td valign=\"top\">%5</td><td valign=\"top\">%6</td><td valign=\"top\">%7</td></tr>")
                       .arg(e.ruleId.toHtmlEscaped(), e.statement.toHtmlEscaped(), e.severity.toHtmlEscaped(),
                            cell ? QString()
                                 : QStringLiteral("<td valign=\"top\">%1</td>").arg(e.datastore.toHtmlEscaped()),
                            statusHtml(outcomeStatus(e.status)), facts,
                            e.observedAt.isValid()
                                ? QLocale().toString(e.observedAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped()
                                : QString());
        }
        html += QStringLiteral("</table>");
    } else if (cell) {
        for (const QString &line : cell->evidence)
            html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    }
    m_detail->setHtml(html);
}

void ComplianceView::chooseExportFile()
{
    if (!m_model->audit() || m_exporting)
        return;
    QStringList filters { tr("HTML evidence pack (*.html)") };
    if (Report::pdfWriter())
        filters << tr("PDF evidence pack (*.pdf)");
    const QString base = m_snapshot.namespaceName.isEmpty() ? QStringLiteral("proofer") : m_snapshot.namespaceName;
    const QString name = QStringLiteral("%1-evidence-%2.html")
                             .arg(base, m_snapshot.takenAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm")));
    auto *dialog = new QFileDialog(this, tr("Export Evidence Pack"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + name);
    dialog->setObjectName(QStringLiteral("exportEvidenceFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(QStringLiteral("html"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QStringLiteral("*.pdf")) ? QStringLiteral("pdf")
                                                                          : QStringLiteral("html"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &ComplianceView::exportEvidencePack);
    dialog->open();
}

void ComplianceView::exportEvidencePack(const QString &fileName)
{
    const std::shared_ptr<const Audit::Audit> audit = m_model->audit();
    if (!audit || m_exporting)
        return;
    const bool pdf = QFileInfo(fileName).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0;
    if (pdf && !Report::pdfWriter()) {
        emit evidencePackExported(fileName, tr("This build cannot write PDF"));
        return;
    }
    m_exporting = true;
    m_exportButton->setEnabled(false);
    // Rendering and writing the file are done by a worker of a pool of our own (the file system may be slow);
    // the PDF is laid out here, as QTextDocument wants the GUI thread.
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    const Fleet::Snapshot snapshot = m_snapshot;
    QtConcurrent::run(&pool, [snapshot, audit, fileName, pdf] {
        ExportResult result;
        result.html = Report::renderHtml(snapshot, *audit);
        if (pdf)
            return result;
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.html.toUtf8()) < 0 || !file.commit())
            result.error = QCoreApplication::translate("ComplianceView", "Cannot write %1: %2")
                               .arg(fileName, file.errorString());
        return result;
    }).then(this, [this, fileName, pdf, snapshot](const ExportResult &result) {
        QString error = result.error;
        if (pdf && error.isEmpty()) {
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly))
                error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
            else if (!Report::pdfWriter()(result.html, Report::htmlTitle(snapshot), &file, &error))
                error = tr("Cannot write %1: %2").arg(fileName, error);
            else if (!file.commit())
                error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        }
        m_exporting = false;
        m_exportButton->setEnabled(m_model->audit() != nullptr);
        emit evidencePackExported(fileName, error);
    });
}

void ComplianceView::setSession(const Session::FleetSession *session)
{
    connect(session, &Session::FleetSession::auditReady, this,
            [this, session] { setAudit(session->snapshot(), session->audit()); });
}
