// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/logfollow.h"

#include "checklistmodel.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QWidget>

class CodeView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

/**
 * The logs of the selected datastore's pod (Kubernetes pods/log): the last N lines, or following as they come;
 * a filter with the troubleshooting presets ("authentication failed", "duration:", SSL/TLS errors) and free text;
 * highlighted as a log. Reads only when shown. Password literals (PASSWORD '…') are masked. Allowed in auditor mode.
 * Each read also reports the TLS errors it saw (logScanned), the evidence of the checklist's "no TLS errors" item.
 * A follow survives its pod's replacement: it goes on with the new pod after a marker line, keeping what was read.
 */
class LogsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogsPane)

public:
    enum class Preset { All, AuthenticationFailed, Duration, TlsErrors };

    explicit LogsPane(QWidget *parent = nullptr);
    ~LogsPane() override;

    /** Where to read logs (not valid: none, e.g. a targets file). */
    void setSource(const Session::LogSource &source);
    /** The datastore whose pods' logs to show; reads again only when it changed. */
    void setDatastore(const QString &datastore, const QStringList &pods);

    void setPreset(Preset preset);
    void setFilterText(const QString &text);
    void setFollow(bool follow);
    void setTailLines(int lines);

    /** The lines read so far (masked), before filtering. */
    QStringList lines() const { return m_lines; }
    /** The lines shown (after the filter). */
    QStringList visibleLines() const;
    CodeView *codeView() const { return m_view; }

    /** True when @p line is a TLS/SSL error as PostgreSQL, Redis or RabbitMQ write them. */
    static bool isTlsError(const QString &line);
    /** @p line with password literals masked. */
    static QString masked(const QString &line);

public slots:
    /** Reads the logs again (stops a follow in progress). */
    void reload();
    void stop();

signals:
    void logScanned(const QString &datastore, const LogScan &scan);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    /** Reads pod @p name's logs (following when Follow is on); @p marker goes before its first lines. */
    void startStream(const QString &name, const QString &marker = {});
    /** The followed pod is gone: stop reading it and wait for setDatastore() to name its replacement. */
    void waitForReplacement();
    /** Follows @p replacement, the replacement of the pod followed so far, after a marker line. */
    void followReplacement(const QString &replacement);
    void onLines(const QStringList &lines);
    void onFinished(const QString &error, bool cancelled);
    void refilter();
    bool matches(const QString &line) const;
    void reportScan();
    void setStatus(const QString &text);

    Session::LogSource m_source;
    QPointer<Session::LogFollow> m_stream;
    QString m_datastore;
    QStringList m_pods;
    QStringList m_lines;
    QSet<QString> m_markers; ///< the marker lines of pod replacements (shown whatever the filter)
    QString m_followedPod; ///< the pod the last stream read
    QString m_waitingForReplacement; ///< the followed pod that went away, until its replacement delivers lines
    QString m_pendingMarker; ///< the marker line the next lines follow
    int m_replacementRetries = 0;
    bool m_needsLoad = true;
    int m_generation = 0;

    QLabel *m_podLabel = nullptr;
    QComboBox *m_podCombo = nullptr;
    QLabel *m_tailLabel = nullptr;
    QSpinBox *m_tailSpin = nullptr;
    QCheckBox *m_followCheck = nullptr;
    QComboBox *m_presetCombo = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QToolButton *m_reloadButton = nullptr;
    QLabel *m_status = nullptr;
    CodeView *m_view = nullptr;
    QTimer *m_scanTimer = nullptr;
};
