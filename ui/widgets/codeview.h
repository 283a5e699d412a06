// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "builtinhighlighter.h"

#include <QPlainTextEdit>

class QAction;
class CodeViewGutter;

#ifdef PROOFER_HAVE_KSYNTAX
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}
#endif

/**
 * A read-only code and log viewer: monospace, no wrapping, line numbers in a gutter, the current
 * line highlighted and syntax colours for YAML, SQL, conf files, shell and logs.
 *
 * Colours come from KF6 SyntaxHighlighting when Proofer is built with it (PROOFER_HAVE_KSYNTAX)
 * and from BuiltinHighlighter otherwise; either way they follow the widget's palette.
 */
class CodeView final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeView)

public:
    using Language = BuiltinHighlighter::Language;

    explicit CodeView(QWidget *parent = nullptr);
    ~CodeView() override;

    Language language() const { return m_language; }
    void setLanguage(Language language);
    /** Replaces the text and its language at once (highlights once). */
    void setCode(const QString &code, Language language);

    /** Width of the line-number gutter for the current line count and font. */
    int lineNumberAreaWidth() const;

    QAction *copyAction() const { return m_copyAction; }
    QAction *copyAllAction() const { return m_copyAllAction; }

public slots:
    /** Puts the whole text on the clipboard (copy() copies the selection). */
    void copyAll();

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class CodeViewGutter;

    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void highlightCurrentLine();
    void applyPalette();
    void retranslateUi();

    Language m_language = Language::PlainText;
    CodeViewGutter *m_gutter = nullptr;
    BuiltinHighlighter *m_builtinHighlighter = nullptr;
#ifdef PROOFER_HAVE_KSYNTAX
    KSyntaxHighlighting::SyntaxHighlighter *m_ksyntaxHighlighter = nullptr;
#endif
    QAction *m_copyAction = nullptr;
    QAction *m_copyAllAction = nullptr;
    QAction *m_selectAllAction = nullptr;
};
