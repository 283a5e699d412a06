// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/policy.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

#include <optional>

class QThreadPool;

namespace Session {

/** A policy read (or written and read back) off the caller's thread: the policy, or why there is none. */
struct PolicyRead
{
    std::optional<Audit::Policy> policy;
    QString error; ///< for people (translated); empty when policy is set
};

/**
 * The console's access to policy files (docs/policy.md), never on the GUI thread: finding the policy in use as
 * `proofer scan` would (without --policy), and adding an accepted risk to a file the user chose, written so that the
 * rest of the file stays as it was (comments, order, formatting) and checked by Audit::PolicyLoader before it is saved.
 */
class PolicyFile final
{
public:
    /** $PROOFER_POLICY, ./.proofer.yaml, $XDG_CONFIG_HOME/proofer/policy.yaml, else the built-in policy; on @p pool. */
    static QFuture<PolicyRead> find(QThreadPool *pool);

    /** Where an acceptance goes unless the user says otherwise: the policy file in use, else the user's own one. */
    static QString defaultPath(const Audit::Policy &inUse);
    /** `$XDG_CONFIG_HOME/proofer/policy.yaml` (`~/.config` when XDG_CONFIG_HOME is unset or not absolute). */
    static QString userPolicyPath();

    /**
     * @p original (the bytes of policy file @p path; empty for a new file) with @p risk appended to its `acceptedRisks`
     * list: the lines before and after are kept byte for byte (a new list is added at the end when there is none).
     * An error when the file does not read as a policy now, when its list is written in flow style (`[…]` with items),
     * or when the loader would not read the result back with this acceptance last. Pure: no I/O.
     */
    static PolicyRead withAcceptance(const QByteArray &original, const QString &path, const Audit::AcceptedRisk &risk,
                                     QByteArray *updated);

    /**
     * Reads @p path (a missing file is a new, empty one), appends @p risk (withAcceptance()), saves it atomically
     * (its directory created when missing) and returns the policy as the loader reads it back; on @p pool.
     */
    static QFuture<PolicyRead> appendAcceptance(const QString &path, const Audit::AcceptedRisk &risk, QThreadPool *pool);
};

} // namespace Session
