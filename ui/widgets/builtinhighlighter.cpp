// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinhighlighter.h"

#include "highlightscan.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextBlockUserData>

#include <algorithm>
#include <utility>

namespace {

// A block state says which multi-line construct is still open at the end of the block (low byte)
// and its detail (comment nesting depth, indent of the YAML key that opened a block scalar, hash
// of a dollar-quote tag) in the bits above. QSyntaxHighlighter re-highlights the next block when
// the state changes, so the detail must change whenever the continuation would.
enum StateKind : int {
    StateNone = 0,
    StateSqlComment = 1,
    StateSqlString = 2,
    StateSqlEscapeString = 3,
    StateSqlDollar = 4,
    StateShellSingle = 5,
    StateShellDouble = 6,
    StateYamlBlock = 7,
    StateYamlFlow = 8,
};

constexpr int stateKind(int state)
{
    return state < 0 ? StateNone : (state & 0xff);
}

constexpr int stateDetail(int state)
{
    return state < 0 ? 0 : (state >> 8);
}

constexpr int makeState(int kind, int detail = 0)
{
    return kind | (std::clamp(detail, 0, 0x3fffff) << 8);
}

/** The tag of a dollar-quoted SQL string still open at the end of its block. */
class DollarTagData final : public QTextBlockUserData {
public:
    explicit DollarTagData(QString tag)
        : m_tag(std::move(tag))
    {
    }

    const QString &tag() const { return m_tag; }

private:
    QString m_tag;
};

} // namespace

using namespace HighlightScan;

BuiltinHighlighter::BuiltinHighlighter(QTextDocument *document, Language language)
    : QSyntaxHighlighter(document)
    , m_language(language)
    , m_dark(qGuiApp ? isDarkPalette(QGuiApplication::palette()) : false)
{
    rebuildFormats();
}

BuiltinHighlighter::~BuiltinHighlighter() = default;

void BuiltinHighlighter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (document())
        rehighlight();
}

void BuiltinHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    if (dark == m_dark)
        return;
    m_dark = dark;
    rebuildFormats();
    if (document())
        rehighlight();
}

bool BuiltinHighlighter::isDarkPalette(const QPalette &palette)
{
    // Light text on a darker base is a dark theme, whatever the absolute lightness is.
    return palette.color(QPalette::Active, QPalette::Text).lightness()
        > palette.color(QPalette::Active, QPalette::Base).lightness();
}

QTextCharFormat BuiltinHighlighter::formatFor(Category category)
{
    return formatFor(category, qGuiApp ? isDarkPalette(QGuiApplication::palette()) : false);
}

QTextCharFormat BuiltinHighlighter::formatFor(Category category, const QPalette &palette)
{
    return formatFor(category, isDarkPalette(palette));
}

QTextCharFormat BuiltinHighlighter::formatFor(Category category, bool dark)
{
    // Two sets of mid-saturation colours: the light set keeps at least 4.5:1 contrast on white,
    // the dark set at least 4.5:1 on the usual dark bases (#1e1e1e … #31363b).
    const auto color = [dark](QRgb onLight, QRgb onDark) { return QColor::fromRgb(dark ? onDark : onLight); };
    QTextCharFormat format;
    switch (category) {
    case Category::Normal:
        break;
    case Category::Keyword:
        format.setForeground(color(0x1d4ed8, 0x8ab4ff));
        format.setFontWeight(QFont::Bold);
        break;
    case Category::String:
        format.setForeground(color(0x15803d, 0x8fd88f));
        break;
    case Category::Number:
        format.setForeground(color(0xb45309, 0xf5a962));
        break;
    case Category::Comment:
        format.setForeground(color(0x6b7280, 0xa0a8b3));
        format.setFontItalic(true);
        break;
    case Category::Key:
        format.setForeground(color(0x0f766e, 0x5fd3c6));
        break;
    case Category::Error:
        format.setForeground(color(0xb91c1c, 0xff8a80));
        format.setFontWeight(QFont::Bold);
        break;
    case Category::Warning:
        format.setForeground(color(0x975a00, 0xf2c14e));
        break;
    case Category::Timestamp:
        format.setForeground(color(0x6d28d9, 0xc9b0ff));
        break;
    }
    return format;
}

BuiltinHighlighter::Language BuiltinHighlighter::languageForFileName(const QString &fileName)
{
    static const QHash<QString, Language> bySuffix = {
        { QStringLiteral("yaml"), Language::Yaml }, { QStringLiteral("yml"), Language::Yaml },
        { QStringLiteral("json"), Language::Yaml }, // JSON is YAML as far as colours go
        { QStringLiteral("sql"), Language::Sql },   { QStringLiteral("conf"), Language::Ini },
        { QStringLiteral("ini"), Language::Ini },   { QStringLiteral("cfg"), Language::Ini },
        { QStringLiteral("sh"), Language::Shell },  { QStringLiteral("bash"), Language::Shell },
        { QStringLiteral("log"), Language::Log },
    };
    const QFileInfo info(fileName);
    QString suffix = info.suffix().toLower();
    // Rotated logs: postgresql.log.1
    if (!suffix.isEmpty() && std::all_of(suffix.cbegin(), suffix.cend(), [](QChar c) { return c.isDigit(); }))
        suffix = QFileInfo(info.completeBaseName()).suffix().toLower();
    return bySuffix.value(suffix, Language::PlainText);
}

void BuiltinHighlighter::rebuildFormats()
{
    for (std::size_t i = 0; i < CategoryCount; ++i)
        m_formats[i] = formatFor(static_cast<Category>(i), m_dark);
}

void BuiltinHighlighter::apply(int start, int count, Category category)
{
    if (count <= 0 || category == Category::Normal)
        return;
    setFormat(start, count, m_formats[static_cast<std::size_t>(category)]);
}

void BuiltinHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(StateNone);
    if (dynamic_cast<DollarTagData *>(currentBlockUserData()))
        setCurrentBlockUserData(nullptr);

    switch (m_language) {
    case Language::PlainText:
        return;
    case Language::Yaml:
        highlightYaml(text);
        return;
    case Language::Sql:
        highlightSql(text);
        return;
    case Language::Ini:
        highlightIni(text);
        return;
    case Language::Shell:
        highlightShell(text);
        return;
    case Language::Log:
        highlightLog(text);
        return;
    }
}

void BuiltinHighlighter::highlightSql(const QString &text)
{
    const int n = length(text);
    int i = 0;
    int segment = 0; // where the open comment or string began in this block
    int kind = StateNone;
    int depth = 0; // PostgreSQL block comments nest
    QString dollarTag;

    const int previous = previousBlockState();
    switch (stateKind(previous)) {
    case StateSqlComment:
        kind = StateSqlComment;
        depth = std::max(1, stateDetail(previous));
        break;
    case StateSqlString:
    case StateSqlEscapeString:
        kind = stateKind(previous);
        break;
    case StateSqlDollar:
        if (const auto *data = dynamic_cast<const DollarTagData *>(currentBlock().previous().userData())) {
            kind = StateSqlDollar;
            dollarTag = data->tag();
        }
        break;
    default:
        break;
    }

    for (;;) {
        if (kind == StateSqlComment) {
            while (i < n && depth > 0) {
                if (text.at(i) == u'/' && charAt(text, i + 1) == u'*') {
                    ++depth;
                    i += 2;
                } else if (text.at(i) == u'*' && charAt(text, i + 1) == u'/') {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
            apply(segment, i - segment, Category::Comment);
            if (depth > 0) {
                setCurrentBlockState(makeState(StateSqlComment, depth));
                return;
            }
            kind = StateNone;
        } else if (kind == StateSqlString || kind == StateSqlEscapeString) {
            const int end = sqlStringEnd(text, i, kind == StateSqlEscapeString);
            if (end < 0) {
                apply(segment, n - segment, Category::String);
                setCurrentBlockState(makeState(kind));
                return;
            }
            apply(segment, end - segment, Category::String);
            i = end;
            kind = StateNone;
        } else if (kind == StateSqlDollar) {
            const auto close = text.indexOf(dollarTag, i);
            if (close < 0) {
                apply(segment, n - segment, Category::String);
                setCurrentBlockUserData(new DollarTagData(dollarTag));
                setCurrentBlockState(makeState(StateSqlDollar, static_cast<int>(qHash(dollarTag) & 0x7fff)));
                return;
            }
            i = static_cast<int>(close) + length(dollarTag);
            apply(segment, i - segment, Category::String);
            kind = StateNone;
        }
        if (i >= n)
            return;

        const QChar c = text.at(i);
        const QChar next = charAt(text, i + 1);
        if (c == u'-' && next == u'-') {
            apply(i, n - i, Category::Comment);
            return;
        }
        if (c == u'/' && next == u'*') {
            segment = i;
            i += 2;
            depth = 1;
            kind = StateSqlComment;
        } else if (c == u'\'') {
            segment = i++;
            kind = StateSqlString;
        } else if (c == u'"') {
            // A quoted identifier: neither a string nor a keyword.
            const auto close = text.indexOf(u'"', i + 1);
            i = close < 0 ? n : static_cast<int>(close) + 1;
        } else if (c == u'$' && !isIdentChar(charAt(text, i - 1))) {
            const QString tag = dollarQuoteTag(text, i);
            if (tag.isEmpty()) {
                ++i; // $1 parameter
            } else {
                segment = i;
                i += length(tag);
                dollarTag = tag;
                kind = StateSqlDollar;
            }
        } else if (c.isDigit() && !isIdentChar(charAt(text, i - 1))) {
            const int end = numberEnd(text, i);
            apply(i, end - i, Category::Number);
            i = end;
        } else if (isIdentStart(c)) {
            int end = i + 1;
            while (isIdentChar(charAt(text, end)) || charAt(text, end) == u'$')
                ++end;
            if (end - i == 1 && (c == u'E' || c == u'e') && charAt(text, end) == u'\'') {
                segment = i; // E'…' string with backslash escapes
                i = end + 1;
                kind = StateSqlEscapeString;
                continue;
            }
            if (sqlKeywords().contains(text.mid(i, end - i).toUpper()))
                apply(i, end - i, Category::Keyword);
            i = end;
        } else {
            ++i;
        }
    }
}

void BuiltinHighlighter::highlightShell(const QString &text)
{
    const int n = length(text);
    int i = 0;
    int segment = 0;
    int kind = stateKind(previousBlockState());
    if (kind != StateShellSingle && kind != StateShellDouble)
        kind = StateNone;

    const auto highlightVariables = [this, &text](int from, int to) {
        for (int j = from; j < to; ++j) {
            if (text.at(j) == u'\\') {
                ++j;
            } else if (text.at(j) == u'$') {
                const int end = std::min(shellVariableEnd(text, j), to);
                if (end > j + 1)
                    apply(j, end - j, Category::Key);
                j = end - 1;
            }
        }
    };

    for (;;) {
        if (kind == StateShellSingle) {
            const auto close = text.indexOf(u'\'', i);
            if (close < 0) {
                apply(segment, n - segment, Category::String);
                setCurrentBlockState(StateShellSingle);
                return;
            }
            i = static_cast<int>(close) + 1;
            apply(segment, i - segment, Category::String);
            kind = StateNone;
        } else if (kind == StateShellDouble) {
            const int end = shellDoubleQuoteEnd(text, i);
            const int stop = end < 0 ? n : end;
            apply(segment, stop - segment, Category::String);
            highlightVariables(segment, stop);
            if (end < 0) {
                setCurrentBlockState(StateShellDouble);
                return;
            }
            i = end;
            kind = StateNone;
        }
        if (i >= n)
            return;

        const QChar c = text.at(i);
        if (c == u'#' && (i == 0 || text.at(i - 1).isSpace() || text.at(i - 1) == u';')) {
            apply(i, n - i, Category::Comment);
            return;
        }
        if (c == u'\\') {
            i += 2;
        } else if (c == u'\'') {
            segment = i++;
            kind = StateShellSingle;
        } else if (c == u'"') {
            segment = i++;
            kind = StateShellDouble;
        } else if (c == u'$') {
            const int end = shellVariableEnd(text, i);
            if (end > i + 1)
                apply(i, end - i, Category::Key);
            i = end;
        } else if (c.isSpace() || isShellSeparator(c)) {
            ++i;
        } else {
            int end = i;
            while (end < n && !text.at(end).isSpace() && !isShellSeparator(text.at(end)))
                ++end;
            const QString word = text.mid(i, end - i);
            const auto equals = word.indexOf(u'=');
            if (equals > 0 && isIdentifier(QStringView(word).left(equals))) {
                // NAME=value: the name is a key, the value is scanned as a word of its own.
                apply(i, static_cast<int>(equals), Category::Key);
                i += static_cast<int>(equals) + 1;
                continue;
            }
            if (shellWords().contains(word))
                apply(i, end - i, Category::Keyword);
            else if (std::all_of(word.cbegin(), word.cend(), [](QChar d) { return d.isDigit(); }))
                apply(i, end - i, Category::Number);
            i = end;
        }
    }
}

void BuiltinHighlighter::highlightYaml(const QString &text)
{
    const int n = length(text);
    int indent = 0;
    while (indent < n && (text.at(indent) == u' ' || text.at(indent) == u'\t'))
        ++indent;

    const int previous = previousBlockState();
    if (stateKind(previous) == StateYamlBlock) {
        // Inside a block scalar ("key: |") every line indented deeper than the key, and every
        // blank line, is part of the string.
        if (indent == n) {
            setCurrentBlockState(previous);
            return;
        }
        if (indent > stateDetail(previous)) {
            apply(indent, n - indent, Category::String);
            setCurrentBlockState(previous);
            return;
        }
    }
    if (indent == n) {
        if (stateKind(previous) == StateYamlFlow)
            setCurrentBlockState(previous);
        return;
    }
    if (stateKind(previous) == StateYamlFlow) {
        // Inside a flow collection that spans lines (JSON, mostly): no block keys or dashes here.
        highlightYamlValue(text, indent, indent, stateDetail(previous));
        return;
    }

    if (indent == 0 && (text.startsWith(u"---") || text.startsWith(u"...")) && (n == 3 || text.at(3).isSpace())) {
        apply(0, 3, Category::Keyword);
        highlightYamlValue(text, 3, 0, 0);
        return;
    }
    if (indent == 0 && text.at(0) == u'%') { // %YAML / %TAG directive
        apply(0, n, Category::Keyword);
        return;
    }

    int i = indent;
    while (i < n && text.at(i) == u'-' && (i + 1 == n || text.at(i + 1).isSpace())) {
        apply(i, 1, Category::Keyword);
        ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
    }
    if (i < n && text.at(i) != u'"' && text.at(i) != u'\'' && text.at(i) != u'#' && !isFlowIndicator(text.at(i))) {
        const int colon = plainKeyColon(text, i);
        if (colon >= 0) {
            int keyEnd = colon;
            while (keyEnd > i && text.at(keyEnd - 1).isSpace())
                --keyEnd;
            apply(i, keyEnd - i, Category::Key);
            i = colon + 1;
        }
    }
    // Quoted keys ("key": as in JSON) are found by the value scanner.
    highlightYamlValue(text, i, indent, 0);
}

void BuiltinHighlighter::highlightYamlValue(const QString &text, int from, int lineIndent, int flowDepth)
{
    const int n = length(text);
    int i = from;
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = charAt(text, i + 1);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'#' && (i == 0 || text.at(i - 1).isSpace())) {
            apply(i, n - i, Category::Comment);
            break;
        }
        if (c == u'{' || c == u'[') {
            ++flowDepth;
            ++i;
            continue;
        }
        if (c == u'}' || c == u']') {
            flowDepth = std::max(0, flowDepth - 1);
            ++i;
            continue;
        }
        if ((c == u',' && flowDepth > 0) || (c == u':' && (next.isNull() || next.isSpace() || flowDepth > 0))) {
            ++i;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            const int end = quotedEnd(text, i);
            int k = end;
            while (k < n && text.at(k).isSpace())
                ++k;
            apply(i, end - i, charAt(text, k) == u':' ? Category::Key : Category::String);
            i = end;
            continue;
        }
        if (c == u'&' || c == u'*' || c == u'!') { // anchor, alias, tag
            int end = i + 1;
            while (end < n && !text.at(end).isSpace() && !(flowDepth > 0 && isFlowIndicator(text.at(end))))
                ++end;
            apply(i, end - i, Category::Keyword);
            i = end;
            continue;
        }
        if ((c == u'|' || c == u'>') && flowDepth == 0) {
            const int end = blockScalarHeaderEnd(text, i);
            if (end > 0) {
                apply(i, end - i, Category::Keyword);
                setCurrentBlockState(makeState(StateYamlBlock, lineIndent));
                i = end;
                continue;
            }
        }

        // A plain scalar runs to " #", ": ", or in a flow collection to the next indicator.
        int end = i + 1;
        while (end < n) {
            const QChar d = text.at(end);
            if (d == u'#' && text.at(end - 1).isSpace())
                break;
            if (d == u':') {
                const QChar after = charAt(text, end + 1);
                if (after.isNull() || after.isSpace() || (flowDepth > 0 && isFlowIndicator(after)))
                    break;
            }
            if (flowDepth > 0 && isFlowIndicator(d))
                break;
            ++end;
        }
        int scalarEnd = end;
        while (scalarEnd > i && text.at(scalarEnd - 1).isSpace())
            --scalarEnd;
        const Category category
            = charAt(text, end) == u':' ? Category::Key : yamlScalarCategory(text.mid(i, scalarEnd - i));
        apply(i, scalarEnd - i, category);
        i = end;
    }
    if (flowDepth > 0)
        setCurrentBlockState(makeState(StateYamlFlow, flowDepth));
}

void BuiltinHighlighter::highlightIni(const QString &text)
{
    const int n = length(text);
    int i = 0;
    while (i < n && text.at(i).isSpace())
        ++i;
    if (i == n)
        return;

    const QChar first = text.at(i);
    if (first == u'#' || first == u';') {
        apply(i, n - i, Category::Comment);
        return;
    }
    if (first == u'[') {
        const auto close = text.indexOf(u']', i);
        const int end = close < 0 ? n : static_cast<int>(close) + 1;
        apply(i, end - i, Category::Keyword);
        i = end;
    } else {
        // "key = value" (postgresql.conf) or "key value" (redis.conf)
        int end = i;
        while (end < n && !text.at(end).isSpace() && text.at(end) != u'=' && text.at(end) != u'#')
            ++end;
        apply(i, end - i, Category::Key);
        i = end;
        while (i < n && text.at(i).isSpace())
            ++i;
        if (charAt(text, i) == u'=')
            ++i;
    }

    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u',') {
            ++i;
        } else if (c == u'#') {
            apply(i, n - i, Category::Comment);
            return;
        } else if (c == u'"' || c == u'\'') {
            const int end = quotedEnd(text, i);
            apply(i, end - i, Category::String);
            i = end;
        } else {
            int end = i;
            while (end < n) {
                const QChar d = text.at(end);
                if (d.isSpace() || d == u'#' || d == u'"' || d == u'\'' || d == u',')
                    break;
                ++end;
            }
            apply(i, end - i, iniValueCategory(text.mid(i, end - i)));
            i = end;
        }
    }
}

void BuiltinHighlighter::highlightLog(const QString &text)
{
    // PostgreSQL / ISO 8601 / kubectl --timestamps, Redis ("1:M 01 May 2024 10:00:00.123"), syslog, klog.
    static const QRegularExpression timestamp(QStringLiteral(
        R"(\A\[?(?:)"
        R"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?)"
        R"((?: ?(?:Z|[+-]\d{2}(?::?\d{2})?|(?!(?:LOG|INFO|WARN|WARNING|DEBUG|ERROR|FATAL|PANIC|NOTICE|TRACE)\b))"
        R"([A-Z]{2,5}(?=[\s\]])))?)"
        R"(|\d+:[XCSM] \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2}(?:\.\d+)?)"
        R"(|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2})"
        R"(|[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+)"
        R"()\]?)"));
    static const QRegularExpression quoted(QStringLiteral(R"("[^"]*")"));
    static const QRegularExpression severity(
        QStringLiteral(R"(\b(?:(PANIC|FATAL|CRITICAL|CRIT|EMERG|ALERT|ERROR|ERR)|(WARNING|WARN))"
                       R"(|(LOG|INFO|NOTICE|DEBUG[1-5]?|TRACE|DETAIL|HINT|STATEMENT|CONTEXT|LOCATION))\b)"));
    static const QRegularExpression logfmtLevel(
        QStringLiteral(R"re(\b(?:level|lvl|severity)"?\s*[=:]\s*"?([A-Za-z]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression errorPhrase(
        QStringLiteral(R"(\b(?:authentication failed|SSL SYSCALL error|SSL error|could not accept SSL connection)"
                       R"(|certificate verify failed|certificate has expired|no pg_hba\.conf entry|permission denied)"
                       R"(|connection refused|handshake failure|unsupported protocol|WRONGPASS|NOAUTH)\b)"),
        QRegularExpression::CaseInsensitiveOption);

    const auto matchStart
        = [](const QRegularExpressionMatch &match, int group) { return static_cast<int>(match.capturedStart(group)); };
    const auto matchLength
        = [](const QRegularExpressionMatch &match, int group) { return static_cast<int>(match.capturedLength(group)); };

    const QRegularExpressionMatch stamp = timestamp.match(text);
    if (stamp.hasMatch())
        apply(0, matchLength(stamp, 0), Category::Timestamp);

    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        apply(matchStart(match, 0), matchLength(match, 0), Category::String);
    }
    for (auto it = severity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const Category category = match.hasCaptured(1) ? Category::Error
            : match.hasCaptured(2)                     ? Category::Warning
                                                       : Category::Keyword;
        apply(matchStart(match, 0), matchLength(match, 0), category);
    }
    for (auto it = logfmtLevel.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString level = match.captured(1).toLower();
        Category category = Category::Normal;
        if (level.startsWith(u"err") || level == u"fatal" || level == u"panic" || level.startsWith(u"crit"))
            category = Category::Error;
        else if (level.startsWith(u"warn"))
            category = Category::Warning;
        else if (level == u"info" || level == u"debug" || level == u"trace" || level == u"notice")
            category = Category::Keyword;
        apply(matchStart(match, 1), matchLength(match, 1), category);
    }
    for (auto it = errorPhrase.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        apply(matchStart(match, 0), matchLength(match, 0), Category::Error);
    }
}
