// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleettable.h"

#include "fleetfiltermodel.h"
#include "fleetmodel.h"
#include "statusicons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

FleetTable::FleetTable(FleetFilterModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setText(text);
        restoreSelection();
    });
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilterComboBox"));
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant kind = m_kindFilter->itemData(index);
        m_model->setKind(kind.isValid() ? std::optional<FleetRow::Kind>(FleetRow::Kind(kind.toInt())) : std::nullopt);
    });
    m_severityFilter = new QComboBox(this);
    m_severityFilter->setObjectName(QStringLiteral("severityFilterComboBox"));
    connect(m_severityFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant severity = m_severityFilter->itemData(index);
        m_model->setMinimumSeverity(severity.isValid() ? std::optional<Audit::Severity>(Audit::Severity(severity.toInt()))
                                                       : std::nullopt);
    });
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_severityFilter);
    layout->addLayout(filters);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("fleetTableView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FleetModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // "TLSv1.3 · verified" keeps both ends
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Compact rows: the reference fleet's 15 datastores fit a 1024×700 screen.
    m_view->verticalHeader()->setMinimumSectionSize(m_view->fontMetrics().height() + 4);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    const int widths[FleetModel::ColumnCount] = { 9, 13, 9, 13, 8, 8, 15, 9, 8, 6, 5 };
    for (int column = 0; column < FleetModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, widths[column] * em);
    // The verdict first: Findings and Grade right after the name, visible however narrow the window.
    m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(FleetModel::FindingsColumn),
                                            FleetModel::NameColumn + 1);
    m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(FleetModel::GradeColumn),
                                            FleetModel::NameColumn + 2);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const QString name = currentDatastore(); !name.isEmpty())
            m_selected = name;
        emit currentDatastoreChanged();
    });
    layout->addWidget(m_view, 1);

    // The empty state sits inside the table's viewport, under the headers, so the columns stay visible.
    m_emptyState = new QWidget(m_view->viewport());
    m_emptyState->setObjectName(QStringLiteral("emptyStateWidget"));
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch();
    auto *icon = new QLabel(m_emptyState);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/proofer.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(icon);
    m_emptyTitle = new QLabel(m_emptyState);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitleLabel"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    emptyLayout->addWidget(m_emptyTitle);
    m_emptyText = new QLabel(m_emptyState);
    m_emptyText->setObjectName(QStringLiteral("emptyTextLabel"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::RichText);
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    emptyLayout->addWidget(m_emptyText);
    auto *demoButtons = new QHBoxLayout;
    demoButtons->addStretch();
    m_startDemoButton = new QPushButton(m_emptyState);
    m_startDemoButton->setObjectName(QStringLiteral("startDemoButton"));
    connect(m_startDemoButton, &QPushButton::clicked, this, &FleetTable::startDemoRequested);
    m_cancelDemoButton = new QPushButton(m_emptyState);
    m_cancelDemoButton->setObjectName(QStringLiteral("cancelDemoPushButton"));
    connect(m_cancelDemoButton, &QPushButton::clicked, this, &FleetTable::cancelDemoRequested);
    demoButtons->addWidget(m_startDemoButton);
    demoButtons->addWidget(m_cancelDemoButton);
    demoButtons->addStretch();
    emptyLayout->addLayout(demoButtons);
    // The demo's progress, or why it stopped (its last stderr lines): inline, never a dialog.
    m_demoStatusLabel = new QLabel(m_emptyState);
    m_demoStatusLabel->setObjectName(QStringLiteral("demoStatusLabel"));
    m_demoStatusLabel->setAlignment(Qt::AlignCenter);
    m_demoStatusLabel->setWordWrap(true);
    m_demoStatusLabel->setTextFormat(Qt::PlainText);
    m_demoStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    emptyLayout->addWidget(m_demoStatusLabel);
    emptyLayout->addStretch();
    // A pod that fails says why (CrashLoopBackOff · exit 137 Error): its column widens rather than elide that.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        const int before = m_view->columnWidth(FleetModel::PodColumn);
        m_view->resizeColumnToContents(FleetModel::PodColumn);
        if (m_view->columnWidth(FleetModel::PodColumn) < before)
            m_view->setColumnWidth(FleetModel::PodColumn, before);
    });
    // A filter that leaves nothing says so, in the table, where the rows were.
    m_noMatchLabel = new QLabel(m_view->viewport());
    m_noMatchLabel->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatchLabel->setAlignment(Qt::AlignCenter);
    m_noMatchLabel->setWordWrap(true);
    m_noMatchLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noMatchLabel->setVisible(false);
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &FleetTable::updateNoMatch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FleetTable::updateNoMatch);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &FleetTable::updateNoMatch);
    m_view->viewport()->installEventFilter(this);
    retranslateUi();
}

void FleetTable::updateNoMatch()
{
    const bool none = m_model->rowCount() == 0 && m_model->sourceModel() && m_model->sourceModel()->rowCount() > 0;
    m_noMatchLabel->setText(tr("No datastore matches “%1”").arg(m_model->text()));
    m_noMatchLabel->setGeometry(m_view->viewport()->rect());
    m_noMatchLabel->setVisible(none);
}

void FleetTable::restoreSelection()
{
    updateNoMatch();
    if (m_view->currentIndex().isValid() || m_selected.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, FleetModel::NameColumn);
        if (index.data(FleetModel::NameRole).toString() == m_selected) {
            m_view->setCurrentIndex(index);
            m_view->selectRow(row);
            return;
        }
    }
}

QString FleetTable::currentDatastore() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(FleetModel::NameRole).toString() : QString();
}

void FleetTable::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void FleetTable::fitColumns()
{
    m_view->resizeColumnsToContents();
    const int widest = m_view->fontMetrics().horizontalAdvance(u'M') * 14;
    for (int column = 0; column < FleetModel::ColumnCount; ++column) {
        if (column != FleetModel::NameColumn && m_view->columnWidth(column) > widest)
            m_view->setColumnWidth(column, widest); // long texts elide; the tooltip has them whole
    }
}

void FleetTable::setEmptyState(bool visible, const QString &title, const QString &text)
{
    m_emptyTitle->setText(title);
    m_emptyText->setText(text);
    m_emptyState->setGeometry(m_view->viewport()->rect());
    m_emptyState->setVisible(visible);
}

void FleetTable::setEmptyText(const QString &text)
{
    m_emptyText->setText(text);
}

void FleetTable::setDemoControls(bool offerStart, bool offerCancel, const QString &status)
{
    m_startDemoButton->setVisible(offerStart);
    m_cancelDemoButton->setVisible(offerCancel);
    m_demoStatusLabel->setText(status);
    m_demoStatusLabel->setVisible(!status.isEmpty());
}

bool FleetTable::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        m_emptyState->setGeometry(m_view->viewport()->rect());
        m_noMatchLabel->setGeometry(m_view->viewport()->rect());
    }
    return QWidget::eventFilter(watched, event);
}

void FleetTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FleetTable::retranslateUi()
{
    m_startDemoButton->setText(tr("Start the Demo Fleet"));
    m_cancelDemoButton->setText(tr("Cancel"));
    m_filterEdit->setPlaceholderText(tr("Filter datastores by name, kind or state"));
    const int kind = m_kindFilter->currentIndex();
    {
        const QSignalBlocker blocker(m_kindFilter);
        m_kindFilter->clear();
        m_kindFilter->addItem(tr("All kinds"));
        m_kindFilter->addItem(StatusIcons::kindIcon(StatusIcons::Shape::Database), QStringLiteral("PostgreSQL"),
                              int(FleetRow::Kind::PostgreSQL));
        m_kindFilter->addItem(StatusIcons::kindIcon(StatusIcons::Shape::KeyValue), QStringLiteral("Redis"),
                              int(FleetRow::Kind::Redis));
        m_kindFilter->addItem(StatusIcons::kindIcon(StatusIcons::Shape::Broker), QStringLiteral("RabbitMQ"),
                              int(FleetRow::Kind::RabbitMQ));
        m_kindFilter->setCurrentIndex(qMax(kind, 0));
    }
    const int severity = m_severityFilter->currentIndex();
    {
        const QSignalBlocker blocker(m_severityFilter);
        m_severityFilter->clear();
        m_severityFilter->addItem(tr("Any findings"));
        m_severityFilter->addItem(StatusIcons::statusIcon(StatusIcons::Status::Bad), tr("Critical findings"),
                                  int(Audit::Severity::Critical));
        m_severityFilter->addItem(StatusIcons::statusIcon(StatusIcons::Status::Bad), tr("High or worse"),
                                  int(Audit::Severity::High));
        m_severityFilter->addItem(StatusIcons::statusIcon(StatusIcons::Status::Warning), tr("Medium or worse"),
                                  int(Audit::Severity::Medium));
        m_severityFilter->addItem(StatusIcons::statusIcon(StatusIcons::Status::Warning), tr("Low or worse"),
                                  int(Audit::Severity::Low));
        m_severityFilter->setCurrentIndex(qMax(severity, 0));
    }
}
