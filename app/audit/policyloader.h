// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/policy.h"
#include "kube/expected.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

namespace Audit {

/**
 * Finds and reads the policy file (docs/policy.md). Every unknown key and every bad value is an error that names the
 * file and line ("proofer.yaml:12: unknown field \"profile.passwords.minLenght\" …"), as kubectl's strict decoding
 * does: a policy that grades a scan is never half read. Reads are bounded (size, nesting, list lengths).
 */
class PolicyLoader final
{
public:
    static constexpr qint64 MaxFileBytes = 256 * 1024;
    static constexpr int MaxDepth = 16;
    static constexpr int MaxAcceptedRisks = 1000;

    /** Where the policy comes from: a file and how it was found, or nothing (the built-in policy). */
    struct Location
    {
        QString path; ///< empty: no file, the built-in policy
        QString foundBy; ///< "--policy", "PROOFER_POLICY", "./.proofer.yaml", "XDG_CONFIG_HOME"
    };

    /**
     * The search, first found wins: @p explicitPath (`--policy F`), then $PROOFER_POLICY, then `.proofer.yaml` in
     * @p workingDirectory, then `$XDG_CONFIG_HOME/proofer/policy.yaml` (`~/.config` when XDG_CONFIG_HOME is unset or
     * not absolute), else the built-in policy. A file named by --policy or $PROOFER_POLICY must exist (an error
     * otherwise: the user asked for it); the other two are used only when present.
     */
    static Kube::Expected<Location> locate(const QString &explicitPath, const QProcessEnvironment &environment,
                                           const QString &workingDirectory);

    /** Reads @p path (at most MaxFileBytes). */
    static Kube::Expected<Policy> load(const QString &path);
    /** Parses @p data as the policy file @p path (named in errors, recorded with the data's SHA-256). */
    static Kube::Expected<Policy> parse(const QByteArray &data, const QString &path);

    /** locate() then load(): the policy in use, or why there is none (the caller exits 2 or shows the error). */
    static Kube::Expected<Policy>
    find(const QString &explicitPath, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
         const QString &workingDirectory = QString());
};

} // namespace Audit
