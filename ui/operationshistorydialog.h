// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QThreadPool>

class OperationsHistoryModel;
class QLabel;
class QPushButton;
class QTableView;

/**
 * Operations ▸ Operations History: every operation performed, from the journals the operations write (kind,
 * datastores, started, ended, outcome), with Export… of the selected journal and Export All… into one JSON file.
 * Journals hold no secret, so nothing here can show one. Reads and writes run off the GUI thread.
 */
class OperationsHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationsHistoryDialog)

public:
    /** Lists the journals of @p directory (the operations' own when empty). */
    explicit OperationsHistoryDialog(const QString &directory = {}, QWidget *parent = nullptr);
    ~OperationsHistoryDialog() override;

    OperationsHistoryModel *model() const { return m_model; }
    /** The journals were listed (the list may be empty). */
    bool isLoaded() const { return m_loaded; }
    /** Writes the selected journal (@p all: every journal listed) to @p file; exported() follows. */
    void exportTo(const QString &file, bool all);

signals:
    /** An export ended: @p error is empty when @p file was written. */
    void exported(const QString &file, const QString &error);

private:
    void chooseFile(bool all);
    void updateButtons();

    QString m_directory;
    OperationsHistoryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_exportAll = nullptr;
    QThreadPool m_pool;
    bool m_loaded = false;
};
