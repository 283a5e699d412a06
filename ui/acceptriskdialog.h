// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/finding.h"
#include "audit/policy.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/**
 * "Accept Risk…" of a finding: the rule (fixed), the datastores it covers (a glob, the finding's datastore to begin
 * with), why (required), who approved it (required), until when (required, after today, UTC) and the policy file it
 * is written to (docs/policy.md). OK asks for the write (acceptRequested()); the dialog stays open, busy, until the
 * caller says it is done (accept()) or why it is not (showError()).
 */
class AcceptRiskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcceptRiskDialog)

public:
    AcceptRiskDialog(const Audit::Finding &finding, const QString &policyPath, QWidget *parent = nullptr);
    ~AcceptRiskDialog() override;

    /** The acceptance as filled in (line 0: not read from a file). */
    Audit::AcceptedRisk risk() const;
    QString policyPath() const;
    /** Empty when OK may be pressed; otherwise what is missing, for people. */
    QString problem() const;
    /** The write failed: says why and lets the user change something and try again. */
    void showError(const QString &message);

signals:
    void acceptRequested(const Audit::AcceptedRisk &risk, const QString &policyPath);

private:
    void updateState();
    void browse();
    void submit();

    QLineEdit *m_rule = nullptr;
    QLineEdit *m_datastore = nullptr;
    QPlainTextEdit *m_justification = nullptr;
    QLineEdit *m_approvedBy = nullptr;
    QDateEdit *m_expires = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};
