// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/snapshotevidence.h"
#include "fleet/snapshot.h"

#include <QWidget>

#include <memory>

namespace Session {
class FleetSession;
}

class ChecklistModel;
class QLabel;
class QTreeView;

/**
 * The platform's security validation checklist as live items from the current scan: each item's status, the
 * datastores that fail it and the evidence, with one row per datastore under it.
 */
class ChecklistView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistView)

public:
    explicit ChecklistView(QWidget *parent = nullptr);
    /** Follows @p session: the checklist of each audit it makes ready. */
    void setSession(const Session::FleetSession *session);
    ~ChecklistView() override;

    void setSnapshot(const Fleet::Snapshot &snapshot, const std::shared_ptr<const Audit::Audit> &audit);

    ChecklistModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();

    ChecklistModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_view = nullptr;
};
