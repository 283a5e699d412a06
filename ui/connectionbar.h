// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

class QComboBox;
class QLabel;

namespace Session {
class FleetSession;
}

/**
 * The console's connection toolbar: the kubeconfig's contexts and the namespace to scan (typed, or picked from
 * those the user may list), each context's last namespace remembered. Choosing one connects the session; what the
 * window must do around it (clear the views, show an error) it learns from the signals.
 */
class ConnectionBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBar)

public:
    enum class Loaded { Ok, Missing, Failed };

    explicit ConnectionBar(Session::FleetSession *session, QWidget *parent = nullptr);

    /**
     * Reads the kubeconfig at @p path (empty: $KUBECONFIG, then ~/.kube/config) and lists its contexts. Missing:
     * there is no kubeconfig at all; Failed: @p error says why it cannot be used.
     */
    Loaded loadKubeconfig(const QString &path, QString *error);
    /** The loaded kubeconfig's current (or first) context; empty when none is loaded. */
    QString currentContext() const { return m_currentContext; }
    /** Connects to @p context and scans @p namespaceName (empty: the one last used with it, else the context's). */
    void connectToContext(const QString &context, const QString &namespaceName);
    /** Connects to the context and namespace shown in the bar (Rescan after a failed connection). */
    void connectToChosen();
    /** A targets file is scanned: there is no context or namespace to choose. */
    void setChoosable(bool choosable);

signals:
    /** A connection begins: what the window shows of the previous one goes. */
    void connecting();
    /** The connection began; @p warnings are what the user should know about the context (insecure TLS…). */
    void connectingWith(const QStringList &warnings);
    /** The chosen context cannot be used. */
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onContextActivated(int index);
    void onNamespaceChosen();

    Session::FleetSession *m_session;
    QString m_currentContext;
    QLabel *m_contextLabel = nullptr;
    QComboBox *m_contextCombo = nullptr;
    QLabel *m_namespaceLabel = nullptr;
    QComboBox *m_namespaceCombo = nullptr;
};
