// SPDX-License-Identifier: GPL-3.0-or-later
// Kubernetes: who can read the datastores' Secrets, and whether Proofer's own API connection is verified.
#include "audit/rules/rules.h"
#include "audit/rules/rulesupport.h"

namespace Audit::Rules {

using namespace Support;

namespace {

Outcome secretsReadable(const Evidence &, const FleetEvidence &fleet)
{
    if (!fleet.secretsReadableBroadly)
        return unknown(fleet.unknownReasons, QStringLiteral("secretsReadableBroadly"));
    if (fleet.secretsReadableBroadly->isEmpty())
        return Outcome::pass(
            { QCoreApplication::translate("Audit", "No broad RBAC grant to read Secrets was observed") });
    return Outcome::fail({ QCoreApplication::translate("Audit", "Can read every Secret of the namespace: %1")
                               .arg(fleet.secretsReadableBroadly->join(u", ")) });
}

Outcome insecureSkipVerify(const Evidence &, const FleetEvidence &fleet)
{
    if (!fleet.kubeconfigInsecureSkipTlsVerify)
        return unknown(fleet.unknownReasons, QStringLiteral("kubeconfigInsecureSkipTlsVerify"));
    if (*fleet.kubeconfigInsecureSkipTlsVerify)
        return Outcome::fail(
            { QCoreApplication::translate("Audit", "The kubeconfig in use sets insecure-skip-tls-verify: true") });
    return Outcome::pass({ QCoreApplication::translate("Audit", "The API server certificate is verified") });
}

Rule fleetRule(Rule r)
{
    r.scope = Scope::Fleet;
    r.kinds.clear();
    return r;
}

} // namespace

QList<Rule> kubernetesRules()
{
    return {
        fleetRule(makeRule("KUBE-001", Family::Kubernetes, Severity::High, {},
                           QT_TRANSLATE_NOOP("Audit", "Secrets are readable through broad RBAC"),
                           QT_TRANSLATE_NOOP("Audit",
                                             "kubectl -n <namespace> auth can-i get secrets --as=<subject>; "
                                             "grant get on named Secrets only: resourceNames: [<name>-secret]"),
                           { QStringLiteral("secretsReadableBroadly") },
                           { QStringLiteral("SOC 2 CC6.1"), QStringLiteral("PCI DSS v4.0.1 7.2.1"),
                             QStringLiteral("https://kubernetes.io/docs/concepts/security/rbac-good-practices/") },
                           secretsReadable)),
        fleetRule(makeRule("KUBE-002", Family::Kubernetes, Severity::High, {},
                           QT_TRANSLATE_NOOP("Audit", "The kubeconfig skips TLS verification of the API server"),
                           QT_TRANSLATE_NOOP("Audit",
                                             "kubectl config set-cluster <cluster> "
                                             "--certificate-authority=<ca.crt> --embed-certs=true && "
                                             "kubectl config unset clusters.<cluster>.insecure-skip-tls-verify"),
                           { QStringLiteral("kubeconfigInsecureSkipTlsVerify") },
                           { QStringLiteral("SOC 2 CC6.7"), QStringLiteral("SOC 2 CC6.6") },
                           insecureSkipVerify)),
    };
}

} // namespace Audit::Rules
