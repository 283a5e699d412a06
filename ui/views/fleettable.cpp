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
    connect(m_filterEdit, &QLineEdit::textChanged, m_model, &FleetFilterModel::setText);
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
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    const int widths[FleetModel::ColumnCount] = { 9, 13, 9, 13, 8, 8, 15, 9, 8, 6, 5 };
    for (int column = 0; column < FleetModel::ColumnCount; ++column)
        m_view->setColumnWidth(column, widths[column] * em);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FleetTable::currentDatastoreChanged);
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
    m_view->viewport()->installEventFilter(this);
    retranslateUi();
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
    const int widest = m_view->fontMetrics().horizontalAdvance(u'M') * 12;
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
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyState->setGeometry(m_view->viewport()->rect());
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
