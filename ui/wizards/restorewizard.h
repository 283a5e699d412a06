// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/fleetscanner.h"
#include "fleet/inventory.h"
#include "planwizard.h"

#include <memory>

namespace Kube {
class KubeClient;
}
namespace Ops {
class PgEndpointResolver;
struct RestoreSession;
}

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

/**
 * Backup restore: choose a `<db>_<name>_<timestamp>.sql.gz.gpg`, its passphrase (masked, never saved) and the
 * target datastore. The dry run decrypts it (integrity check first), checks the dump's header and restores it
 * into a scratch database, shows its tables and row counts beside the live database's, and drops it again;
 * applying (after the confirmation) restores once more and swaps: the live database is renamed
 * `<db>_previous_<time>` and kept. Any refusal (wrong passphrase, truncated file, another database's dump) is
 * shown on the page, and the live database is untouched.
 */
class RestoreWizard final : public PlanWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreWizard)

public:
    /** @p client must outlive the wizard; @p preselected: the datastore chosen at the start (may be empty). */
    RestoreWizard(Kube::KubeClient *client, Fleet::InventoryResult inventory, const QString &preselected,
                  QWidget *parent = nullptr);
    ~RestoreWizard() override;

    QString backupFile() const;
    QString targetDatastore() const;
    /** GNUPGHOME for decryption; empty: gpg's default. */
    void setGnupgHome(const QString &home) { m_gnupgHome = home; }
    /** What the last built plan shares between its steps (header, comparison); null before the preview. */
    std::shared_ptr<Ops::RestoreSession> session() const { return m_session; }

private:
    struct Details
    {
        QLabel *header = nullptr;
        QTreeWidget *tables = nullptr;
        QLabel *error = nullptr;
    };
    Details addDetails(int pageId, const QString &prefix);
    void clearDetails(const Details &details);
    void showDetails(const Details &details, bool ok, const QString &message);
    void fileChanged();
    QFuture<Ops::BuiltPlan> build();

    Kube::KubeClient *m_client;
    Fleet::InventoryResult m_inventory;
    QList<Fleet::ScanTarget> m_targets;
    Ops::PgEndpointResolver *m_resolver;
    QString m_gnupgHome;
    std::shared_ptr<Ops::RestoreSession> m_session;

    QLineEdit *m_file = nullptr;
    QLabel *m_fileInfo = nullptr;
    QComboBox *m_target = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QCheckBox *m_allowUnsigned = nullptr;
    Details m_dryRunDetails;
    Details m_applyDetails;
};
