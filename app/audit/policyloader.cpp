// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/policyloader.h"

#include "audit/ruleset.h"
#include "core/logging.h"
#include "kube/yamlcheck.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <functional>

namespace Audit {

namespace {

/** How a value that was not wanted looks, for the message: "abc" quoted, or what kind of node it is. */
QString shown(const YAML::Node &node)
{
    if (node.IsScalar())
        return u'"' + QString::fromStdString(node.Scalar()) + u'"';
    if (node.IsSequence())
        return QCoreApplication::translate("Audit", "a list");
    if (node.IsMap())
        return QCoreApplication::translate("Audit", "a mapping");
    return QCoreApplication::translate("Audit", "nothing");
}

/** A plain scalar (not quoted): what YAML reads as a number or a boolean. */
bool isPlain(const YAML::Node &node)
{
    return node.IsScalar() && node.Tag() != "!";
}

/** Walks the file's nodes into a Policy; the first error stops it, with the file and the line. */
class Reader final
{
public:
    using Handler = std::function<bool(const YAML::Node &value, const QString &name)>;
    struct Field
    {
        const char *key;
        Handler read;
    };

    explicit Reader(QString path)
        : m_path(std::move(path))
    { }

    const QString &error() const { return m_error; }

    bool fail(const YAML::Node &node, const QString &message)
    {
        const int line = node.Mark().line;
        m_error = line >= 0 ? QStringLiteral("%1:%2: %3").arg(m_path).arg(line + 1).arg(message)
                            : QStringLiteral("%1: %2").arg(m_path, message);
        return false;
    }

    /** A mapping whose keys are all known, each once, each with a value. */
    bool mapping(const YAML::Node &node, const QString &name, const QList<Field> &fields)
    {
        if (!node.IsMap())
            return fail(node, QCoreApplication::translate("Audit", "%1: must be a mapping, not %2").arg(name, shown(node)));
        QSet<QString> seen;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const YAML::Node key = it->first;
            const YAML::Node value = it->second;
            if (!key.IsScalar())
                return fail(key, QCoreApplication::translate("Audit", "%1: a key must be a name, not %2").arg(name, shown(key)));
            const QString keyName = QString::fromStdString(key.Scalar());
            const QString full = name.isEmpty() ? keyName : name + u'.' + keyName;
            if (seen.contains(keyName))
                return fail(key, QCoreApplication::translate("Audit", "duplicate field \"%1\"").arg(full));
            seen.insert(keyName);
            const auto field = std::find_if(fields.cbegin(), fields.cend(),
                                            [&](const Field &f) { return keyName == QLatin1String(f.key); });
            if (field == fields.cend()) {
                QStringList known;
                for (const Field &f : fields)
                    known << QLatin1String(f.key);
                return fail(key,
                            QCoreApplication::translate("Audit", "unknown field \"%1\" (known here: %2)").arg(full, known.join(QStringLiteral(", "))));
            }
            if (!value.IsDefined() || value.IsNull())
                return fail(key, QCoreApplication::translate("Audit", "%1: needs a value").arg(full));
            if (!field->read(value, full))
                return false;
        }
        return true;
    }

    bool integer(const YAML::Node &node, const QString &name, int minimum, int maximum, int &out)
    {
        bool ok = false;
        const qlonglong value = isPlain(node) ? QString::fromStdString(node.Scalar()).toLongLong(&ok) : 0;
        if (!ok || value < minimum || value > maximum)
            return fail(node,
                        QCoreApplication::translate("Audit", "%1: must be a whole number from %2 to %3, not %4")
                            .arg(name)
                            .arg(minimum)
                            .arg(maximum)
                            .arg(shown(node)));
        out = int(value);
        return true;
    }

    bool boolean(const YAML::Node &node, const QString &name, bool &out)
    {
        const QString text = isPlain(node) ? QString::fromStdString(node.Scalar()).toLower() : QString();
        if (text == u"true" || text == u"yes" || text == u"on")
            out = true;
        else if (text == u"false" || text == u"no" || text == u"off")
            out = false;
        else
            return fail(node, QCoreApplication::translate("Audit", "%1: must be true or false, not %2").arg(name, shown(node)));
        return true;
    }

    /** A non-empty string of at most @p maximum characters. */
    bool text(const YAML::Node &node, const QString &name, QString &out, int maximum = 1000)
    {
        const QString value = node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
        if (value.isEmpty())
            return fail(node, QCoreApplication::translate("Audit", "%1: must be a text, not %2").arg(name, shown(node)));
        if (value.size() > maximum)
            return fail(node, QCoreApplication::translate("Audit", "%1: is longer than %2 characters").arg(name).arg(maximum));
        out = value;
        return true;
    }

    bool date(const YAML::Node &node, const QString &name, QDate &out)
    {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString value = node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
        const QDate day = shape.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
        if (!day.isValid())
            return fail(node, QCoreApplication::translate("Audit", "%1: must be a date as YYYY-MM-DD, not %2").arg(name, shown(node)));
        out = day;
        return true;
    }

    /** "24h", "90m", "1h30m", "2d", "3600s": Go's durations, plus days. */
    bool duration(const YAML::Node &node, const QString &name, qint64 maximumSeconds, std::chrono::seconds &out)
    {
        static const QRegularExpression whole(QStringLiteral("^(\\d+[dhms])+$"));
        static const QRegularExpression part(QStringLiteral("(\\d+)([dhms])"));
        const QString value = isPlain(node) ? QString::fromStdString(node.Scalar()).trimmed() : QString();
        qint64 seconds = -1;
        if (whole.match(value).hasMatch()) {
            seconds = 0;
            for (auto it = part.globalMatch(value); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const qint64 n = m.captured(1).left(9).toLongLong();
                const QChar unit = m.captured(2).at(0);
                seconds += n * (unit == u'd' ? 86400 : unit == u'h' ? 3600 : unit == u'm' ? 60 : 1);
            }
        }
        if (seconds < 0 || seconds > maximumSeconds)
            return fail(node,
                        QCoreApplication::translate("Audit", "%1: must be a duration from 0s to %2 (e.g. 24h, 90m, 2d), not %3")
                            .arg(name, QStringLiteral("%1d").arg(maximumSeconds / 86400), shown(node)));
        out = std::chrono::seconds(seconds);
        return true;
    }

    /** A list of at most @p maximum items, each read by @p item with its index in the name ("acceptedRisks[2]"). */
    bool list(const YAML::Node &node, const QString &name, int maximum,
              const std::function<bool(const YAML::Node &, const QString &)> &item)
    {
        if (!node.IsSequence())
            return fail(node, QCoreApplication::translate("Audit", "%1: must be a list, not %2").arg(name, shown(node)));
        if (node.size() > std::size_t(maximum))
            return fail(node, QCoreApplication::translate("Audit", "%1: more than %2 items").arg(name).arg(maximum));
        int index = 0;
        for (const YAML::Node &each : node) {
            if (!item(each, QStringLiteral("%1[%2]").arg(name).arg(index++)))
                return false;
        }
        return true;
    }

    bool read(const YAML::Node &root, Policy &policy)
    {
        if (!root.IsDefined() || root.IsNull())
            return true; // an empty file is the built-in policy, recorded as this file
        Profile &p = policy.profile;
        return mapping(
            root, QString(),
            {
                { "apiVersion",
                  [this](const YAML::Node &v, const QString &n) { return constant(v, n, "proofer/v1"); } },
                { "kind", [this](const YAML::Node &v, const QString &n) { return constant(v, n, "Policy"); } },
                { "profile", [this, &p](const YAML::Node &v, const QString &n) { return readProfile(v, n, p); } },
                { "attestations",
                  [this, &p](const YAML::Node &v, const QString &n) { return readAttestations(v, n, p); } },
                { "observations",
                  [this, &policy](const YAML::Node &v, const QString &n) {
                      return mapping(v, n, { { "ttl", [this, &policy](const YAML::Node &ttl, const QString &name) {
                                                  // The cache forgets what is older than 30 days anyway.
                                                  return duration(ttl, name, 30 * 86400, policy.observationTtl);
                                              } } });
                  } },
                { "acceptedRisks",
                  [this, &policy](const YAML::Node &v, const QString &n) {
                      return list(v, n, PolicyLoader::MaxAcceptedRisks,
                                  [this, &policy](const YAML::Node &item, const QString &name) {
                                      return readRisk(item, name, policy);
                                  });
                  } },
            });
    }

private:
    bool constant(const YAML::Node &node, const QString &name, const char *wanted)
    {
        if (!node.IsScalar() || node.Scalar() != wanted)
            return fail(node, QCoreApplication::translate("Audit", "%1: must be %2, not %3").arg(name, QLatin1String(wanted), shown(node)));
        return true;
    }

    bool readProfile(const YAML::Node &node, const QString &name, Profile &p)
    {
        return mapping(
            node, name,
            {
                { "passwords",
                  [this, &p](const YAML::Node &v, const QString &n) {
                      return mapping(v, n,
                                     {
                                         { "minLength",
                                           [this, &p](const YAML::Node &x, const QString &m) {
                                               return integer(x, m, 8, 1024, p.minPasswordLength);
                                           } },
                                         { "minCharacterClasses",
                                           [this, &p](const YAML::Node &x, const QString &m) {
                                               return integer(x, m, 1, 4, p.minCharacterClasses);
                                           } },
                                         { "rotationDays",
                                           [this, &p](const YAML::Node &x, const QString &m) {
                                               return integer(x, m, 1, 3650, p.rotationDays);
                                           } },
                                     });
                  } },
                { "certificates",
                  [this, &p](const YAML::Node &v, const QString &n) {
                      return mapping(v, n,
                                     {
                                         { "renewalWindowDays",
                                           [this, &p](const YAML::Node &x, const QString &m) {
                                               return integer(x, m, 1, 3650, p.renewalWindowDays);
                                           } },
                                     });
                  } },
                { "postgresql", [this, &p](const YAML::Node &v, const QString &n) { return readPostgres(v, n, p); } },
                { "storage",
                  [this, &p](const YAML::Node &v, const QString &n) {
                      return mapping(v, n,
                                     {
                                         { "pvcMinimumSize",
                                           [this, &p](const YAML::Node &x, const QString &m) {
                                               return quantity(x, m, p.pvcMinimumSize);
                                           } },
                                         { "pvcAccessMode",
                                           [this, &p](const YAML::Node &x, const QString &m) {
                                               return accessMode(x, m, p.pvcAccessMode);
                                           } },
                                     });
                  } },
                { "backups",
                  [this, &p](const YAML::Node &v, const QString &n) {
                      return mapping(v, n,
                                     {
                                         { "retentionDays",
                                           [this, &p](const YAML::Node &x, const QString &m) {
                                               return integer(x, m, 1, 3650, p.backupRetentionDays);
                                           } },
                                     });
                  } },
                { "pods",
                  [this, &p](const YAML::Node &v, const QString &n) {
                      return mapping(v, n,
                                     {
                                         { "maxRestarts",
                                           [this, &p](const YAML::Node &x, const QString &m) {
                                               return integer(x, m, 0, 1000000, p.maxRestarts);
                                           } },
                                     });
                  } },
            });
    }

    bool readPostgres(const YAML::Node &node, const QString &name, Profile &p)
    {
        return mapping(
            node, name,
            {
                { "expectedExtensions",
                  [this, &p](const YAML::Node &v, const QString &n) {
                      QStringList extensions;
                      const bool ok = list(v, n, 64, [this, &extensions](const YAML::Node &item, const QString &m) {
                          QString extension;
                          if (!text(item, m, extension, 63))
                              return false;
                          // Only pgcrypto has a rule (PG-LOG-005): another name would be an expectation nothing checks.
                          if (extension != u"pgcrypto")
                              return fail(item,
                                          QCoreApplication::translate("Audit", "%1: Proofer checks only the extension pgcrypto (PG-LOG-005), not \"%2\"")
                                              .arg(m, extension));
                          extensions << extension;
                          return true;
                      });
                      p.expectPgcrypto = extensions.contains(QStringLiteral("pgcrypto"));
                      return ok;
                  } },
                { "allowedVersions",
                  [this, &p](const YAML::Node &v, const QString &n) {
                      QList<int> majors;
                      const bool ok = list(v, n, 64, [this, &majors](const YAML::Node &item, const QString &m) {
                          int major = 0;
                          if (!integer(item, m, 10, 99, major))
                              return false;
                          if (majors.contains(major))
                              return fail(item, QCoreApplication::translate("Audit", "%1: %2 is listed twice").arg(m).arg(major));
                          majors << major;
                          return true;
                      });
                      if (ok && majors.isEmpty())
                          return fail(v,
                                      QCoreApplication::translate("Audit", "%1: an empty list would refuse every version; leave it out to allow every "
                                         "supported release")
                                          .arg(n));
                      p.postgresqlMajors = majors;
                      return ok;
                  } },
            });
    }

    bool quantity(const YAML::Node &node, const QString &name, QString &out)
    {
        static const QRegularExpression shape(QStringLiteral("^\\d+(\\.\\d+)?(Ki|Mi|Gi|Ti|Pi|k|M|G|T|P)?$"));
        const QString value = node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
        if (!shape.match(value).hasMatch())
            return fail(node,
                        QCoreApplication::translate("Audit", "%1: must be a Kubernetes quantity such as 2Gi or 500Mi, not %2").arg(name, shown(node)));
        out = value;
        return true;
    }

    bool accessMode(const YAML::Node &node, const QString &name, QString &out)
    {
        const QStringList modes { QStringLiteral("ReadWriteOnce"), QStringLiteral("ReadOnlyMany"),
                                  QStringLiteral("ReadWriteMany"), QStringLiteral("ReadWriteOncePod") };
        const QString value = node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
        if (!modes.contains(value))
            return fail(node,
                        QCoreApplication::translate("Audit", "%1: must be one of %2, not %3").arg(name, modes.join(QStringLiteral(", ")), shown(node)));
        out = value;
        return true;
    }

    bool readAttestations(const YAML::Node &node, const QString &name, Profile &p)
    {
        return mapping(
            node, name,
            {
                { "secretsEncryptedAtRest",
                  [this, &p](const YAML::Node &v, const QString &n) {
                      bool value = false;
                      const auto read = [this, &value](const YAML::Node &x, const QString &m) {
                          return boolean(x, m, value);
                      };
                      if (!attestation(v, n, "value", read, p.secretsEncryptionAttestedBy))
                          return false;
                      p.secretsEncryptedAtRest = value;
                      return true;
                  } },
                { "logRetention",
                  [this, &p](const YAML::Node &v, const QString &n) {
                      int days = 0;
                      const auto read = [this, &days](const YAML::Node &x, const QString &m) {
                          return integer(x, m, 1, 36500, days);
                      };
                      if (!attestation(v, n, "days", read, p.logRetentionAttestedBy))
                          return false;
                      p.logRetentionDays = days;
                      return true;
                  } },
            });
    }

    /**
     * An attested fact `{<valueKey>: …, attestedBy: …, date: …}`: @p readValue reads the value; @p attestedBy
     * becomes "who, date" (the date when given). Both the value and attestedBy are required.
     */
    bool attestation(const YAML::Node &node, const QString &name, const char *valueKey, const Handler &readValue,
                     QString &attestedBy)
    {
        QString by;
        QDate on;
        if (!mapping(node, name,
                     { { valueKey, readValue },
                       { "attestedBy",
                         [this, &by](const YAML::Node &x, const QString &m) { return text(x, m, by, 200); } },
                       { "date", [this, &on](const YAML::Node &x, const QString &m) { return date(x, m, on); } } }))
            return false;
        if (!required(node, name, { valueKey, "attestedBy" }))
            return false;
        attestedBy = on.isValid() ? by + QStringLiteral(", ") + on.toString(Qt::ISODate) : by;
        return true;
    }

    /** Each of @p keys is present in the mapping @p node (named @p name). */
    bool required(const YAML::Node &node, const QString &name, std::initializer_list<const char *> keys)
    {
        for (const char *key : keys) {
            if (!node[key].IsDefined())
                return fail(node, QCoreApplication::translate("Audit", "%1.%2: required").arg(name, QLatin1String(key)));
        }
        return true;
    }

    bool readRisk(const YAML::Node &node, const QString &name, Policy &policy)
    {
        AcceptedRisk risk;
        risk.line = node.Mark().line + 1;
        if (!mapping(
                node, name,
                {
                    { "rule",
                      [this, &risk](const YAML::Node &x, const QString &m) {
                          if (!text(x, m, risk.rule, 64))
                              return false;
                          if (!RuleSet::find(risk.rule))
                              return fail(
                                  x, QCoreApplication::translate("Audit", "%1: unknown rule \"%2\" (docs/grading.md lists the rules)").arg(m, risk.rule));
                          return true;
                      } },
                    { "datastore",
                      [this, &risk](const YAML::Node &x, const QString &m) {
                          return text(x, m, risk.datastore, 253);
                      } },
                    { "justification",
                      [this, &risk](const YAML::Node &x, const QString &m) {
                          return text(x, m, risk.justification, 2000);
                      } },
                    { "approvedBy",
                      [this, &risk](const YAML::Node &x, const QString &m) {
                          return text(x, m, risk.approvedBy, 200);
                      } },
                    { "expires",
                      [this, &risk](const YAML::Node &x, const QString &m) { return date(x, m, risk.expires); } },
                }))
            return false;
        // Every field is asked for: an acceptance nobody signed, or that never ends, is not one.
        if (!required(node, name, { "rule", "datastore", "justification", "approvedBy", "expires" }))
            return false;
        policy.acceptedRisks << risk;
        return true;
    }

    QString m_path;
    QString m_error;
};

/** libyaml's "yaml: line 3: …" as "FILE:3: …". */
QString located(const QString &path, const QString &yamlError)
{
    static const QRegularExpression lineOf(QStringLiteral("^yaml: line (\\d+): (.*)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = lineOf.match(yamlError);
    if (m.hasMatch())
        return QStringLiteral("%1:%2: %3").arg(path, m.captured(1), m.captured(2));
    return QStringLiteral("%1: %2").arg(path, yamlError);
}

} // namespace

Kube::Expected<PolicyLoader::Location> PolicyLoader::locate(const QString &explicitPath,
                                                            const QProcessEnvironment &environment,
                                                            const QString &workingDirectory)
{
    using Result = Kube::Expected<Location>;
    auto mustExist = [](const QString &path, const QString &how) -> Result {
        const QFileInfo info(path);
        if (!info.exists())
            return Result::failure(QCoreApplication::translate("Audit", "policy file %1 (%2) does not exist").arg(path, how));
        if (info.isDir())
            return Result::failure(QCoreApplication::translate("Audit", "policy file %1 (%2) is a directory").arg(path, how));
        return Location { info.absoluteFilePath(), how };
    };
    if (!explicitPath.isEmpty())
        return mustExist(explicitPath, QStringLiteral("--policy"));
    const QString fromEnvironment = environment.value(QStringLiteral("PROOFER_POLICY"));
    if (!fromEnvironment.isEmpty())
        return mustExist(fromEnvironment, QStringLiteral("PROOFER_POLICY"));
    const QDir cwd(workingDirectory.isEmpty() ? QDir::currentPath() : workingDirectory);
    const QFileInfo local(cwd.filePath(QStringLiteral(".proofer.yaml")));
    if (local.isFile())
        return Location { local.absoluteFilePath(), QStringLiteral("./.proofer.yaml") };
    // XDG Base Directory: a relative XDG_CONFIG_HOME is invalid and ignored.
    QString config = environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (config.isEmpty() || QDir::isRelativePath(config)) {
        const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
        config = QDir(home).filePath(QStringLiteral(".config"));
    }
    const QFileInfo user(QDir(config).filePath(QStringLiteral("proofer/policy.yaml")));
    if (user.isFile())
        return Location { user.absoluteFilePath(), QStringLiteral("XDG_CONFIG_HOME") };
    return Location {};
}

Kube::Expected<Policy> PolicyLoader::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Kube::Expected<Policy>::failure(QCoreApplication::translate("Audit", "cannot read policy file %1: %2").arg(path, file.errorString()));
    // One byte more than allowed: size() lies for pipes and /proc files.
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes)
        return Kube::Expected<Policy>::failure(
            QCoreApplication::translate("Audit", "%1: the policy file is larger than %2 KiB").arg(path).arg(MaxFileBytes / 1024));
    return parse(data, path);
}

Kube::Expected<Policy> PolicyLoader::parse(const QByteArray &data, const QString &path)
{
    using Result = Kube::Expected<Policy>;
    Policy policy;
    policy.path = QFileInfo(path).absoluteFilePath();
    policy.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    // libyaml first, as for the kubeconfig: syntax errors, unknown anchors, billion laughs and deep nesting are
    // refused before yaml-cpp builds a tree.
    const QString refused = Kube::checkYaml(data, MaxDepth);
    if (!refused.isEmpty())
        return Result::failure(located(path, refused));
    try {
        const YAML::Node root = YAML::Load(data.toStdString());
        Reader reader(path);
        if (!reader.read(root, policy))
            return Result::failure(reader.error());
    } catch (const YAML::Exception &exception) {
        return Result::failure(QStringLiteral("%1:%2: %3")
                                   .arg(path)
                                   .arg(exception.mark.line + 1)
                                   .arg(QString::fromStdString(exception.msg)));
    }
    qCDebug(lcAudit) << "policy" << policy.path << "read:" << policy.acceptedRisks.size() << "accepted risks";
    return policy;
}

Kube::Expected<Policy> PolicyLoader::find(const QString &explicitPath, const QProcessEnvironment &environment,
                                          const QString &workingDirectory)
{
    const auto location = locate(explicitPath, environment, workingDirectory);
    if (!location)
        return Kube::Expected<Policy>::failure(location.error());
    if (location->path.isEmpty())
        return Policy::builtIn();
    auto policy = load(location->path);
    if (policy)
        policy->foundBy = location->foundBy;
    return policy;
}

} // namespace Audit
