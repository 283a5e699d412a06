// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeWidget;

/** Help ▸ About Proofer: version, purpose, and the library versions it runs with (for bug reports). */
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /** The text "Copy" puts on the clipboard: version and libraries, one per line. */
    QString versionReport() const;

private:
    QTreeWidget *m_libraries = nullptr;
};
