// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "planwizard.h"

#include <QDateTime>

namespace Kube {
class KubeClient;
}
namespace Ops {
class PgEndpointResolver;
struct RetentionDecision;
}

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QThreadPool;
class QTreeWidget;

/**
 * Backup creation: which databases of the fleet (all or some), the destination directory (remembered), the
 * GPG recipient key or a passphrase (masked, held as a Core::Secret for the run, never saved), a view of
 * what the retention policy (daily 30 days, weekly 90, monthly 1 year) would prune in that directory;
 * then the plan: pg_dump | gzip | gpg per database, each file verified end to end and recorded in the
 * backup catalog (which feeds the checklist and the grade).
 */
class BackupWizard final : public PlanWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupWizard)

public:
    enum SettingsPageId { ChoosePageId = 0, RetentionPageId = 1 };

    /** @p client must outlive the wizard; @p preselected datastores are checked at the start (empty: all). */
    BackupWizard(Kube::KubeClient *client, Fleet::InventoryResult inventory, const QStringList &preselected,
                 QWidget *parent = nullptr);
    ~BackupWizard() override;

    /** The chosen PostgreSQL datastores, in fleet order. */
    QStringList chosenDatastores() const;
    QString directory() const;
    /** GNUPGHOME for encryption and verification; empty: gpg's default. */
    void setGnupgHome(const QString &home) { m_gnupgHome = home; }
    /** "Now" for the retention view (tests); invalid: the clock. */
    void setRetentionNow(const QDateTime &now) { m_retentionNow = now; }
    /**
     * Recomputes the retention view for the directory: the directory and the "verified" sidecars are read on
     * the wizard's own pool; meanwhile the view says so and the page cannot be left. retentionRefreshed() then.
     */
    void refreshRetention();
    /** The retention view is being read. */
    bool isRetentionLoading() const { return m_retentionLoading; }
    /** The backup files written by the last run. */
    QStringList writtenFiles() const;

    /** QSettings key of the remembered directory. */
    static constexpr const char *directorySettingsKey = "backup/directory";

signals:
    void retentionRefreshed();

private:
    QFuture<Ops::BuiltPlan> build();
    void showRetention(const QString &dir, const QList<Ops::RetentionDecision> &decisions);

    Kube::KubeClient *m_client;
    Fleet::InventoryResult m_inventory;
    QList<Fleet::ScanTarget> m_targets;
    Ops::PgEndpointResolver *m_resolver;
    QString m_gnupgHome;
    QDateTime m_retentionNow;

    QListWidget *m_databases = nullptr;
    QCheckBox *m_all = nullptr;
    QLineEdit *m_directory = nullptr;
    QButtonGroup *m_keyMode = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QTreeWidget *m_retention = nullptr;
    QLabel *m_retentionSummary = nullptr;
    QThreadPool *m_readerPool = nullptr;
    quint64 m_retentionGeneration = 0;
    bool m_retentionLoading = false;
};
