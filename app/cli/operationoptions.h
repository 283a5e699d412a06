// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"

#include <QCommandLineOption>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QObject;

namespace Ops {
class Plan;
class Runner;
}

namespace Kube {
class KubeClient;
}

namespace Cli {

/**
 * The options every command that changes the fleet shares (renew-certs, rotate-password, operations):
 * where the cluster is, where the journal goes, and --yes. One definition, one behaviour.
 */
struct OperationOptions
{
    QCommandLineOption kubeconfig{QStringLiteral("kubeconfig"), QString(), QStringLiteral("file")};
    QCommandLineOption context{QStringLiteral("context"), QString(), QStringLiteral("name")};
    QCommandLineOption namespaceName{{QStringLiteral("n"), QStringLiteral("namespace")}, QString(), QStringLiteral("namespace")};
    QCommandLineOption journalDir{QStringLiteral("journal-dir"), QString(), QStringLiteral("dir")};
    QCommandLineOption yes{QStringList{QStringLiteral("y"), QStringLiteral("yes")}};
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")}};

    /** Adds the shared options to @p parser. */
    void addTo(QCommandLineParser &parser) const;

    /** --journal-dir, else Proofer's journal folder. */
    QString journalDirectory(const QCommandLineParser &parser) const;

    /**
     * Whether the command may go on to change something: --yes, or a terminal to ask on. Otherwise prints
     * "no terminal to confirm on: give --yes to <what>" and returns false (the caller exits 2).
     */
    bool canConfirm(const QCommandLineParser &parser, const QString &what) const;
    /** Whether the command must ask before changing anything (no --yes). */
    bool mustAsk(const QCommandLineParser &parser) const;

    /**
     * Loads the kubeconfig, resolves the context and makes the client; the namespace is --namespace or the
     * context's. On failure prints the error and returns null (the caller exits 2).
     */
    std::unique_ptr<Kube::KubeClient> connect(const QCommandLineParser &parser, QString *namespaceOut) const;
};

/** Prints "error: <message>", a blank line and @p helpText to stderr; returns the usage exit code (2). */
int usageError(const QString &message, const QString &helpText);

/**
 * The start every command shares: parses @p arguments; a parse error, or a positional argument when
 * @p positionalAllowed is false, is a usage error (printed with @p helpText); --help (@p help) prints @p helpText.
 * The answer is the exit code when the command ends there, nothing when it goes on.
 */
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const QCommandLineOption &help,
                                    const QString &helpText, bool positionalAllowed = false);

/**
 * While it lives, Ctrl-C cancels the run of the runner @p runner answers with (what was applied is then rolled
 * back before Proofer exits), or quits when none runs. One at a time.
 */
class InterruptCancelsRun final
{
public:
    explicit InterruptCancelsRun(std::function<Ops::Runner *()> runner);
    ~InterruptCancelsRun();
    InterruptCancelsRun(const InterruptCancelsRun &) = delete;
    InterruptCancelsRun &operator=(const InterruptCancelsRun &) = delete;
};

/** A runner's phase for people: apply, verify, undo, dry run. */
QString phaseLabel(const QString &phase);

/**
 * Prints each step of @p runner's runs to stdout as it starts ("[2/7] title (apply)…") and ends ("      ok: message").
 * @p plan answers with the plan being run. The connections live as long as @p scope.
 */
void printStepProgress(Ops::Runner *runner, QObject *scope, std::function<const Ops::Plan *()> plan);

/** Prints @p prompt and reads one line from the terminal: true for y / yes (or the translated "yes"). */
bool askConfirmation(const QString &prompt);

/** Reads a passphrase from the terminal without echo. */
Core::Secret askPassphrase(const QString &prompt);

/** What a passphrase file must be: anything readable, or a file only its owner can read (0600), not empty. */
enum class PassphraseFileRules { AnyMode, Private };

/** The first line of @p path as a passphrase; empty with @p error when it cannot be read (or breaks @p rules). */
Core::Secret readPassphraseFile(const QString &path, QString *error, PassphraseFileRules rules = PassphraseFileRules::AnyMode);

/**
 * When @p journalDirectory holds unfinished runs, prints one line to stderr pointing at `proofer operations`
 * (a command that starts an operation calls it first).
 */
void noteUnfinishedOperations(const QString &journalDirectory);

} // namespace Cli
