// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "builtinhighlighter.h"

#include <QChar>
#include <QSet>
#include <QString>
#include <QStringView>

/**
 * The lexical scanners of BuiltinHighlighter: pure functions on one line of text that say where a string,
 * a number, a key, a variable or a block scalar header ends, the keyword sets of each language, and what a
 * YAML scalar or an INI value is. No formats and no block state: those are the highlighter's.
 */
namespace HighlightScan {

/** The size of @p text as an int (the highlighter's positions are ints). */
int length(const QString &text);
/** The character at @p i, or a null QChar outside @p text. */
QChar charAt(const QString &text, int i);
bool isIdentStart(QChar c);
bool isIdentChar(QChar c);
bool isIdentifier(QStringView word);
bool isFlowIndicator(QChar c);
QSet<QString> wordSet(const QString &words);
const QSet<QString> &sqlKeywords();
const QSet<QString> &shellWords();
const QSet<QString> &trueFalseWords();

// SQL ---------------------------------------------------------------------------------------------
/** Index after the quote that closes a SQL string whose body starts at @p from, or -1. */
int sqlStringEnd(const QString &text, int from, bool backslashEscapes);
/** "$$" or "$tag$" when a dollar quote opens at @p i, else an empty string. */
QString dollarQuoteTag(const QString &text, int i);
/** End of the number starting at @p i. */
int numberEnd(const QString &text, int i);

// Shell -------------------------------------------------------------------------------------------
bool isShellSeparator(QChar c);
/** End of a parameter expansion starting with the '$' at @p i ($NAME, ${…}, $1, $?); i + 1 if none. */
int shellVariableEnd(const QString &text, int i);
/** Index after the quote that closes a double-quoted shell string whose body starts at @p from, or -1. */
int shellDoubleQuoteEnd(const QString &text, int from);

// YAML and INI ------------------------------------------------------------------------------------
/** Index after the closing quote of the YAML/INI string opening at @p i (end of line when open). */
int quotedEnd(const QString &text, int i);
/** The colon that ends a plain block mapping key starting at @p i, or -1. */
int plainKeyColon(const QString &text, int i);
/** End of a block scalar header ("|", ">-", "|2+") at @p i when only a comment may follow it, else -1. */
int blockScalarHeaderEnd(const QString &text, int i);
/** Keyword (true, null, ~…), Number or Normal for a plain YAML scalar. */
BuiltinHighlighter::Category yamlScalarCategory(const QString &scalar);
/** Keyword (on, off…), Number (with units: 128MB, 5min, 100%) or Normal for a configuration value. */
BuiltinHighlighter::Category iniValueCategory(const QString &value);

} // namespace HighlightScan
