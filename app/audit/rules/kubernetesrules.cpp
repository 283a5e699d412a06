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

Outcome secretsEncryptedAtRest(const Evidence &, const FleetEvidence &fleet)
{
    if (!fleet.profile.secretsEncryptedAtRest)
        return Outcome::notAssessed(QCoreApplication::translate(
            "Audit", "Needs cluster-admin evidence: whether etcd holds Secrets encrypted is set in the API server's "
                     "EncryptionConfiguration, which a namespace cannot see; attest it in the policy file "
                     "(attestations.secretsEncryptedAtRest: value, attestedBy: who checked it, date)"));
    const QString by = fleet.profile.secretsEncryptionAttestedBy.isEmpty()
        ? QCoreApplication::translate("Audit", "the profile (no one named)")
        : fleet.profile.secretsEncryptionAttestedBy;
    if (!*fleet.profile.secretsEncryptedAtRest)
        return Outcome::fail({ QCoreApplication::translate("Audit", "Secrets are stored unencrypted in etcd, as attested by %1").arg(by) })
            .withBasis(Basis::Attested);
    return Outcome::pass({ QCoreApplication::translate("Audit", "Secrets encryption at rest attested by %1").arg(by) })
        .withBasis(Basis::Attested);
}

Outcome exposedOutside(const Evidence &e, const FleetEvidence &)
{
    if (!e.network.exposure)
        return unknown(e, QStringLiteral("network.exposure"));
    if (!e.network.exposure->isEmpty())
        return Outcome::fail(*e.network.exposure);
    return Outcome::pass({ QCoreApplication::translate(
        "Audit", "Reached only inside the cluster: its Services are ClusterIP without externalIPs and no Ingress routes to them") });
}

Outcome ingressUnrestricted(const Evidence &e, const FleetEvidence &)
{
    if (!e.network.ingressPolicies)
        return unknown(e, QStringLiteral("network.ingressPolicies"));
    const QStringList &restricting = *e.network.ingressPolicies;
    const QStringList &open = e.network.openIngressPolicies;
    // Policies add up: one that admits any source opens the pods whatever the others say.
    if (!open.isEmpty())
        return Outcome::fail({ QCoreApplication::translate("Audit", "NetworkPolicy %1 selects its pods and admits any source")
                                   .arg(open.join(QStringLiteral(", "))) });
    if (restricting.isEmpty())
        return Outcome::fail({ QCoreApplication::translate(
            "Audit", "No NetworkPolicy selects its pods for ingress: every pod of the cluster can connect to it") });
    return Outcome::pass({ QCoreApplication::translate("Audit", "Ingress restricted to listed sources by NetworkPolicy %1")
                               .arg(restricting.join(QStringLiteral(", "))) });
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
        makeRule("KUBE-004", Family::Kubernetes, Severity::High, allKinds(),
                 QT_TRANSLATE_NOOP("Audit", "The datastore is reachable from outside the cluster"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "Keep database Services type: ClusterIP without externalIPs and route no Ingress to "
                                   "them; operators reach them with kubectl port-forward (as Proofer does)"),
                 { QStringLiteral("network.exposure") },
                 { QStringLiteral("PCI DSS v4.0.1 1.3.1"), QStringLiteral("SOC 2 CC6.6"),
                   QStringLiteral("https://kubernetes.io/docs/concepts/services-networking/service/") },
                 exposedOutside),
        makeRule("KUBE-005", Family::Kubernetes, Severity::Medium, allKinds(),
                 QT_TRANSLATE_NOOP("Audit", "No NetworkPolicy restricts who can connect to the datastore"),
                 QT_TRANSLATE_NOOP("Audit",
                                   "Add a NetworkPolicy whose podSelector selects the database pods, policyTypes: [Ingress], "
                                   "admitting only its services' pods (podSelector on app.kubernetes.io/component=service) "
                                   "on the database port; the CNI must enforce NetworkPolicy"),
                 { QStringLiteral("network.ingressPolicies") },
                 { QStringLiteral("PCI DSS v4.0.1 1.3.1"), QStringLiteral("SOC 2 CC6.6"),
                   QStringLiteral("https://kubernetes.io/docs/concepts/services-networking/network-policies/") },
                 ingressUnrestricted),
        fleetRule(makeRule("KUBE-003", Family::Kubernetes, Severity::Medium, {},
                           QT_TRANSLATE_NOOP("Audit", "Secrets are not known to be encrypted at rest"),
                           QT_TRANSLATE_NOOP("Audit",
                                             "Ask the cluster's administrators for the API server's "
                                             "--encryption-provider-config (kms v2, aesgcm or aescbc before identity "
                                             "for secrets), then record who checked it in the policy file: attestations: "
                                             "secretsEncryptedAtRest: {value: true, attestedBy: <who>, date: <day>}"),
                           { QStringLiteral("profile.secretsEncryptedAtRest") },
                           { QStringLiteral("CIS Kubernetes Benchmark: API server --encryption-provider-config"),
                             QStringLiteral("https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/") },
                           secretsEncryptedAtRest)),
    };
}

} // namespace Audit::Rules
