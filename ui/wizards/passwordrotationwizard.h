// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/inventory.h"
#include "planwizard.h"

namespace Kube {
class KubeClient;
}

class QListWidget;
class QLineEdit;
class QLabel;

/**
 * Password rotation: pick the datastores, give the passphrase that encrypts the recovery record, then the
 * plan (preview → dry run → apply → verify). The new passwords are never shown: they go from the CSPRNG
 * to the server (as a SCRAM verifier) and to the Secret.
 */
class PasswordRotationWizard final : public PlanWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordRotationWizard)

public:
    /** @p client must outlive the wizard; @p preselected names are checked at the start (empty: none). */
    PasswordRotationWizard(Kube::KubeClient *client, Fleet::InventoryResult inventory, const QStringList &preselected,
                           QWidget *parent = nullptr);
    ~PasswordRotationWizard() override;

    QStringList chosenDatastores() const;

private:
    Kube::KubeClient *m_client;
    Fleet::InventoryResult m_inventory;
    QListWidget *m_datastores = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
};
