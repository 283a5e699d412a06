// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventspane.h"

#include "statusicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

bool sameSubjects(const QList<Session::EventSubject> &a, const QList<Session::EventSubject> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const auto &x, const auto &y) { return x.kind == y.kind && x.name == y.name; });
}

} // namespace

EventsPane::EventsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("eventsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("eventsStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshEventsToolButton"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_refresh, &QToolButton::clicked, this, &EventsPane::refresh);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_refresh);
    layout->addLayout(bar);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("eventsTreeWidget"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setColumnCount(5);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    retranslateUi();
}

EventsPane::~EventsPane() = default;

void EventsPane::retranslateUi()
{
    m_tree->setHeaderLabels({ tr("Last seen"), tr("Type"), tr("Reason"), tr("Object"), tr("Message") });
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the events again"));
}

void EventsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EventsPane::setSource(const Session::EventSource &source)
{
    if (source == m_source)
        return;
    m_source = source;
    m_stale = true;
    if (isVisible())
        refresh();
}

void EventsPane::setSubjects(const QString &datastore, const QList<Session::EventSubject> &subjects)
{
    if (datastore == m_datastore && sameSubjects(subjects, m_subjects))
        return;
    m_datastore = datastore;
    m_subjects = subjects;
    m_stale = true;
    m_read = false;
    m_events.clear();
    m_tree->clear();
    m_status->clear();
    if (isVisible())
        refresh();
}

void EventsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void EventsPane::refresh()
{
    delete m_run; // a read still in flight is superseded
    m_stale = false;
    if (m_subjects.isEmpty()) {
        m_status->setText(m_datastore.isEmpty() ? QString() : tr("No pod or workload to read events of"));
        return;
    }
    if (!m_source.isValid()) {
        m_status->setText(tr("Events are read from a cluster: this scan has none"));
        return;
    }
    m_status->setText(tr("Reading events…"));
    m_run = new QObject(this);
    m_source.read(m_subjects).then(m_run.data(), [this](const Session::EventsRead &read) {
        m_run->deleteLater();
        display(read);
    });
}

void EventsPane::display(const Session::EventsRead &read)
{
    m_read = true;
    m_events = read.events;
    m_tree->clear();
    // Newest first, as an on-call engineer reads them.
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        const Session::EventRecord &e = *it;
        QString when = e.lastSeen.isValid() ? QLocale().toString(e.lastSeen.toLocalTime(), QLocale::ShortFormat)
                                            : QString();
        if (e.count > 1)
            when = tr("%1 (×%2)").arg(when).arg(e.count);
        auto *item = new QTreeWidgetItem(m_tree, { when, e.type, e.reason, e.object, e.message });
        item->setToolTip(4, e.message);
        if (e.type == u"Warning") {
            item->setIcon(1, StatusIcons::statusIcon(StatusIcons::Status::Warning));
            item->setForeground(2, StatusIcons::statusColor(StatusIcons::Status::Warning));
        }
    }
    if (!read.error.isEmpty())
        m_status->setText(tr("Events could not be read: %1").arg(read.error));
    else
        m_status->setText(m_events.isEmpty() ? tr("No events (the cluster keeps them about an hour)")
                                             : tr("%n event(s)", nullptr, int(m_events.size())));
}
