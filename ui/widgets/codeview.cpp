// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeview.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QPainter>
#include <QTextBlock>

#ifdef PROOFER_HAVE_KSYNTAX
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

#include <algorithm>

/** The line-number gutter: a child drawn by CodeView in the viewport margin it reserves. */
class CodeViewGutter final : public QWidget {
    Q_DISABLE_COPY_MOVE(CodeViewGutter)

public:
    explicit CodeViewGutter(CodeView *view)
        : QWidget(view)
        , m_view(view)
    {
        setObjectName(QStringLiteral("codeViewGutter"));
    }

    QSize sizeHint() const override { return { m_view->lineNumberAreaWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    CodeView *m_view;
};

namespace {

#ifdef PROOFER_HAVE_KSYNTAX
// One repository for the process: loading the definitions is not cheap.
Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, s_repository)

KSyntaxHighlighting::Definition ksyntaxDefinition(BuiltinHighlighter::Language language)
{
    using Language = BuiltinHighlighter::Language;
    switch (language) {
    case Language::PlainText:
        return {};
    case Language::Yaml:
        return s_repository->definitionForName(QStringLiteral("YAML"));
    case Language::Sql:
        return s_repository->definitionForName(QStringLiteral("SQL (PostgreSQL)"));
    case Language::Ini:
        return s_repository->definitionForName(QStringLiteral("INI Files"));
    case Language::Shell:
        return s_repository->definitionForName(QStringLiteral("Bash"));
    case Language::Log:
        // The built-in log rules know what matters here (authentication failures, TLS errors,
        // PostgreSQL severities); KSyntaxHighlighting's generic log file syntax does not.
        return {};
    }
    return {};
}
#endif

constexpr int GutterDigitsMinimum = 2;

} // namespace

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new CodeViewGutter(this))
    , m_copyAction(new QAction(this))
    , m_copyAllAction(new QAction(this))
    , m_selectAllAction(new QAction(this))
{
    setObjectName(QStringLiteral("codeView"));
    setReadOnly(true);
    // Keyboard selection keeps the cursor, so the current line can be followed with the arrows.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(QChar(u' ')));

    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyAction->setShortcut(QKeySequence::Copy); // shown in the menu; the editor handles the key itself
    m_copyAction->setEnabled(false);
    connect(this, &QPlainTextEdit::copyAvailable, m_copyAction, &QAction::setEnabled);
    connect(m_copyAction, &QAction::triggered, this, &QPlainTextEdit::copy);

    m_copyAllAction->setObjectName(QStringLiteral("copyAllAction"));
    connect(m_copyAllAction, &QAction::triggered, this, &CodeView::copyAll);

    m_selectAllAction->setObjectName(QStringLiteral("selectAllAction"));
    m_selectAllAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-select-all")));
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(m_selectAllAction, &QAction::triggered, this, &QPlainTextEdit::selectAll);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeView::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeView::highlightCurrentLine);

    retranslateUi();
    m_builtinHighlighter = new BuiltinHighlighter(document(), m_language);
    m_builtinHighlighter->setPalette(palette());
    updateGutterWidth();
    highlightCurrentLine();
}

CodeView::~CodeView() = default;

void CodeView::setLanguage(Language language)
{
    m_language = language;
#ifdef PROOFER_HAVE_KSYNTAX
    const KSyntaxHighlighting::Definition definition = ksyntaxDefinition(language);
    if (definition.isValid()) {
        delete m_builtinHighlighter;
        m_builtinHighlighter = nullptr;
        if (!m_ksyntaxHighlighter) {
            m_ksyntaxHighlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
            m_ksyntaxHighlighter->setTheme(s_repository->themeForPalette(palette()));
        }
        m_ksyntaxHighlighter->setDefinition(definition); // re-highlights when the definition changes
        return;
    }
    delete m_ksyntaxHighlighter;
    m_ksyntaxHighlighter = nullptr;
    if (!m_builtinHighlighter) {
        m_builtinHighlighter = new BuiltinHighlighter(document(), language);
        m_builtinHighlighter->setPalette(palette());
        m_builtinHighlighter->rehighlight();
        return;
    }
#endif
    m_builtinHighlighter->setLanguage(language);
}

void CodeView::setCode(const QString &code, Language language)
{
    // Empty the document first so that switching the language does not colour the old text again.
    clear();
    setLanguage(language);
    setPlainText(code);
}

int CodeView::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, GutterDigitsMinimum);
    const QFontMetrics metrics = fontMetrics();
    return metrics.horizontalAdvance(QChar(u'9')) * digits + 2 * metrics.horizontalAdvance(QChar(u' '));
}

void CodeView::copyAll()
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(toPlainText());
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
        applyPalette();
        break;
    case QEvent::FontChange:
        setTabStopDistance(4 * fontMetrics().horizontalAdvance(QChar(u' ')));
        updateGutterWidth();
        break;
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    default:
        break;
    }
}

void CodeView::contextMenuEvent(QContextMenuEvent *event)
{
    const bool empty = document()->isEmpty();
    m_copyAllAction->setEnabled(!empty);
    m_selectAllAction->setEnabled(!empty);

    // popup(), not exec(): no nested event loop on the GUI thread.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("codeViewContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_copyAction);
    menu->addAction(m_copyAllAction);
    menu->addSeparator();
    menu->addAction(m_selectAllAction);
    menu->popup(event->globalPos());
    event->accept();
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height()));
}

void CodeView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette &colors = palette();
    painter.fillRect(event->rect(), colors.color(QPalette::Window));
    painter.setFont(font());

    const QFontMetrics metrics = fontMetrics();
    const int right = m_gutter->width() - metrics.horizontalAdvance(QChar(u' '));
    const int currentBlock = textCursor().blockNumber();

    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(colors.color(number == currentBlock ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(0, top, right, metrics.height(), Qt::AlignRight, QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void CodeView::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect contents = contentsRect();
    m_gutter->setGeometry(QRect(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height()));
}

void CodeView::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeView::highlightCurrentLine()
{
    QColor color = palette().color(QPalette::Highlight);
    color.setAlpha(BuiltinHighlighter::isDarkPalette(palette()) ? 70 : 40);

    QTextEdit::ExtraSelection line;
    line.format.setBackground(color);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    setExtraSelections({ line });
    m_gutter->update(); // the current line number is drawn stronger
}

void CodeView::applyPalette()
{
    if (m_builtinHighlighter)
        m_builtinHighlighter->setPalette(palette());
#ifdef PROOFER_HAVE_KSYNTAX
    if (m_ksyntaxHighlighter) {
        m_ksyntaxHighlighter->setTheme(s_repository->themeForPalette(palette()));
        m_ksyntaxHighlighter->rehighlight();
    }
#endif
    highlightCurrentLine();
}

void CodeView::retranslateUi()
{
    m_copyAction->setText(tr("&Copy"));
    m_copyAllAction->setText(tr("Copy &All"));
    m_selectAllAction->setText(tr("&Select All"));
}
