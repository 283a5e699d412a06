// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/operationoptions.h"

#include "cli/cli.h"
#include "cli/clioutput.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"
#include "ops/journal.h"
#include "ops/plan.h"
#include "ops/runner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>

#include <termios.h>
#include <unistd.h>

namespace Cli {

int usageError(const QString &message, const QString &helpText)
{
    err() << QCoreApplication::translate("Cli", "error: %1").arg(message) << QStringLiteral("\n\n") << helpText;
    err().flush();
    return ExitUsage;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const QCommandLineOption &help,
                                    const QString &helpText, bool positionalAllowed)
{
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), helpText);
    if (parser.isSet(help)) {
        out() << helpText;
        out().flush();
        return ExitOk;
    }
    if (!positionalAllowed && !parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("Cli", "unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()),
                          helpText);
    return std::nullopt;
}

void OperationOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({kubeconfig, context, namespaceName, journalDir, yes, help});
}

QString OperationOptions::journalDirectory(const QCommandLineParser &parser) const
{
    return parser.isSet(journalDir) ? parser.value(journalDir) : Ops::Journal::defaultDirectory();
}

bool OperationOptions::mustAsk(const QCommandLineParser &parser) const
{
    return !parser.isSet(yes);
}

bool OperationOptions::canConfirm(const QCommandLineParser &parser, const QString &what) const
{
    if (parser.isSet(yes) || ::isatty(STDIN_FILENO) == 1)
        return true;
    err() << QCoreApplication::translate("Cli", "error: no terminal to confirm on: give --yes to %1 without confirmation").arg(what) << u'\n';
    err().flush();
    return false;
}

std::unique_ptr<Kube::KubeClient> OperationOptions::connect(const QCommandLineParser &parser, QString *namespaceOut) const
{
    Kube::KubeconfigLoader loader;
    loader.setExplicitPath(parser.value(kubeconfig));
    const auto config = loader.load();
    if (!config.ok()) {
        err() << QCoreApplication::translate("Cli", "error: %1").arg(config.error()) << u'\n';
        err().flush();
        return nullptr;
    }
    const auto resolved = Kube::KubeconfigLoader::resolve(*config, parser.value(context));
    if (!resolved.ok()) {
        err() << QCoreApplication::translate("Cli", "error: %1").arg(resolved.error()) << u'\n';
        err().flush();
        return nullptr;
    }
    if (namespaceOut)
        *namespaceOut = parser.isSet(namespaceName) ? parser.value(namespaceName) : resolved->namespaceName;
    return std::make_unique<Kube::KubeClient>(*resolved);
}

bool askConfirmation(const QString &prompt)
{
    out() << prompt;
    out().flush();
    const QString answer = QTextStream(stdin).readLine().trimmed();
    // "y", "yes", or the translated word or its start ("s", "sí").
    return !answer.isEmpty()
           && (QStringLiteral("yes").startsWith(answer, Qt::CaseInsensitive)
               || QCoreApplication::translate("Cli", "yes").startsWith(answer, Qt::CaseInsensitive));
}

Core::Secret askPassphrase(const QString &prompt)
{
    err() << prompt;
    err().flush();
    termios saved {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err() << u'\n';
    err().flush();
    Core::Secret secret(line);
    Core::wipe(line);
    return secret;
}

Core::Secret readPassphraseFile(const QString &path, QString *error, PassphraseFileRules rules)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Core::Secret();
    };
    QFile file(path);
    if (rules == PassphraseFileRules::Private) {
        if (!file.exists())
            return fail(QCoreApplication::translate("Cli", "the passphrase file %1 does not exist").arg(path));
        const QFileDevice::Permissions loose = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (file.permissions() & loose)
            return fail(QCoreApplication::translate("Cli", "the passphrase file %1 is readable by others: chmod 600 it").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Cli", "cannot read the passphrase file %1: %2").arg(path, file.errorString()));
    // The first line, without its line break (a passphrase is never 64 KiB long).
    QByteArray content = file.read(64 * 1024);
    const qsizetype end = content.indexOf('\n');
    QByteArray line = end >= 0 ? content.left(end) : content;
    if (line.endsWith('\r'))
        line.chop(1);
    Core::Secret secret(line);
    Core::wipe(line);
    Core::wipe(content);
    if (rules == PassphraseFileRules::Private && secret.isEmpty())
        return fail(QCoreApplication::translate("Cli", "the passphrase file %1 is empty").arg(path));
    return secret;
}

namespace {
std::function<Ops::Runner *()> s_interruptible;
}

InterruptCancelsRun::InterruptCancelsRun(std::function<Ops::Runner *()> runner)
{
    s_interruptible = std::move(runner);
    std::signal(SIGINT, [](int) {
        QMetaObject::invokeMethod(QCoreApplication::instance(), [] {
            Ops::Runner *runner = s_interruptible ? s_interruptible() : nullptr;
            if (runner && runner->isRunning())
                runner->cancel();
            else
                QCoreApplication::quit();
        });
    });
}

InterruptCancelsRun::~InterruptCancelsRun()
{
    std::signal(SIGINT, SIG_DFL);
    s_interruptible = nullptr;
}

QString phaseLabel(const QString &phase)
{
    if (phase == u"apply")
        return QCoreApplication::translate("Cli", "apply");
    if (phase == u"verify")
        return QCoreApplication::translate("Cli", "verify");
    if (phase == u"undo")
        return QCoreApplication::translate("Cli", "undo");
    return QCoreApplication::translate("Cli", "dry run");
}

void printStepProgress(Ops::Runner *runner, QObject *scope, std::function<const Ops::Plan *()> plan)
{
    QObject::connect(runner, &Ops::Runner::stepStarted, scope, [plan](int index, const QString &phase) {
        const Ops::Plan *running = plan();
        if (!running)
            return;
        out() << QStringLiteral("[%1/%2] ").arg(index + 1).arg(running->size()) << running->step(index)->title()
              << QStringLiteral(" (") << phaseLabel(phase) << QStringLiteral(")…") << u'\n';
        out().flush();
    });
    QObject::connect(runner, &Ops::Runner::stepFinished, scope, [](int, const QString &, const Ops::StepResult &result) {
        out() << QStringLiteral("      ") << (result.ok ? QCoreApplication::translate("Cli", "ok") : QCoreApplication::translate("Cli", "FAILED"));
        if (!result.message.isEmpty())
            out() << QStringLiteral(": ") << result.message;
        out() << u'\n';
        out().flush();
    });
}

void noteUnfinishedOperations(const QString &journalDirectory)
{
    const qsizetype count = Ops::Journal::unfinished(journalDirectory).size();
    if (count == 0)
        return;
    err() << QCoreApplication::translate("Cli", "note: %n operation(s) did not finish; see \"proofer operations\"", nullptr, int(count)) << u'\n';
    err().flush();
}

} // namespace Cli
