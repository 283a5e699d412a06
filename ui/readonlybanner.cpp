// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlybanner.h"

#include "statusicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("readOnlyBannerFrame"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette banner = palette();
    QColor color = StatusIcons::statusColor(StatusIcons::Status::Warning);
    color.setAlphaF(0.18);
    banner.setColor(QPalette::Window, color);
    setPalette(banner);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *icon = new QLabel(this);
    icon->setPixmap(StatusIcons::statusIcon(StatusIcons::Status::Warning).pixmap(18, 18));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("readOnlyBannerLabel"));
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    setVisible(false);
    retranslateUi();
}

void ReadOnlyBanner::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    setVisible(true);
    emit locked();
}

void ReadOnlyBanner::retranslateUi()
{
    m_text->setText(tr("Read-only: nothing in this window can change the cluster"));
    setToolTip(tr("Auditor mode: the operations that patch Secrets, restart workloads, back up or restore are not "
                  "offered, and secrets are never shown. It lasts until Proofer is closed."));
}

void ReadOnlyBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}
