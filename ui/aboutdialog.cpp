// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "application.h"

#include "core/versioninfo.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTreeWidget>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    Ui::initResources();
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Proofer"));

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/proofer.svg")).pixmap(64, 64));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitleLabel"));
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    title->setText(QStringLiteral("<h2>Proofer %1</h2><p>%2</p>")
                       .arg(Core::applicationVersion().toHtmlEscaped(),
                            tr("Security console for the PostgreSQL, Redis and RabbitMQ datastores of a "
                               "Kubernetes namespace: TLS, certificates, storage, authentication, audit "
                               "logging, a grade and a compliance matrix.")
                                .toHtmlEscaped()));
    header->addWidget(title, 1);
    layout->addLayout(header);

    auto *librariesLabel = new QLabel(tr("Runs with:"), this);
    layout->addWidget(librariesLabel);
    m_libraries = new QTreeWidget(this);
    m_libraries->setObjectName(QStringLiteral("librariesTreeWidget"));
    m_libraries->setRootIsDecorated(false);
    m_libraries->setHeaderLabels({tr("Library"), tr("Version")});
    for (const Core::LibraryVersion &library : Core::libraryVersions())
        new QTreeWidgetItem(m_libraries, {library.name, library.version});
    m_libraries->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_libraries);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionsButton"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 420);
}

QString AboutDialog::versionReport() const
{
    QString report = QStringLiteral("Proofer %1 (%2)\n").arg(Core::applicationVersion(), QSysInfo::prettyProductName());
    for (const Core::LibraryVersion &library : Core::libraryVersions())
        report += QStringLiteral("%1 %2\n").arg(library.name, library.version);
    return report;
}
