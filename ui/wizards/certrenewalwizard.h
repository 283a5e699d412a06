// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleet/inventory.h"
#include "planwizard.h"

namespace Kube {
class KubeClient;
}

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

/**
 * Certificate renewal: which datastores, which CA (the existing one from files, or a new 10-year one),
 * key type and validity (with today's norms beside it), where the new files go; then the plan:
 * validate → write files (0600) → patch each TLS Secret (resourceVersion precondition) → rollout restart
 * → verify the new serial is served, and the rollback that restores the previous Secret.
 */
class CertRenewalWizard final : public PlanWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertRenewalWizard)

public:
    CertRenewalWizard(Kube::KubeClient *client, Fleet::InventoryResult inventory, const QStringList &preselected,
                      QWidget *parent = nullptr);
    ~CertRenewalWizard() override;

    QStringList chosenDatastores() const;

private:
    Kube::KubeClient *m_client;
    Fleet::InventoryResult m_inventory;
    QListWidget *m_datastores = nullptr;
    QButtonGroup *m_caMode = nullptr;
    QLineEdit *m_caCert = nullptr;
    QLineEdit *m_caKey = nullptr;
    QComboBox *m_keyType = nullptr;
    QSpinBox *m_days = nullptr;
    QLineEdit *m_outputDir = nullptr;
};
