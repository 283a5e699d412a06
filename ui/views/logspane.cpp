// SPDX-License-Identifier: GPL-3.0-or-later
#include "logspane.h"

#include "core/clock.h"
#include "widgets/codeview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int kMaxLines = 20000;
constexpr int kReplacementRetries = 5; ///< a followed pod that keeps its name is tried again this often…
constexpr int kReplacementRetryMs = 2000; ///< …this long apart

const QRegularExpression &tlsErrorPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(could not accept SSL connection|SSL error|SSL_accept|ssl3_|tlsv1 alert|sslv3 alert|)"
                       R"(certificate verify failed|unknown ca|bad certificate|wrong version number|)"
                       R"(no shared cipher|unsupported protocol|handshake failure|Error accepting a client connection|)"
                       R"(TLS handshake|\bTLS\b.*\b(error|failed|alert)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &presetPattern(LogsPane::Preset preset)
{
    static const QRegularExpression authentication(
        QStringLiteral(R"(authentication failed|password authentication|WRONGPASS|NOAUTH|invalid password|)"
                       R"(access refused|no pg_hba\.conf entry)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression duration(QStringLiteral(R"(duration:)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression none;
    switch (preset) {
    case LogsPane::Preset::AuthenticationFailed:
        return authentication;
    case LogsPane::Preset::Duration:
        return duration;
    case LogsPane::Preset::TlsErrors:
        return tlsErrorPattern();
    case LogsPane::Preset::All:
        break;
    }
    return none;
}

} // namespace

LogsPane::LogsPane(QWidget *parent)
    : QWidget(parent)
    , m_scanTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("logsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);

    auto *bar = new QHBoxLayout;
    m_podLabel = new QLabel(this);
    m_podCombo = new QComboBox(this);
    m_podCombo->setObjectName(QStringLiteral("logsPodComboBox"));
    m_podCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_podLabel->setBuddy(m_podCombo);
    connect(m_podCombo, &QComboBox::activated, this, &LogsPane::reload);
    m_tailLabel = new QLabel(this);
    m_tailSpin = new QSpinBox(this);
    m_tailSpin->setObjectName(QStringLiteral("logsTailSpinBox"));
    m_tailSpin->setRange(10, kMaxLines);
    m_tailSpin->setSingleStep(100);
    m_tailSpin->setValue(500);
    m_tailLabel->setBuddy(m_tailSpin);
    connect(m_tailSpin, &QSpinBox::editingFinished, this, &LogsPane::reload);
    m_followCheck = new QCheckBox(this);
    m_followCheck->setObjectName(QStringLiteral("logsFollowCheckBox"));
    connect(m_followCheck, &QCheckBox::toggled, this, &LogsPane::reload);
    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("logsFilterComboBox"));
    connect(m_presetCombo, &QComboBox::currentIndexChanged, this, &LogsPane::refilter);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("logsFilterLineEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &LogsPane::refilter);
    m_reloadButton = new QToolButton(this);
    m_reloadButton->setObjectName(QStringLiteral("logsReloadToolButton"));
    m_reloadButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(m_reloadButton, &QToolButton::clicked, this, &LogsPane::reload);
    bar->addWidget(m_podLabel);
    bar->addWidget(m_podCombo);
    bar->addWidget(m_tailLabel);
    bar->addWidget(m_tailSpin);
    bar->addWidget(m_followCheck);
    bar->addSpacing(8);
    bar->addWidget(m_presetCombo);
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_reloadButton);
    layout->addLayout(bar);

    m_view = new CodeView(this);
    m_view->setObjectName(QStringLiteral("logsCodeView"));
    m_view->setLanguage(CodeView::Language::Log);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logsStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // The checklist hears about TLS errors at most once a second while lines stream in.
    m_scanTimer->setSingleShot(true);
    m_scanTimer->setInterval(1000);
    connect(m_scanTimer, &QTimer::timeout, this, &LogsPane::reportScan);

    retranslateUi();
}

LogsPane::~LogsPane()
{
    stop();
}

void LogsPane::retranslateUi()
{
    m_podLabel->setText(tr("&Pod:"));
    m_tailLabel->setText(tr("&Last:"));
    m_tailSpin->setSuffix(tr(" lines"));
    m_followCheck->setText(tr("F&ollow"));
    m_followCheck->setToolTip(tr("Keep reading new lines as the pod writes them"));
    m_filterEdit->setPlaceholderText(tr("Filter lines"));
    m_reloadButton->setToolTip(tr("Read the logs again"));
    const int preset = m_presetCombo->currentIndex();
    const QSignalBlocker blocker(m_presetCombo);
    m_presetCombo->clear();
    m_presetCombo->addItem(tr("All lines"), int(Preset::All));
    m_presetCombo->addItem(tr("Authentication failed"), int(Preset::AuthenticationFailed));
    m_presetCombo->addItem(tr("Durations (duration:)"), int(Preset::Duration));
    m_presetCombo->addItem(tr("SSL/TLS errors"), int(Preset::TlsErrors));
    m_presetCombo->setCurrentIndex(qMax(0, preset));
    if (!m_source.isValid())
        setStatus(tr("Logs are read from Kubernetes: connect to a cluster to see them."));
}

void LogsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LogsPane::setSource(const Session::LogSource &source)
{
    if (m_source == source)
        return;
    stop();
    m_source = source;
    m_needsLoad = true;
    if (isVisible())
        reload();
    else if (!m_source.isValid())
        setStatus(tr("Logs are read from Kubernetes: connect to a cluster to see them."));
}

void LogsPane::setDatastore(const QString &datastore, const QStringList &pods)
{
    if (datastore == m_datastore && pods == m_pods)
        return;
    const bool sameDatastore = datastore == m_datastore;
    const QString currentPod = m_podCombo->currentText();
    const QStringList previousPods = m_pods;
    m_datastore = datastore;
    m_pods = pods;
    {
        const QSignalBlocker blocker(m_podCombo);
        m_podCombo->clear();
        m_podCombo->addItems(pods);
        if (sameDatastore && pods.contains(currentPod))
            m_podCombo->setCurrentText(currentPod);
    }
    // The pod being followed is gone (a restart, a rollout, an eviction): follow the pod that replaces it, after a
    // marker line, keeping what was read; with no pod yet, wait for one.
    const bool following = m_followCheck->isChecked() && !m_followedPod.isEmpty()
                           && (m_stream || !m_waitingForReplacement.isEmpty());
    if (sameDatastore && following && (!pods.contains(m_followedPod) || !m_waitingForReplacement.isEmpty())) {
        if (pods.isEmpty()) {
            waitForReplacement();
            return;
        }
        // The newcomer, rather than a sibling that was there all along; a StatefulSet's new pod keeps the old name.
        QString next = pods.contains(m_followedPod) ? m_followedPod : pods.constFirst();
        for (const QString &pod : pods) {
            if (!previousPods.contains(pod)) {
                next = pod;
                break;
            }
        }
        {
            const QSignalBlocker blocker(m_podCombo);
            m_podCombo->setCurrentText(next);
        }
        followReplacement(next);
        return;
    }
    if (sameDatastore && pods.contains(currentPod) && (m_stream || !m_lines.isEmpty()))
        return; // another pod came or went; the one being read is still there
    stop();
    m_lines.clear();
    m_view->setCode(QString(), CodeView::Language::Log);
    m_needsLoad = true;
    if (isVisible())
        reload();
}

void LogsPane::setPreset(Preset preset)
{
    m_presetCombo->setCurrentIndex(qMax(0, m_presetCombo->findData(int(preset))));
}

void LogsPane::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
}

void LogsPane::setFollow(bool follow)
{
    m_followCheck->setChecked(follow);
}

void LogsPane::setTailLines(int lines)
{
    m_tailSpin->setValue(lines);
}

void LogsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_needsLoad)
        reload();
}

void LogsPane::hideEvent(QHideEvent *event)
{
    // A follow stops while nobody looks and starts again when the pane is shown.
    if (m_stream && m_followCheck->isChecked()) {
        stop();
        m_needsLoad = true;
    }
    QWidget::hideEvent(event);
}

void LogsPane::stop()
{
    ++m_generation;
    if (m_stream) {
        disconnect(m_stream, nullptr, this, nullptr);
        m_stream->stop();
        m_stream->deleteLater();
    }
    m_stream = nullptr;
}

void LogsPane::reload()
{
    stop();
    m_lines.clear();
    m_markers.clear();
    m_waitingForReplacement.clear();
    m_view->setCode(QString(), CodeView::Language::Log);
    m_needsLoad = false;
    if (!m_source.isValid()) {
        setStatus(tr("Logs are read from Kubernetes: connect to a cluster to see them."));
        return;
    }
    const QString pod = m_podCombo->currentText();
    if (pod.isEmpty()) {
        setStatus(m_datastore.isEmpty() ? QString() : tr("%1 has no pod to read logs from.").arg(m_datastore));
        return;
    }
    startStream(pod);
}

void LogsPane::waitForReplacement()
{
    stop();
    if (m_waitingForReplacement.isEmpty())
        m_replacementRetries = 0;
    m_waitingForReplacement = m_followedPod;
    setStatus(tr("%1 is gone; waiting for the pod that replaces it…").arg(m_followedPod));
    // A pod that keeps its name (a StatefulSet's, or a container restarted in place) may never change the pod list:
    // try it again a few times.
    if (m_pods.contains(m_followedPod) && m_replacementRetries < kReplacementRetries) {
        ++m_replacementRetries;
        const int generation = m_generation;
        QTimer::singleShot(kReplacementRetryMs, this, [this, generation] {
            if (generation == m_generation && !m_waitingForReplacement.isEmpty()
                && m_pods.contains(m_waitingForReplacement))
                followReplacement(m_waitingForReplacement);
        });
    }
}

void LogsPane::followReplacement(const QString &replacement)
{
    const QString pod = replacement; // a copy: the caller may pass a member this clears
    const QString previous = m_followedPod;
    const int retries = m_replacementRetries;
    stop();
    // The marker goes in with the new pod's first lines, so a retry that reads nothing adds none.
    const QString marker = previous == pod ? tr("──── %1 restarted: following it again ────").arg(pod)
                                           : tr("──── %1 was replaced by %2: following %2 ────").arg(previous, pod);
    startStream(pod, marker);
    m_waitingForReplacement = pod; // until the new stream delivers
    m_replacementRetries = retries;
}

void LogsPane::startStream(const QString &name, const QString &marker)
{
    const QString pod = name; // a copy: the caller may pass a member this clears
    m_followedPod = pod;
    m_waitingForReplacement.clear();
    m_pendingMarker = marker;
    Session::LogFollow::Options options;
    options.tailLines = m_tailSpin->value();
    options.follow = m_followCheck->isChecked();
    m_stream = m_source.open(pod, options, this);
    if (!m_stream) {
        setStatus(tr("Logs are read from Kubernetes: connect to a cluster to see them."));
        return;
    }
    const int generation = m_generation;
    connect(m_stream, &Session::LogFollow::linesReceived, this, [this, generation](const QStringList &lines) {
        if (generation != m_generation)
            return;
        m_waitingForReplacement.clear();
        if (!m_pendingMarker.isEmpty()) {
            m_markers.insert(m_pendingMarker);
            onLines({std::exchange(m_pendingMarker, QString())});
        }
        onLines(lines);
    });
    connect(m_stream, &Session::LogFollow::finished, this, [this, generation](const QString &error, bool cancelled) {
        if (generation == m_generation)
            onFinished(error, cancelled);
    });
    setStatus(options.follow ? tr("Following %1…").arg(pod)
                             : tr("Reading the last %n line(s) of %1…", nullptr, options.tailLines).arg(pod));
    m_stream->start();
}

void LogsPane::onLines(const QStringList &lines)
{
    QStringList shown;
    for (const QString &raw : lines) {
        const QString line = masked(raw);
        m_lines << line;
        if (matches(line))
            shown << line;
    }
    if (m_lines.size() > kMaxLines) {
        m_lines.remove(0, m_lines.size() - kMaxLines);
        refilter();
    } else if (!shown.isEmpty()) {
        QScrollBar *bar = m_view->verticalScrollBar();
        const bool atBottom = bar->value() >= bar->maximum() - 2;
        for (const QString &line : std::as_const(shown))
            m_view->appendPlainText(line);
        if (atBottom)
            bar->setValue(bar->maximum());
    }
    if (m_followCheck->isChecked())
        setStatus(tr("Following %1: %n line(s)", nullptr, int(m_lines.size())).arg(m_podCombo->currentText()));
    if (!m_scanTimer->isActive())
        m_scanTimer->start();
}

void LogsPane::onFinished(const QString &error, bool cancelled)
{
    if (m_stream) {
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    // A follow ends when its pod's container stops (a restart, a replacement): wait for the next pod, keeping the lines.
    if (m_followCheck->isChecked() && !cancelled) {
        if (!m_lines.isEmpty())
            reportScan();
        waitForReplacement();
        return;
    }
    if (!error.isEmpty()) {
        setStatus(error);
        return;
    }
    setStatus(tr("%n line(s) from %1", nullptr, int(m_lines.size())).arg(m_podCombo->currentText()));
    m_scanTimer->stop();
    reportScan();
}

void LogsPane::reportScan()
{
    if (m_datastore.isEmpty() || m_lines.isEmpty())
        return;
    LogScan scan;
    scan.linesRead = int(m_lines.size());
    scan.readAt = Core::Clock::currentDateTimeUtc();
    for (const QString &line : std::as_const(m_lines)) {
        if (isTlsError(line))
            scan.tlsErrors << line;
    }
    emit logScanned(m_datastore, scan);
}

bool LogsPane::matches(const QString &line) const
{
    if (m_markers.contains(line))
        return true; // a pod replacement stays visible whatever the filter

    const auto preset = Preset(m_presetCombo->currentData().toInt());
    if (preset != Preset::All && !presetPattern(preset).match(line).hasMatch())
        return false;
    const QString text = m_filterEdit->text().trimmed();
    return text.isEmpty() || line.contains(text, Qt::CaseInsensitive);
}

QStringList LogsPane::visibleLines() const
{
    QStringList shown;
    for (const QString &line : m_lines) {
        if (matches(line))
            shown << line;
    }
    return shown;
}

void LogsPane::refilter()
{
    m_view->setCode(visibleLines().join(u'\n'), CodeView::Language::Log);
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

void LogsPane::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

bool LogsPane::isTlsError(const QString &line)
{
    return tlsErrorPattern().match(line).hasMatch();
}

QString LogsPane::masked(const QString &line)
{
    // ALTER ROLE … PASSWORD '…' as log_statement = 'all' would write it: never on screen.
    static const QRegularExpression password(QStringLiteral(R"((PASSWORD\s+)('(?:[^']|'')*'))"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (!line.contains(QStringLiteral("password"), Qt::CaseInsensitive))
        return line;
    QString copy = line;
    copy.replace(password, QStringLiteral("\\1'••••••'"));
    return copy;
}
