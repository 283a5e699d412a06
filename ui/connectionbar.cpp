// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionbar.h"

#include "session/fleetsession.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QUrl>

namespace {

QString contextSettingsKey(const QString &context)
{
    return QStringLiteral("Contexts/%1/namespace").arg(QString::fromLatin1(QUrl::toPercentEncoding(context)));
}

} // namespace

ConnectionBar::ConnectionBar(Session::FleetSession *session, QWidget *parent)
    : QToolBar(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_contextLabel = new QLabel(this);
    m_contextLabel->setObjectName(QStringLiteral("contextLabel"));
    m_contextCombo = new QComboBox(this);
    m_contextCombo->setObjectName(QStringLiteral("contextComboBox"));
    m_contextCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_contextCombo->setMinimumContentsLength(16);
    m_contextLabel->setBuddy(m_contextCombo);
    connect(m_contextCombo, &QComboBox::activated, this, &ConnectionBar::onContextActivated);

    m_namespaceLabel = new QLabel(this);
    m_namespaceLabel->setObjectName(QStringLiteral("namespaceLabel"));
    m_namespaceCombo = new QComboBox(this);
    m_namespaceCombo->setObjectName(QStringLiteral("namespaceComboBox"));
    m_namespaceCombo->setEditable(true);
    m_namespaceCombo->setInsertPolicy(QComboBox::NoInsert);
    m_namespaceCombo->setMinimumContentsLength(18);
    m_namespaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_namespaceLabel->setBuddy(m_namespaceCombo);
    connect(m_namespaceCombo, &QComboBox::activated, this, [this](int) { onNamespaceChosen(); });
    connect(m_namespaceCombo->lineEdit(), &QLineEdit::returnPressed, this, &ConnectionBar::onNamespaceChosen);

    addWidget(m_contextLabel);
    addWidget(m_contextCombo);
    addSeparator();
    addWidget(m_namespaceLabel);
    addWidget(m_namespaceCombo);
    addSeparator();

    // The namespace picker: filled when the user may list namespaces, left editable otherwise.
    connect(session, &Session::FleetSession::namespacesListed, this, [this](const QStringList &names) {
        const QString current = m_namespaceCombo->currentText();
        const QSignalBlocker blocker(m_namespaceCombo);
        m_namespaceCombo->clear();
        m_namespaceCombo->addItems(names);
        m_namespaceCombo->setCurrentText(current);
    });
    retranslateUi();
}

void ConnectionBar::retranslateUi()
{
    setWindowTitle(tr("Connection"));
    m_contextLabel->setText(tr("&Context:"));
    m_namespaceLabel->setText(tr("&Namespace:"));
    m_namespaceCombo->lineEdit()->setPlaceholderText(tr("namespace"));
}

void ConnectionBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolBar::changeEvent(event);
}

void ConnectionBar::setChoosable(bool choosable)
{
    m_contextCombo->setEnabled(choosable);
    m_namespaceCombo->setEnabled(choosable);
}

ConnectionBar::Loaded ConnectionBar::loadKubeconfig(const QString &path, QString *error)
{
    m_currentContext.clear();
    const QSignalBlocker blocker(m_contextCombo);
    m_contextCombo->clear();
    const Session::FleetSession::KubeconfigChoice choice = m_session->loadKubeconfig(path);
    if (!choice.found)
        return Loaded::Missing;
    if (!choice.error.isEmpty()) {
        *error = choice.error;
        return Loaded::Failed;
    }
    m_currentContext = choice.currentContext;
    for (const QString &context : choice.contexts) {
        m_contextCombo->addItem(context, context);
        m_contextCombo->setItemData(m_contextCombo->count() - 1,
                                    tr("%1\nfrom %2").arg(context, choice.contextFiles.value(context)), Qt::ToolTipRole);
    }
    return Loaded::Ok;
}

void ConnectionBar::connectToContext(const QString &context, const QString &namespaceName)
{
    if (m_currentContext.isEmpty())
        return; // no kubeconfig loaded
    const int index = m_contextCombo->findData(context);
    {
        const QSignalBlocker blocker(m_contextCombo);
        m_contextCombo->setCurrentIndex(index);
    }
    if (index >= 0)
        m_contextCombo->setToolTip(m_contextCombo->itemData(index, Qt::ToolTipRole).toString());
    const Session::FleetSession::ContextChoice resolved = m_session->resolveContext(context);
    if (!resolved.error.isEmpty()) {
        m_session->disconnectFromCluster();
        emit failed(tr("error: %1").arg(resolved.error));
        return;
    }
    QSettings settings;
    QString ns = namespaceName;
    if (ns.isEmpty())
        ns = settings.value(contextSettingsKey(resolved.name)).toString();
    if (ns.isEmpty())
        ns = resolved.defaultNamespace;
    {
        const QSignalBlocker blocker(m_namespaceCombo);
        m_namespaceCombo->clear();
        m_namespaceCombo->setEditText(ns);
    }
    settings.setValue(contextSettingsKey(resolved.name), ns);
    emit connecting();
    m_session->connectToContext(context, ns);
    emit connectingWith(resolved.warnings);
}

void ConnectionBar::connectToChosen()
{
    if (m_currentContext.isEmpty() || m_contextCombo->currentIndex() < 0)
        return;
    connectToContext(m_contextCombo->currentData().toString(), m_namespaceCombo->currentText().trimmed());
}

void ConnectionBar::onContextActivated(int index)
{
    const QString context = m_contextCombo->itemData(index).toString();
    if (context.isEmpty()
        || (context == m_session->contextName() && m_session->state() != Session::FleetSession::State::Failed))
        return;
    connectToContext(context, QString());
}

void ConnectionBar::onNamespaceChosen()
{
    const QString ns = m_namespaceCombo->currentText().trimmed();
    const QString context = m_contextCombo->currentData().toString();
    if (ns.isEmpty() || context.isEmpty() || (ns == m_session->namespaceName() && context == m_session->contextName()))
        return;
    connectToContext(context, ns);
}
