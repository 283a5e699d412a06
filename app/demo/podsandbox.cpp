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

#include <algorithm>
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


namespace {

/** One exec's output, cut at its bound. */
struct ExecIo
{
    const ContainerPlan &container;
    qint64 maxOutput;
    QByteArray out;
    QByteArray err;

    void write(const QByteArray &data) { out += data.left(std::max<qint64>(0, maxOutput - out.size())); }
    void warn(const QString &text) { err += (text + u'\n').toUtf8().left(std::max<qint64>(0, 65536 - err.size())); }
    bool full() const { return out.size() >= maxOutput; }
};

/** Where @p path of the container is on the host (relative paths start at the container's root, its cwd). */
QString hostFor(const ContainerPlan &container, const QString &path)
{
    const QString absolute = QDir::cleanPath(path.startsWith(u'/') ? path : u'/' + path);
    if (absolute == u"/dev/null" || absolute == u"/dev/zero")
        return absolute;
    return container.hostPath(absolute);
}

/** The first @p limit bytes of @p hostPath (all of it below 0); nullopt with errno's text when it cannot be read. */
std::optional<QByteArray> readHead(const QString &hostPath, qint64 limit, QString *why)
{
    if (QFileInfo(hostPath).isDir()) {
        *why = QStringLiteral("Is a directory");
        return std::nullopt;
    }
    QFile file(hostPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *why = QFileInfo::exists(hostPath) ? QStringLiteral("Permission denied") : QStringLiteral("No such file or directory");
        return std::nullopt;
    }
    if (limit < 0)
        return file.readAll();
    QByteArray data;
    while (data.size() < limit) {
        const QByteArray chunk = file.read(std::min<qint64>(limit - data.size(), 1 << 20));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    return data;
}

int execCat(ExecIo &io, const QStringList &args)
{
    int code = 0;
    for (const QString &file : args) {
        if (file.startsWith(u'-') && file.size() > 1)
            continue;
        QString why;
        const auto data = readHead(hostFor(io.container, file), io.maxOutput - io.out.size(), &why);
        if (!data) {
            io.warn(QStringLiteral("cat: can't open '%1': %2").arg(file, why));
            code = 1;
            continue;
        }
        io.write(*data);
    }
    return code;
}

int execHead(ExecIo &io, const QStringList &args)
{
    qint64 bytes = -1;
    qint64 lines = 10;
    bool quiet = false;
    bool verbose = false;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg.startsWith(QStringLiteral("-c")) || arg.startsWith(QStringLiteral("-n"))) {
            const QString value = arg.size() > 2 ? arg.mid(2) : args.value(++i);
            bool ok = false;
            const qint64 count = value.toLongLong(&ok);
            if (!ok || count < 0) {
                io.warn(QStringLiteral("head: invalid number '%1'").arg(value));
                return 1;
            }
            (arg.at(1) == u'c' ? bytes : lines) = count;
        } else if (arg == u"-q") {
            quiet = true;
        } else if (arg == u"-v") {
            verbose = true;
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            io.warn(QStringLiteral("head: unrecognized option '%1'").arg(arg));
            return 1;
        } else {
            files << arg;
        }
    }
    const bool headers = verbose || (files.size() > 1 && !quiet);
    bool first = true;
    int code = 0;
    for (const QString &file : std::as_const(files)) {
        QString why;
        const QString host = hostFor(io.container, file);
        // /dev/zero never ends: a count is all that is read of it.
        const qint64 limit = bytes >= 0 ? bytes : (host == u"/dev/zero" ? 0 : -1);
        auto data = readHead(host, limit, &why);
        if (!data) {
            io.warn(QStringLiteral("head: can't open '%1': %2").arg(file, why));
            code = 1;
            continue;
        }
        if (bytes < 0) {
            qsizetype end = 0;
            for (qint64 n = 0; n < lines && end < data->size(); ++n) {
                const qsizetype newline = data->indexOf('\n', end);
                end = newline < 0 ? data->size() : newline + 1;
            }
            data->truncate(end);
        }
        if (headers)
            io.write((first ? QString() : QStringLiteral("\n")).toUtf8() + "==> " + file.toUtf8() + " <==\n");
        first = false;
        io.write(*data);
    }
    return code;
}

int execStat(ExecIo &io, const QStringList &args)
{
    QString format;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"-c")
            format = args.value(++i);
        else if (arg.startsWith(QStringLiteral("-c")))
            format = arg.mid(2);
        else if (arg.startsWith(u'-') && arg.size() > 1) {
            io.warn(QStringLiteral("stat: unrecognized option '%1'").arg(arg));
            return 1;
        } else
            files << arg;
    }
    if (format.isEmpty() || files.isEmpty()) {
        io.warn(QStringLiteral("stat: the demo runs only stat -c FORMAT FILE..."));
        return 1;
    }
    int code = 0;
    for (const QString &file : std::as_const(files)) {
        const QFileInfo info(hostFor(io.container, file));
        if (!info.exists() && !info.isSymLink()) {
            io.warn(QStringLiteral("stat: can't stat '%1': No such file or directory").arg(file));
            code = 1;
            continue;
        }
        QString line;
        for (qsizetype i = 0; i < format.size(); ++i) {
            if (format.at(i) != u'%' || i + 1 == format.size()) {
                line += format.at(i);
                continue;
            }
            const QChar c = format.at(++i);
            if (c == u's')
                line += QString::number(info.isSymLink() ? info.symLinkTarget().size() : info.size());
            else if (c == u'n')
                line += file;
            else if (c == u'a') {
                struct stat st = {};
                ::lstat(QFile::encodeName(info.filePath()).constData(), &st);
                line += QString::number(int(st.st_mode & 07777), 8);
            }
            else if (c == u'F')
                line += info.isSymLink() ? QStringLiteral("symbolic link")
                    : info.isDir()       ? QStringLiteral("directory")
                    : info.size() == 0   ? QStringLiteral("regular empty file")
                                         : QStringLiteral("regular file");
            else if (c == u'%')
                line += u'%';
            else
                line += u'?';
        }
        io.write(line.toUtf8() + '\n');
    }
    return code;
}

int execLs(ExecIo &io, const QStringList &args)
{
    bool all = false;
    QStringList paths;
    for (const QString &arg : args) {
        if (arg.startsWith(u'-') && arg.size() > 1) {
            for (const QChar c : arg.mid(1)) {
                if (c == u'a')
                    all = true;
                else if (c != u'1') {
                    io.warn(QStringLiteral("ls: unrecognized option '%1'").arg(arg));
                    return 1;
                }
            }
        } else {
            paths << arg;
        }
    }
    if (paths.isEmpty())
        paths << QStringLiteral("/");
    int code = 0;
    bool first = true;
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo info(hostFor(io.container, path));
        if (!info.exists()) {
            io.warn(QStringLiteral("ls: %1: No such file or directory").arg(path));
            code = 1;
            continue;
        }
        if (!info.isDir()) {
            io.write(path.toUtf8() + '\n');
            continue;
        }
        if (paths.size() > 1)
            io.write((first ? QByteArray() : QByteArray("\n")) + path.toUtf8() + ":\n");
        first = false;
        QDir::Filters filters = QDir::AllEntries | QDir::System;
        filters |= all ? (QDir::Hidden | QDir::NoDot | QDir::NoDotDot) : QDir::NoDotAndDotDot;
        QStringList names = QDir(info.filePath()).entryList(filters, QDir::Name);
        if (all)
            names = QStringList { QStringLiteral("."), QStringLiteral("..") } + names;
        for (const QString &name : std::as_const(names))
            io.write(name.toUtf8() + '\n');
    }
    return code;
}

int runProgram(ExecIo &io, const QStringList &argv, int *durationMs);

/** find over the container's paths: what the listing of a backup location asks, and a little more. */
int execFind(ExecIo &io, const QStringList &args, int *durationMs)
{
    QStringList starts;
    qsizetype i = 0;
    for (; i < args.size() && !(args.at(i).startsWith(u'-') && args.at(i).size() > 1); ++i)
        starts << args.at(i);
    if (starts.isEmpty())
        starts << QStringLiteral(".");
    int maxDepth = 64;
    int minDepth = 0;
    QString type;
    QList<QRegularExpression> names;
    QStringList exec;
    bool batch = false;
    for (; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if ((arg == u"-maxdepth" || arg == u"-mindepth") && i + 1 < args.size()) {
            (arg == u"-maxdepth" ? maxDepth : minDepth) = args.at(++i).toInt();
        } else if (arg == u"-type" && i + 1 < args.size()) {
            type = args.at(++i);
        } else if (arg == u"-name" && i + 1 < args.size()) {
            names << QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                args.at(++i)));
        } else if (arg == u"-print") {
        } else if (arg == u"-exec") {
            for (++i; i < args.size() && args.at(i) != u";" && args.at(i) != u"+"; ++i)
                exec << args.at(i);
            batch = i < args.size() && args.at(i) == u"+";
            if (i == args.size() || exec.isEmpty() || (batch && exec.constLast() != u"{}")) {
                io.warn(QStringLiteral("find: -exec CMD must end by ';' or '+'"));
                return 1;
            }
        } else {
            io.warn(QStringLiteral("find: unrecognized: %1").arg(arg));
            return 1;
        }
    }
    int code = 0;
    QStringList matched;
    const std::function<void(const QString &, const QString &, int)> walk
        = [&](const QString &host, const QString &shown, int depth) {
              const QFileInfo info(host);
              const bool matches = depth >= minDepth
                  && (type.isEmpty() || (type == u"f" && info.isFile() && !info.isSymLink())
                      || (type == u"d" && info.isDir() && !info.isSymLink()) || (type == u"l" && info.isSymLink()))
                  && std::all_of(names.cbegin(), names.cend(), [&](const QRegularExpression &name) {
                         return name.match(QFileInfo(shown).fileName().isEmpty() ? shown : QFileInfo(shown).fileName())
                             .hasMatch();
                     });
              if (matches) {
                  if (exec.isEmpty())
                      io.write(shown.toUtf8() + '\n');
                  else
                      matched << shown;
              }
              if (depth >= maxDepth || !info.isDir() || (info.isSymLink() && depth > 0) || io.full())
                  return;
              if (!info.isReadable() || !info.isExecutable()) {
                  io.warn(QStringLiteral("find: %1: Permission denied").arg(shown));
                  code = 1;
                  return;
              }
              const QStringList entries = QDir(host).entryList(
                  QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
              for (const QString &entry : entries)
                  walk(host + u'/' + entry, (shown.endsWith(u'/') ? shown : shown + u'/') + entry, depth + 1);
          };
    for (const QString &start : std::as_const(starts)) {
        const QString host = hostFor(io.container, start);
        if (!QFileInfo::exists(host)) {
            io.warn(QStringLiteral("find: %1: No such file or directory").arg(start));
            code = 1;
            continue;
        }
        walk(host, start, 0);
    }
    if (exec.isEmpty() || matched.isEmpty())
        return code;
    if (batch) {
        // One run for all the files (find batches by ARG_MAX; the demo's lists are short).
        const int result = runProgram(io, exec.mid(0, exec.size() - 1) + matched, durationMs);
        if (result < 0)
            io.warn(QStringLiteral("find: %1: No such file or directory").arg(exec.constFirst()));
        return result != 0 ? 1 : code;
    }
    for (const QString &file : std::as_const(matched)) {
        QStringList argv = exec;
        for (QString &word : argv)
            word.replace(QStringLiteral("{}"), file);
        if (runProgram(io, argv, durationMs) < 0)
            io.warn(QStringLiteral("find: %1: No such file or directory").arg(exec.constFirst()));
    }
    return code;
}

/** Runs one program; -1 when it is not one the demo has. */
int runProgram(ExecIo &io, const QStringList &argv, int *durationMs)
{
    const QString program = QFileInfo(argv.constFirst()).fileName();
    const QStringList args = argv.mid(1);
    if (program == u"find")
        return execFind(io, args, durationMs);
    if (program == u"stat")
        return execStat(io, args);
    if (program == u"head")
        return execHead(io, args);
    if (program == u"cat")
        return execCat(io, args);
    if (program == u"ls")
        return execLs(io, args);
    if (program == u"true")
        return 0;
    if (program == u"false")
        return 1;
    if (program == u"echo") {
        const bool newline = args.value(0) != u"-n";
        io.write((newline ? args : args.mid(1)).join(u' ').toUtf8() + (newline ? "\n" : ""));
        return 0;
    }
    if (program == u"sleep") {
        bool ok = false;
        const double seconds = args.value(0).toDouble(&ok);
        if (!ok || seconds < 0) {
            io.warn(QStringLiteral("sleep: invalid number '%1'").arg(args.value(0)));
            return 1;
        }
        *durationMs += int(std::min(seconds, 86400.0) * 1000);
        return 0;
    }
    return -1;
}

} // namespace

ExecOutcome runExecCommand(const ContainerPlan &container, const QStringList &argv, qint64 maxOutput)
{
    ExecOutcome outcome;
    const auto notFound = [&outcome, &argv] {
        outcome.started = false;
        outcome.failure = QStringLiteral("OCI runtime exec failed: exec failed: unable to start container process: exec: "
                                         "\"%1\": executable file not found in $PATH: unknown")
                              .arg(argv.value(0));
        return outcome;
    };
    // A distroless image has no shell and no tools: nothing can be run in it.
    if (argv.isEmpty() || container.image.contains(QStringLiteral("distroless")))
        return notFound();
    ExecIo io { container, maxOutput, {}, {} };
    const int code = runProgram(io, argv, &outcome.durationMs);
    if (code < 0)
        return notFound();
    outcome.exitCode = code;
    outcome.out = std::move(io.out);
    outcome.err = std::move(io.err);
    return outcome;
}

} // namespace Demo
