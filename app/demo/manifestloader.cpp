// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * Manifests to JSON objects, as kubectl reads them: files, directories and standard input; multi-document YAML
 * with the core schema's types; the file and line of the first bad document.
 */
#include "demo/manifestloader.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cstdio>

namespace Demo {

namespace {

QString demoTr(const char *text)
{
    return QCoreApplication::translate("Demo", text);
}

struct Converted
{
    QJsonValue value;
    QString error;
    int line = 0;
};

/** A plain scalar as YAML 1.2's core schema types it (what Go's yaml and so kubectl do for these forms). */
QJsonValue plainScalar(const std::string &text)
{
    const QString s = QString::fromStdString(text);
    static const QRegularExpression nullForm(QStringLiteral("^(~|null|Null|NULL|)$"));
    // YAML 1.1's booleans too: kubectl's yaml (go-yaml v2) reads "on" and "yes" as true.
    static const QRegularExpression boolTrue(QStringLiteral("^(true|True|TRUE|y|Y|yes|Yes|YES|on|On|ON)$"));
    static const QRegularExpression boolFalse(QStringLiteral("^(false|False|FALSE|n|N|no|No|NO|off|Off|OFF)$"));
    static const QRegularExpression decimal(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression octal(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression floating(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (nullForm.match(s).hasMatch())
        return QJsonValue(QJsonValue::Null);
    if (boolTrue.match(s).hasMatch())
        return true;
    if (boolFalse.match(s).hasMatch())
        return false;
    bool ok = false;
    if (decimal.match(s).hasMatch()) {
        // A leading zero is octal in YAML 1.1, which Go's yaml v2 (kubectl's) follows: 0600 is 384.
        const bool legacyOctal = s.size() > 1 && s.at(0) == u'0';
        const qint64 n = legacyOctal ? s.toLongLong(&ok, 8) : s.toLongLong(&ok, 10);
        if (ok)
            return double(n);
    }
    if (octal.match(s).hasMatch()) {
        const qint64 n = s.mid(2).toLongLong(&ok, 8);
        if (ok)
            return double(n);
    }
    if (hex.match(s).hasMatch()) {
        const qint64 n = s.mid(2).toLongLong(&ok, 16);
        if (ok)
            return double(n);
    }
    if (floating.match(s).hasMatch()) {
        const double d = s.toDouble(&ok);
        if (ok)
            return d;
    }
    return s;
}

Converted convert(const YAML::Node &node, int depth = 0)
{
    Converted out;
    out.line = node.Mark().line + 1;
    if (depth > 64) {
        out.error = demoTr("nested too deeply");
        return out;
    }
    switch (node.Type()) {
    case YAML::NodeType::Undefined:
    case YAML::NodeType::Null:
        out.value = QJsonValue(QJsonValue::Null);
        return out;
    case YAML::NodeType::Scalar:
        out.value = node.Tag() == "?" ? plainScalar(node.Scalar()) : QJsonValue(QString::fromStdString(node.Scalar()));
        if (node.Tag() == "tag:yaml.org,2002:int" || node.Tag() == "!!int")
            out.value = plainScalar(node.Scalar());
        return out;
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node) {
            Converted child = convert(item, depth + 1);
            if (!child.error.isEmpty())
                return child;
            array.append(child.value);
        }
        out.value = array;
        return out;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        QJsonObject merged; // "<<: *anchor" keys, overridden by the map's own
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!it->first.IsScalar()) {
                out.error = demoTr("a mapping key is not a string");
                out.line = it->first.Mark().line + 1;
                return out;
            }
            const QString key = QString::fromStdString(it->first.Scalar());
            Converted child = convert(it->second, depth + 1);
            if (!child.error.isEmpty())
                return child;
            if (key == u"<<" && it->first.Tag() == "?") {
                const QJsonArray sources = child.value.isArray() ? child.value.toArray() : QJsonArray { child.value };
                for (const QJsonValue &source : sources) {
                    const QJsonObject map = source.toObject();
                    for (auto m = map.begin(); m != map.end(); ++m) {
                        if (!merged.contains(m.key()))
                            merged.insert(m.key(), m.value());
                    }
                }
                continue;
            }
            if (object.contains(key)) {
                out.error = demoTr("mapping key \"%1\" already defined").arg(key);
                out.line = it->first.Mark().line + 1;
                return out;
            }
            object.insert(key, child.value);
        }
        for (auto m = merged.begin(); m != merged.end(); ++m) {
            if (!object.contains(m.key()))
                object.insert(m.key(), m.value());
        }
        out.value = object;
        return out;
    }
    }
    return out;
}

bool addObject(const QJsonObject &object, const QString &source, int line, ManifestSet *set)
{
    auto failAt = [&](const QString &message) {
        set->error = QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(message);
        return false;
    };
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (object.value(QStringLiteral("apiVersion")).toString().isEmpty())
        return failAt(demoTr("apiVersion not set (every object needs apiVersion and kind)"));
    if (kind.isEmpty())
        return failAt(demoTr("kind not set (every object needs apiVersion and kind)"));
    if (kind == u"List" || kind.endsWith(QStringLiteral("List"))) {
        for (const QJsonValue &item : object.value(QStringLiteral("items")).toArray()) {
            if (!item.isObject())
                return failAt(demoTr("an item of the %1 is not an object").arg(kind));
            if (!addObject(item.toObject(), source, line, set))
                return false;
        }
        return true;
    }
    const QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    if (metadata.value(QStringLiteral("name")).toString().isEmpty())
        return failAt(demoTr("%1 without metadata.name").arg(kind));
    set->objects << ManifestObject { object, source, line };
    return true;
}

QByteArray readStandardInput()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

} // namespace

bool parseManifests(const QByteArray &yaml, const QString &source, ManifestSet *set)
{
    set->files << source;
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        set->error = QStringLiteral("%1:%2: %3").arg(source).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
        return false;
    }
    for (const YAML::Node &document : documents) {
        if (!document || document.IsNull())
            continue; // an empty document, e.g. after a trailing "---"
        const int line = document.Mark().line + 1;
        if (!document.IsMap()) {
            set->error = QStringLiteral("%1:%2: %3")
                             .arg(source)
                             .arg(line)
                             .arg(demoTr("a document must be a mapping (an object with apiVersion and kind)"));
            return false;
        }
        Converted converted = convert(document);
        if (!converted.error.isEmpty()) {
            set->error = QStringLiteral("%1:%2: %3").arg(source).arg(converted.line).arg(converted.error);
            return false;
        }
        if (!addObject(converted.value.toObject(), source, line, set))
            return false;
    }
    return true;
}

ManifestSet loadManifests(const QString &path)
{
    ManifestSet set;
    if (path == u"-") {
        parseManifests(readStandardInput(), QStringLiteral("-"), &set);
        return set;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        set.error = demoTr("%1: no such file or directory").arg(path);
        return set;
    }
    QStringList files;
    if (info.isDir()) {
        QDirIterator it(path, { QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json") },
                        QDir::Files, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext())
            files << it.next();
        // Name order, the path's components compared as kubectl's filepath.Walk does (lexically).
        std::sort(files.begin(), files.end());
    } else {
        files << path;
    }
    for (const QString &file : std::as_const(files)) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            set.error = demoTr("%1: %2").arg(file, in.errorString());
            return set;
        }
        if (!parseManifests(in.readAll(), file, &set))
            return set;
    }
    return set;
}

QString namespaceFor(const QJsonObject &object, const QString &defaultNamespace)
{
    const QString own = object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("namespace")).toString();
    if (!own.isEmpty())
        return own;
    return defaultNamespace.isEmpty() ? QStringLiteral("default") : defaultNamespace;
}

} // namespace Demo
