// SPDX-License-Identifier: GPL-3.0-or-later
#include "kube/execcredentialprovider.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/printable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace Kube {

namespace {

constexpr qint64 s_maxStderr = 64 * 1024;
constexpr qsizetype s_stderrShown = 2000;

QString gettingCredentials(const QString &detail)
{
    return QCoreApplication::translate("Kube", "getting credentials: %1").arg(detail);
}

} // namespace

ExecCredentialProvider::ExecCredentialProvider(const ResolvedContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_parentEnvironment(QProcessEnvironment::systemEnvironment())
{
    qRegisterMetaType<Kube::Credentials>();
}

ExecCredentialProvider::~ExecCredentialProvider()
{
    stopProcess();
    if (m_cached) {
        m_cached->token.clear();
        m_cached->clientKeyPem.clear();
    }
    Core::wipe(m_stdout);
}

bool ExecCredentialProvider::isRunning() const
{
    return m_process != nullptr;
}

std::optional<Credentials> ExecCredentialProvider::cachedCredentials() const
{
    if (m_cached && !m_cached->isExpiredAt(Core::Clock::instance().now()))
        return m_cached;
    return std::nullopt;
}

void ExecCredentialProvider::invalidate()
{
    m_cached.reset();
}

QString ExecCredentialProvider::subject() const
{
    return m_context.user.exec ? m_context.user.exec->command : QString();
}

void ExecCredentialProvider::request()
{
    if (const auto cached = cachedCredentials()) {
        QMetaObject::invokeMethod(
            this, [this, credentials = *cached] { Q_EMIT credentialReady(credentials); }, Qt::QueuedConnection);
        return;
    }
    if (m_process)
        return; // the running plugin answers every caller
    // Report through the event loop like a real run, so callers see the same order of events.
    QMetaObject::invokeMethod(this, &ExecCredentialProvider::start, Qt::QueuedConnection);
    // Mark as running at once so a second request() does not start another run.
    m_process = new QProcess(this);
}

void ExecCredentialProvider::start()
{
    if (!m_process)
        return; // cancelled before it started
    m_cached.reset();
    Core::wipe(m_stdout);
    m_stdout.clear();
    m_stderr.clear();

    if (!m_context.user.exec) {
        finishWithError(QCoreApplication::translate("Kube", "user \"%1\" has no exec plugin").arg(m_context.user.name));
        return;
    }
    const ExecConfig &exec = *m_context.user.exec;
    ExecInteractiveMode mode = exec.interactiveMode;
    if (mode == ExecInteractiveMode::Unset)
        mode = ExecInteractiveMode::IfAvailable;
    if (mode == ExecInteractiveMode::Always) {
        finishWithError(gettingCredentials(
            QCoreApplication::translate(
                "Kube",
                "exec plugin cannot support interactive mode: standard input is not a terminal. The plugin %1 of "
                "user \"%2\" asks for a terminal on every run (interactiveMode: Always), and Proofer has none to "
                "give it. Log in once in a terminal, or set interactiveMode to IfAvailable or Never.")
                .arg(exec.command, m_context.user.name)));
        return;
    }

    QProcessEnvironment environment = m_parentEnvironment;
    for (const ExecEnvVar &var : exec.env)
        environment.insert(var.name, var.value);
    environment.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo()));

    QProcess *process = m_process;
    process->setProcessEnvironment(environment);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setProgram(exec.command);
    process->setArguments(exec.args);
    // Its own process group, so a timeout or cancel stops the plugin's children too.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(process, &QProcess::readyReadStandardOutput, this, &ExecCredentialProvider::readStandardOutput);
    connect(process, &QProcess::readyReadStandardError, this, &ExecCredentialProvider::readStandardError);
    connect(process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { processFinished(exitCode, status); });
    connect(process, &QProcess::started, this, [this, process] {
        if (process == m_process)
            m_processGroup = static_cast<pid_t>(process->processId());
    });
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            processFailedToStart();
    });

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ExecCredentialProvider::timedOut);
    m_timer->start(m_timeout);

    qCDebug(lcKube) << "running exec plugin" << exec.command << "for user" << m_context.user.name;
    Q_EMIT started(exec.command);
    if (m_process != process)
        return; // a receiver cancelled it
    process->start();
}

QByteArray ExecCredentialProvider::execInfo() const
{
    const ExecConfig &exec = *m_context.user.exec;
    QJsonObject spec { { QStringLiteral("interactive"), false } };
    if (exec.provideClusterInfo) {
        const Cluster &cluster = m_context.cluster;
        QJsonObject clusterJson { { QStringLiteral("server"), cluster.server } };
        if (!cluster.tlsServerName.isEmpty())
            clusterJson.insert(QStringLiteral("tls-server-name"), cluster.tlsServerName);
        if (cluster.insecureSkipTlsVerify)
            clusterJson.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        QByteArray ca = cluster.certificateAuthorityData;
        if (ca.isEmpty() && !cluster.certificateAuthority.isEmpty()) {
            QFile file(cluster.certificateAuthority);
            if (file.open(QIODevice::ReadOnly))
                ca = file.read(DefaultMaxOutputSize);
        }
        if (!ca.isEmpty())
            clusterJson.insert(QStringLiteral("certificate-authority-data"), QString::fromLatin1(ca.toBase64()));
        if (!cluster.proxyUrl.isEmpty())
            clusterJson.insert(QStringLiteral("proxy-url"), cluster.proxyUrl);
        if (cluster.disableCompression)
            clusterJson.insert(QStringLiteral("disable-compression"), true);
        spec.insert(QStringLiteral("cluster"), clusterJson);
    }
    const QJsonObject info { { QStringLiteral("kind"), QStringLiteral("ExecCredential") },
                             { QStringLiteral("apiVersion"), exec.apiVersion },
                             { QStringLiteral("spec"), spec } };
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

void ExecCredentialProvider::readStandardOutput()
{
    if (!m_process)
        return;
    m_stdout += m_process->readAllStandardOutput();
    if (m_stdout.size() > m_maxOutputSize) {
        finishWithError(gettingCredentials(
            QCoreApplication::translate(
                "Kube", "exec plugin %1 wrote more than %2 KiB to standard output; its output was refused")
                .arg(subject())
                .arg(m_maxOutputSize / 1024)));
    }
}

void ExecCredentialProvider::readStandardError()
{
    if (!m_process)
        return;
    m_stderr += m_process->readAllStandardError();
    if (m_stderr.size() > s_maxStderr)
        m_stderr = m_stderr.right(s_maxStderr);
}

QString ExecCredentialProvider::stderrTail() const
{
    // What a plugin prints is shown to people: no escape sequences (colours, titles, cursor moves).
    QString text = Core::printable(m_stderr).trimmed();
    if (text.size() > s_stderrShown)
        text = u"…" + text.right(s_stderrShown);
    return text;
}

void ExecCredentialProvider::processFailedToStart()
{
    const ExecConfig &exec = *m_context.user.exec;
    QString message = gettingCredentials(QCoreApplication::translate("Kube", "exec: executable %1 not found (%2)")
                                             .arg(exec.command, m_process->errorString()));
    if (!exec.installHint.isEmpty())
        message += QStringLiteral("\n\n") + exec.installHint;
    finishWithError(message);
}

void ExecCredentialProvider::processFinished(int exitCode, int exitStatus)
{
    if (!m_process)
        return;
    readStandardOutput();
    if (!m_process)
        return; // over the cap
    readStandardError();
    if (exitStatus != QProcess::NormalExit || exitCode != 0) {
        QString message = exitStatus != QProcess::NormalExit
            ? QCoreApplication::translate("Kube", "exec: executable %1 was killed by a signal").arg(subject())
            : QCoreApplication::translate("Kube", "exec: executable %1 failed with exit code %2")
                  .arg(subject())
                  .arg(exitCode);
        const QString tail = stderrTail();
        if (!tail.isEmpty())
            message += QCoreApplication::translate("Kube", "; it said: %1").arg(tail);
        Core::wipe(m_stdout);
        finishWithError(gettingCredentials(message));
        return;
    }
    const auto parsed = parseOutput(m_stdout);
    Core::wipe(m_stdout);
    m_stdout.clear();
    if (!parsed) {
        finishWithError(gettingCredentials(parsed.error()));
        return;
    }
    qCDebug(lcKube) << "exec plugin" << subject() << "returned credentials"
                    << (parsed->expiry.isValid() ? parsed->expiry.toString(Qt::ISODate)
                                                 : QStringLiteral("without expiry"));
    finishWithCredentials(*parsed);
}

Expected<Credentials> ExecCredentialProvider::parseOutput(const QByteArray &output) const
{
    using Result = Expected<Credentials>;
    const ExecConfig &exec = *m_context.user.exec;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Result::failure(QCoreApplication::translate("Kube",
                                                           "decoding stdout: couldn't get version/kind; json "
                                                           "parse error: %1 at offset %2")
                                   .arg(error.error != QJsonParseError::NoError
                                            ? error.errorString()
                                            : QCoreApplication::translate("Kube", "not a JSON object"))
                                   .arg(error.offset));
    }
    const QJsonObject root = document.object();
    const QString apiVersion = root.value(QLatin1String("apiVersion")).toString();
    const QString kind = root.value(QLatin1String("kind")).toString();
    if (apiVersion.isEmpty() || kind.isEmpty()) {
        return Result::failure(QCoreApplication::translate("Kube",
                                                           "decoding stdout: Object 'Kind' or 'apiVersion' is "
                                                           "missing in the exec plugin's output"));
    }
    if (apiVersion != exec.apiVersion) {
        return Result::failure(QCoreApplication::translate("Kube",
                                                           "exec plugin is configured to use API version %1, "
                                                           "plugin returned version %2")
                                   .arg(exec.apiVersion, apiVersion));
    }
    if (kind != u"ExecCredential") {
        return Result::failure(
            QCoreApplication::translate("Kube", "decoding stdout: no kind \"%1\" is registered for version \"%2\"")
                .arg(kind, apiVersion));
    }
    const QJsonValue statusValue = root.value(QLatin1String("status"));
    if (!statusValue.isObject())
        return Result::failure(QCoreApplication::translate("Kube", "exec plugin didn't return a status field"));
    const QJsonObject status = statusValue.toObject();
    Credentials credentials;
    QByteArray token = status.value(QLatin1String("token")).toString().toUtf8();
    QByteArray key = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    credentials.token = Core::Secret(token);
    credentials.clientKeyPem = Core::Secret(key);
    Core::wipe(token);
    Core::wipe(key);
    credentials.clientCertificatePem = status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    if (credentials.clientCertificatePem.isEmpty() != credentials.clientKeyPem.isEmpty())
        return Result::failure(
            QCoreApplication::translate("Kube", "exec plugin returned only certificate or key, not both"));
    if (credentials.token.isEmpty() && credentials.clientCertificatePem.isEmpty())
        return Result::failure(
            QCoreApplication::translate("Kube", "exec plugin didn't return a token or cert/key pair"));
    const QString expiration = status.value(QLatin1String("expirationTimestamp")).toString();
    if (!expiration.isEmpty()) {
        credentials.expiry = QDateTime::fromString(expiration, Qt::ISODateWithMs);
        if (!credentials.expiry.isValid()) {
            return Result::failure(QCoreApplication::translate("Kube",
                                                               "exec plugin returned an unreadable "
                                                               "expirationTimestamp \"%1\"")
                                       .arg(expiration));
        }
        credentials.expiry = credentials.expiry.toUTC();
    }
    return credentials;
}

void ExecCredentialProvider::timedOut()
{
    finishWithError(gettingCredentials(
        QCoreApplication::translate(
            "Kube",
            "exec plugin %1 for user \"%2\" did not finish within %3 seconds and was stopped; it may be waiting "
            "for a login (a browser or a prompt) that Proofer cannot show")
            .arg(subject(), m_context.user.name)
            .arg(double(m_timeout.count()) / 1000.0)));
}

void ExecCredentialProvider::cancel()
{
    if (!m_process)
        return;
    finishWithError(QCoreApplication::translate("Kube", "exec plugin %1 for user \"%2\" was cancelled")
                        .arg(subject(), m_context.user.name));
}

void ExecCredentialProvider::stopProcess()
{
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    // The plugin ran in its own process group: whatever it left behind (a background child, a
    // helper that outlives it) goes with it, also when the plugin itself exited normally.
    if (const pid_t group = std::exchange(m_processGroup, 0); group > 0)
        ::kill(-group, SIGKILL);
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        // Reap it without waiting: delete once it is gone.
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->setParent(nullptr);
    } else {
        process->deleteLater();
    }
}

void ExecCredentialProvider::finishWithError(const QString &message)
{
    stopProcess();
    Core::wipe(m_stdout);
    m_stdout.clear();
    qCWarning(lcKube).noquote() << message;
    Q_EMIT failed(message);
}

void ExecCredentialProvider::finishWithCredentials(const Credentials &credentials)
{
    stopProcess();
    m_cached = credentials;
    Q_EMIT credentialReady(credentials);
}

} // namespace Kube
