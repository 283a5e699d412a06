// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"

#include "statusicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("kubeconfigErrorFrame"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette banner = palette();
    QColor color = StatusIcons::statusColor(StatusIcons::Status::Bad);
    color.setAlphaF(0.14);
    banner.setColor(QPalette::Window, color);
    setPalette(banner);
    auto *layout = new QHBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(StatusIcons::statusIcon(StatusIcons::Status::Bad).pixmap(20, 20));
    icon->setAlignment(Qt::AlignTop);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("kubeconfigErrorLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openKubeconfigPushButton"));
    connect(m_openButton, &QPushButton::clicked, this, &ErrorBanner::openKubeconfigRequested);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_openButton, 0, Qt::AlignTop);
    setVisible(false);
    retranslateUi();
}

void ErrorBanner::showMessage(const QString &message)
{
    m_label->setText(message);
    setVisible(true);
}

void ErrorBanner::clear()
{
    setVisible(false);
    m_label->clear();
}

void ErrorBanner::retranslateUi()
{
    m_openButton->setText(tr("Open Kubeconfig…"));
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}
