// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistview.h"

#include "session/fleetsession.h"

#include "checklistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

ChecklistView::ChecklistView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChecklistModel(this))
{
    setObjectName(QStringLiteral("checklistView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checklistSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("checklistTreeView"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(true);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    m_view->setColumnWidth(ChecklistModel::CheckColumn, 34 * em);
    m_view->setColumnWidth(ChecklistModel::StatusColumn, 11 * em);
    m_view->setColumnWidth(ChecklistModel::FailingColumn, 16 * em);
    layout->addWidget(m_view, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Open the items that need attention; the passing ones stay folded.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            const auto status = ChecklistItem::Status(index.data(ChecklistModel::StatusRole).toInt());
            m_view->setExpanded(index, status == ChecklistItem::Status::Fail);
        }
        updateSummary();
    });
    retranslateUi();
}

ChecklistView::~ChecklistView() = default;

void ChecklistView::setSnapshot(const Fleet::Snapshot &snapshot, const std::shared_ptr<const Audit::Audit> &audit)
{
    m_model->setSnapshot(snapshot, audit);
}

void ChecklistView::retranslateUi()
{
    updateSummary();
}

void ChecklistView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChecklistView::updateSummary()
{
    int passed = 0;
    int failed = 0;
    int open = 0;
    int concerned = 0;
    for (const ChecklistItem &item : m_model->items()) {
        switch (item.status) {
        case ChecklistItem::Status::Pass:
            ++passed;
            break;
        case ChecklistItem::Status::Fail:
            ++failed;
            break;
        case ChecklistItem::Status::Partial:
        case ChecklistItem::Status::NotAssessed:
            ++open;
            break;
        case ChecklistItem::Status::NotApplicable:
            continue;
        }
        ++concerned;
    }
    if (concerned == 0) {
        m_summary->setText(tr("The security validation checklist fills in when a scan completes."));
        return;
    }
    m_summary->setText(tr("%n check(s): %1 pass, %2 fail, %3 partial or not assessed", nullptr, concerned)
                           .arg(passed)
                           .arg(failed)
                           .arg(open));
}

void ChecklistView::setSession(const Session::FleetSession *session)
{
    connect(session, &Session::FleetSession::auditReady, this,
            [this, session] { setSnapshot(session->snapshot(), session->audit()); });
}
