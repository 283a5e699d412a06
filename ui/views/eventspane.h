// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/eventsource.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;

/**
 * The Kubernetes events of the selected datastore's pods and workload (kubectl describe's Events: Scheduled, Started,
 * BackOff, Killing…), newest first, warnings marked. Reads only when shown, again on Refresh or another datastore.
 * Allowed in auditor mode: it only reads.
 */
class EventsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsPane)

public:
    explicit EventsPane(QWidget *parent = nullptr);
    ~EventsPane() override;

    /** Where to read events (not valid: none, e.g. a targets file). */
    void setSource(const Session::EventSource &source);
    /** The objects whose events to show (the datastore's pods, its workload); reads again when they changed. */
    void setSubjects(const QString &datastore, const QList<Session::EventSubject> &subjects);
    /** Reads again now (when shown). */
    void refresh();

    QTreeWidget *tree() const { return m_tree; }
    /** The events shown, after the last read (empty before one). */
    const QList<Session::EventRecord> &events() const { return m_events; }
    /** A read finished since the subjects were set. */
    bool isRead() const { return m_read; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void display(const Session::EventsRead &read);

    Session::EventSource m_source;
    QString m_datastore;
    QList<Session::EventSubject> m_subjects;
    QList<Session::EventRecord> m_events;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_refresh = nullptr;
    QPointer<QObject> m_run; ///< the read in flight: deleted when superseded, its continuation dies with it
    bool m_read = false;
    bool m_stale = true; ///< the subjects or source changed since the last read
};
