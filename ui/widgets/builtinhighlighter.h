// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

class QPalette;

/**
 * A small syntax highlighter for the texts Proofer shows: Kubernetes YAML (and JSON), SQL,
 * postgresql.conf / redis.conf style configuration, shell snippets and server logs.
 *
 * It is the fallback when KF6 SyntaxHighlighting is not available. Every highlighted span
 * belongs to one Category, and formatFor() gives the exact QTextCharFormat used for it, so
 * tests can compare the formats of a block's layout with it.
 */
class BuiltinHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuiltinHighlighter)

public:
    enum class Language { PlainText, Yaml, Sql, Ini, Shell, Log };
    Q_ENUM(Language)

    enum class Category { Normal, Keyword, String, Number, Comment, Key, Error, Warning, Timestamp };
    Q_ENUM(Category)

    explicit BuiltinHighlighter(QTextDocument *document, Language language = Language::PlainText);
    ~BuiltinHighlighter() override;

    Language language() const { return m_language; }
    /** Switches the language and highlights the whole document again. */
    void setLanguage(Language language);

    /** Picks the light or the dark colour set from the lightness of @p palette's Base colour. */
    void setPalette(const QPalette &palette);
    bool usesDarkColors() const { return m_dark; }

    /** The format of @p category for the application palette (what a new highlighter uses). */
    static QTextCharFormat formatFor(Category category);
    /** The format of @p category for text drawn on @p palette's Base colour. */
    static QTextCharFormat formatFor(Category category, const QPalette &palette);
    static bool isDarkPalette(const QPalette &palette);

    /** .yaml/.yml/.json → Yaml, .sql → Sql, .conf/.ini/.cfg → Ini, .sh/.bash → Shell, .log → Log. */
    static Language languageForFileName(const QString &fileName);

protected:
    void highlightBlock(const QString &text) override;

private:
    static constexpr std::size_t CategoryCount = 9;
    static QTextCharFormat formatFor(Category category, bool dark);

    void highlightSql(const QString &text);
    void highlightShell(const QString &text);
    void highlightYaml(const QString &text);
    void highlightIni(const QString &text);
    void highlightLog(const QString &text);

    /** Scans the value part of a YAML line (scalars, flow collections, block scalar headers). */
    void highlightYamlValue(const QString &text, int from, int lineIndent, int flowDepth);
    void apply(int start, int length, Category category);
    void rebuildFormats();

    Language m_language;
    bool m_dark = false;
    std::array<QTextCharFormat, CategoryCount> m_formats;
};
