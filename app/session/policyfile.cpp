// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/policyfile.h"

#include "audit/policyloader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Session {

namespace {

PolicyRead failed(const QString &message)
{
    PolicyRead read;
    read.error = message;
    return read;
}

PolicyRead fromExpected(Kube::Expected<Audit::Policy> policy)
{
    if (!policy)
        return failed(policy.error());
    PolicyRead read;
    read.policy = std::move(policy).value();
    return read;
}

/** A YAML double-quoted scalar: every value the user typed reads back as typed, whatever its characters. */
QByteArray quoted(const QString &text)
{
    QByteArray out("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\t':
            out += "\\t";
            break;
        case u'\r':
            out += "\\r";
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += "\\x" + QByteArray::number(c.unicode(), 16).rightJustified(2, '0');
            else
                out += QString(c).toUtf8();
        }
    }
    return out + '"';
}

/** The item's lines, each ending with @p newline, its dash at @p indent. */
QByteArray itemText(const Audit::AcceptedRisk &risk, const QByteArray &indent, const QByteArray &newline)
{
    const QByteArray inner = indent + "  ";
    return indent + "- rule: " + risk.rule.toUtf8() + newline                   //
        + inner + "datastore: " + quoted(risk.datastore) + newline             //
        + inner + "justification: " + quoted(risk.justification) + newline     //
        + inner + "approvedBy: " + quoted(risk.approvedBy) + newline           //
        + inner + "expires: " + risk.expires.toString(Qt::ISODate).toLatin1() + newline;
}

bool isBlankOrComment(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith('#');
}

} // namespace

QFuture<PolicyRead> PolicyFile::find(QThreadPool *pool)
{
    return QtConcurrent::run(pool, [] { return fromExpected(Audit::PolicyLoader::find(QString())); });
}

QString PolicyFile::userPolicyPath()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString config = environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir(environment.value(QStringLiteral("HOME"), QDir::homePath())).filePath(QStringLiteral(".config"));
    return QDir(config).filePath(QStringLiteral("proofer/policy.yaml"));
}

QString PolicyFile::defaultPath(const Audit::Policy &inUse)
{
    return inUse.isBuiltIn() ? userPolicyPath() : inUse.path;
}

PolicyRead PolicyFile::withAcceptance(const QByteArray &original, const QString &path, const Audit::AcceptedRisk &risk,
                                      QByteArray *updated)
{
    const auto before = Audit::PolicyLoader::parse(original, path);
    if (!before)
        return failed(QCoreApplication::translate("Session", "The policy file cannot take an acceptance until its error "
                                                             "is fixed: %1")
                          .arg(before.error()));
    const QByteArray newline = original.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    QList<QByteArray> lines = original.split('\n');
    const bool endsWithNewline = original.isEmpty() || original.endsWith('\n');
    if (endsWithNewline)
        lines.removeLast(); // the empty piece after the last newline

    // The top-level key (a root mapping's keys start at column 0), with what follows the colon.
    static const QRegularExpression key(QStringLiteral(R"(^acceptedRisks\s*:\s*(.*?)\s*$)"));
    static const QRegularExpression emptyValue(QStringLiteral(R"(^(\[\s*\]|~|null|Null|NULL)?\s*(#.*)?$)"));
    static const QRegularExpression dash(QStringLiteral(R"(^(\s*)-(\s|$))"));
    qsizetype at = -1;
    QString rest;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = key.match(QString::fromUtf8(lines.at(i)));
        if (m.hasMatch()) {
            at = i;
            rest = m.captured(1);
            break;
        }
    }

    QByteArray text;
    if (at < 0) {
        // No list yet: one at the end, after everything else.
        text = original;
        if (!endsWithNewline)
            text += newline;
        text += "acceptedRisks:" + newline + itemText(risk, "  ", newline);
    } else if (!rest.isEmpty() && !rest.startsWith(u'#')) {
        // `acceptedRisks: []` (or null): the key's line becomes a block list's, its comment kept.
        const QRegularExpressionMatch m = emptyValue.match(rest);
        if (!m.hasMatch())
            return failed(QCoreApplication::translate("Session", "%1: acceptedRisks is written on one line ([…]): add "
                                                                 "the acceptance by hand, or write the list one item a "
                                                                 "line")
                              .arg(path));
        QByteArray keyLine = "acceptedRisks:";
        if (!m.captured(2).isEmpty())
            keyLine += ' ' + m.captured(2).toUtf8();
        if (lines.at(at).endsWith('\r'))
            keyLine += '\r';
        lines[at] = keyLine;
        lines.insert(at + 1, itemText(risk, "  ", newline).chopped(newline.size()));
        text = lines.join('\n');
        if (endsWithNewline)
            text += '\n';
    } else {
        // A block list: the new item after its last item's last line, in the indentation its items use. The block ends
        // at the first line at column 0 that is neither a comment nor a dash; comments after its last item stay where
        // they are (they may introduce what follows).
        qsizetype last = at;
        QByteArray indent;
        bool indentKnown = false;
        for (qsizetype i = at + 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (isBlankOrComment(line))
                continue;
            const bool inside = line.startsWith(' ') || line.startsWith('-');
            if (!inside)
                break;
            last = i;
            if (!indentKnown) {
                const QRegularExpressionMatch m = dash.match(QString::fromUtf8(line));
                if (m.hasMatch()) {
                    indent = m.captured(1).toUtf8();
                    indentKnown = true;
                }
            }
        }
        if (!indentKnown)
            indent = "  ";
        lines.insert(last + 1, itemText(risk, indent, newline).chopped(newline.size()));
        text = lines.join('\n');
        if (endsWithNewline)
            text += '\n';
    }

    // What is saved is what the loader reads: the old acceptances and this one, last.
    const auto after = Audit::PolicyLoader::parse(text, path);
    if (!after)
        return failed(QCoreApplication::translate("Session", "Proofer could not add the acceptance to this file's "
                                                             "layout (%1): add it by hand")
                          .arg(after.error()));
    const QList<Audit::AcceptedRisk> &risks = after->acceptedRisks;
    const bool readBack = risks.size() == before->acceptedRisks.size() + 1 && risks.constLast().rule == risk.rule
        && risks.constLast().datastore == risk.datastore.trimmed()
        && risks.constLast().justification == risk.justification.trimmed()
        && risks.constLast().approvedBy == risk.approvedBy.trimmed() && risks.constLast().expires == risk.expires;
    if (!readBack)
        return failed(QCoreApplication::translate("Session", "%1: the acceptance would not read back as written: add it "
                                                             "by hand")
                          .arg(path));
    if (updated)
        *updated = text;
    PolicyRead read;
    read.policy = *after;
    return read;
}

QFuture<PolicyRead> PolicyFile::appendAcceptance(const QString &path, const Audit::AcceptedRisk &risk,
                                                 QThreadPool *pool)
{
    return QtConcurrent::run(pool, [path, risk] {
        QByteArray original;
        if (QFileInfo::exists(path)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return failed(QCoreApplication::translate("Session", "Cannot read %1: %2").arg(path, file.errorString()));
            original = file.read(Audit::PolicyLoader::MaxFileBytes + 1);
            if (original.size() > Audit::PolicyLoader::MaxFileBytes)
                return failed(QCoreApplication::translate("Session", "%1: the policy file is larger than %2 KiB")
                                  .arg(path)
                                  .arg(Audit::PolicyLoader::MaxFileBytes / 1024));
        }
        QByteArray text;
        PolicyRead read = withAcceptance(original, path, risk, &text);
        if (!read.policy)
            return read;
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return failed(QCoreApplication::translate("Session", "Cannot create the folder of %1").arg(path));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            return failed(QCoreApplication::translate("Session", "Cannot write %1: %2").arg(path, file.errorString()));
        // The policy as the loader reads the file now (its SHA-256 is the saved bytes').
        return fromExpected(Audit::PolicyLoader::load(path));
    });
}

} // namespace Session
