// SPDX-License-Identifier: GPL-3.0-or-later
#include "gradepanel.h"

#include "session/fleetsession.h"

#include "charts/gradehistorychart.h"

#include "deductionsmodel.h"
#include "findingsmodel.h"
#include "fleetmodel.h"
#include "statusicons.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QColor letterColor(const std::optional<double> &score)
{
    if (!score)
        return StatusIcons::statusColor(StatusIcons::Status::Unknown);
    if (*score >= 80)
        return StatusIcons::statusColor(StatusIcons::Status::Good);
    if (*score >= 70)
        return StatusIcons::statusColor(StatusIcons::Status::Warning);
    return StatusIcons::statusColor(StatusIcons::Status::Bad);
}

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QLabel *sectionTitle(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

GradePanel::GradePanel(QWidget *parent)
    : QWidget(parent)
    , m_deductionsModel(new DeductionsModel(this))
    , m_deductionsProxy(new QSortFilterProxyModel(this))
    , m_whatIfModel(new FindingsModel(this))
{
    setObjectName(QStringLiteral("gradePanel"));
    m_whatIfModel->setCheckable(true);
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    m_letter = new QLabel(this);
    m_letter->setObjectName(QStringLiteral("gradeLetterLabel"));
    QFont letterFont = m_letter->font();
    letterFont.setPointSizeF(letterFont.pointSizeF() * 3.2);
    letterFont.setBold(true);
    m_letter->setFont(letterFont);
    m_letter->setMinimumWidth(m_letter->fontMetrics().horizontalAdvance(QStringLiteral("A+")) + 12);
    m_letter->setAlignment(Qt::AlignCenter);
    header->addWidget(m_letter);
    auto *numbers = new QVBoxLayout;
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("gradeScoreLabel"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("severityCountsLabel"));
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    numbers->addWidget(m_score);
    numbers->addWidget(m_counts);
    numbers->addStretch();
    header->addLayout(numbers, 1);
    layout->addLayout(header);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("gradeSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *deductions = new QWidget(splitter);
    auto *deductionsLayout = new QVBoxLayout(deductions);
    deductionsLayout->setContentsMargins(0, 0, 0, 0);
    m_deductionsTitle = sectionTitle(deductions, QStringLiteral("deductionsTitleLabel"));
    m_deductionsProxy->setSourceModel(m_deductionsModel);
    m_deductionsProxy->setSortRole(DeductionsModel::SortRole);
    m_deductionsView = makeTable(deductions, QStringLiteral("deductionsTableView"));
    m_deductionsView->setModel(m_deductionsProxy);
    m_deductionsView->setSortingEnabled(true);
    m_deductionsView->sortByColumn(DeductionsModel::PointsColumn, Qt::DescendingOrder);
    m_deductionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deductionsView->horizontalHeader()->setSectionResizeMode(DeductionsModel::KindColumn, QHeaderView::Stretch);
    m_deductionsView->horizontalHeader()->setMinimumSectionSize(24);
    deductionsLayout->addWidget(m_deductionsTitle);
    deductionsLayout->addWidget(m_deductionsView);

    auto *whatIf = new QWidget(splitter);
    auto *whatIfLayout = new QVBoxLayout(whatIf);
    whatIfLayout->setContentsMargins(0, 0, 0, 0);
    m_whatIfTitle = sectionTitle(whatIf, QStringLiteral("whatIfTitleLabel"));
    m_whatIfView = makeTable(whatIf, QStringLiteral("whatIfTableView"));
    m_whatIfView->setModel(m_whatIfModel);
    m_whatIfView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_whatIfView->horizontalHeader()->setSectionResizeMode(FindingsModel::TitleColumn, QHeaderView::Stretch);
    m_projection = new QLabel(whatIf);
    m_projection->setObjectName(QStringLiteral("whatIfProjectionLabel"));
    m_projection->setWordWrap(true);
    whatIfLayout->addWidget(m_whatIfTitle);
    whatIfLayout->addWidget(m_whatIfView, 1);
    whatIfLayout->addWidget(m_projection);

    auto *history = new QWidget(splitter);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    m_historyTitle = sectionTitle(history, QStringLiteral("historyTitleLabel"));
    m_changes = new QLabel(history);
    m_changes->setObjectName(QStringLiteral("changesSinceLastScanLabel"));
    m_changes->setWordWrap(true);
    m_historyChart = new GradeHistoryChart(history);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_changes);
    historyLayout->addWidget(m_historyChart, 1);
    layout->addWidget(splitter, 1);

    connect(m_whatIfModel, &FindingsModel::checkedKeysChanged, this, &GradePanel::updateProjection);
    // Whole rules and whole datastores at once (#17): "fix TLS-005 everywhere", "fix everything on auth-db".
    m_fixRuleAction = new QAction(this);
    m_fixRuleAction->setObjectName(QStringLiteral("whatIfFixRuleAction"));
    connect(m_fixRuleAction, &QAction::triggered, this, [this] {
        m_whatIfModel->checkRule(m_whatIfView->currentIndex().siblingAtColumn(FindingsModel::RuleColumn).data().toString());
    });
    m_fixDatastoreAction = new QAction(this);
    m_fixDatastoreAction->setObjectName(QStringLiteral("whatIfFixDatastoreAction"));
    connect(m_fixDatastoreAction, &QAction::triggered, this, [this] {
        m_whatIfModel->checkDatastore(
            m_whatIfView->currentIndex().siblingAtColumn(FindingsModel::DatastoreColumn).data().toString());
    });
    m_clearAction = new QAction(this);
    m_clearAction->setObjectName(QStringLiteral("whatIfClearAction"));
    connect(m_clearAction, &QAction::triggered, this, [this] { m_whatIfModel->setCheckedKeys({}); });
    m_whatIfView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_whatIfView->addActions({ m_fixRuleAction, m_fixDatastoreAction, m_clearAction });
    connect(m_whatIfView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GradePanel::updateWhatIfActions);
    connect(m_whatIfModel, &QAbstractItemModel::modelReset, this, &GradePanel::updateWhatIfActions);
    retranslateUi();
}

GradePanel::~GradePanel() = default;

void GradePanel::retranslateUi()
{
    m_deductionsTitle->setText(tr("Deductions"));
    m_whatIfTitle->setText(tr("What if these were fixed?"));
    m_historyTitle->setText(tr("History"));
    m_whatIfTitle->setToolTip(tr("Right-click a finding to tick its rule everywhere, or everything on its datastore"));
    updateWhatIfActions();
    updateGrade();
    updateChanges();
}

void GradePanel::updateWhatIfActions()
{
    const QModelIndex current = m_whatIfView->currentIndex();
    const QString rule = current.siblingAtColumn(FindingsModel::RuleColumn).data().toString();
    const QString datastore = current.siblingAtColumn(FindingsModel::DatastoreColumn).data().toString();
    m_fixRuleAction->setEnabled(!rule.isEmpty());
    m_fixDatastoreAction->setEnabled(!datastore.isEmpty());
    m_fixRuleAction->setText(rule.isEmpty() ? tr("Fix This Rule Everywhere") : tr("Fix %1 Everywhere").arg(rule));
    m_fixDatastoreAction->setText(datastore.isEmpty() ? tr("Fix Everything on This Datastore")
                                                      : tr("Fix Everything on %1").arg(datastore));
    m_clearAction->setText(tr("Clear the Ticks"));
}

void GradePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GradePanel::setStale(bool stale)
{
    m_stale = stale;
    updateGrade();
}

void GradePanel::setAudit(const std::shared_ptr<const Audit::Audit> &audit)
{
    m_audit = audit;
    m_stale = false;
    m_deductionsModel->setDeductions(audit ? audit->grade.fleet.deductions : QList<Audit::Deduction>());
    m_whatIfModel->setFindings(audit ? audit->findings : QList<Audit::Finding>());
    updateGrade();
}

void GradePanel::setHistory(const QList<Report::HistoryEntry> &entries, const std::optional<Report::HistoryDiff> &changes)
{
    m_historyChart->setHistory(entries);
    m_diff = changes;
    updateChanges();
}

QString GradePanel::changesText() const
{
    return m_changes->text();
}

void GradePanel::updateChanges()
{
    if (!m_diff) {
        m_changes->setText(tr("No earlier scan of this scope to compare with."));
        m_changes->setToolTip(QString());
        return;
    }
    const Report::HistoryDiff &diff = *m_diff;
    const QString when = QLocale().toString(diff.from.takenAt.toLocalTime(), QLocale::ShortFormat);
    QString text = diff.from.letter == diff.to.letter
        ? tr("Since the scan of %1: grade unchanged (%2).").arg(when, diff.to.letter)
        : tr("Since the scan of %1: grade %2 → %3.").arg(when, diff.from.letter, diff.to.letter);
    text += u' ' + tr("%n new finding(s)", nullptr, int(diff.newFindings.size())) + QStringLiteral(", ")
        + tr("%n fixed", nullptr, int(diff.fixedFindings.size())) + u'.';
    m_changes->setText(text);
    QStringList lines;
    for (const Report::FindingKey &key : diff.newFindings)
        lines << tr("new: %1 %2 — %3").arg(key.datastore, key.id, key.title);
    for (const Report::FindingKey &key : diff.fixedFindings)
        lines << tr("fixed: %1 %2 — %3").arg(key.datastore, key.id, key.title);
    m_changes->setToolTip(lines.join(u'\n'));
}

void GradePanel::updateGrade()
{
    if (!m_audit) {
        m_letter->setText(QStringLiteral("–"));
        m_letter->setStyleSheet(QString());
        m_score->setText(m_stale ? tr("Grading after the scan…") : tr("No grade yet: scan a namespace"));
        m_counts->clear();
        m_projection->clear();
        return;
    }
    const Audit::Grade &fleet = m_audit->grade.fleet;
    m_letter->setText(fleet.letter);
    QColor color = letterColor(fleet.score);
    if (m_stale)
        color.setAlphaF(0.45);
    m_letter->setStyleSheet(QStringLiteral("color: %1;").arg(color.name(QColor::HexArgb)));
    // No grade without evidence: N/A says why (nothing found in the namespace, nothing reached), and a grade
    // over part of the fleet says how many datastores it leaves out.
    QString score = fleet.score ? tr("Fleet score %1 of 100").arg(QLocale().toString(*fleet.score, 'f', 1))
                                : (fleet.reason.isEmpty() ? tr("Nothing could be assessed")
                                                          : tr("No grade: %1").arg(fleet.reason));
    if (fleet.score && !fleet.coverage().isEmpty())
        score += u'\n' + fleet.coverage();
    if (m_stale)
        score += u'\n' + tr("(from the previous scan)");
    m_score->setText(score);
    QStringList counts;
    for (const Audit::Severity severity : { Audit::Severity::Critical, Audit::Severity::High, Audit::Severity::Medium,
                                            Audit::Severity::Low, Audit::Severity::Info }) {
        const int n = fleet.counts.value(severity);
        const QString text = QStringLiteral("%1 %2").arg(n).arg(FleetModel::severityText(severity).toHtmlEscaped());
        counts << (n > 0 && severity <= Audit::Severity::High
                       ? QStringLiteral("<b style=\"color:%1\">%2</b>")
                             .arg(StatusIcons::statusColor(StatusIcons::Status::Bad).name(), text)
                       : text);
    }
    QString countsText = tr("Failed checks: %1").arg(counts.join(QStringLiteral(" · ")));
    if (fleet.accepted > 0)
        countsText += QStringLiteral(" · ") + tr("%n accepted by the policy", nullptr, fleet.accepted).toHtmlEscaped();
    // Which policy graded it: the file (its SHA-256 in the tooltip) or the built-in one.
    const Audit::Policy &policy = m_audit->policy;
    countsText += QStringLiteral("<br>")
        + (policy.isBuiltIn() ? tr("Policy: built-in") : tr("Policy: %1").arg(policy.path)).toHtmlEscaped();
    m_counts->setText(countsText);
    m_counts->setToolTip(policy.isBuiltIn()
                             ? tr("No policy file was found: the built-in profile grades, no risk is accepted "
                                  "(docs/policy.md)")
                             : tr("Policy file %1\nSHA-256 %2\n%n accepted risk(s)", nullptr, int(policy.acceptedRisks.size()))
                                   .arg(policy.path, policy.sha256));
    m_deductionsTitle->setText(
        tr("Deductions (%1 points)").arg(QLocale().toString(m_deductionsModel->totalPoints(), 'f', 1)));
    updateProjection();
}

void GradePanel::updateProjection()
{
    if (!m_audit) {
        m_projection->clear();
        m_projectedLetter.clear();
        return;
    }
    const QSet<QString> fixed = m_whatIfModel->checkedKeys();
    if (fixed.isEmpty()) {
        m_projectedLetter.clear();
        m_projection->setText(tr("Tick findings to project the grade with them fixed."));
        return;
    }
    const Audit::GradeReport projected = Audit::Grader(m_audit->assessments).whatIf(fixed);
    m_projectedLetter = projected.fleet.letter;
    const Audit::Grade &now = m_audit->grade.fleet;
    m_projection->setText(
        tr("With %n finding(s) fixed: <b>%1</b> (%2, now %3 %4)", nullptr, int(fixed.size()))
            .arg(projected.fleet.letter,
                 projected.fleet.score ? QLocale().toString(*projected.fleet.score, 'f', 1) : tr("no score"),
                 now.letter, now.score ? QLocale().toString(*now.score, 'f', 1) : QString()));
}

void GradePanel::setSession(const Session::FleetSession *session)
{
    using Session::FleetSession;
    connect(session, &FleetSession::scanStarted, this, [this] { setStale(true); });
    connect(session, &FleetSession::scanFinished, this, [this](bool cancelled) {
        if (cancelled)
            setStale(false);
    });
    connect(session, &FleetSession::auditReady, this, [this, session] {
        setAudit(session->audit());
        setHistory(session->history(), session->changesSinceLastScan());
    });
}
