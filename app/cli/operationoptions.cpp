// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/operationoptions.h"

#include "cli/clioutput.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfigloader.h"
#include "ops/journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

namespace Cli {

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

Core::Secret readPassphraseFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Cli", "cannot read the passphrase file %1: %2").arg(path, file.errorString());
        return {};
    }
    QByteArray content = file.readAll();
    const qsizetype end = content.indexOf('\n');
    QByteArray line = end >= 0 ? content.left(end) : content;
    if (line.endsWith('\r'))
        line.chop(1);
    Core::Secret secret(line);
    Core::wipe(line);
    Core::wipe(content);
    return secret;
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
