// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupwizard.h"

#include "core/clock.h"
#include "core/secret.h"
#include "ops/backupcreate.h"
#include "ops/backupformat.h"
#include "ops/pgendpointresolver.h"
#include "ops/recovery.h"
#include "statusicons.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QThreadPool>
#include <QTreeWidget>
#include <QtConcurrent>
#include <QVBoxLayout>
#include <QWizardPage>

namespace {

constexpr int kMinimumPassphrase = 12;
enum KeyModeId { RecipientMode, PassphraseMode };
enum RetentionColumn { FileColumn, TakenColumn, VerifiedColumn, DecisionColumn, WhyColumn };

class ChoosePage final : public QWizardPage
{
public:
    ChoosePage(QListWidget *databases, QCheckBox *all, QLineEdit *directory, QButtonGroup *keyMode,
               QLineEdit *recipient, QLineEdit *passphrase, QLineEdit *confirm, QWidget *parent)
        : QWizardPage(parent)
        , m_databases(databases)
        , m_all(all)
        , m_directory(directory)
        , m_keyMode(keyMode)
        , m_recipient(recipient)
        , m_passphrase(passphrase)
        , m_confirm(confirm)
    {
        setTitle(BackupWizard::tr("Databases, destination and key"));
        setSubTitle(BackupWizard::tr(
            "Each database is dumped with pg_dump, compressed and encrypted with GnuPG into "
            "<database>_<datastore>_<time>.sql.gz.gpg. A failed dump leaves no file; each backup is decrypted and "
            "checked after writing when this machine can."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_all);
        layout->addWidget(m_databases, 1);

        auto *form = new QFormLayout;
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(m_directory, 1);
        auto *browse = new QPushButton(BackupWizard::tr("Browse…"), row);
        browse->setObjectName(QStringLiteral("browseDirectoryPushButton"));
        rowLayout->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getExistingDirectory(this, BackupWizard::tr("Backup directory"),
                                                                   m_directory->text());
            if (!path.isEmpty())
                m_directory->setText(path);
        });
        form->addRow(BackupWizard::tr("&Directory:"), row);

        auto *recipientMode = new QRadioButton(BackupWizard::tr("Encrypt to a &public key (recipient)"), this);
        recipientMode->setObjectName(QStringLiteral("recipientRadioButton"));
        auto *passphraseMode = new QRadioButton(BackupWizard::tr("Encrypt with a pass&phrase"), this);
        passphraseMode->setObjectName(QStringLiteral("passphraseRadioButton"));
        m_keyMode->addButton(recipientMode, RecipientMode);
        m_keyMode->addButton(passphraseMode, PassphraseMode);
        passphraseMode->setChecked(true);
        form->addRow(BackupWizard::tr("Encryption:"), passphraseMode);
        form->addRow(QString(), recipientMode);
        form->addRow(BackupWizard::tr("Key &fingerprint:"), m_recipient);
        form->addRow(BackupWizard::tr("&Passphrase:"), m_passphrase);
        form->addRow(BackupWizard::tr("&Repeat it:"), m_confirm);
        layout->addLayout(form);
        m_hint = new QLabel(this);
        m_hint->setObjectName(QStringLiteral("backupHintLabel"));
        m_hint->setWordWrap(true);
        layout->addWidget(m_hint);

        connect(m_databases, &QListWidget::itemChanged, this, &ChoosePage::update);
        connect(m_all, &QCheckBox::toggled, this, [this](bool on) {
            m_databases->setEnabled(!on);
            update();
        });
        connect(m_directory, &QLineEdit::textChanged, this, &ChoosePage::update);
        connect(m_keyMode, &QButtonGroup::idToggled, this, &ChoosePage::update);
        connect(m_recipient, &QLineEdit::textChanged, this, &ChoosePage::update);
        connect(m_passphrase, &QLineEdit::textChanged, this, &ChoosePage::update);
        connect(m_confirm, &QLineEdit::textChanged, this, &ChoosePage::update);
        update();
    }

    bool isComplete() const override { return problem().isEmpty(); }

private:
    QString problem() const
    {
        bool any = m_all->isChecked() && m_databases->count() > 0;
        for (int i = 0; i < m_databases->count() && !any; ++i)
            any = m_databases->item(i)->checkState() == Qt::Checked;
        if (!any)
            return BackupWizard::tr("Choose at least one database.");
        const QFileInfo dir(m_directory->text());
        if (m_directory->text().isEmpty() || !dir.isDir() || !dir.isWritable())
            return BackupWizard::tr("Choose an existing directory you can write to.");
        if (m_keyMode->checkedId() == RecipientMode) {
            QString fingerprint = m_recipient->text();
            fingerprint.remove(u' ');
            static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{16,40}$"));
            if (!hex.match(fingerprint).hasMatch())
                return BackupWizard::tr("Give the recipient's key fingerprint (hexadecimal, as gpg --list-keys shows it).");
            return {};
        }
        if (m_passphrase->text().size() < kMinimumPassphrase)
            return BackupWizard::tr("The passphrase needs at least %n characters.", nullptr, kMinimumPassphrase);
        if (m_passphrase->text() != m_confirm->text())
            return BackupWizard::tr("The two passphrases differ.");
        return {};
    }

    void update()
    {
        const bool recipient = m_keyMode->checkedId() == RecipientMode;
        m_recipient->setEnabled(recipient);
        m_passphrase->setEnabled(!recipient);
        m_confirm->setEnabled(!recipient);
        m_hint->setText(problem());
        emit completeChanged();
    }

    QListWidget *m_databases;
    QCheckBox *m_all;
    QLineEdit *m_directory;
    QButtonGroup *m_keyMode;
    QLineEdit *m_recipient;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm;
    QLabel *m_hint;
};

class RetentionPage final : public QWizardPage
{
public:
    RetentionPage(BackupWizard *wizard, QTreeWidget *tree, QLabel *summary)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setTitle(BackupWizard::tr("Retention"));
        setSubTitle(BackupWizard::tr(
            "The policy keeps the newest backup of each day for 30 days, of each week for 90 days and of each month "
            "for a year, and always the newest of each database. Marked below: what it would prune in this "
            "directory. Nothing is deleted by this wizard."));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(summary);
        layout->addWidget(tree, 1);
        connect(wizard, &BackupWizard::retentionRefreshed, this, &QWizardPage::completeChanged);
    }

    void initializePage() override { m_wizard->refreshRetention(); }
    bool isComplete() const override { return !m_wizard->isRetentionLoading(); }

private:
    BackupWizard *m_wizard;
};

} // namespace

BackupWizard::BackupWizard(Kube::KubeClient *client, Fleet::InventoryResult inventory, const QStringList &preselected,
                           QWidget *parent)
    : PlanWizard(tr("Back up databases"), parent)
    , m_client(client)
    , m_inventory(std::move(inventory))
    , m_targets(Ops::PgEndpointResolver::postgresTargets(Fleet::targetsFromInventory(m_inventory)))
    , m_resolver(new Ops::PgEndpointResolver(client, this))
{
    setObjectName(QStringLiteral("backupWizard"));
    setCluster(Ops::clusterJson(client));

    m_all = new QCheckBox(tr("&All PostgreSQL databases of the fleet (%n)", nullptr, int(m_targets.size())));
    m_all->setObjectName(QStringLiteral("allDatabasesCheckBox"));
    m_databases = new QListWidget;
    m_databases->setObjectName(QStringLiteral("databasesListWidget"));
    for (const Fleet::ScanTarget &target : std::as_const(m_targets)) {
        const QString database = target.database.isEmpty() ? QStringLiteral("postgres") : target.database;
        auto *item = new QListWidgetItem(tr("%1 — database %2").arg(target.name, database), m_databases);
        item->setData(Qt::UserRole, target.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(preselected.contains(target.name) ? Qt::Checked : Qt::Unchecked);
    }
    m_all->setChecked(preselected.isEmpty());
    m_databases->setEnabled(!m_all->isChecked());

    m_directory = new QLineEdit;
    m_directory->setObjectName(QStringLiteral("directoryLineEdit"));
    m_directory->setText(QSettings().value(QLatin1String(directorySettingsKey)).toString());
    m_keyMode = new QButtonGroup(this);
    m_recipient = new QLineEdit;
    m_recipient->setObjectName(QStringLiteral("recipientLineEdit"));
    m_recipient->setPlaceholderText(tr("e.g. 3AA5C34371567BD2…"));
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit;
    m_confirm->setObjectName(QStringLiteral("confirmPassphraseLineEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    addSettingsPage(
        new ChoosePage(m_databases, m_all, m_directory, m_keyMode, m_recipient, m_passphrase, m_confirm, this));

    m_retention = new QTreeWidget;
    m_retention->setObjectName(QStringLiteral("retentionTreeWidget"));
    m_retention->setRootIsDecorated(false);
    m_retention->setUniformRowHeights(true);
    m_retention->setHeaderLabels({tr("File"), tr("Taken (UTC)"), tr("Verified"), tr("Policy"), tr("Why")});
    m_retention->header()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_retention->header()->setStretchLastSection(true);
    m_retentionSummary = new QLabel;
    m_retentionSummary->setObjectName(QStringLiteral("retentionSummaryLabel"));
    m_retentionSummary->setWordWrap(true);
    addSettingsPage(new RetentionPage(this, m_retention, m_retentionSummary));

    setPlanFactory([this] { return build(); });
    // The passphrase leaves the line edits once the run is over; the directory is remembered (never the key).
    connect(this, &PlanWizard::operationFinished, this, [this] {
        m_passphrase->clear();
        m_confirm->clear();
    });
}

BackupWizard::~BackupWizard()
{
    if (m_readerPool)
        m_readerPool->waitForDone(); // its result is dropped with this wizard
}

QStringList BackupWizard::chosenDatastores() const
{
    QStringList names;
    for (int i = 0; i < m_databases->count(); ++i) {
        if (m_all->isChecked() || m_databases->item(i)->checkState() == Qt::Checked)
            names << m_databases->item(i)->data(Qt::UserRole).toString();
    }
    return names;
}

QString BackupWizard::directory() const
{
    return m_directory->text();
}

QStringList BackupWizard::writtenFiles() const
{
    QStringList files;
    const std::shared_ptr<Ops::Plan> plan = currentPlan();
    if (!plan || plan->kind() != u"backup")
        return files;
    for (int i = 0; i < plan->size(); ++i) {
        const auto *step = static_cast<const Ops::BackupStep *>(plan->step(i));
        if (step->result().ok && !step->result().path.isEmpty())
            files << step->result().path;
    }
    return files;
}

void BackupWizard::refreshRetention()
{
    if (!m_readerPool) {
        m_readerPool = new QThreadPool(this);
        m_readerPool->setObjectName(QStringLiteral("backupWizardReaderPool"));
        m_readerPool->setMaxThreadCount(1);
    }
    m_retention->clear();
    m_retention->setEnabled(false);
    m_retentionSummary->setText(tr("Reading the backups in %1…").arg(m_directory->text()));
    m_retentionLoading = true;
    emit retentionRefreshed(); // the page is incomplete while it reads
    const quint64 generation = ++m_retentionGeneration;
    const QString dir = m_directory->text();
    const QDateTime now = m_retentionNow.isValid() ? m_retentionNow : Core::Clock::currentDateTimeUtc();
    // listBackups reads the directory and every "verified" sidecar: not on the GUI thread.
    QtConcurrent::run(m_readerPool, [dir, now] { return Ops::applyRetention(Ops::listBackups(dir), now); })
        .then(this, [this, generation, dir](const QList<Ops::RetentionDecision> &decisions) {
            if (generation != m_retentionGeneration)
                return;
            m_retentionLoading = false;
            showRetention(dir, decisions);
            emit retentionRefreshed();
        });
}

void BackupWizard::showRetention(const QString &dir, const QList<Ops::RetentionDecision> &decisions)
{
    m_retention->clear();
    m_retention->setEnabled(true);
    int pruned = 0;
    for (const Ops::RetentionDecision &decision : decisions) {
        auto *item = new QTreeWidgetItem(m_retention);
        item->setText(FileColumn, decision.backup.name.fileName);
        item->setToolTip(FileColumn, decision.backup.path);
        item->setText(TakenColumn, QLocale().toString(decision.backup.name.timestamp, QLocale::ShortFormat));
        item->setText(VerifiedColumn, decision.backup.verified ? tr("yes") : tr("no"));
        item->setText(DecisionColumn, decision.keep ? tr("keep") : tr("would prune"));
        item->setData(DecisionColumn, Qt::UserRole, decision.keep);
        item->setIcon(DecisionColumn, StatusIcons::statusIcon(decision.keep ? StatusIcons::Status::Good
                                                                            : StatusIcons::Status::Warning));
        QStringList why;
        for (const QString &reason : decision.reasons) {
            if (reason == u"daily")
                why << tr("newest of its day (30 days)");
            else if (reason == u"weekly")
                why << tr("newest of its week (90 days)");
            else if (reason == u"monthly")
                why << tr("newest of its month (1 year)");
            else if (reason == u"newest")
                why << tr("newest backup of the database");
            else if (reason == u"future")
                why << tr("dated in the future");
            else
                why << reason;
        }
        item->setText(WhyColumn, decision.keep ? why.join(QStringLiteral(", ")) : tr("covered by newer backups"));
        pruned += decision.keep ? 0 : 1;
    }
    if (dir.isEmpty())
        m_retentionSummary->setText(tr("No directory chosen."));
    else if (decisions.isEmpty())
        m_retentionSummary->setText(tr("No backups in %1 yet.").arg(dir));
    else
        m_retentionSummary->setText(tr("%n backup(s) in %1; the policy would prune %2 of them.", nullptr,
                                       int(decisions.size()))
                                        .arg(dir)
                                        .arg(pruned));
}

QFuture<Ops::BuiltPlan> BackupWizard::build()
{
    // A new plan: the port-forwards of the previous one are no longer needed.
    m_resolver->closeAll();
    const QString dir = QFileInfo(m_directory->text()).absoluteFilePath();
    QSettings().setValue(QLatin1String(directorySettingsKey), dir);

    Ops::Gpg::EncryptionKey key;
    key.homeDirectory = m_gnupgHome;
    if (m_keyMode->checkedId() == RecipientMode)
        key.recipientFingerprint = m_recipient->text().remove(u' ');
    else
        key.passphrase = Core::Secret::fromUtf8(m_passphrase->text());

    const QStringList chosen = chosenDatastores();
    QList<Ops::BackupRequest> requests;
    for (const Fleet::ScanTarget &target : std::as_const(m_targets)) {
        if (!chosen.contains(target.name))
            continue;
        Ops::BackupRequest request;
        QString error;
        if (!m_resolver->resolve(target, &request.endpoint, &error))
            return readyPlan(nullptr, error);
        request.outputDirectory = dir;
        request.key = key;
        requests << request;
    }
    if (requests.isEmpty())
        return readyPlan(nullptr, tr("no database chosen"));
    Ops::BuiltPlan built;
    built.plan = Ops::makeBackupPlan(requests);
    built.notes << tr("%n database(s) into %1, encrypted %2.", nullptr, int(requests.size()))
                       .arg(dir, key.recipientFingerprint.isEmpty()
                                     ? tr("with the passphrase")
                                     : tr("to the key %1").arg(key.recipientFingerprint));
    return QtFuture::makeReadyFuture(built);
}
