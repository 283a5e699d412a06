// SPDX-License-Identifier: GPL-3.0-or-later
#include "acceptriskdialog.h"

#include "fleetmodel.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString kApprovedByKey = QStringLiteral("AcceptRisk/approvedBy");

/** Expiry is judged on the UTC day (Audit::applyAcceptances): "after today" is after today in UTC. */
QDate todayUtc()
{
    return QDateTime::currentDateTimeUtc().date();
}

} // namespace

AcceptRiskDialog::AcceptRiskDialog(const Audit::Finding &finding, const QString &policyPath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("acceptRiskDialog"));
    setWindowTitle(tr("Accept Risk"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>%1 · %2</b> on %3<br>An accepted finding stays shown, marked accepted with this "
                                "justification, and costs no points until it expires; then it is open again.")
                                 .arg(FleetModel::severityText(finding.severity).toHtmlEscaped(),
                                      finding.title.toHtmlEscaped(), finding.datastore.toHtmlEscaped()),
                             this);
    intro->setObjectName(QStringLiteral("acceptRiskIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_rule = new QLineEdit(finding.ruleId, this);
    m_rule->setObjectName(QStringLiteral("acceptRiskRuleLineEdit"));
    m_rule->setReadOnly(true);
    form->addRow(tr("Rule:"), m_rule);
    m_datastore = new QLineEdit(finding.datastore, this);
    m_datastore->setObjectName(QStringLiteral("acceptRiskDatastoreLineEdit"));
    m_datastore->setToolTip(tr("A glob: * and ? match any text and any one character, [abc] one of those; "
                               "e.g. redis* covers every datastore whose name starts with redis"));
    form->addRow(tr("Datastores:"), m_datastore);
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(QStringLiteral("acceptRiskJustificationEdit"));
    m_justification->setTabChangesFocus(true);
    m_justification->setPlaceholderText(tr("Why this risk is accepted, and what reduces it meanwhile"));
    m_justification->setFixedHeight(m_justification->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Justification:"), m_justification);
    m_approvedBy = new QLineEdit(QSettings().value(kApprovedByKey).toString(), this);
    m_approvedBy->setObjectName(QStringLiteral("acceptRiskApprovedByLineEdit"));
    m_approvedBy->setPlaceholderText(tr("Name and role, e.g. Jane Doe (CISO)"));
    form->addRow(tr("Approved by:"), m_approvedBy);
    m_expires = new QDateEdit(todayUtc().addDays(90), this);
    m_expires->setObjectName(QStringLiteral("acceptRiskExpiresDateEdit"));
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expires->setToolTip(tr("Accepted through this day (UTC); from the next day the finding is open again"));
    form->addRow(tr("Expires:"), m_expires);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(policyPath, this);
    m_file->setObjectName(QStringLiteral("acceptRiskFileLineEdit"));
    m_file->setToolTip(tr("The acceptance is added to this file's acceptedRisks; the rest of the file is kept as it is"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("acceptRiskBrowsePushButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("Policy file:"), fileRow);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("acceptRiskProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept Risk"));
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &AcceptRiskDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcceptRiskDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_datastore, m_approvedBy, m_file })
        connect(edit, &QLineEdit::textChanged, this, &AcceptRiskDialog::updateState);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &AcceptRiskDialog::updateState);
    connect(m_expires, &QDateEdit::dateChanged, this, &AcceptRiskDialog::updateState);
    resize(560, sizeHint().height());
    updateState();
    m_justification->setFocus();
}

AcceptRiskDialog::~AcceptRiskDialog() = default;

Audit::AcceptedRisk AcceptRiskDialog::risk() const
{
    Audit::AcceptedRisk risk;
    risk.rule = m_rule->text();
    risk.datastore = m_datastore->text().trimmed();
    risk.justification = m_justification->toPlainText().trimmed();
    risk.approvedBy = m_approvedBy->text().trimmed();
    risk.expires = m_expires->date();
    return risk;
}

QString AcceptRiskDialog::policyPath() const
{
    return m_file->text().trimmed();
}

QString AcceptRiskDialog::problem() const
{
    // What the policy loader asks of an acceptance (all five fields), and an expiry that is still to come.
    const Audit::AcceptedRisk r = risk();
    if (r.datastore.isEmpty())
        return tr("Name the datastores it covers (a glob).");
    if (r.justification.isEmpty())
        return tr("A justification is required.");
    if (r.approvedBy.isEmpty())
        return tr("Say who approved it.");
    if (r.expires <= todayUtc())
        return tr("The expiry must be after today (UTC).");
    if (policyPath().isEmpty() || QFileInfo(policyPath()).isDir())
        return tr("Choose the policy file to write it to.");
    return {};
}

void AcceptRiskDialog::updateState()
{
    const QString missing = problem();
    m_problem->setText(missing);
    m_problem->setStyleSheet(QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty() && !m_busy);
}

void AcceptRiskDialog::showError(const QString &message)
{
    m_busy = false;
    updateState();
    m_problem->setText(message);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
}

void AcceptRiskDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Policy File"), QFileInfo(policyPath()).absolutePath());
    dialog->setObjectName(QStringLiteral("acceptRiskFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite); // it is added to, not overwritten
    dialog->setNameFilters({ tr("Policy files (*.yaml *.yml)"), tr("All files (*)") });
    if (!policyPath().isEmpty())
        dialog->selectFile(policyPath());
    connect(dialog, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
    dialog->open();
}

void AcceptRiskDialog::submit()
{
    if (m_busy || !problem().isEmpty())
        return;
    m_busy = true;
    updateState();
    m_problem->setText(tr("Writing %1…").arg(policyPath()));
    QSettings().setValue(kApprovedByKey, risk().approvedBy);
    emit acceptRequested(risk(), policyPath());
}
