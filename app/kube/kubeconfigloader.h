// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kube/expected.h"
#include "kube/kubeconfig.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Kube {

/**
 * Loads and merges kubeconfig files with client-go's rules (kubectl is the oracle):
 *
 * - an explicit path (`--kubeconfig`) is loaded alone and must exist;
 * - else `$KUBECONFIG`, split on ':', de-duplicated, missing files skipped;
 * - else `~/.kube/config` (skipped when missing).
 *
 * The first file that defines a cluster, user or context by name wins it whole; current-context
 * comes from the first file that sets it. Relative paths resolve against the defining file's
 * directory. YAML and JSON are read and refused as kubectl reads them (libyaml checks the syntax first:
 * a truncated file is an error, anchors and aliases are fine, alias bombs are not); oversized files
 * and deep nesting are refused.
 */
class KubeconfigLoader final {
public:
    static constexpr qint64 DefaultMaxFileSize = 4 * 1024 * 1024;
    static constexpr int DefaultMaxDepth = 32;

    KubeconfigLoader();

    /** `--kubeconfig`: load this file alone. Empty: use $KUBECONFIG or ~/.kube/config. */
    void setExplicitPath(const QString &path) { m_explicitPath = path; }
    /** Where KUBECONFIG and HOME come from (default: the process environment). */
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setMaxFileSize(qint64 bytes) { m_maxFileSize = bytes; }
    /** Deepest nesting of YAML collections accepted. */
    void setMaxDepth(int depth) { m_maxDepth = depth; }

    /** The files that load() would read, in precedence order (before skipping missing ones). */
    QStringList precedence() const;

    /** Reads and merges the kubeconfig files. */
    Expected<Kubeconfig> load() const;

    /**
     * Parses one file's content. @p path names the file in messages and is the base of its relative
     * paths. Duplicate names inside the file are an error.
     */
    Expected<Kubeconfig> parse(const QByteArray &data, const QString &path) const;

    /**
     * Picks @p contextName (or the current context), looks up its cluster and user and validates
     * them as kubectl does before it connects. No network; files named by the config are checked
     * for readability.
     */
    static Expected<ResolvedContext> resolve(const Kubeconfig &config, const QString &contextName = {});

private:
    Expected<Kubeconfig> loadFile(const QString &path) const;

    QString m_explicitPath;
    QProcessEnvironment m_environment;
    qint64 m_maxFileSize = DefaultMaxFileSize;
    int m_maxDepth = DefaultMaxDepth;
};

} // namespace Kube
