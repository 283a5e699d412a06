// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secret.h"

#include <QCommandLineOption>
#include <QString>

#include <memory>

class QCommandLineParser;

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

/** Prints @p prompt and reads one line from the terminal: true for y / yes (or the translated "yes"). */
bool askConfirmation(const QString &prompt);

/** Reads a passphrase from the terminal without echo. */
Core::Secret askPassphrase(const QString &prompt);

/** The first line of @p path as a passphrase; empty with @p error when it cannot be read. */
Core::Secret readPassphraseFile(const QString &path, QString *error);

/**
 * When @p journalDirectory holds unfinished runs, prints one line to stderr pointing at `proofer operations`
 * (a command that starts an operation calls it first).
 */
void noteUnfinishedOperations(const QString &journalDirectory);

} // namespace Cli
