// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/tlsmaterial.h"

#include "fleet/jsonfields.h"

#include "fleet/datastore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

namespace Fleet {

namespace {

using Json::obj;
using Json::arr;
using Json::str;

const QJsonObject *byName(const QList<QJsonObject> &objects, const QString &name)
{
    for (const QJsonObject &object : objects) {
        if (str(obj(object, "metadata"), "name") == name)
            return &object;
    }
    return nullptr;
}

QString modeText(int mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

/** A clean absolute path ("/tls//x/" → "/tls/x"); relative paths stay relative. */
QString cleanPath(const QString &path)
{
    if (path.isEmpty())
        return path;
    QString clean = QDir::cleanPath(path);
    if (clean.size() > 1 && clean.endsWith(u'/'))
        clean.chop(1);
    return clean;
}

QString baseName(const QString &path)
{
    return path.section(u'/', -1);
}

QString dirName(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

bool globMatches(const QString &pattern, const QString &name)
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion));
    return QRegularExpression(QRegularExpression::anchoredPattern(re.pattern())).match(name).hasMatch();
}

// ---- shell words --------------------------------------------------------------------------------------

/**
 * The simple commands of a shell script: words with quotes removed, split at newlines, ';', '&&', '||' and '|'.
 * Redirections stay as words ('>', '>>'). Enough to read what an init container visibly does; anything
 * cleverer (variables, loops) is simply not recognised.
 */
QList<QStringList> shellCommands(const QString &script)
{
    QList<QStringList> commands;
    QStringList words;
    QString word;
    bool inWord = false;
    auto endWord = [&] {
        if (inWord)
            words << word;
        word.clear();
        inWord = false;
    };
    auto endCommand = [&] {
        endWord();
        if (!words.isEmpty())
            commands << words;
        words.clear();
    };
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (c == u'\'') {
            inWord = true;
            const qsizetype end = script.indexOf(u'\'', i + 1);
            word += script.mid(i + 1, end < 0 ? -1 : end - i - 1);
            i = end < 0 ? script.size() : end;
        } else if (c == u'"') {
            inWord = true;
            for (++i; i < script.size() && script.at(i) != u'"'; ++i) {
                if (script.at(i) == u'\\' && i + 1 < script.size())
                    ++i;
                word += script.at(i);
            }
        } else if (c == u'\\' && i + 1 < script.size()) {
            if (script.at(i + 1) != u'\n') {
                inWord = true;
                word += script.at(i + 1);
            }
            ++i;
        } else if (c == u'#' && !inWord) {
            while (i + 1 < script.size() && script.at(i + 1) != u'\n')
                ++i;
        } else if (c == u'\n' || c == u';' || c == u'|' || c == u'&') {
            endCommand();
            if (i + 1 < script.size() && (script.at(i + 1) == c))
                ++i;
        } else if (c == u'>') {
            endWord();
            if (i + 1 < script.size() && script.at(i + 1) == u'>') {
                words << QStringLiteral(">>");
                ++i;
            } else {
                words << QStringLiteral(">");
            }
        } else if (c.isSpace()) {
            endWord();
        } else {
            inWord = true;
            word += c;
        }
    }
    endCommand();
    return commands;
}

bool isShell(const QString &word)
{
    static const QStringList shells{QStringLiteral("sh"), QStringLiteral("bash"), QStringLiteral("ash"),
                                    QStringLiteral("dash"), QStringLiteral("zsh")};
    return shells.contains(baseName(word));
}

/** $(VAR) as Kubernetes expands it in command and args, from the container's literal env values. */
QString expandEnv(const QString &word, const QJsonObject &container)
{
    if (!word.contains(QStringLiteral("$(")))
        return word;
    QString out = word;
    for (const QJsonValue &e : arr(container, "env")) {
        const QJsonObject env = e.toObject();
        if (env.contains(QStringLiteral("value")))
            out.replace(QStringLiteral("$(%1)").arg(str(env, "name")), str(env, "value"));
    }
    return out;
}

/** The container's command and args as the commands it runs: a `sh -c SCRIPT` is read as its script. */
QList<QStringList> containerCommands(const QJsonObject &container)
{
    QStringList words;
    for (const QJsonValue &part : arr(container, "command"))
        words << expandEnv(part.toString(), container);
    for (const QJsonValue &part : arr(container, "args"))
        words << expandEnv(part.toString(), container);
    if (!words.isEmpty() && isShell(words.first())) {
        const qsizetype c = words.indexOf(QStringLiteral("-c"));
        if (c > 0 && c + 1 < words.size())
            return shellCommands(words.mid(c + 1).join(u'\n'));
    }
    if (words.isEmpty())
        return {};
    return {words};
}

QString envValue(const QJsonObject &container, const QString &name)
{
    for (const QJsonValue &e : arr(container, "env")) {
        const QJsonObject env = e.toObject();
        if (str(env, "name") == name && env.contains(QStringLiteral("value")))
            return str(env, "value");
    }
    return {};
}

// ---- the mount chain -----------------------------------------------------------------------------------

struct Resolver
{
    // The reasons are for people: tr() gives them the context "Fleet::Resolver", which lupdate extracts too
    // (a free tr() wrapper hid them from lupdate and looked them up under another context at run time).
    Q_DECLARE_TR_FUNCTIONS(Fleet::Resolver)

public:
    const QJsonObject &podSpec;
    const QList<QJsonObject> &secrets;
    const QList<QJsonObject> &configMaps;

    QJsonObject volume(const QString &name) const
    {
        for (const QJsonValue &v : arr(podSpec, "volumes")) {
            if (str(v.toObject(), "name") == name)
                return v.toObject();
        }
        return {};
    }

    /** The bytes of @p source's key, from the Secret or ConfigMap it names (empty when not readable). */
    QByteArray content(const TlsFileSource &source) const
    {
        if (!source.secret.isEmpty()) {
            const QJsonObject *secret = byName(secrets, source.secret);
            if (!secret)
                return {};
            const QJsonObject data = obj(*secret, "data");
            if (data.contains(source.key))
                return QByteArray::fromBase64(data.value(source.key).toString().toLatin1());
            return obj(*secret, "stringData").value(source.key).toString().toUtf8();
        }
        if (!source.configMap.isEmpty()) {
            const QJsonObject *map = byName(configMaps, source.configMap);
            if (!map)
                return {};
            return obj(*map, "data").value(source.key).toString().toUtf8();
        }
        return {};
    }

    bool objectHasKey(const QJsonObject *object, const QString &key) const
    {
        return object && (obj(*object, "data").contains(key) || obj(*object, "stringData").contains(key)
                          || obj(*object, "binaryData").contains(key));
    }

    /** A key of a Secret or ConfigMap volume (or projected source) at @p relative inside it. */
    void fromKeyedVolume(TlsFileSource &out, const QJsonObject &spec, bool isSecret, const QString &objectName,
                         const QString &relative, std::optional<int> volumeDefaultMode, bool *matched) const
    {
        *matched = false;
        const QJsonObject *object = byName(isSecret ? secrets : configMaps, objectName);
        const QJsonArray items = arr(spec, "items");
        QString key;
        std::optional<int> itemMode;
        if (!items.isEmpty()) {
            for (const QJsonValue &i : items) {
                const QJsonObject item = i.toObject();
                if (cleanPath(str(item, "path")) == relative) {
                    key = str(item, "key");
                    if (item.contains(QStringLiteral("mode")))
                        itemMode = item.value(QStringLiteral("mode")).toInt();
                }
            }
            if (key.isEmpty())
                return;
        } else {
            if (relative.contains(u'/') || relative.isEmpty())
                return;
            // Without items every key is a file: the key is the file's name (when the object is readable, it must
            // have it — a projected volume's other sources may).
            if (object && !objectHasKey(object, relative))
                return;
            key = relative;
        }
        *matched = true;
        (isSecret ? out.secret : out.configMap) = objectName;
        out.key = key;
        if (itemMode) {
            out.mode = itemMode;
            out.modeSource = QStringLiteral("items[].mode");
        } else if (volumeDefaultMode) {
            out.mode = volumeDefaultMode;
            out.modeSource = QStringLiteral("defaultMode");
        } else {
            out.mode = 0644;
            out.modeSource = tr("Kubernetes default 0644");
        }
        if (!object) {
            out.unknownReason = isSecret ? tr("the Secret %1 is not readable or does not exist").arg(objectName)
                                         : tr("the ConfigMap %1 is not readable or does not exist").arg(objectName);
        } else if (!objectHasKey(object, key)) {
            out.unknownReason = isSecret ? tr("the Secret %1 has no key %2").arg(objectName, key)
                                         : tr("the ConfigMap %1 has no key %2").arg(objectName, key);
        }
    }

    /** Follows @p path of @p container to where its bytes come from. */
    TlsFileSource trace(const QJsonObject &container, const QString &givenPath, int depth = 0) const
    {
        TlsFileSource out;
        const QString path = cleanPath(givenPath);
        out.path = path;
        out.container = str(container, "name");
        // The mount that holds the path: the longest mountPath that is the path or a directory above it.
        QJsonObject mount;
        QString relative;
        for (const QJsonValue &m : arr(container, "volumeMounts")) {
            const QJsonObject candidate = m.toObject();
            const QString mountPath = cleanPath(str(candidate, "mountPath"));
            QString rest;
            if (path == mountPath)
                rest = QString();
            else if (path.startsWith(mountPath + u'/') || mountPath == u"/")
                rest = path.mid(mountPath == u"/" ? 1 : mountPath.size() + 1);
            else
                continue;
            if (!mount.isEmpty() && cleanPath(str(mount, "mountPath")).size() >= mountPath.size())
                continue;
            mount = candidate;
            relative = rest;
        }
        if (mount.isEmpty()) {
            out.unknownReason = tr("no volume is mounted at %1 in container %2 (the file would come from the image)")
                                    .arg(path, out.container);
            return out;
        }
        if (mount.contains(QStringLiteral("subPathExpr"))) {
            out.volume = str(mount, "name");
            out.unknownReason = tr("%1 is mounted with a subPathExpr, which depends on the pod").arg(path);
            return out;
        }
        const QString subPath = cleanPath(str(mount, "subPath"));
        if (!subPath.isEmpty())
            relative = relative.isEmpty() ? subPath : subPath + u'/' + relative;
        out.volume = str(mount, "name");
        const QJsonObject volume = this->volume(out.volume);
        if (volume.isEmpty()) {
            out.unknownReason = tr("the mount %1 names a volume %2 the pod does not have").arg(path, out.volume);
            return out;
        }
        auto defaultMode = [](const QJsonObject &spec) -> std::optional<int> {
            if (spec.contains(QStringLiteral("defaultMode")))
                return spec.value(QStringLiteral("defaultMode")).toInt();
            return std::nullopt;
        };
        bool matched = false;
        if (volume.contains(QStringLiteral("secret"))) {
            const QJsonObject spec = obj(volume, "secret");
            fromKeyedVolume(out, spec, true, str(spec, "secretName"), relative, defaultMode(spec), &matched);
            if (!matched)
                out.unknownReason = tr("the volume %1 (Secret %2) has nothing at %3").arg(out.volume, str(spec, "secretName"), relative);
            return out;
        }
        if (volume.contains(QStringLiteral("configMap"))) {
            const QJsonObject spec = obj(volume, "configMap");
            fromKeyedVolume(out, spec, false, str(spec, "name"), relative, defaultMode(spec), &matched);
            if (!matched)
                out.unknownReason = tr("the volume %1 (ConfigMap %2) has nothing at %3").arg(out.volume, str(spec, "name"), relative);
            return out;
        }
        if (volume.contains(QStringLiteral("projected"))) {
            const QJsonObject projected = obj(volume, "projected");
            for (const QJsonValue &s : arr(projected, "sources")) {
                const QJsonObject source = s.toObject();
                if (source.contains(QStringLiteral("secret"))) {
                    const QJsonObject spec = obj(source, "secret");
                    fromKeyedVolume(out, spec, true, str(spec, "name"), relative, defaultMode(projected), &matched);
                } else if (source.contains(QStringLiteral("configMap"))) {
                    const QJsonObject spec = obj(source, "configMap");
                    fromKeyedVolume(out, spec, false, str(spec, "name"), relative, defaultMode(projected), &matched);
                }
                if (matched)
                    return out;
            }
            out.unknownReason = tr("no source of the projected volume %1 puts a file at %2").arg(out.volume, relative);
            return out;
        }
        if (volume.contains(QStringLiteral("emptyDir"))) {
            if (depth < 3 && fromInitCopy(out, relative, depth))
                return out;
            if (out.unknownReason.isEmpty())
                out.unknownReason = tr("%1 is on the emptyDir volume %2 and no init container visibly copies it there")
                                        .arg(path, out.volume);
            return out;
        }
        QString type = QStringLiteral("?");
        for (auto it = volume.begin(); it != volume.end(); ++it) {
            if (it.key() != u"name")
                type = it.key();
        }
        out.unknownReason = tr("%1 is on the %2 volume %3, not from a Secret").arg(path, type, out.volume);
        return out;
    }

    /**
     * An init container that mounts the same emptyDir and visibly copies the file there (cp, install, cat >), and
     * perhaps chmods it afterwards: the file comes from what it copied, with the mode it set.
     */
    bool fromInitCopy(TlsFileSource &out, const QString &relative, int depth) const
    {
        for (const QJsonValue &c : arr(podSpec, "initContainers")) {
            const QJsonObject init = c.toObject();
            QString target;
            for (const QJsonValue &m : arr(init, "volumeMounts")) {
                const QJsonObject mount = m.toObject();
                if (str(mount, "name") != out.volume)
                    continue;
                const QString subPath = cleanPath(str(mount, "subPath"));
                QString rel = relative;
                if (!subPath.isEmpty()) {
                    if (!rel.startsWith(subPath + u'/'))
                        continue;
                    rel = rel.mid(subPath.size() + 1);
                }
                target = cleanPath(str(mount, "mountPath") + u'/' + rel);
            }
            if (target.isEmpty())
                continue;
            const QList<QStringList> commands = containerCommands(init);
            QString source;
            std::optional<int> mode;
            QString modeSource;
            for (const QStringList &command : commands) {
                const QString program = baseName(command.value(0));
                QStringList operands;
                std::optional<int> installMode;
                for (qsizetype i = 1; i < command.size(); ++i) {
                    const QString &word = command.at(i);
                    if (program == u"install" && (word == u"-m" || word == u"--mode") && i + 1 < command.size()) {
                        bool ok = false;
                        const int m = command.at(++i).toInt(&ok, 8);
                        if (ok)
                            installMode = m;
                        continue;
                    }
                    if (word.startsWith(u'-') && word.size() > 1)
                        continue;
                    operands << word;
                }
                if ((program == u"cp" || program == u"install") && operands.size() >= 2) {
                    const QString destination = cleanPath(operands.last());
                    const QStringList sources = operands.mid(0, operands.size() - 1);
                    QString found;
                    for (const QString &s : sources) {
                        const QString src = cleanPath(s);
                        if (destination == target && sources.size() == 1 && !src.contains(u'*'))
                            found = src;
                        else if (destination == dirName(target)) {
                            if (s.endsWith(QStringLiteral("/.")) || s.endsWith(u'/'))
                                found = src + u'/' + baseName(target);
                            else if (globMatches(baseName(src), baseName(target)))
                                found = dirName(src) + u'/' + baseName(target);
                        }
                    }
                    if (!found.isEmpty()) {
                        source = found;
                        mode = installMode;
                        modeSource = installMode ? tr("init container %1: install -m %2").arg(str(init, "name"), modeText(*installMode))
                                                 : QString();
                    }
                } else if (program == u"cat" && command.size() >= 4 && command.at(command.size() - 2) == u">"
                           && cleanPath(command.last()) == target) {
                    source = cleanPath(command.at(1));
                    mode.reset();
                    modeSource.clear();
                } else if (program == u"chmod" && operands.size() >= 2 && !source.isEmpty()) {
                    bool ok = false;
                    const int m = operands.first().toInt(&ok, 8);
                    bool applies = false;
                    for (const QString &file : operands.mid(1)) {
                        const QString f = cleanPath(file);
                        if (f == target || (command.contains(QStringLiteral("-R")) && target.startsWith(f + u'/'))
                            || (dirName(f) == dirName(target) && globMatches(baseName(f), baseName(target))))
                            applies = true;
                    }
                    if (!applies)
                        continue;
                    if (ok) {
                        mode = m;
                        modeSource = tr("init container %1: chmod %2 %3")
                                         .arg(str(init, "name"), operands.first(), operands.mid(1).join(u' '));
                    } else {
                        mode.reset();
                        modeSource = tr("init container %1: chmod %2 (not evaluated)").arg(str(init, "name"), operands.first());
                    }
                }
            }
            if (source.isEmpty())
                continue;
            const TlsFileSource origin = trace(init, source, depth + 1);
            out.secret = origin.secret;
            out.configMap = origin.configMap;
            out.key = origin.key;
            out.copiedBy = str(init, "name");
            out.unknownReason = origin.unknownReason;
            out.mode = mode;
            out.modeSource = modeSource;
            if (!mode)
                out.modeUnknownReason = modeSource.isEmpty()
                                        ? tr("init container %1 copies %2 to %3 without a visible chmod: its mode is not known")
                                              .arg(out.copiedBy, source, target)
                                        : modeSource;
            return true;
        }
        return false;
    }
};

// ---- what each server is configured to read -------------------------------------------------------------

struct Configured
{
    QString value;
    QString by;
};

/** "name = 'value'  # comment" and "name value" lines of postgresql.conf, redis.conf and rabbitmq.conf. */
QMap<QString, QString> parseConfigFile(const QByteArray &bytes, bool equalsOptional)
{
    QMap<QString, QString> settings;
    for (const QByteArray &rawLine : bytes.split('\n')) {
        QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        static const QRegularExpression re(QStringLiteral("^([A-Za-z0-9_.\\-]+)\\s*(=)?\\s*(.*)$"));
        const QRegularExpressionMatch m = re.match(line);
        if (!m.hasMatch() || (!equalsOptional && m.captured(2).isEmpty()))
            continue;
        QString value = m.captured(3).trimmed();
        if (value.startsWith(u'\'') || value.startsWith(u'"')) {
            const QChar quote = value.at(0);
            const qsizetype end = value.indexOf(quote, 1);
            value = value.mid(1, end < 0 ? -1 : end - 1);
        } else {
            const qsizetype hash = value.indexOf(u'#');
            if (hash >= 0)
                value = value.left(hash).trimmed();
        }
        settings.insert(m.captured(1).toLower(), value);
    }
    return settings;
}

struct ServerFiles
{
    Configured certificate;
    Configured key;
    Configured ca;
};

/** "yes", "true", "1" (any case): how the bitnami images' switches are written. */
bool isYes(const QString &value)
{
    const QString lower = value.trimmed().toLower();
    return lower == u"yes" || lower == u"true" || lower == u"1";
}

/** @p setting from the env variable @p variable, unless the command line or a config file already set it. */
void fromEnv(const QJsonObject &container, QMap<QString, Configured> &settings, const QString &setting,
             const QString &variable)
{
    const QString value = envValue(container, variable);
    if (!value.isEmpty() && !settings.contains(setting))
        settings.insert(setting, {value, QStringLiteral("env %1").arg(variable)});
}

ServerFiles postgresFiles(const Resolver &r, const QJsonObject &container, const QMap<QString, QString> &serverSettings)
{
    QMap<QString, Configured> settings;
    // Command-line settings: -c name=value, -cname=value, --name=value.
    for (const QStringList &command : containerCommands(container)) {
        for (qsizetype i = 0; i < command.size(); ++i) {
            QString assignment;
            const QString &word = command.at(i);
            if (word == u"-c" && i + 1 < command.size())
                assignment = command.at(++i);
            else if (word.startsWith(QStringLiteral("-c")) && word.contains(u'='))
                assignment = word.mid(2);
            else if (word.startsWith(QStringLiteral("--")) && word.contains(u'='))
                assignment = word.mid(2);
            if (!assignment.contains(u'='))
                continue;
            const QString name = assignment.section(u'=', 0, 0).trimmed().toLower().replace(u'-', u'_');
            QString value = assignment.section(u'=', 1).trimmed();
            if (value.size() >= 2 && (value.startsWith(u'\'') || value.startsWith(u'"')))
                value = value.mid(1, value.size() - 2);
            settings.insert(name, {value, QStringLiteral("args -c %1").arg(name)});
        }
    }
    // A config file the server is told to read (config_file=…): command-line settings win over it.
    if (settings.contains(QStringLiteral("config_file"))) {
        const TlsFileSource file = r.trace(container, settings.value(QStringLiteral("config_file")).value);
        const QByteArray bytes = r.content(file);
        const QString where = file.resolved() ? file.describe() : settings.value(QStringLiteral("config_file")).value;
        const QMap<QString, QString> fromFile = parseConfigFile(bytes, true);
        for (auto it = fromFile.begin(); it != fromFile.end(); ++it) {
            if (!settings.contains(it.key()))
                settings.insert(it.key(), {it.value(), where});
        }
    }
    // The bitnami/postgresql image writes its postgresql.conf from env: below the command line, above nothing.
    if (isYes(envValue(container, QStringLiteral("POSTGRESQL_ENABLE_TLS")))) {
        fromEnv(container, settings, QStringLiteral("ssl_cert_file"), QStringLiteral("POSTGRESQL_TLS_CERT_FILE"));
        fromEnv(container, settings, QStringLiteral("ssl_key_file"), QStringLiteral("POSTGRESQL_TLS_KEY_FILE"));
        fromEnv(container, settings, QStringLiteral("ssl_ca_file"), QStringLiteral("POSTGRESQL_TLS_CA_FILE"));
    }
    if (!settings.contains(QStringLiteral("data_directory")))
        fromEnv(container, settings, QStringLiteral("data_directory"), QStringLiteral("POSTGRESQL_DATA_DIR"));
    for (const char *name : {"ssl_cert_file", "ssl_key_file", "ssl_ca_file", "data_directory"}) {
        const QString key = QLatin1String(name);
        if (serverSettings.contains(key) && !serverSettings.value(key).isEmpty())
            settings.insert(key, {serverSettings.value(key), QStringLiteral("SHOW %1").arg(key)});
    }
    // Relative paths are relative to the data directory.
    QString dataDirectory = settings.value(QStringLiteral("data_directory")).value;
    if (dataDirectory.isEmpty())
        dataDirectory = envValue(container, QStringLiteral("PGDATA"));
    if (dataDirectory.isEmpty())
        dataDirectory = QStringLiteral("/var/lib/postgresql/data");
    auto file = [&](const char *name) {
        Configured c = settings.value(QLatin1String(name));
        if (!c.value.isEmpty() && !c.value.startsWith(u'/'))
            c.value = dataDirectory + u'/' + c.value;
        return c;
    };
    return {file("ssl_cert_file"), file("ssl_key_file"), file("ssl_ca_file")};
}

ServerFiles redisFiles(const Resolver &r, const QJsonObject &container, const QMap<QString, QString> &serverSettings)
{
    QMap<QString, Configured> settings;
    QString configFile;
    for (const QStringList &command : containerCommands(container)) {
        const qsizetype start = command.indexOf(QRegularExpression(QStringLiteral("(^|/)(redis|valkey)-server$")));
        for (qsizetype i = qMax<qsizetype>(start, 0); i < command.size(); ++i) {
            const QString &word = command.at(i);
            if (word.startsWith(QStringLiteral("--"))) {
                QString name = word.mid(2);
                QString value;
                if (name.contains(u'=')) {
                    value = name.section(u'=', 1);
                    name = name.section(u'=', 0, 0);
                } else if (i + 1 < command.size()) {
                    value = command.at(++i);
                }
                settings.insert(name.toLower(), {value, QStringLiteral("args --%1").arg(name)});
            } else if (start >= 0 && i == start + 1 && !word.startsWith(u'-')) {
                configFile = word; // redis-server /path/redis.conf [--options]
            }
        }
    }
    if (!configFile.isEmpty()) {
        const TlsFileSource file = r.trace(container, configFile);
        const QMap<QString, QString> fromFile = parseConfigFile(r.content(file), true);
        const QString where = file.resolved() ? file.describe() : configFile;
        for (auto it = fromFile.begin(); it != fromFile.end(); ++it) {
            if (!settings.contains(it.key()))
                settings.insert(it.key(), {it.value(), where});
        }
    }
    // The bitnami/redis image passes its env as --tls-* arguments.
    if (isYes(envValue(container, QStringLiteral("REDIS_TLS_ENABLED")))) {
        fromEnv(container, settings, QStringLiteral("tls-cert-file"), QStringLiteral("REDIS_TLS_CERT_FILE"));
        fromEnv(container, settings, QStringLiteral("tls-key-file"), QStringLiteral("REDIS_TLS_KEY_FILE"));
        fromEnv(container, settings, QStringLiteral("tls-ca-cert-file"), QStringLiteral("REDIS_TLS_CA_FILE"));
    }
    for (const char *name : {"tls-cert-file", "tls-key-file", "tls-ca-cert-file"}) {
        const QString key = QLatin1String(name);
        if (serverSettings.contains(key) && !serverSettings.value(key).isEmpty())
            settings.insert(key, {serverSettings.value(key), QStringLiteral("CONFIG GET %1").arg(key)});
    }
    return {settings.value(QStringLiteral("tls-cert-file")), settings.value(QStringLiteral("tls-key-file")),
            settings.value(QStringLiteral("tls-ca-cert-file"))};
}

ServerFiles rabbitMqFiles(const Resolver &r, const QJsonObject &container)
{
    ServerFiles files;
    // rabbitmq.conf and conf.d/*.conf from the mounts (a ConfigMap, usually).
    QStringList candidates;
    const QString configured = envValue(container, QStringLiteral("RABBITMQ_CONFIG_FILE"));
    if (!configured.isEmpty())
        candidates << (configured.endsWith(QStringLiteral(".conf")) ? configured : configured + QStringLiteral(".conf"));
    candidates << QStringLiteral("/etc/rabbitmq/rabbitmq.conf");
    for (const QJsonValue &m : arr(container, "volumeMounts")) {
        const QJsonObject mount = m.toObject();
        const QString mountPath = cleanPath(str(mount, "mountPath"));
        if (mountPath.startsWith(QStringLiteral("/etc/rabbitmq/conf.d")) && mountPath.endsWith(QStringLiteral(".conf"))) {
            candidates << mountPath;
        } else if (mountPath == u"/etc/rabbitmq/conf.d" || mountPath == u"/etc/rabbitmq") {
            const QJsonObject volume = r.volume(str(mount, "name"));
            const QJsonObject spec = obj(volume, "configMap");
            if (const QJsonObject *map = byName(r.configMaps, str(spec, "name"))) {
                const QJsonObject data = obj(*map, "data");
                for (auto it = data.begin(); it != data.end(); ++it) {
                    if (it.key().endsWith(QStringLiteral(".conf")))
                        candidates << mountPath + u'/' + it.key();
                }
            }
        }
    }
    candidates.removeDuplicates();
    for (const QString &candidate : std::as_const(candidates)) {
        const TlsFileSource file = r.trace(container, candidate);
        if (!file.resolved())
            continue;
        const QMap<QString, QString> settings = parseConfigFile(r.content(file), false);
        auto take = [&](Configured &into, const char *name) {
            if (settings.contains(QLatin1String(name)))
                into = {settings.value(QLatin1String(name)), file.describe()};
        };
        take(files.certificate, "ssl_options.certfile");
        take(files.key, "ssl_options.keyfile");
        take(files.ca, "ssl_options.cacertfile");
    }
    auto fromEnv = [&](Configured &into, const char *name) {
        const QString value = envValue(container, QLatin1String(name));
        if (!value.isEmpty())
            into = {value, QStringLiteral("env %1").arg(QLatin1String(name))};
    };
    fromEnv(files.certificate, "RABBITMQ_SSL_CERTFILE");
    fromEnv(files.key, "RABBITMQ_SSL_KEYFILE");
    fromEnv(files.ca, "RABBITMQ_SSL_CACERTFILE");
    return files;
}

} // namespace

QString TlsFileSource::describe() const
{
    if (!resolved())
        return {};
    return secret.isEmpty() ? QStringLiteral("ConfigMap %1 key %2").arg(configMap, key)
                            : QStringLiteral("Secret %1 key %2").arg(secret, key);
}

QJsonObject TlsFileSource::toJson() const
{
    QJsonObject json{{QStringLiteral("path"), path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(path)}};
    if (!configuredBy.isEmpty())
        json.insert(QStringLiteral("configuredBy"), configuredBy);
    if (!volume.isEmpty())
        json.insert(QStringLiteral("volume"), volume);
    if (!secret.isEmpty())
        json.insert(QStringLiteral("secret"), secret);
    if (!configMap.isEmpty())
        json.insert(QStringLiteral("configMap"), configMap);
    if (!key.isEmpty())
        json.insert(QStringLiteral("key"), key);
    json.insert(QStringLiteral("mode"), mode ? QJsonValue(modeText(*mode)) : QJsonValue(QJsonValue::Null));
    if (!modeSource.isEmpty())
        json.insert(QStringLiteral("modeSource"), modeSource);
    if (!copiedBy.isEmpty())
        json.insert(QStringLiteral("copiedBy"), copiedBy);
    if (!unknownReason.isEmpty())
        json.insert(QStringLiteral("unknown"), unknownReason);
    if (!modeUnknownReason.isEmpty())
        json.insert(QStringLiteral("modeUnknown"), modeUnknownReason);
    return json;
}

QJsonObject TlsMaterial::toJson() const
{
    QJsonObject json{{QStringLiteral("configured"), configured},
                     {QStringLiteral("certificate"), certificate.toJson()},
                     {QStringLiteral("key"), key.toJson()},
                     {QStringLiteral("ca"), ca.toJson()}};
    if (!container.isEmpty())
        json.insert(QStringLiteral("container"), container);
    if (!unknownReason.isEmpty())
        json.insert(QStringLiteral("unknown"), unknownReason);
    return json;
}

QByteArray tlsFileContent(const TlsFileSource &source, const QList<QJsonObject> &secrets,
                          const QList<QJsonObject> &configMaps)
{
    if (!source.resolved())
        return {};
    const QJsonObject none;
    return Resolver{none, secrets, configMaps}.content(source);
}

TlsMaterial resolveTlsMaterial(Kind kind, const QJsonObject &podSpec, const QString &containerName,
                               const QList<QJsonObject> &secrets, const QList<QJsonObject> &configMaps,
                               const QMap<QString, QString> &serverSettings)
{
    TlsMaterial material;
    const QJsonArray containers = arr(podSpec, "containers");
    QJsonObject container = containers.isEmpty() ? QJsonObject() : containers.first().toObject();
    for (const QJsonValue &c : containers) {
        if (!containerName.isEmpty() && str(c.toObject(), "name") == containerName)
            container = c.toObject();
    }
    material.container = str(container, "name");
    const Resolver r{podSpec, secrets, configMaps};
    ServerFiles files;
    switch (kind) {
    case Kind::PostgreSQL:
        files = postgresFiles(r, container, serverSettings);
        break;
    case Kind::Redis:
        files = redisFiles(r, container, serverSettings);
        break;
    case Kind::RabbitMQ:
        files = rabbitMqFiles(r, container);
        break;
    }
    auto resolve = [&](TlsFileSource &into, const Configured &configured, const QString &setting) {
        if (configured.value.isEmpty()) {
            into.unknownReason = Resolver::tr("%1 is not set where Proofer can read it (command, args, config files, env)").arg(setting);
            return;
        }
        into = r.trace(container, configured.value);
        into.configuredBy = configured.by;
    };
    const bool postgres = kind == Kind::PostgreSQL;
    const bool redis = kind == Kind::Redis;
    resolve(material.certificate, files.certificate,
            postgres ? QStringLiteral("ssl_cert_file") : redis ? QStringLiteral("tls-cert-file") : QStringLiteral("ssl_options.certfile"));
    resolve(material.key, files.key,
            postgres ? QStringLiteral("ssl_key_file") : redis ? QStringLiteral("tls-key-file") : QStringLiteral("ssl_options.keyfile"));
    resolve(material.ca, files.ca,
            postgres ? QStringLiteral("ssl_ca_file") : redis ? QStringLiteral("tls-ca-cert-file") : QStringLiteral("ssl_options.cacertfile"));
    material.configured = !files.certificate.value.isEmpty();
    if (!material.configured)
        material.unknownReason = postgres
            ? Resolver::tr("the container's command, args and config files do not set ssl_cert_file; the server's own "
                 "postgresql.conf (in its data directory) cannot be read from the cluster")
            : Resolver::tr("the container's command, args, config files and env do not name the server's certificate file");
    return material;
}

} // namespace Fleet
