// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordrotationwizard.h"

#include "ops/passwordrotation.h"
#include "ops/recovery.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace {

constexpr int kMinimumPassphrase = 12;

class ChoosePage final : public QWizardPage
{
public:
    ChoosePage(QListWidget *list, QLineEdit *passphrase, QLineEdit *confirm, QWidget *parent)
        : QWizardPage(parent)
        , m_list(list)
        , m_passphrase(passphrase)
        , m_confirm(confirm)
    {
        setTitle(PasswordRotationWizard::tr("Datastores and recovery passphrase"));
        setSubTitle(PasswordRotationWizard::tr(
            "Each chosen datastore gets a new 32-character password. Until its Secret holds the new password, "
            "an encrypted recovery record does: give the passphrase that opens it (gpg --decrypt)."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_list, 1);
        auto *form = new QFormLayout;
        form->addRow(PasswordRotationWizard::tr("Recovery &passphrase:"), m_passphrase);
        form->addRow(PasswordRotationWizard::tr("&Repeat it:"), m_confirm);
        layout->addLayout(form);
        m_hint = new QLabel(this);
        m_hint->setObjectName(QStringLiteral("passphraseHintLabel"));
        m_hint->setWordWrap(true);
        layout->addWidget(m_hint);
        connect(m_list, &QListWidget::itemChanged, this, &QWizardPage::completeChanged);
        connect(m_passphrase, &QLineEdit::textChanged, this, &ChoosePage::update);
        connect(m_confirm, &QLineEdit::textChanged, this, &ChoosePage::update);
        update();
    }

    bool isComplete() const override
    {
        bool any = false;
        for (int i = 0; i < m_list->count(); ++i)
            any = any || m_list->item(i)->checkState() == Qt::Checked;
        return any && m_passphrase->text().size() >= kMinimumPassphrase && m_passphrase->text() == m_confirm->text();
    }

private:
    void update()
    {
        if (m_passphrase->text().size() < kMinimumPassphrase)
            m_hint->setText(PasswordRotationWizard::tr("The passphrase needs at least %n characters.", nullptr,
                                                       kMinimumPassphrase));
        else if (m_passphrase->text() != m_confirm->text())
            m_hint->setText(PasswordRotationWizard::tr("The two passphrases differ."));
        else
            m_hint->clear();
        emit completeChanged();
    }

    QListWidget *m_list;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm;
    QLabel *m_hint;
};

} // namespace

PasswordRotationWizard::PasswordRotationWizard(Kube::KubeClient *client, Fleet::InventoryResult inventory,
                                               const QStringList &preselected, QWidget *parent)
    : PlanWizard(tr("Rotate passwords"), parent)
    , m_client(client)
    , m_inventory(std::move(inventory))
{
    setObjectName(QStringLiteral("passwordRotationWizard"));
    setCluster(Ops::clusterJson(client));
    m_datastores = new QListWidget;
    m_datastores->setObjectName(QStringLiteral("datastoresListWidget"));
    for (const Fleet::Datastore &datastore : std::as_const(m_inventory.datastores)) {
        if (datastore.kind == Fleet::Kind::RabbitMQ)
            continue;
        auto *item = new QListWidgetItem(datastore.name, m_datastores);
        const bool rotatable = !datastore.credentialsSecretName.isEmpty();
        item->setFlags(rotatable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
        item->setCheckState(rotatable && preselected.contains(datastore.name) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(rotatable ? tr("Credentials in the Secret %1").arg(datastore.credentialsSecretName)
                                   : tr("No credentials Secret was found for it: nothing to rotate"));
    }
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit;
    m_confirm->setObjectName(QStringLiteral("confirmPassphraseLineEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    addSettingsPage(new ChoosePage(m_datastores, m_passphrase, m_confirm, this));

    setPlanFactory([this] {
        Ops::RotationOptions options;
        options.namespaceName = m_inventory.datastores.isEmpty() ? QString()
                                                                  : m_inventory.datastores.constFirst().namespaceName;
        options.datastores = chosenDatastores();
        options.recoveryPassphrase = Core::Secret::fromUtf8(m_passphrase->text());
        Ops::RotationPlan rotation = Ops::buildPasswordRotation(m_client, m_inventory, options);
        Ops::BuiltPlan built;
        built.plan = std::move(rotation.plan);
        built.error = rotation.error;
        if (!rotation.skipped.isEmpty())
            built.notes << tr("Left out: %1").arg(rotation.skipped.join(QStringLiteral("; ")));
        return QtFuture::makeReadyFuture(built);
    });
    // The passphrase leaves the line edits once the run is over.
    connect(this, &PlanWizard::operationFinished, this, [this] {
        m_passphrase->clear();
        m_confirm->clear();
    });
}

PasswordRotationWizard::~PasswordRotationWizard() = default;

QStringList PasswordRotationWizard::chosenDatastores() const
{
    QStringList names;
    for (int i = 0; i < m_datastores->count(); ++i) {
        if (m_datastores->item(i)->checkState() == Qt::Checked)
            names << m_datastores->item(i)->text();
    }
    return names;
}
