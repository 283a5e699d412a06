// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "eventspane.h"
#include "findingsmodel.h"
#include "logspane.h"
#include "probe/tlscertificate.h"
#include "statusicons.h"
#include "widgets/codeview.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QTreeWidgetItem *addGroup(QTreeWidget *tree, const QString &title)
{
    auto *item = new QTreeWidgetItem(tree, { title });
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

QTreeWidgetItem *addFact(QTreeWidgetItem *parent, const QString &name, const QString &value,
                         std::optional<StatusIcons::Status> status = std::nullopt)
{
    auto *item = new QTreeWidgetItem(parent, { name, value });
    item->setToolTip(1, value);
    if (status)
        item->setIcon(1, StatusIcons::statusIcon(*status));
    return item;
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_findingsModel(new FindingsModel(this))
    , m_findingsProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("detailPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 4, 0, 0);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("detailTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(page);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitleLabel"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_subtitle);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("detailTabWidget"));
    m_tabs->setDocumentMode(true);
    pageLayout->addWidget(m_tabs, 1);

    auto makeTree = [this](const QString &objectName) {
        auto *tree = new QTreeWidget(m_tabs);
        tree->setObjectName(objectName);
        tree->setColumnCount(2);
        tree->setRootIsDecorated(true);
        tree->setUniformRowHeights(true);
        tree->setAlternatingRowColors(true);
        tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        tree->header()->setStretchLastSection(true);
        return tree;
    };
    m_overview = makeTree(QStringLiteral("overviewTreeWidget"));
    m_certificates = makeTree(QStringLiteral("certificatesTreeWidget"));

    m_settings = new QTableWidget(m_tabs);
    m_settings->setObjectName(QStringLiteral("settingsTableWidget"));
    m_settings->setColumnCount(2);
    m_settings->verticalHeader()->hide();
    m_settings->horizontalHeader()->setStretchLastSection(true);
    m_settings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_settings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_settings->setAlternatingRowColors(true);
    m_settings->setSortingEnabled(true);

    auto *findingsSplitter = new QSplitter(Qt::Horizontal, m_tabs);
    findingsSplitter->setObjectName(QStringLiteral("findingsSplitter"));
    m_findingsProxy->setSourceModel(m_findingsModel);
    m_findingsProxy->setSortRole(FindingsModel::SortRole);
    m_findingsView = new QTableView(findingsSplitter);
    m_findingsView->setObjectName(QStringLiteral("findingsTableView"));
    m_findingsView->setModel(m_findingsProxy);
    m_findingsView->setSortingEnabled(true);
    m_findingsView->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->setColumnHidden(FindingsModel::DatastoreColumn, true);
    m_findingsView->horizontalHeader()->setStretchLastSection(true);
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::SeverityColumn,
                                                             QHeaderView::ResizeToContents);
    m_findingsView->horizontalHeader()->setSectionResizeMode(FindingsModel::RuleColumn, QHeaderView::ResizeToContents);
    auto *remedy = new QWidget(findingsSplitter);
    auto *remedyLayout = new QVBoxLayout(remedy);
    remedyLayout->setContentsMargins(6, 0, 0, 0);
    m_findingTitle = new QLabel(remedy);
    m_findingTitle->setObjectName(QStringLiteral("findingTitleLabel"));
    m_findingTitle->setWordWrap(true);
    QFont bold = m_findingTitle->font();
    bold.setBold(true);
    m_findingTitle->setFont(bold);
    m_findingEvidence = new QLabel(remedy);
    m_findingEvidence->setObjectName(QStringLiteral("findingEvidenceLabel"));
    m_findingEvidence->setWordWrap(true);
    m_findingEvidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remediationView = new CodeView(remedy);
    m_remediationView->setObjectName(QStringLiteral("remediationCodeView"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_findingTitle, 1);
    remedyLayout->addLayout(titleRow);
    remedyLayout->addWidget(m_findingEvidence);
    remedyLayout->addWidget(m_remediationView, 1);
    // Accepting a risk writes the policy file, never the cluster (docs/policy.md): a button under the fix and an entry
    // of the findings' context menu, both gone in auditor mode.
    m_acceptRiskAction = new QAction(this);
    m_acceptRiskAction->setObjectName(QStringLiteral("acceptRiskAction"));
    connect(m_acceptRiskAction, &QAction::triggered, this, [this] {
        if (const Audit::Finding *finding = currentFinding(); finding && !finding->isAccepted())
            emit acceptRiskRequested(*finding);
    });
    m_findingsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_findingsView->addAction(m_acceptRiskAction);
    // Beside the finding's title, not on a row of its own: the fleet table keeps its height on a small screen.
    m_acceptRiskButton = new QToolButton(remedy);
    m_acceptRiskButton->setObjectName(QStringLiteral("acceptRiskToolButton"));
    m_acceptRiskButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_acceptRiskButton->setAutoRaise(true);
    connect(m_acceptRiskButton, &QToolButton::clicked, m_acceptRiskAction, &QAction::trigger);
    titleRow->addWidget(m_acceptRiskButton, 0, Qt::AlignTop);
    findingsSplitter->setStretchFactor(0, 3);
    findingsSplitter->setStretchFactor(1, 2);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showFinding(current); });

    m_evidenceView = new CodeView(m_tabs);
    m_evidenceView->setObjectName(QStringLiteral("evidenceCodeView"));

    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_certificates, QString());
    m_tabs->addTab(m_settings, QString());
    m_tabs->addTab(findingsSplitter, QString());
    m_tabs->addTab(m_evidenceView, QString());
    m_logs = new LogsPane(m_tabs);
    m_tabs->addTab(m_logs, QString());
    m_events = new EventsPane(m_tabs);
    m_tabs->addTab(m_events, QString());
    m_stack->addWidget(page);

    retranslateUi();
    setRow(nullptr);
}

DetailPane::~DetailPane() = default;

void DetailPane::retranslateUi()
{
    m_placeholder->setText(tr("Select a datastore to see its certificates, settings, findings and evidence."));
    m_tabs->setTabText(OverviewTab, tr("Overview"));
    m_tabs->setTabText(CertificatesTab, tr("Certificates"));
    m_tabs->setTabText(SettingsTab, tr("Settings"));
    m_tabs->setTabText(FindingsTab, tr("Findings"));
    if (m_acceptRiskAction) {
        m_acceptRiskAction->setText(tr("&Accept Risk…"));
        m_acceptRiskAction->setToolTip(tr("Accept this finding in a policy file, with a justification, an approver and "
                                          "an expiry: it stays shown, as accepted, and costs no points until then"));
        m_acceptRiskButton->setText(tr("Accept Risk…"));
        m_acceptRiskButton->setToolTip(m_acceptRiskAction->toolTip());
    }
    m_tabs->setTabText(EvidenceTab, tr("Evidence"));
    m_tabs->setTabText(LogsTab, tr("Logs"));
    m_tabs->setTabText(EventsTab, tr("Events"));
    m_overview->setHeaderLabels({ tr("Fact"), tr("Value") });
    m_certificates->setHeaderLabels({ tr("Certificate"), tr("Value") });
    m_settings->setHorizontalHeaderLabels({ tr("Setting"), tr("Value") });
    if (m_row)
        setRow(&*m_row);
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DetailPane::setRow(const FleetRow *row)
{
    if (!row) {
        m_row.reset();
        m_name.clear();
        m_findingsModel->setFindings({});
        m_logs->setDatastore(QString(), {});
        m_events->setSubjects(QString(), {});
        m_stack->setCurrentIndex(0);
        return;
    }
    const FleetRow copy = *row; // @p row may be m_row itself
    const bool sameDatastore = m_name == copy.name;
    m_row = copy;
    m_name = copy.name;
    m_stack->setCurrentIndex(1);
    m_title->setText(copy.name);
    QStringList subtitle { FleetModel::kindName(copy.kind) };
    if (copy.report) {
        subtitle << copy.report->endpoint;
        if (copy.report->observedAt.isValid())
            subtitle << tr("observed %1")
                            .arg(QLocale().toString(copy.report->observedAt.toLocalTime(), QLocale::ShortFormat));
    } else if (copy.scanning) {
        subtitle << tr("probing…");
    }
    if (!copy.grade.isEmpty())
        subtitle << tr("grade %1").arg(copy.grade);
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));

    fillOverview(copy);
    fillCertificates(copy);
    fillSettings(copy);
    fillEvidence(copy);
    QStringList pods;
    if (copy.report && copy.report->k8s) {
        for (const Fleet::PodFacts &pod : copy.report->k8s->pods)
            pods << pod.name;
    }
    m_logs->setDatastore(copy.name, pods);
    QList<Session::EventSubject> subjects;
    for (const QString &pod : std::as_const(pods))
        subjects << Session::EventSubject { QStringLiteral("Pod"), pod };
    if (copy.report && copy.report->k8s && !copy.report->k8s->workloadName.isEmpty())
        subjects << Session::EventSubject { copy.report->k8s->workloadKind, copy.report->k8s->workloadName };
    m_events->setSubjects(copy.name, subjects);

    const QString selectedKey = m_findingsView->currentIndex().data(FindingsModel::KeyRole).toString();
    m_findingsModel->setFindings(copy.findingList);
    m_tabs->setTabText(FindingsTab, copy.acceptedFindings > 0
                                        ? tr("Findings (%1, %2 accepted)").arg(copy.findings).arg(copy.acceptedFindings)
                                        : tr("Findings (%1)").arg(copy.findings));
    QModelIndex select = m_findingsProxy->index(0, 0);
    if (sameDatastore) {
        for (int r = 0; r < m_findingsProxy->rowCount(); ++r) {
            if (m_findingsProxy->index(r, 0).data(FindingsModel::KeyRole).toString() == selectedKey)
                select = m_findingsProxy->index(r, 0);
        }
    }
    if (select.isValid())
        m_findingsView->setCurrentIndex(select);
    showFinding(select);
}

void DetailPane::fillOverview(const FleetRow &row)
{
    using S = StatusIcons::Status;
    m_overview->clear();
    auto status = [&row](int column) {
        switch (row.cellStatus.value(column, FleetRow::Status::Unknown)) {
        case FleetRow::Status::Good:
            return S::Good;
        case FleetRow::Status::Warning:
            return S::Warning;
        case FleetRow::Status::Bad:
            return S::Bad;
        case FleetRow::Status::Pending:
            return S::Pending;
        case FleetRow::Status::Unknown:
            break;
        }
        return S::Unknown;
    };

    if (!row.error.isEmpty()) {
        QTreeWidgetItem *errors = addGroup(m_overview, tr("Errors"));
        for (const QString &error : row.error.split(u'\n'))
            addFact(errors, tr("Error"), error, S::Bad);
    }

    QTreeWidgetItem *summary = addGroup(m_overview, tr("Posture"));
    addFact(summary, tr("TLS"), row.tls, status(FleetModel::TlsColumn));
    addFact(summary, tr("Authentication"), row.authentication, status(FleetModel::AuthenticationColumn));
    addFact(summary, tr("Audit logging"), row.auditLogging, status(FleetModel::AuditColumn));
    addFact(summary, tr("Persistence"), row.persistence, status(FleetModel::PersistenceColumn));
    if (row.gradeDetail) {
        const Audit::Grade &grade = *row.gradeDetail;
        addFact(summary, tr("Grade"),
                grade.score ? tr("%1 (%2 of 100)").arg(grade.letter).arg(*grade.score, 0, 'f', 1) : grade.letter,
                status(FleetModel::GradeColumn));
        addFact(summary, tr("Checks"),
                tr("%1 assessed, %2 not assessed, %3 not applicable")
                    .arg(grade.assessed)
                    .arg(grade.notAssessed)
                    .arg(grade.notApplicable));
    }

    if (!row.report)
        return;
    const Fleet::DatastoreReport &report = *row.report;
    // Whether the black-box observations (TLS versions, plaintext) were made now or reused, and why (#18).
    if (const auto &observations = report.observations) {
        const QString when = QLocale().toString(observations->observedAt.toLocalTime(), QLocale::ShortFormat);
        addFact(summary, tr("Observations"),
                observations->reused ? tr("reused from %1 (fingerprint unchanged)").arg(when)
                    : observations->reason.isEmpty() ? tr("made in this scan")
                                                     : tr("made in this scan: %1").arg(observations->reason));
    }
    if (report.k8s) {
        const Fleet::Datastore &k8s = *report.k8s;
        QTreeWidgetItem *kube = addGroup(m_overview, tr("Kubernetes"));
        addFact(kube, tr("Workload"), QStringLiteral("%1/%2").arg(k8s.workloadKind, k8s.workloadName));
        addFact(kube, tr("Image"), k8s.image);
        addFact(kube, tr("Pods"), row.podState, status(FleetModel::PodColumn));
        for (const Fleet::PodFacts &pod : k8s.pods)
            addFact(kube, QStringLiteral("  ") + pod.name,
                    tr("%1, %2, %n restart(s)", nullptr, pod.restarts)
                        .arg(pod.phase, pod.ready ? tr("ready") : tr("not ready")));
        addFact(kube, tr("Service"),
                k8s.serviceName.isEmpty() ? tr("none")
                                          : QStringLiteral("%1:%2").arg(k8s.serviceName).arg(k8s.servicePort));
        QTreeWidgetItem *storage = addGroup(m_overview, tr("Storage"));
        if (k8s.pvcs.isEmpty())
            addFact(storage, tr("PVC"), row.pvc, status(FleetModel::PvcColumn));
        for (const Fleet::PvcFacts &pvc : k8s.pvcs)
            addFact(storage, pvc.name,
                    tr("%1, %2, class %3, %4")
                        .arg(pvc.phase.isEmpty() ? tr("missing") : pvc.phase, pvc.capacity,
                             pvc.storageClass.isEmpty() ? tr("default") : pvc.storageClass, pvc.accessModes.join(u',')),
                    pvc.phase == u"Bound" ? S::Good : S::Bad);
        QTreeWidgetItem *secrets = addGroup(m_overview, tr("Secrets"));
        addFact(secrets, tr("TLS secret"), k8s.tlsSecretName.isEmpty() ? tr("none") : k8s.tlsSecretName);
        // Which Secret key each file the server reads comes from (the mount chain), or why it is not known.
        const auto chain = [](const Fleet::TlsFileSource &file) {
            if (file.resolved())
                return file.path.isEmpty() ? file.describe() : tr("%1 ← %2").arg(file.path, file.describe());
            return file.unknownReason.isEmpty() ? tr("not known") : tr("not known: %1").arg(file.unknownReason);
        };
        if (k8s.tlsMaterial.configured) {
            addFact(secrets, tr("Certificate file"), chain(k8s.tlsMaterial.certificate),
                    k8s.tlsMaterial.certificate.resolved() ? S::Good : S::Unknown);
            addFact(secrets, tr("Key file"), chain(k8s.tlsMaterial.key), k8s.tlsMaterial.key.resolved() ? S::Good : S::Unknown);
            addFact(secrets, tr("CA file"), chain(k8s.tlsMaterial.ca), k8s.tlsMaterial.ca.resolved() ? S::Good : S::Unknown);
        } else if (!k8s.tlsMaterial.unknownReason.isEmpty()) {
            addFact(secrets, tr("TLS files"), tr("not known: %1").arg(k8s.tlsMaterial.unknownReason), S::Unknown);
        }
        if (k8s.keyFileMode)
            addFact(secrets, tr("Key file mode"), QStringLiteral("%1").arg(*k8s.keyFileMode, 4, 8, QLatin1Char('0')),
                    (*k8s.keyFileMode & 0077) == 0 ? S::Good : S::Bad);
        addFact(secrets, tr("Credentials secret"),
                k8s.credentialsSecretName.isEmpty()
                    ? tr("none")
                    : QStringLiteral("%1 (%2)").arg(k8s.credentialsSecretName, k8s.passwordKey));
        if (k8s.password)
            addFact(secrets, tr("Password"),
                    tr("%n characters, %1 character classes", nullptr, k8s.password->length)
                        .arg(k8s.password->characterClasses),
                    k8s.password->length >= 32 ? S::Good : S::Warning);
        if (!k8s.clientsWithoutVerification.isEmpty()) {
            QTreeWidgetItem *clients = addGroup(m_overview, tr("Clients that do not verify TLS"));
            for (const Fleet::ClientSetting &client : k8s.clientsWithoutVerification)
                addFact(clients, client.workload, QStringLiteral("%1 (%2)").arg(client.setting, client.source),
                        S::Warning);
        }
    }
    if (report.tls) {
        const Probe::TlsReport &tls = *report.tls;
        QTreeWidgetItem *group = addGroup(m_overview, tr("TLS"));
        addFact(group, tr("Enabled"), tls.tlsEnabled ? tr("yes") : tr("no"), tls.tlsEnabled ? S::Good : S::Bad);
        for (const Probe::VersionResult &version : tls.versions) {
            const bool legacy
                = version.version == Probe::TlsVersion::Tls1_0 || version.version == Probe::TlsVersion::Tls1_1;
            QString state;
            std::optional<S> icon;
            switch (version.state) {
            case Probe::VersionState::Accepted:
                state = tr("accepted");
                icon = legacy ? S::Bad : S::Good;
                break;
            case Probe::VersionState::Refused:
                state = tr("refused");
                icon = legacy ? S::Good : S::Unknown;
                break;
            case Probe::VersionState::NotTestable:
                state = tr("not testable here");
                break;
            case Probe::VersionState::NotTried:
                state = tr("not tried");
                break;
            }
            addFact(group, Probe::tlsVersionName(version.version), state, icon);
        }
        if (!tls.cipher.isEmpty())
            addFact(group, tr("Cipher"), QStringLiteral("%1 (%2)").arg(tls.cipher, tls.negotiatedProtocol));
        addFact(group, tr("Verified"), tls.verified ? tr("yes, as %1").arg(tls.serverName) : tls.verifyError,
                tls.verified ? S::Good : S::Bad);
        if (tls.plaintextAccepted)
            addFact(group, tr("Plaintext"), *tls.plaintextAccepted ? tr("accepted") : tr("refused"),
                    *tls.plaintextAccepted ? S::Bad : S::Good);
    }
    if (!report.unknown.isEmpty()) {
        QTreeWidgetItem *unknown = addGroup(m_overview, tr("Not known"));
        for (auto it = report.unknown.constBegin(); it != report.unknown.constEnd(); ++it)
            addFact(unknown, it.key(), it.value(), S::Unknown);
    }
}

void DetailPane::fillCertificates(const FleetRow &row)
{
    m_certificates->clear();
    auto addCertificate
        = [this](QTreeWidgetItem *parent, const Probe::CertificateInfo &certificate, const QString &role) {
              auto *item = new QTreeWidgetItem(parent, { role, certificate.subject });
              const StatusIcons::Status status = certificate.daysLeft < 0 ? StatusIcons::Status::Bad
                  : certificate.daysLeft < 90                             ? StatusIcons::Status::Warning
                                                                          : StatusIcons::Status::Good;
              item->setIcon(0, StatusIcons::statusIcon(status));
              item->setExpanded(true);
              addFact(item, tr("Issuer"), certificate.issuer);
              if (!certificate.sans.isEmpty())
                  addFact(item, tr("Names (SAN)"), certificate.sans.join(QStringLiteral(", ")));
              addFact(item, tr("Valid"),
                      tr("%1 to %2")
                          .arg(QLocale().toString(certificate.notBefore.toLocalTime().date(), QLocale::ShortFormat),
                               QLocale().toString(certificate.notAfter.toLocalTime().date(), QLocale::ShortFormat)));
              addFact(item, tr("Days left"),
                      certificate.daysLeft < 0 ? tr("expired %n day(s) ago", nullptr, -certificate.daysLeft)
                                               : tr("%n day(s)", nullptr, certificate.daysLeft),
                      status);
              addFact(item, tr("Key"),
                      certificate.keyCurve.isEmpty()
                          ? QStringLiteral("%1 %2").arg(certificate.keyType).arg(certificate.keyBits)
                          : QStringLiteral("%1 %2").arg(certificate.keyType, certificate.keyCurve));
              addFact(item, tr("Signature"), certificate.signatureAlgorithm);
              addFact(item, tr("SHA-256"), certificate.sha256Fingerprint);
              item->setExpanded(false);
              return item;
          };
    if (!row.report) {
        addGroup(m_certificates, tr("No certificate observed yet"));
        return;
    }
    const Fleet::DatastoreReport &report = *row.report;
    QList<Probe::CertificateInfo> served;
    if (report.tls)
        served = report.tls->chain;
    if (served.isEmpty() && report.postgres)
        served = report.postgres->chain;
    if (served.isEmpty() && report.redis)
        served = report.redis->chain;
    QTreeWidgetItem *servedGroup = addGroup(m_certificates, tr("Served by the server"));
    if (served.isEmpty())
        addFact(servedGroup, tr("none"), tr("The server presented no certificate"), StatusIcons::Status::Unknown);
    for (qsizetype i = 0; i < served.size(); ++i)
        addCertificate(servedGroup, served.at(i), i == 0 ? tr("Leaf") : tr("Chain #%1").arg(i))->setExpanded(i == 0);

    if (!report.k8s)
        return;
    const Fleet::Datastore &k8s = *report.k8s;
    QTreeWidgetItem *storedGroup = addGroup(
        m_certificates,
        k8s.tlsSecretName.isEmpty() ? tr("No TLS secret mounted") : tr("Stored in secret %1").arg(k8s.tlsSecretName));
    const QList<Probe::CertificateInfo> stored = Probe::parseCertificates(k8s.tlsSecretCertificatePem);
    for (qsizetype i = 0; i < stored.size(); ++i) {
        QTreeWidgetItem *item
            = addCertificate(storedGroup, stored.at(i), i == 0 ? tr("Certificate") : tr("Chain #%1").arg(i));
        if (i == 0 && !served.isEmpty()) {
            const bool same = stored.at(0).sha256Fingerprint == served.constFirst().sha256Fingerprint;
            addFact(item, tr("Matches the served one"),
                    same ? tr("yes") : tr("no: the server has not loaded the certificate in the secret"),
                    same ? StatusIcons::Status::Good : StatusIcons::Status::Warning);
        }
    }
    for (const Probe::CertificateInfo &ca : Probe::parseCertificates(k8s.tlsSecretCaPem))
        addCertificate(storedGroup, ca, tr("CA"));
    fillTlsMaterial(k8s.tlsMaterial);
}

void DetailPane::fillTlsMaterial(const Fleet::TlsMaterial &material)
{
    // The chain from the file the server reads to the Secret key it comes from (#15): what a renewal must patch.
    QTreeWidgetItem *group = addGroup(m_certificates, tr("Where the server's files come from"));
    if (!material.configured) {
        addFact(group, tr("unknown"),
                material.unknownReason.isEmpty() ? tr("Nothing Proofer can read names the server's TLS files")
                                                 : material.unknownReason,
                StatusIcons::Status::Unknown);
        return;
    }
    const std::pair<QString, const Fleet::TlsFileSource *> files[] = {
        { tr("Certificate"), &material.certificate }, { tr("Key"), &material.key }, { tr("CA"), &material.ca }
    };
    for (const auto &[role, file] : files) {
        if (file->path.isEmpty() && file->unknownReason.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(group, { role, file->path.isEmpty() ? tr("not configured") : file->path });
        item->setIcon(0, StatusIcons::statusIcon(file->resolved() ? StatusIcons::Status::Good
                                                                  : StatusIcons::Status::Unknown));
        item->setExpanded(true);
        addFact(item, tr("From"), file->resolved() ? file->describe() : file->unknownReason,
                file->resolved() ? StatusIcons::Status::Good : StatusIcons::Status::Unknown);
        if (!file->copiedBy.isEmpty())
            addFact(item, tr("Copied by"), tr("init container %1").arg(file->copiedBy));
        if (file->mode)
            addFact(item, tr("Mode"),
                    QStringLiteral("%1 (%2)").arg(QString::number(*file->mode, 8).rightJustified(4, u'0'),
                                                  file->modeSource));
        else if (!file->modeUnknownReason.isEmpty())
            addFact(item, tr("Mode"), file->modeUnknownReason, StatusIcons::Status::Unknown);
        if (!file->configuredBy.isEmpty())
            addFact(item, tr("Configured by"), file->configuredBy);
    }
}

void DetailPane::fillSettings(const FleetRow &row)
{
    m_settings->setSortingEnabled(false);
    m_settings->clearContents();
    const QMap<QString, QString> settings = row.report ? row.report->settings() : QMap<QString, QString>();
    m_settings->setRowCount(int(settings.size()));
    int r = 0;
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it, ++r) {
        m_settings->setItem(r, 0, new QTableWidgetItem(it.key()));
        m_settings->setItem(r, 1, new QTableWidgetItem(it.value()));
    }
    m_settings->setSortingEnabled(true);
    m_settings->resizeColumnToContents(0);
}

void DetailPane::fillEvidence(const FleetRow &row)
{
    if (!row.report) {
        m_evidenceView->setCode(QString(), CodeView::Language::PlainText);
        return;
    }
    QJsonObject json = row.report->toJson();
    if (row.gradeDetail)
        json.insert(QStringLiteral("grade"), row.gradeDetail->toJson());
    if (!row.findingList.isEmpty())
        json.insert(QStringLiteral("findings"), Audit::Finding::toJson(row.findingList));
    const int scroll = m_evidenceView->verticalScrollBar() ? m_evidenceView->verticalScrollBar()->value() : 0;
    m_evidenceView->setCode(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)),
                            CodeView::Language::Yaml);
    m_evidenceView->verticalScrollBar()->setValue(scroll);
}

const Audit::Finding *DetailPane::currentFinding() const
{
    const QModelIndex current = m_findingsView->currentIndex();
    return current.isValid() ? m_findingsModel->finding(m_findingsProxy->mapToSource(current).row()) : nullptr;
}

void DetailPane::lockReadOnly()
{
    delete m_acceptRiskButton;
    m_acceptRiskButton = nullptr;
    delete m_acceptRiskAction;
    m_acceptRiskAction = nullptr;
}

void DetailPane::showFinding(const QModelIndex &proxyIndex)
{
    const Audit::Finding *finding
        = proxyIndex.isValid() ? m_findingsModel->finding(m_findingsProxy->mapToSource(proxyIndex).row()) : nullptr;
    if (m_acceptRiskAction) {
        m_acceptRiskAction->setEnabled(finding && !finding->isAccepted());
        m_acceptRiskButton->setEnabled(m_acceptRiskAction->isEnabled());
    }
    if (!finding) {
        m_findingTitle->setText(m_row && m_row->findingList.isEmpty() && m_row->gradeDetail ? tr("No findings.")
                                                                                            : QString());
        m_findingEvidence->clear();
        m_remediationView->setCode(QString(), CodeView::Language::PlainText);
        return;
    }
    m_findingTitle->setText(QStringLiteral("%1 · %2 · %3")
                                .arg(FleetModel::severityText(finding->severity), finding->ruleId, finding->title));
    QStringList evidence = finding->evidence;
    if (finding->acceptance)
        evidence << finding->acceptance->describe();
    m_findingEvidence->setText(evidence.join(u'\n'));
    const QString remediation = finding->remediation;
    const CodeView::Language language = BuiltinHighlighter::Language::Shell;
    m_remediationView->setCode(remediation, language);
}
