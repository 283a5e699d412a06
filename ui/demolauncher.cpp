// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace {

constexpr int kPollMs = 200;
constexpr int kKillAfterMs = 10'000;
constexpr qsizetype kStderrLines = 12;

// Splits complete lines off @p buffer; a partial last line stays for the next read.
QStringList takeLines(QByteArray &buffer)
{
    QStringList lines;
    qsizetype newline = buffer.indexOf('\n');
    while (newline >= 0) {
        const QString line = QString::fromUtf8(buffer.left(newline)).trimmed();
        if (!line.isEmpty())
            lines << line;
        buffer.remove(0, newline + 1);
        newline = buffer.indexOf('\n');
    }
    return lines;
}

} // namespace

DemoLauncher::DemoLauncher(QObject *parent)
    : QObject(parent)
    , m_pollTimer(new QTimer(this))
    , m_killTimer(new QTimer(this))
{
    m_pollTimer->setInterval(kPollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &DemoLauncher::pollKubeconfig);
    m_killTimer->setSingleShot(true);
    m_killTimer->setInterval(kKillAfterMs);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
    });
}

DemoLauncher::~DemoLauncher()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    // Owners stop the demo and wait for stopped() (the window defers its close); if one did not, the
    // child still gets SIGTERM and stops its servers on its own. The QProcess is released rather than
    // destroyed: its destructor would SIGKILL the demo and orphan its servers.
    m_process->disconnect(this);
    m_process->terminate();
    m_process->setParent(nullptr);
    m_process = nullptr;
}

QString DemoLauncher::kubeconfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-kubeconfig");
}

QString DemoLauncher::program()
{
    const QString overridden = qEnvironmentVariable("PROOFER_DEMO_BIN");
    return overridden.isEmpty() ? QCoreApplication::applicationFilePath() : overridden;
}

QStringList DemoLauncher::arguments()
{
    QStringList args { QStringLiteral("demo"), QStringLiteral("--kubeconfig-out"), kubeconfigPath() };
    args << QProcess::splitCommand(qEnvironmentVariable("PROOFER_DEMO_ARGS"));
    return args;
}

qint64 DemoLauncher::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void DemoLauncher::start()
{
    if (m_state != State::Idle)
        return;
    const QString kubeconfig = kubeconfigPath();
    QDir().mkpath(QFileInfo(kubeconfig).absolutePath());
    QFile::remove(kubeconfig); // a copy left by an earlier run must not pass for this one being ready
    m_stdoutBuffer.clear();
    m_stderrBuffer.clear();
    m_stderrTail.clear();
    m_firstError.clear();
    m_timedOut = false;
    m_startClock.start();

    m_process = new QProcess(this);
    m_process->setObjectName(QStringLiteral("demoFleetProcess"));
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoLauncher::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &DemoLauncher::readErrors);
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { onFinished(exitCode, int(status)); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFinished(-1, int(QProcess::CrashExit));
    });
    setState(State::Starting);
    m_process->start(program(), arguments());
    m_pollTimer->start();
}

void DemoLauncher::stop()
{
    if (m_state == State::Idle || m_state == State::Stopping || !m_process)
        return;
    m_pollTimer->stop();
    setState(State::Stopping);
    m_process->terminate();
    m_killTimer->start();
}

void DemoLauncher::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void DemoLauncher::readOutput()
{
    m_stdoutBuffer += m_process->readAllStandardOutput();
    for (const QString &line : takeLines(m_stdoutBuffer))
        emit progress(line);
}

void DemoLauncher::readErrors()
{
    m_stderrBuffer += m_process->readAllStandardError();
    const QStringList lines = takeLines(m_stderrBuffer);
    // The reason comes first and the usage after it: keep the reason even when the tail no longer holds it.
    for (const QString &line : lines) {
        if (m_firstError.isEmpty() && line.startsWith(QLatin1String("error:"), Qt::CaseInsensitive))
            m_firstError = line;
    }
    m_stderrTail << lines;
    if (m_stderrTail.size() > kStderrLines)
        m_stderrTail.remove(0, m_stderrTail.size() - kStderrLines);
}

void DemoLauncher::pollKubeconfig()
{
    if (m_state != State::Starting)
        return;
    // The demo renames a complete file into place, so existence means complete.
    const QFileInfo file(kubeconfigPath());
    if (!file.exists() || file.size() == 0) {
        if (std::chrono::milliseconds(m_startClock.elapsed()) >= m_startTimeout) {
            // A start that never gets ready (a server that hangs, a machine far too busy) is stopped, not waited on.
            m_timedOut = true;
            stop();
        }
        return;
    }
    m_pollTimer->stop();
    setState(State::Running);
    emit ready(file.absoluteFilePath());
}

void DemoLauncher::onFinished(int exitCode, int exitStatus)
{
    if (!m_process || m_state == State::Idle)
        return;
    m_pollTimer->stop();
    m_killTimer->stop();
    if (m_process->bytesAvailable() > 0 || m_process->state() == QProcess::NotRunning) {
        readOutput();
        readErrors();
    }
    if (!m_stderrBuffer.trimmed().isEmpty())
        m_stderrTail << QString::fromUtf8(m_stderrBuffer).trimmed();
    const QString errorString = m_process->errorString();
    const bool failedToStart = m_process->error() == QProcess::FailedToStart;
    const bool wasStopping = m_state == State::Stopping;
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    setState(State::Idle);
    if (wasStopping && !m_timedOut) {
        emit stopped();
        return;
    }
    QString message;
    if (m_timedOut)
        message = tr("The demo fleet was not ready within %n s: it was stopped.", nullptr,
                     int(std::chrono::duration_cast<std::chrono::seconds>(m_startTimeout).count()));
    else if (failedToStart)
        message = tr("The demo fleet could not be started: %1").arg(errorString);
    else if (exitStatus == int(QProcess::CrashExit))
        message = tr("The demo fleet stopped unexpectedly.");
    else
        message = tr("The demo fleet exited with code %1.").arg(exitCode);
    if (!m_firstError.isEmpty() && !m_stderrTail.contains(m_firstError))
        message += u'\n' + m_firstError;
    if (!m_stderrTail.isEmpty())
        message += u'\n' + m_stderrTail.join(u'\n');
    emit failed(message);
}
