// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/compliancecatalog.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace Audit {

namespace {

QString str(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return {};
    return QString::fromStdString(node.as<std::string>()).trimmed();
}

bool readKinds(const YAML::Node &node, QList<Kind> &kinds, QString &error)
{
    if (!node)
        return true;
    if (!node.IsSequence()) {
        error = QStringLiteral("kinds: expected a list");
        return false;
    }
    for (const YAML::Node &k : node) {
        const auto kind = Fleet::kindFromName(str(k));
        if (!kind) {
            error = QStringLiteral("kinds: unknown kind %1").arg(str(k));
            return false;
        }
        kinds << *kind;
    }
    return true;
}

} // namespace

bool ComplianceCatalog::parse(const QByteArray &yaml, const QString &file, ComplianceCatalog &catalog, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file, why);
        return false;
    };
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap())
            return fail(QStringLiteral("the document is not a mapping"));
        if (root["unmapped"]) {
            const YAML::Node list = root["unmapped"];
            if (!list.IsSequence())
                return fail(QStringLiteral("unmapped: expected a list"));
            for (const YAML::Node &item : list) {
                const QString rule = str(item["rule"]);
                const QString reason = str(item["reason"]);
                if (rule.isEmpty() || reason.isEmpty())
                    return fail(QStringLiteral("unmapped: every entry needs rule and reason"));
                catalog.m_unmapped.insert(rule, reason);
            }
            return true;
        }
        Framework fw;
        fw.file = file;
        fw.id = str(root["id"]);
        fw.name = str(root["framework"]);
        fw.version = str(root["version"]);
        if (fw.id.isEmpty() || fw.name.isEmpty() || fw.version.isEmpty())
            return fail(QStringLiteral("a framework needs id, framework and version"));
        QString kindError;
        if (!readKinds(root["kinds"], fw.kinds, kindError))
            return fail(kindError);
        const YAML::Node controls = root["controls"];
        if (!controls || !controls.IsSequence())
            return fail(QStringLiteral("controls: expected a list"));
        for (const YAML::Node &c : controls) {
            Control control;
            control.id = str(c["id"]);
            control.title = str(c["title"]);
            control.note = str(c["note"]);
            if (control.id.isEmpty() || control.title.isEmpty())
                return fail(QStringLiteral("every control needs id and title"));
            if (!readKinds(c["kinds"], control.kinds, kindError))
                return fail(QStringLiteral("control %1: %2").arg(control.id, kindError));
            if (control.kinds.isEmpty())
                control.kinds = fw.kinds;
            control.evidenceRequired = str(c["evidenceRequired"]);
            control.maxStatusReason = str(c["maxStatusReason"]);
            control.notAssessedReason = str(c["notAssessedReason"]);
            if (const YAML::Node max = c["maxStatus"]) {
                const QString value = str(max);
                if (value == u"partial")
                    control.maxStatus = Control::MaxStatus::Partial;
                else if (value != u"pass")
                    return fail(QStringLiteral("control %1: maxStatus: expected pass or partial, not '%2'")
                                    .arg(control.id, value));
            }
            if (!readKinds(c["maxStatusKinds"], control.maxStatusKinds, kindError))
                return fail(QStringLiteral("control %1: maxStatusKinds: %2").arg(control.id, kindError));
            const YAML::Node rules = c["rules"];
            if (!rules || !rules.IsSequence())
                return fail(QStringLiteral("control %1: rules: expected a list").arg(control.id));
            for (const YAML::Node &r : rules)
                control.ruleIds << str(r);
            fw.controls << control;
        }
        catalog.m_frameworks << fw;
        return true;
    } catch (const YAML::Exception &e) {
        return fail(QString::fromStdString(e.what()));
    }
}

ComplianceCatalog ComplianceCatalog::load(const QString &directory, QString *error)
{
    ComplianceCatalog catalog;
    const QDir dir(directory);
    if (directory.isEmpty() || !dir.exists()) {
        if (error)
            *error = QCoreApplication::translate("Audit", "Compliance directory not found: %1").arg(directory);
        return {};
    }
    const QStringList files
        = dir.entryList({ QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(name, file.errorString());
            return {};
        }
        if (!parse(file.readAll(), name, catalog, error))
            return {};
    }
    if (catalog.m_frameworks.isEmpty() && error)
        *error = QCoreApplication::translate("Audit", "No compliance framework in %1").arg(directory);
    qCDebug(lcAudit) << "compliance catalogue:" << catalog.m_frameworks.size() << "frameworks from" << directory;
    return catalog;
}

QString ComplianceCatalog::defaultDirectory()
{
    QStringList candidates;
    const QString resources = qEnvironmentVariable("PROOFER_RESOURCES_DIR");
    if (!resources.isEmpty())
        candidates << resources + QStringLiteral("/compliance");
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/proofer/compliance");
    const QString source = qEnvironmentVariable("PROOFER_SOURCE_DIR");
    if (!source.isEmpty())
        candidates << source + QStringLiteral("/resources/compliance");
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    }
    return {};
}

const Framework *ComplianceCatalog::framework(const QString &id) const
{
    for (const Framework &fw : m_frameworks) {
        if (fw.id == id)
            return &fw;
    }
    return nullptr;
}

QStringList ComplianceCatalog::mappedRuleIds() const
{
    QStringList ids;
    for (const Framework &fw : m_frameworks) {
        for (const Control &c : fw.controls) {
            for (const QString &id : c.ruleIds) {
                if (!ids.contains(id))
                    ids << id;
            }
        }
    }
    return ids;
}

QStringList ComplianceCatalog::validate(const QStringList &knownRuleIds) const
{
    QStringList problems;
    const QSet<QString> known(knownRuleIds.cbegin(), knownRuleIds.cend());
    QSet<QString> frameworkIds;
    for (const Framework &fw : m_frameworks) {
        if (frameworkIds.contains(fw.id))
            problems << QStringLiteral("%1: framework id %2 is used twice").arg(fw.file, fw.id);
        frameworkIds.insert(fw.id);
        QSet<QString> controlIds;
        for (const Control &c : fw.controls) {
            if (controlIds.contains(c.id))
                problems << QStringLiteral("%1: control %2 is listed twice").arg(fw.file, c.id);
            controlIds.insert(c.id);
            if (c.evidenceRequired.isEmpty())
                problems << QStringLiteral("%1: control %2 has no evidenceRequired").arg(fw.file, c.id);
            if (c.maxStatus == Control::MaxStatus::Partial && c.maxStatusReason.isEmpty())
                problems
                    << QStringLiteral("%1: control %2 is capped at partial without maxStatusReason").arg(fw.file, c.id);
            if (c.maxStatus == Control::MaxStatus::Pass && !c.maxStatusReason.isEmpty())
                problems << QStringLiteral("%1: control %2 has a maxStatusReason but no cap").arg(fw.file, c.id);
            if (c.maxStatus == Control::MaxStatus::Pass && !c.maxStatusKinds.isEmpty())
                problems << QStringLiteral("%1: control %2 has maxStatusKinds but no cap").arg(fw.file, c.id);
            if (c.ruleIds.isEmpty() && c.notAssessedReason.isEmpty())
                problems << QStringLiteral("%1: control %2 names no rule and no notAssessedReason").arg(fw.file, c.id);
            if (!c.ruleIds.isEmpty() && !c.notAssessedReason.isEmpty())
                problems << QStringLiteral("%1: control %2 names rules and a notAssessedReason").arg(fw.file, c.id);
            for (const QString &id : c.ruleIds) {
                if (!known.contains(id))
                    problems << QStringLiteral("%1: control %2 names unknown rule %3").arg(fw.file, c.id, id);
            }
        }
    }
    const QStringList mapped = mappedRuleIds();
    for (auto it = m_unmapped.cbegin(); it != m_unmapped.cend(); ++it) {
        if (!known.contains(it.key()))
            problems << QStringLiteral("unmapped lists unknown rule %1").arg(it.key());
        if (mapped.contains(it.key()))
            problems << QStringLiteral("rule %1 is both mapped and listed as unmapped").arg(it.key());
    }
    for (const QString &id : knownRuleIds) {
        if (!mapped.contains(id) && !m_unmapped.contains(id))
            problems << QStringLiteral("rule %1 maps to no control and is not listed as unmapped").arg(id);
    }
    return problems;
}

} // namespace Audit
