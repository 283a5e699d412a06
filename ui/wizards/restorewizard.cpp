// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorewizard.h"

#include "core/secret.h"
#include "ops/backupformat.h"
#include "ops/backuprestore.h"
#include "ops/pgendpointresolver.h"
#include "ops/recovery.h"
#include "statusicons.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizardPage>

namespace {

enum TableColumn { TableNameColumn, DumpColumn, RestoredColumn, LiveColumn };

class ChoosePage final : public QWizardPage
{
public:
    ChoosePage(QLineEdit *file, QLabel *fileInfo, QComboBox *target, QLineEdit *passphrase, QCheckBox *allowUnsigned,
               QWidget *parent)
        : QWizardPage(parent)
        , m_file(file)
        , m_target(target)
    {
        setTitle(RestoreWizard::tr("Backup, passphrase and target"));
        setSubTitle(RestoreWizard::tr(
            "The backup is decrypted and its integrity checked before anything else, then restored into a new "
            "scratch database and compared with the live one. The live database is renamed, and kept, only when "
            "you confirm."));
        auto *form = new QFormLayout(this);
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(m_file, 1);
        auto *browse = new QPushButton(RestoreWizard::tr("Browse…"), row);
        browse->setObjectName(QStringLiteral("browseBackupPushButton"));
        rowLayout->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, RestoreWizard::tr("Backup to restore"), QFileInfo(m_file->text()).absolutePath(),
                RestoreWizard::tr("Encrypted backups (*.sql.gz.gpg)"));
            if (!path.isEmpty())
                m_file->setText(path);
        });
        form->addRow(RestoreWizard::tr("&Backup file:"), row);
        form->addRow(QString(), fileInfo);
        form->addRow(RestoreWizard::tr("&Passphrase:"), passphrase);
        form->addRow(RestoreWizard::tr("&Restore into:"), m_target);
        form->addRow(QString(), allowUnsigned);
        connect(m_file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_target, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override
    {
        return QFileInfo(m_file->text()).isFile() && Ops::BackupName::parse(m_file->text()).has_value()
               && m_target->currentIndex() >= 0;
    }

private:
    QLineEdit *m_file;
    QComboBox *m_target;
};

} // namespace

RestoreWizard::RestoreWizard(Kube::KubeClient *client, Fleet::InventoryResult inventory, const QString &preselected,
                             QWidget *parent)
    : PlanWizard(tr("Restore a backup"), parent)
    , m_client(client)
    , m_inventory(std::move(inventory))
    , m_targets(Ops::PgEndpointResolver::postgresTargets(Fleet::targetsFromInventory(m_inventory)))
    , m_resolver(new Ops::PgEndpointResolver(client, this))
{
    setObjectName(QStringLiteral("restoreWizard"));
    setCluster(Ops::clusterJson(client));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("backupFileLineEdit"));
    m_file->setPlaceholderText(tr("<database>_<datastore>_<time>.sql.gz.gpg"));
    m_fileInfo = new QLabel;
    m_fileInfo->setObjectName(QStringLiteral("backupInfoLabel"));
    m_fileInfo->setWordWrap(true);
    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("targetComboBox"));
    for (const Fleet::ScanTarget &target : std::as_const(m_targets)) {
        const QString database = target.database.isEmpty() ? QStringLiteral("postgres") : target.database;
        m_target->addItem(tr("%1 — database %2").arg(target.name, database), target.name);
    }
    const int preselectedIndex = m_target->findData(preselected);
    if (preselectedIndex >= 0)
        m_target->setCurrentIndex(preselectedIndex);
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("the backup's passphrase, or your secret key's"));
    // A backup anyone with the public key could have made is refused unless the operator says they checked where it
    // came from; a bad signature is refused whatever this says.
    m_allowUnsigned = new QCheckBox(tr("Restore even if the backup is not signed by a key I trust"));
    m_allowUnsigned->setObjectName(QStringLiteral("allowUnsignedCheckBox"));
    m_allowUnsigned->setToolTip(tr("Signed backups name their signer and are verified before anything is restored. "
                                   "Tick this only for a backup whose origin you have checked another way."));
    addSettingsPage(new ChoosePage(m_file, m_fileInfo, m_target, m_passphrase, m_allowUnsigned, this));
    connect(m_file, &QLineEdit::textChanged, this, &RestoreWizard::fileChanged);
    connect(m_target, &QComboBox::currentIndexChanged, this, &RestoreWizard::fileChanged);

    m_dryRunDetails = addDetails(DryRunPageId, QStringLiteral("dryRun"));
    m_applyDetails = addDetails(ApplyPageId, QStringLiteral("apply"));
    connect(this, &PlanWizard::runStateChanged, this, [this](bool running) {
        if (running) {
            clearDetails(m_dryRunDetails);
            clearDetails(m_applyDetails);
        }
    });
    connect(this, &PlanWizard::dryRunFinished, this, [this](Ops::Runner::Outcome outcome, const QString &message) {
        showDetails(m_dryRunDetails, outcome == Ops::Runner::Outcome::DryRunOk, message);
    });
    connect(this, &PlanWizard::operationFinished, this, [this](Ops::Runner::Outcome outcome, const QString &message) {
        const bool ok = outcome == Ops::Runner::Outcome::Succeeded;
        showDetails(m_applyDetails, ok, message);
        if (!ok) {
            // What the session holds may be the dry run's: after a failed apply only the error counts.
            m_applyDetails.header->clear();
            m_applyDetails.tables->hide();
        }
        m_passphrase->clear();
    });

    setPlanFactory([this] { return build(); });
    fileChanged();
}

RestoreWizard::~RestoreWizard() = default;

QString RestoreWizard::backupFile() const
{
    return m_file->text();
}

QString RestoreWizard::targetDatastore() const
{
    return m_target->currentData().toString();
}

RestoreWizard::Details RestoreWizard::addDetails(int pageId, const QString &prefix)
{
    Details details;
    QWizardPage *page = this->page(pageId);
    auto *layout = qobject_cast<QBoxLayout *>(page->layout());
    details.error = new QLabel(page);
    details.error->setObjectName(prefix + QStringLiteral("RestoreErrorLabel"));
    details.error->setWordWrap(true);
    details.error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details.error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    details.error->hide();
    details.header = new QLabel(page);
    details.header->setObjectName(prefix + QStringLiteral("DumpHeaderLabel"));
    details.header->setWordWrap(true);
    details.header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details.tables = new QTreeWidget(page);
    details.tables->setObjectName(prefix + QStringLiteral("ComparisonTreeWidget"));
    details.tables->setRootIsDecorated(false);
    details.tables->setUniformRowHeights(true);
    details.tables->setHeaderLabels({tr("Table"), tr("Rows in the dump"), tr("Rows restored"), tr("Rows live now")});
    details.tables->header()->setSectionResizeMode(TableNameColumn, QHeaderView::Stretch);
    details.tables->hide();
    if (layout) {
        layout->addWidget(details.error);
        layout->addWidget(details.header);
        layout->addWidget(details.tables, 1);
    }
    return details;
}

void RestoreWizard::clearDetails(const Details &details)
{
    details.error->clear();
    details.error->hide();
    details.header->clear();
    details.tables->clear();
    details.tables->hide();
}

void RestoreWizard::showDetails(const Details &details, bool ok, const QString &message)
{
    clearDetails(details);
    if (!ok) {
        details.error->setText(tr("The restore was refused or failed:\n%1")
                                   .arg(message.isEmpty() ? tr("See the failed step above.") : message));
        details.error->show();
    }
    if (!m_session)
        return;
    QStringList header;
    if (!m_session->pgDumpVersion.isEmpty())
        header << tr("Integrity check passed. Dump header: pg_dump %1 of database %2 (server %3).")
                      .arg(m_session->pgDumpVersion, m_session->request.endpoint.database, m_session->dumpedFrom);
    if (!m_session->restoredAs.isEmpty())
        header << tr("The dump ran as role %1.").arg(m_session->restoredAs);
    if (!m_session->comparison.isEmpty())
        header << tr("Restored into the scratch database %1; beside it, the live database %2 as it is now.")
                      .arg(m_session->scratch, m_session->request.endpoint.database);
    details.header->setText(header.join(u'\n'));
    for (const Ops::TableComparison &row : std::as_const(m_session->comparison)) {
        auto *item = new QTreeWidgetItem(details.tables);
        item->setText(TableNameColumn, row.table);
        item->setText(DumpColumn, QLocale().toString(row.dumpRows));
        item->setText(RestoredColumn, row.scratchRows < 0 ? tr("missing") : QLocale().toString(row.scratchRows));
        item->setText(LiveColumn, row.liveRows < 0 ? QStringLiteral("–") : QLocale().toString(row.liveRows));
        item->setData(DumpColumn, Qt::UserRole, row.dumpRows);
        item->setData(RestoredColumn, Qt::UserRole, row.scratchRows);
        item->setData(LiveColumn, Qt::UserRole, row.liveRows);
        item->setIcon(RestoredColumn,
                      StatusIcons::statusIcon(row.matches() ? StatusIcons::Status::Good : StatusIcons::Status::Bad));
        for (int column = DumpColumn; column <= LiveColumn; ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    details.tables->setVisible(!m_session->comparison.isEmpty());
}

void RestoreWizard::fileChanged()
{
    const QString path = m_file->text();
    if (path.isEmpty()) {
        m_fileInfo->setText(tr("Choose a backup file."));
        return;
    }
    const auto name = Ops::BackupName::parse(path);
    if (!name) {
        m_fileInfo->setText(tr("This is not a Proofer backup name (<database>_<datastore>_<yyyyMMdd>T<HHmmss>Z.sql.gz.gpg)."));
        return;
    }
    if (!QFileInfo(path).isFile()) {
        m_fileInfo->setText(tr("The file does not exist."));
        return;
    }
    // The file names its datastore: choose it, unless the user already chose another one on purpose.
    if (sender() == m_file) {
        const int index = m_target->findData(name->datastore);
        if (index >= 0 && index != m_target->currentIndex()) {
            m_target->setCurrentIndex(index);
            return; // fileChanged() runs again for the new target
        }
    }
    QString text = tr("Database %1 of %2, taken %3 UTC.")
                       .arg(name->database, name->datastore,
                            QLocale().toString(name->timestamp, QLocale::ShortFormat));
    for (const Fleet::ScanTarget &target : std::as_const(m_targets)) {
        if (target.name == targetDatastore() && !target.database.isEmpty() && target.database != name->database)
            text += u'\n'
                    + tr("Warning: %1's database is %2; a dump of %3 will be refused.")
                          .arg(target.name, target.database, name->database);
    }
    m_fileInfo->setText(text);
}

QFuture<Ops::BuiltPlan> RestoreWizard::build()
{
    m_session.reset();
    m_resolver->closeAll();
    const QString name = targetDatastore();
    for (const Fleet::ScanTarget &target : std::as_const(m_targets)) {
        if (target.name != name)
            continue;
        Ops::RestoreRequest request;
        QString error;
        if (!m_resolver->resolve(target, &request.endpoint, &error))
            return readyPlan(nullptr, error);
        request.backupFile = QFileInfo(m_file->text()).absoluteFilePath();
        request.passphrase = Core::Secret::fromUtf8(m_passphrase->text());
        request.allowUnsigned = m_allowUnsigned->isChecked();
        request.gnupgHome = m_gnupgHome;
        request.swap = true; // the dry run only checks that the swap could be done
        Ops::BuiltPlan built;
        built.plan = Ops::makeRestorePlan(request, &m_session);
        built.notes << tr("The dry run restores into a scratch database, compares it and drops it again. Applying "
                          "restores again and swaps: %1 becomes %2 and stays until you drop it.")
                           .arg(request.endpoint.database, m_session ? m_session->previous : QString());
        return QtFuture::makeReadyFuture(built);
    }
    return readyPlan(nullptr, tr("no PostgreSQL datastore named %1").arg(name));
}
