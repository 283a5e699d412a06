// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Demo {

/** One Kubernetes object read from a manifest, and where it was read. */
struct ManifestObject
{
    QJsonObject object;
    QString source; ///< the file ("-" for standard input)
    int line = 0; ///< 1-based line where its document starts
};

/** What loadManifests() read: the objects in order, or an error that names the file and line. */
struct ManifestSet
{
    QList<ManifestObject> objects;
    QString error; ///< "FILE:LINE: what is wrong"; empty when every document was read
    QStringList files; ///< the files read, in order
};

/**
 * Reads Kubernetes manifests as `kubectl apply -f` does: @p path is a file, a directory (its *.yaml, *.yml and
 * *.json files, recursively, in name order) or "-" (standard input: the output of `kustomize build` or
 * `helm template`). Every YAML document is one object; empty documents are skipped, `kind: List` is expanded.
 * Plain scalars are typed as YAML 1.2's core schema says (true/false, null, integers, floats), quoted ones are
 * strings. A document that is not YAML, not a mapping, or has no apiVersion, kind or metadata.name fails the
 * whole set with its file and line.
 */
ManifestSet loadManifests(const QString &path);

/** The documents of @p yaml (read from @p source) appended to @p set; false with set->error on failure. */
bool parseManifests(const QByteArray &yaml, const QString &source, ManifestSet *set);

/** The namespace an object goes to: its own, else @p defaultNamespace, else "default". */
QString namespaceFor(const QJsonObject &object, const QString &defaultNamespace);

} // namespace Demo
