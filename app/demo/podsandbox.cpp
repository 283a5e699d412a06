// SPDX-License-Identifier: GPL-3.0-or-later
/**
 * The pod's sandbox on the host: its volumes written as the kubelet would, and the simple init containers
 * (copies and permission fixes such as the security guide's fix-tls-permissions) carried out on its files.
 */
#include "demo/podsandbox.h"

#include "core/secret.h"
#include "demo/localserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <functional>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

namespace Demo {

namespace {

QString demoTr(const char *text)
{
    return QCoreApplication::translate("Demo", text);
}

/** Words of one simple command: whitespace-separated, with single and double quotes. */
QStringList words(const QString &command)
{
    QStringList out;
    QString current;
    bool any = false;
    QChar quote;
    for (const QChar c : command) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current += c;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            any = true;
        } else if (c.isSpace()) {
            if (any || !current.isEmpty())
                out << current;
            current.clear();
            any = false;
        } else {
            current += c;
        }
    }
    if (any || !current.isEmpty())
        out << current;
    return out;
}

/** The script's simple commands, split at newlines, ';' and '&&'. */
QStringList simpleCommands(const QString &script)
{
    QStringList commands;
    for (QString line : script.split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(u'#'))
            continue;
        static const QRegularExpression separators(QStringLiteral("\\s*(?:&&|;)\\s*"));
        for (const QString &part : line.split(separators, Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                commands << part.trimmed();
        }
    }
    return commands;
}

/** @p pattern in the container, expanded like the shell's glob (no match: the word itself). */
QStringList expand(const ContainerPlan &init, const QString &pattern)
{
    if (!pattern.contains(u'*') && !pattern.contains(u'?'))
        return { init.hostPath(pattern) };
    const QString host = init.hostPath(pattern);
    const QFileInfo info(host);
    const QStringList names = QDir(info.path()).entryList({ info.fileName() }, QDir::AllEntries | QDir::NoDotAndDotDot,
                                                          QDir::Name);
    if (names.isEmpty())
        return { host };
    QStringList out;
    for (const QString &name : names)
        out << info.path() + u'/' + name;
    return out;
}

bool copyPath(const QString &from, const QString &to, bool recursive, bool preserve, QString *error)
{
    const QFileInfo source(from);
    if (!source.exists()) {
        *error = QStringLiteral("cp: can't stat '%1': No such file or directory").arg(from);
        return false;
    }
    if (source.isDir()) {
        if (!recursive) {
            *error = QStringLiteral("cp: omitting directory '%1'").arg(from);
            return false;
        }
        QDir().mkpath(to);
        const QStringList entries = QDir(from).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &entry : entries) {
            if (!copyPath(from + u'/' + entry, to + u'/' + entry, recursive, preserve, error))
                return false;
        }
        return true;
    }
    QFile in(source.canonicalFilePath());
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cp: can't open '%1': %2").arg(from, in.errorString());
        return false;
    }
    QByteArray data = in.readAll();
    struct stat info = {};
    ::stat(QFile::encodeName(source.canonicalFilePath()).constData(), &info);
    // cp without -p: the new file gets the source's mode less the umask (022), owned by the copier (root).
    const int mode = preserve ? int(info.st_mode & 07777) : int(info.st_mode & 0755);
    QFile::remove(to);
    const bool written = writePrivateFile(to, data, mode, false, error);
    Core::wipe(data);
    if (written && preserve)
        [[maybe_unused]] const int ignored = ::chown(QFile::encodeName(to).constData(), info.st_uid, info.st_gid);
    return written;
}

/** chmod's numeric or simple symbolic mode ([ugoa]*[+-=][rwx]*, comma-separated) applied to @p current. */
std::optional<int> newMode(const QString &spec, int current)
{
    bool ok = false;
    const int numeric = spec.toInt(&ok, 8);
    if (ok)
        return numeric;
    int mode = current;
    for (const QString &clause : spec.split(u',')) {
        static const QRegularExpression form(QStringLiteral("^([ugoa]*)([-+=])([rwx]*)$"));
        const auto match = form.match(clause);
        if (!match.hasMatch())
            return std::nullopt;
        QString who = match.captured(1);
        if (who.isEmpty() || who.contains(u'a'))
            who = QStringLiteral("ugo");
        int bits = 0;
        for (const QChar c : match.captured(3))
            bits |= c == u'r' ? 4 : c == u'w' ? 2 : 1;
        int mask = 0;
        int value = 0;
        for (const QChar c : who) {
            const int shift = c == u'u' ? 6 : c == u'g' ? 3 : 0;
            mask |= 7 << shift;
            value |= bits << shift;
        }
        const QString op = match.captured(2);
        if (op == u"+")
            mode |= value;
        else if (op == u"-")
            mode &= ~value;
        else
            mode = (mode & ~mask) | value;
    }
    return mode;
}

void forEachPath(const QString &path, bool recursive, const std::function<void(const QString &)> &apply)
{
    apply(path);
    if (recursive && QFileInfo(path).isDir()) {
        QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            apply(it.next());
    }
}

} // namespace

bool materializeVolumes(const PodPlan &plan, QString *error)
{
    for (const VolumePlan &volume : plan.volumes) {
        const bool projected = volume.type == u"secret" || volume.type == u"configMap";
        if (projected)
            QDir(volume.hostDir).removeRecursively(); // a fresh projection at each start, as the kubelet's
        if (!QDir().mkpath(volume.hostDir)) {
            *error = demoTr("could not create %1").arg(volume.hostDir);
            return false;
        }
        ::chmod(QFile::encodeName(volume.hostDir).constData(), mode_t(volume.dirMode));
        for (const VolumeFile &file : volume.files) {
            QDir().mkpath(QFileInfo(file.path).path());
            if (!writePrivateFile(file.path, file.content, file.mode, false, error))
                return false;
        }
    }
    return true;
}

InitOutcome runInitContainer(const ContainerPlan &init)
{
    InitOutcome outcome;
    QStringList argv = init.command + init.args;
    QString script;
    if (argv.size() >= 3 && QStringList { QStringLiteral("sh"), QStringLiteral("bash"), QStringLiteral("ash") }.contains(
                                QFileInfo(argv.at(0)).fileName())
        && argv.at(1) == u"-c") {
        script = argv.at(2);
    } else if (!argv.isEmpty()) {
        QStringList quoted;
        for (const QString &word : std::as_const(argv))
            quoted << (word.contains(u' ') ? u'\'' + word + u'\'' : word);
        script = quoted.join(u' ');
    }
    const QStringList commands = simpleCommands(script);
    // First check every step, so that an unsupported one means nothing was done.
    for (const QString &command : commands) {
        const QStringList w = words(command);
        const QString program = w.isEmpty() ? QString() : QFileInfo(w.first()).fileName();
        static const QStringList known = { QStringLiteral("cp"),   QStringLiteral("chmod"), QStringLiteral("chown"),
                                           QStringLiteral("mkdir"), QStringLiteral("echo"),  QStringLiteral("set"),
                                           QStringLiteral("ls"),    QStringLiteral("true"),  QStringLiteral(":") };
        if (!known.contains(program) || command.contains(u'|') || command.contains(u'$') || command.contains(u'`')
            || command.contains(u'>') || command.contains(u'<')) {
            outcome.supported = false;
            outcome.message = demoTr("init container %1 not run: \"%2\" is not a copy, chmod, chown or mkdir of "
                                     "mounted files")
                                  .arg(init.name, command);
            return outcome;
        }
    }
    if (commands.isEmpty()) {
        outcome.supported = false;
        outcome.message = demoTr("init container %1 not run: it has no command the demo can carry out").arg(init.name);
        return outcome;
    }
    const auto user = serverUser(nullptr);
    for (const QString &command : commands) {
        QStringList w = words(command);
        const QString program = QFileInfo(w.takeFirst()).fileName();
        QStringList flags;
        QStringList operands;
        for (const QString &word : std::as_const(w)) {
            if (word.startsWith(u'-') && word.size() > 1 && operands.isEmpty())
                flags << word.mid(1);
            else
                operands << word;
        }
        const QString flagText = flags.join(QString());
        outcome.log << QStringLiteral("+ ") + command;
        QString error;
        if (program == u"cp") {
            if (operands.size() < 2) {
                outcome.ok = false;
                outcome.message = QStringLiteral("cp: missing destination file operand");
                return outcome;
            }
            const bool recursive = flagText.contains(u'r') || flagText.contains(u'R') || flagText.contains(u'a');
            const bool preserve = flagText.contains(u'p') || flagText.contains(u'a');
            const QString target = init.hostPath(operands.takeLast());
            QStringList sources;
            for (const QString &operand : std::as_const(operands))
                sources << expand(init, operand);
            const bool intoDirectory = QFileInfo(target).isDir();
            for (const QString &source : std::as_const(sources)) {
                const QString to = intoDirectory ? target + u'/' + QFileInfo(source).fileName() : target;
                if (!copyPath(source, to, recursive, preserve, &error)) {
                    outcome.ok = false;
                    outcome.message = error;
                    return outcome;
                }
            }
        } else if (program == u"chmod" || program == u"chown") {
            if (operands.size() < 2) {
                outcome.ok = false;
                outcome.message = QStringLiteral("%1: missing operand").arg(program);
                return outcome;
            }
            const QString spec = operands.takeFirst();
            const bool recursive = flagText.contains(u'R');
            for (const QString &operand : std::as_const(operands)) {
                for (const QString &path : expand(init, operand)) {
                    if (!QFileInfo::exists(path)) {
                        outcome.ok = false;
                        outcome.message = QStringLiteral("%1: %2: No such file or directory").arg(program, path);
                        return outcome;
                    }
                    bool failed = false;
                    forEachPath(path, recursive, [&](const QString &p) {
                        const QByteArray native = QFile::encodeName(p);
                        if (program == u"chmod") {
                            struct stat info = {};
                            ::stat(native.constData(), &info);
                            const auto mode = newMode(spec, int(info.st_mode & 07777));
                            failed = failed || !mode || ::chmod(native.constData(), mode_t(*mode)) != 0;
                        } else {
                            // The image's user (postgres is 70 on Alpine, 999 on Debian; redis 999) is the user the
                            // demo's servers run as; root stays root.
                            const QString owner = spec.section(u':', 0, 0);
                            const bool root = owner == u"0" || owner == u"root";
                            const unsigned uid = root ? 0 : (user ? user->uid : ::geteuid());
                            const unsigned gid = root ? 0 : (user ? user->gid : ::getegid());
                            failed = failed || (::chown(native.constData(), uid, gid) != 0 && ::geteuid() == 0);
                        }
                    });
                    if (failed) {
                        outcome.ok = false;
                        outcome.message = QStringLiteral("%1: %2: could not change it (mode or owner \"%3\")")
                                              .arg(program, path, spec);
                        return outcome;
                    }
                }
            }
        } else if (program == u"mkdir") {
            for (const QString &operand : std::as_const(operands))
                QDir().mkpath(init.hostPath(operand));
        }
    }
    return outcome;
}

} // namespace Demo
