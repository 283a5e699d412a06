// SPDX-License-Identifier: GPL-3.0-or-later
#include "certrenewalwizard.h"

#include "ops/certrenewal.h"
#include "ops/recovery.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QLocale>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWizardPage>

namespace {

enum CaModeId { NewCa, ExistingCa };

QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const QString &caption, bool directory)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(CertRenewalWizard::tr("Browse…"), row);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, row, [edit, row, caption, directory] {
        const QString path = directory ? QFileDialog::getExistingDirectory(row, caption, edit->text())
                                       : QFileDialog::getOpenFileName(row, caption, edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

class SettingsPage final : public QWizardPage
{
public:
    SettingsPage(QListWidget *datastores, QButtonGroup *caMode, QLineEdit *caCert, QLineEdit *caKey,
                 QComboBox *keyType, QSpinBox *days, QLineEdit *outputDir, QWidget *parent)
        : QWizardPage(parent)
        , m_datastores(datastores)
        , m_caMode(caMode)
        , m_caCert(caCert)
        , m_caKey(caKey)
        , m_outputDir(outputDir)
    {
        setTitle(CertRenewalWizard::tr("Certificates to renew"));
        setSubTitle(CertRenewalWizard::tr(
            "The new certificates cover every DNS form of each Service (name, name.namespace, name.namespace.svc, "
            "name.namespace.svc.cluster.local) and the names the current certificate already had."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_datastores, 1);
        auto *form = new QFormLayout;
        auto *newCa = new QRadioButton(CertRenewalWizard::tr("Create a &new CA (10 years)"), this);
        newCa->setObjectName(QStringLiteral("newCaRadioButton"));
        auto *existingCa = new QRadioButton(CertRenewalWizard::tr("Use the &existing CA (certificate and key files)"), this);
        existingCa->setObjectName(QStringLiteral("existingCaRadioButton"));
        m_caMode->addButton(newCa, NewCa);
        m_caMode->addButton(existingCa, ExistingCa);
        existingCa->setChecked(true);
        form->addRow(CertRenewalWizard::tr("Signing CA:"), existingCa);
        form->addRow(QString(), newCa);
        form->addRow(CertRenewalWizard::tr("CA &certificate:"),
                     withBrowse(m_caCert, this, CertRenewalWizard::tr("CA certificate"), false));
        form->addRow(CertRenewalWizard::tr("CA &key:"), withBrowse(m_caKey, this, CertRenewalWizard::tr("CA key"), false));
        form->addRow(CertRenewalWizard::tr("Key &type:"), keyType);
        form->addRow(CertRenewalWizard::tr("&Validity:"), days);
        auto *norms = new QLabel(CertRenewalWizard::tr(
            "For comparison: publicly trusted TLS certificates may last at most 200 days since March 2026, 100 days "
            "from March 2027 and 47 days from March 2029 (CA/Browser Forum). A private CA sets its own policy; the "
            "platform's is 3 years, renewed 90 days before expiry."), this);
        norms->setWordWrap(true);
        form->addRow(QString(), norms);
        form->addRow(CertRenewalWizard::tr("New files &go to:"),
                     withBrowse(m_outputDir, this, CertRenewalWizard::tr("Directory for the new keys"), true));
        layout->addLayout(form);
        m_hint = new QLabel(this);
        m_hint->setObjectName(QStringLiteral("settingsHintLabel"));
        m_hint->setWordWrap(true);
        layout->addWidget(m_hint);
        connect(m_datastores, &QListWidget::itemChanged, this, &SettingsPage::update);
        connect(m_caMode, &QButtonGroup::idToggled, this, &SettingsPage::update);
        connect(m_caCert, &QLineEdit::textChanged, this, &SettingsPage::update);
        connect(m_caKey, &QLineEdit::textChanged, this, &SettingsPage::update);
        connect(m_outputDir, &QLineEdit::textChanged, this, &SettingsPage::update);
        update();
    }

    bool isComplete() const override { return problem().isEmpty(); }

private:
    QString problem() const
    {
        bool any = false;
        for (int i = 0; i < m_datastores->count(); ++i)
            any = any || m_datastores->item(i)->checkState() == Qt::Checked;
        if (!any)
            return CertRenewalWizard::tr("Choose at least one datastore.");
        if (m_caMode->checkedId() == ExistingCa) {
            if (!QFileInfo(m_caCert->text()).isFile())
                return CertRenewalWizard::tr("Choose the CA certificate file (PEM).");
            if (!QFileInfo(m_caKey->text()).isFile())
                return CertRenewalWizard::tr("Choose the CA key file (PEM).");
        }
        if (m_outputDir->text().trimmed().isEmpty())
            return CertRenewalWizard::tr("Choose where the new key files go.");
        return {};
    }

    void update()
    {
        const bool existing = m_caMode->checkedId() == ExistingCa;
        m_caCert->setEnabled(existing);
        m_caKey->setEnabled(existing);
        m_hint->setText(problem());
        emit completeChanged();
    }

    QListWidget *m_datastores;
    QButtonGroup *m_caMode;
    QLineEdit *m_caCert;
    QLineEdit *m_caKey;
    QLineEdit *m_outputDir;
    QLabel *m_hint;
};

QString describeTarget(const Ops::RenewalTarget &target)
{
    return CertRenewalWizard::tr("%1 (%2): serial %3, %n day(s) left → serial %4 until %5", nullptr,
                                 target.currentDaysLeft)
        .arg(target.secretName, target.datastores.join(QStringLiteral(", ")),
             target.currentSerialHex.isEmpty() ? CertRenewalWizard::tr("none") : target.currentSerialHex,
             target.newSerialHex, QLocale().toString(target.newNotAfter.toLocalTime().date(), QLocale::ShortFormat));
}

} // namespace

CertRenewalWizard::CertRenewalWizard(Kube::KubeClient *client, Fleet::InventoryResult inventory,
                                     const QStringList &preselected, QWidget *parent)
    : PlanWizard(tr("Renew certificates"), parent)
    , m_client(client)
    , m_inventory(std::move(inventory))
{
    setObjectName(QStringLiteral("certRenewalWizard"));
    setCluster(Ops::clusterJson(client));
    m_datastores = new QListWidget;
    m_datastores->setObjectName(QStringLiteral("datastoresListWidget"));
    const QStringList renewable = Ops::renewableDatastores(m_inventory);
    for (const QString &name : renewable) {
        auto *item = new QListWidgetItem(name, m_datastores);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(preselected.isEmpty() || preselected.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_caMode = new QButtonGroup(this);
    m_caCert = new QLineEdit;
    m_caCert->setObjectName(QStringLiteral("caCertificateLineEdit"));
    m_caKey = new QLineEdit;
    m_caKey->setObjectName(QStringLiteral("caKeyLineEdit"));
    m_keyType = new QComboBox;
    m_keyType->setObjectName(QStringLiteral("keyTypeComboBox"));
    m_keyType->addItem(tr("RSA 4096"), int(Ops::KeyPair::Type::Rsa));
    m_keyType->addItem(tr("EC P-256"), int(Ops::KeyPair::Type::EcP256));
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("validitySpinBox"));
    m_days->setRange(1, 3650);
    m_days->setValue(1095);
    m_days->setSuffix(tr(" days"));
    m_outputDir = new QLineEdit;
    m_outputDir->setObjectName(QStringLiteral("outputDirectoryLineEdit"));
    m_outputDir->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("renewals/")
                                       + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    addSettingsPage(new SettingsPage(m_datastores, m_caMode, m_caCert, m_caKey, m_keyType, m_days, m_outputDir, this));

    setPlanFactory([this] {
        Ops::RenewalOptions options;
        options.namespaceName = m_inventory.datastores.isEmpty() ? QString()
                                                                  : m_inventory.datastores.constFirst().namespaceName;
        options.datastores = chosenDatastores();
        options.caMode = m_caMode->checkedId() == ExistingCa ? Ops::RenewalOptions::CaMode::Existing
                                                             : Ops::RenewalOptions::CaMode::New;
        options.caCertificatePath = m_caCert->text();
        options.caKeyPath = m_caKey->text();
        options.keyType = Ops::KeyPair::Type(m_keyType->currentData().toInt());
        options.validityDays = m_days->value();
        options.outputDirectory = m_outputDir->text().trimmed();
        return Ops::buildCertRenewal(m_client, m_inventory, options, this).then(this, [](const Ops::RenewalPlan &renewal) {
            Ops::BuiltPlan built;
            built.plan = renewal.plan;
            built.error = renewal.error;
            if (!renewal.caSubject.isEmpty())
                built.notes << tr("Signed by %1 (serial %2)").arg(renewal.caSubject, renewal.caSerialHex);
            for (const Ops::RenewalTarget &target : renewal.targets)
                built.notes << describeTarget(target);
            built.notes << renewal.notes;
            return built;
        });
    });
}

CertRenewalWizard::~CertRenewalWizard() = default;

QStringList CertRenewalWizard::chosenDatastores() const
{
    QStringList names;
    for (int i = 0; i < m_datastores->count(); ++i) {
        if (m_datastores->item(i)->checkState() == Qt::Checked)
            names << m_datastores->item(i)->text();
    }
    return names;
}
