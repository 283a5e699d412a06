// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class FleetFilterModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

/**
 * The fleet table and its filter bar (text, kind, worst severity), with the empty state drawn inside the table's
 * viewport under the headers (so the columns stay visible): a title, a line of guidance and, where it helps, the
 * demo fleet's Start and Cancel buttons and its progress. What the empty state says is the window's to decide.
 */
class FleetTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTable)

public:
    FleetTable(FleetFilterModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /** The datastore of the current row (empty: none). */
    QString currentDatastore() const;
    /** Ctrl+F: the filter takes the focus, its text selected. */
    void focusFilter();
    /** Fits the columns to their contents once, none wider than 12 em (long texts elide; tooltips have them). */
    void fitColumns();

    /** The empty state: shown when @p visible (no rows); @p text is rich text. */
    void setEmptyState(bool visible, const QString &title, const QString &text);
    /** Replaces the empty state's guidance line only (a sign-in that takes a while says so there). */
    void setEmptyText(const QString &text);
    /** The demo fleet's buttons and its progress (or why it failed) under the empty state's text. */
    void setDemoControls(bool offerStart, bool offerCancel, const QString &status);

signals:
    void currentDatastoreChanged();
    void startDemoRequested();
    void cancelDemoRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateNoMatch();
    /** The filter changed: the datastore selected before comes back selected once it is shown again. */
    void restoreSelection();

    FleetFilterModel *m_model;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_severityFilter = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_startDemoButton = nullptr;
    QPushButton *m_cancelDemoButton = nullptr;
    QLabel *m_demoStatusLabel = nullptr;
    QLabel *m_noMatchLabel = nullptr;
    QString m_selected; ///< the last datastore selected, kept while a filter hides it
};
