// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/kubeconfigcommand.h"
#include "cli/terminal.h"
#include "cli/clioutput.h"

#include "cli/cli.h"
#include "cli/outputoptions.h"
#include "core/logging.h"
#include "kube/credentials.h"
#include "kube/kubeconfigloader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Cli {

namespace {

int fail(const QString &message)
{
    err() << QCoreApplication::translate("Cli", "error: %1").arg(message) << u'\n';
    err().flush();
    return ExitUsage;
}

// What `kubectl config view` prints instead of secrets.
const QString s_dataOmitted = QStringLiteral("DATA+OMITTED");
const QString s_redacted = QStringLiteral("REDACTED");

QString sourceOf(const QString &file)
{
    return file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
}

QJsonObject checkJson(const Kube::ResolvedContext &resolved)
{
    const Kube::Cluster &cluster = resolved.cluster;
    const Kube::AuthInfo &user = resolved.user;
    QJsonObject clusterJson {
        { QStringLiteral("name"), cluster.name },
        { QStringLiteral("server"), cluster.server },
        { QStringLiteral("tlsServerName"), cluster.tlsServerName },
        { QStringLiteral("insecureSkipTlsVerify"), cluster.insecureSkipTlsVerify },
        { QStringLiteral("caFile"), cluster.certificateAuthority },
        { QStringLiteral("caData"), !cluster.certificateAuthorityData.isEmpty() },
        { QStringLiteral("proxyUrl"), cluster.proxyUrl },
    };
    QJsonObject userJson {
        { QStringLiteral("name"), user.name },
        { QStringLiteral("auth"), Kube::authKindName(resolved.authKind) },
        { QStringLiteral("clientCertificateFile"), user.clientCertificate },
        { QStringLiteral("clientCertificateData"), !user.clientCertificateData.isEmpty() },
        { QStringLiteral("clientKeyFile"), user.clientKey },
        { QStringLiteral("tokenFile"), user.tokenFile },
        { QStringLiteral("username"), user.username },
    };
    if (!user.token.isEmpty())
        userJson.insert(QStringLiteral("token"), s_redacted);
    if (!user.password.isEmpty())
        userJson.insert(QStringLiteral("password"), s_redacted);
    if (!user.clientKeyData.isEmpty())
        userJson.insert(QStringLiteral("clientKeyData"), s_dataOmitted);
    if (user.exec) {
        const char *modes[] = { "", "Never", "IfAvailable", "Always", "Invalid" };
        userJson.insert(QStringLiteral("exec"),
                        QJsonObject { { QStringLiteral("command"), user.exec->command },
                                      { QStringLiteral("apiVersion"), user.exec->apiVersion },
                                      { QStringLiteral("interactiveMode"),
                                        QLatin1String(modes[static_cast<int>(user.exec->interactiveMode)]) },
                                      { QStringLiteral("provideClusterInfo"), user.exec->provideClusterInfo } });
    }
    if (user.authProvider)
        userJson.insert(QStringLiteral("authProvider"), user.authProvider->name);
    return QJsonObject {
        { QStringLiteral("context"), resolved.context.name },
        { QStringLiteral("namespace"), resolved.namespaceName },
        { QStringLiteral("cluster"), clusterJson },
        { QStringLiteral("user"), userJson },
        { QStringLiteral("source"),
          QJsonObject { { QStringLiteral("context"), sourceOf(resolved.context.sourceFile) },
                        { QStringLiteral("cluster"), sourceOf(cluster.sourceFile) },
                        { QStringLiteral("user"), sourceOf(user.sourceFile) } } },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(resolved.warnings) },
    };
}

QString authDescription(const Kube::ResolvedContext &resolved)
{
    const Kube::AuthInfo &user = resolved.user;
    switch (resolved.authKind) {
    case Kube::AuthKind::None:
        return QCoreApplication::translate("Cli", "none (anonymous)");
    case Kube::AuthKind::Token:
        return QCoreApplication::translate("Cli", "bearer token (%1)").arg(s_redacted);
    case Kube::AuthKind::TokenFile:
        return QCoreApplication::translate("Cli", "bearer token from file %1").arg(user.tokenFile);
    case Kube::AuthKind::ClientCertificate:
        return user.clientCertificate.isEmpty()
            ? QCoreApplication::translate("Cli", "client certificate (embedded, %1)").arg(s_dataOmitted)
            : QCoreApplication::translate("Cli", "client certificate %1").arg(user.clientCertificate);
    case Kube::AuthKind::Exec:
        return QCoreApplication::translate("Cli", "exec plugin %1 (%2)").arg(user.exec->command, user.exec->apiVersion);
    case Kube::AuthKind::Basic:
        return QCoreApplication::translate("Cli", "basic (user %1, password %2)").arg(user.username, s_redacted);
    case Kube::AuthKind::AuthProvider:
        return QCoreApplication::translate("Cli", "auth-provider %1").arg(user.authProvider->name);
    }
    return {};
}

QString checkText(const Kube::ResolvedContext &resolved)
{
    const Kube::Cluster &cluster = resolved.cluster;
    QString text;
    auto line = [&text](const QString &label, const QString &value) {
        text += QStringLiteral("%1 %2\n").arg(label, -14).arg(value);
    };
    line(QCoreApplication::translate("Cli", "Context:"), resolved.context.name);
    line(QCoreApplication::translate("Cli", "  from:"), sourceOf(resolved.context.sourceFile));
    line(QCoreApplication::translate("Cli", "Namespace:"), resolved.namespaceName);
    line(QCoreApplication::translate("Cli", "Cluster:"), cluster.name);
    line(QCoreApplication::translate("Cli", "  server:"), cluster.server);
    QString trust;
    if (cluster.insecureSkipTlsVerify)
        trust = QCoreApplication::translate("Cli", "NOT VERIFIED (insecure-skip-tls-verify)");
    else if (!cluster.certificateAuthorityData.isEmpty())
        trust = QCoreApplication::translate("Cli", "CA from certificate-authority-data");
    else if (!cluster.certificateAuthority.isEmpty())
        trust = QCoreApplication::translate("Cli", "CA file %1").arg(cluster.certificateAuthority);
    else
        trust = QCoreApplication::translate("Cli", "system CAs");
    line(QCoreApplication::translate("Cli", "  trust:"), trust);
    if (!cluster.tlsServerName.isEmpty())
        line(QCoreApplication::translate("Cli", "  TLS name:"), cluster.tlsServerName);
    if (!cluster.proxyUrl.isEmpty())
        line(QCoreApplication::translate("Cli", "  proxy:"), cluster.proxyUrl);
    line(QCoreApplication::translate("Cli", "  from:"), sourceOf(cluster.sourceFile));
    line(QCoreApplication::translate("Cli", "User:"), resolved.user.name);
    line(QCoreApplication::translate("Cli", "  auth:"), authDescription(resolved));
    if (!resolved.user.sourceFile.isEmpty())
        line(QCoreApplication::translate("Cli", "  from:"), sourceOf(resolved.user.sourceFile));
    for (const QString &warning : resolved.warnings)
        text += QCoreApplication::translate("Cli", "Warning: %1").arg(warning) + u'\n';
    return text;
}

/** `kubectl config get-contexts`, byte for byte: every column but the last padded to its width + 3. */
QString contextsText(const Kube::Kubeconfig &config)
{
    QList<QStringList> rows;
    rows << QStringList { QStringLiteral("CURRENT"), QStringLiteral("NAME"), QStringLiteral("CLUSTER"),
                          QStringLiteral("AUTHINFO"), QStringLiteral("NAMESPACE") };
    for (const Kube::Context &context : config.contexts) {
        rows << QStringList { context.name == config.currentContext ? QStringLiteral("*") : QString(), context.name,
                              context.cluster, context.user, context.namespaceName };
    }
    QList<qsizetype> widths(5, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 3) : row.at(i);
        text += line + u'\n';
    }
    return text;
}

QJsonArray contextsJson(const Kube::Kubeconfig &config)
{
    QJsonArray array;
    for (const Kube::Context &context : config.contexts) {
        array.append(QJsonObject { { QStringLiteral("name"), context.name },
                                   { QStringLiteral("current"), context.name == config.currentContext },
                                   { QStringLiteral("cluster"), context.cluster },
                                   { QStringLiteral("user"), context.user },
                                   { QStringLiteral("namespace"), context.namespaceName },
                                   { QStringLiteral("source"), sourceOf(context.sourceFile) } });
    }
    return array;
}

/** The merged kubeconfig as `kubectl config view -o json` shows it: secrets redacted, data omitted. */
QJsonObject viewJson(const Kube::Kubeconfig &config, const QString &onlyContext)
{
    QJsonArray clusters;
    QJsonArray users;
    QJsonArray contexts;
    QStringList clusterNames;
    QStringList userNames;
    for (const Kube::Context &context : config.contexts) {
        if (!onlyContext.isEmpty() && context.name != onlyContext)
            continue;
        QJsonObject body { { QStringLiteral("cluster"), context.cluster }, { QStringLiteral("user"), context.user } };
        if (!context.namespaceName.isEmpty())
            body.insert(QStringLiteral("namespace"), context.namespaceName);
        contexts.append(QJsonObject { { QStringLiteral("name"), context.name }, { QStringLiteral("context"), body } });
        clusterNames << context.cluster;
        userNames << context.user;
    }
    for (const Kube::Cluster &cluster : config.clusters) {
        if (!onlyContext.isEmpty() && !clusterNames.contains(cluster.name))
            continue;
        QJsonObject body { { QStringLiteral("server"), cluster.server } };
        if (!cluster.tlsServerName.isEmpty())
            body.insert(QStringLiteral("tls-server-name"), cluster.tlsServerName);
        if (cluster.insecureSkipTlsVerify)
            body.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!cluster.certificateAuthority.isEmpty())
            body.insert(QStringLiteral("certificate-authority"), cluster.certificateAuthority);
        if (!cluster.certificateAuthorityData.isEmpty())
            body.insert(QStringLiteral("certificate-authority-data"), s_dataOmitted);
        if (!cluster.proxyUrl.isEmpty())
            body.insert(QStringLiteral("proxy-url"), cluster.proxyUrl);
        clusters.append(QJsonObject { { QStringLiteral("name"), cluster.name }, { QStringLiteral("cluster"), body } });
    }
    for (const Kube::AuthInfo &user : config.users) {
        if (!onlyContext.isEmpty() && !userNames.contains(user.name))
            continue;
        QJsonObject body;
        if (!user.clientCertificate.isEmpty())
            body.insert(QStringLiteral("client-certificate"), user.clientCertificate);
        if (!user.clientCertificateData.isEmpty())
            body.insert(QStringLiteral("client-certificate-data"), s_dataOmitted);
        if (!user.clientKey.isEmpty())
            body.insert(QStringLiteral("client-key"), user.clientKey);
        if (!user.clientKeyData.isEmpty())
            body.insert(QStringLiteral("client-key-data"), s_dataOmitted);
        if (!user.token.isEmpty())
            body.insert(QStringLiteral("token"), s_redacted);
        if (!user.tokenFile.isEmpty())
            body.insert(QStringLiteral("tokenFile"), user.tokenFile);
        if (!user.username.isEmpty())
            body.insert(QStringLiteral("username"), user.username);
        if (!user.password.isEmpty())
            body.insert(QStringLiteral("password"), s_redacted);
        if (user.exec) {
            QJsonArray env;
            for (const Kube::ExecEnvVar &var : user.exec->env) {
                // Env values often carry secrets: show the names only.
                env.append(
                    QJsonObject { { QStringLiteral("name"), var.name }, { QStringLiteral("value"), s_redacted } });
            }
            body.insert(QStringLiteral("exec"),
                        QJsonObject { { QStringLiteral("command"), user.exec->command },
                                      { QStringLiteral("args"), QJsonArray::fromStringList(user.exec->args) },
                                      { QStringLiteral("env"), env },
                                      { QStringLiteral("apiVersion"), user.exec->apiVersion },
                                      { QStringLiteral("interactiveMode"), user.exec->interactiveModeText },
                                      { QStringLiteral("provideClusterInfo"), user.exec->provideClusterInfo } });
        }
        if (user.authProvider) {
            QJsonObject providerConfig;
            for (auto it = user.authProvider->config.cbegin(); it != user.authProvider->config.cend(); ++it)
                providerConfig.insert(it.key(), s_redacted);
            body.insert(QStringLiteral("auth-provider"),
                        QJsonObject { { QStringLiteral("name"), user.authProvider->name },
                                      { QStringLiteral("config"), providerConfig } });
        }
        users.append(QJsonObject { { QStringLiteral("name"), user.name }, { QStringLiteral("user"), body } });
    }
    return QJsonObject { { QStringLiteral("kind"), QStringLiteral("Config") },
                         { QStringLiteral("apiVersion"), QStringLiteral("v1") },
                         { QStringLiteral("clusters"), clusters },
                         { QStringLiteral("users"), users },
                         { QStringLiteral("contexts"), contexts },
                         { QStringLiteral("current-context"),
                           onlyContext.isEmpty() ? config.currentContext : onlyContext } };
}

void printJson(const QJsonDocument &document)
{
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

} // namespace

QString kubeconfigHelpTextBody()
{
    QString text;
    text += QCoreApplication::translate("Cli", "Usage: proofer kubeconfig <check|contexts|view> [options]") + u'\n';
    text += u'\n';
    text += QCoreApplication::translate("Cli",
                                        "Reads the kubeconfig as kubectl does: --kubeconfig alone, else every "
                                        "file of $KUBECONFIG (':'-separated, first definition wins), else "
                                        "~/.kube/config.")
        + u'\n';
    text += u'\n';
    text += QCoreApplication::translate("Cli", "Commands:") + u'\n';
    const QList<QPair<QString, QString>> commands = {
        { QStringLiteral("check"),
          QCoreApplication::translate("Cli",
                                      "Resolve the context (cluster, user, namespace, "
                                      "TLS, auth) and validate it; exit 0 or 2") },
        { QStringLiteral("contexts"),
          QCoreApplication::translate("Cli",
                                      "List the contexts like \"kubectl config "
                                      "get-contexts\"") },
        { QStringLiteral("view"),
          QCoreApplication::translate("Cli",
                                      "Print the merged kubeconfig as JSON with secrets "
                                      "redacted (--context: only that context)") },
    };
    for (const auto &command : commands)
        text += QStringLiteral("  %1 %2\n").arg(command.first, -24).arg(command.second);
    text += u'\n';
    text += QCoreApplication::translate("Cli", "Options:") + u'\n';
    const QList<QPair<QString, QString>> options = {
        { QStringLiteral("--kubeconfig <file>"), QCoreApplication::translate("Cli", "Use only this kubeconfig file") },
        { QStringLiteral("--context <name>"),
          QCoreApplication::translate("Cli",
                                      "The context to use instead of "
                                      "current-context") },
        { QStringLiteral("-o, --output <format>"),
          QCoreApplication::translate("Cli", "text (default) or json (--format is the same)") },
        { QStringLiteral("-h, --help"), QCoreApplication::translate("Cli", "Show this help") },
    };
    for (const auto &option : options)
        text += QStringLiteral("  %1 %2\n").arg(option.first, -24).arg(option.second);
    text += u'\n';
    text += QCoreApplication::translate("Cli",
                                        "Tokens, passwords and keys are never printed: they show as REDACTED "
                                        "or DATA+OMITTED, as in \"kubectl config view\".")
        + u'\n';
    text += QCoreApplication::translate("Cli",
                                        "Exit status: 0 when the kubeconfig is usable, 2 on any error (printed "
                                        "on standard error).")
        + u'\n';
    return text;
}

int runKubeconfigCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption kubeconfigOption(QStringLiteral("kubeconfig"), QString(), QStringLiteral("file"));
    const QCommandLineOption contextOption(QStringLiteral("context"), QString(), QStringLiteral("name"));
    OutputOptions outputOptions;
    outputOptions.formats = { QStringLiteral("text"), QStringLiteral("json") };
    const QCommandLineOption helpOption(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    parser.addOptions({ kubeconfigOption, contextOption, helpOption });
    outputOptions.addTo(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText() + u'\n' + kubeconfigHelpText());
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption)) {
        out() << kubeconfigHelpText();
        out().flush();
        return ExitOk;
    }
    if (positional.size() != 1) {
        err() << kubeconfigHelpText();
        err().flush();
        return ExitUsage;
    }
    const QString subcommand = positional.constFirst();
    const auto chosen = outputOptions.chosenFormat(parser);
    if (!chosen)
        return fail(chosen.error());
    const QString output = *chosen;
    if (subcommand != u"check" && subcommand != u"contexts" && subcommand != u"view") {
        return fail(QCoreApplication::translate("Cli", "unknown kubeconfig command \"%1\" (check, contexts or view)")
                        .arg(subcommand));
    }

    Kube::KubeconfigLoader loader;
    loader.setExplicitPath(parser.value(kubeconfigOption));
    const auto config = loader.load();
    if (!config)
        return fail(config.error());
    const QString contextName = parser.value(contextOption);

    if (subcommand == u"contexts") {
        if (output == u"json")
            printJson(QJsonDocument(contextsJson(*config)));
        else
            out() << contextsText(*config);
        out().flush();
        return ExitOk;
    }
    if (subcommand == u"view") {
        if (!contextName.isEmpty() && !config->contexts.contains(contextName)) {
            return fail(QCoreApplication::translate("Kube", "context was not found for specified context: %1")
                            .arg(contextName));
        }
        printJson(QJsonDocument(viewJson(*config, contextName)));
        return ExitOk;
    }

    const auto resolved = Kube::KubeconfigLoader::resolve(*config, contextName);
    if (!resolved)
        return fail(resolved.error());
    // Read what can be read without a plugin or the network: token files, key files, the oidc id-token.
    const auto credentials = Kube::staticCredentials(*resolved);
    if (!credentials)
        return fail(credentials.error());
    if (output == u"json")
        printJson(QJsonDocument(checkJson(*resolved)));
    else
        out() << checkText(*resolved);
    out().flush();
    if (output == u"json" && verbosity() != Verbosity::Quiet) {
        for (const QString &warning : resolved->warnings)
            err() << QCoreApplication::translate("Cli", "warning: %1").arg(warning) << u'\n';
        err().flush();
    }
    return ExitOk;
}

QString kubeconfigHelpText()
{
    return withVerbosityHelp(kubeconfigHelpTextBody());
}

} // namespace Cli
