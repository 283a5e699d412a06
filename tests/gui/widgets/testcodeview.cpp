// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/codeview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QPointer>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

using Language = BuiltinHighlighter::Language;
using Category = BuiltinHighlighter::Category;

namespace {

QString numberedLines(int count)
{
    QStringList lines;
    lines.reserve(count);
    for (int i = 1; i <= count; ++i)
        lines.append(QStringLiteral("2024-05-01 10:00:00 UTC [%1] LOG:  connection received").arg(i));
    return lines.join(u'\n');
}

/** The space the view keeps left of its viewport: the gutter. */
int leftMargin(const CodeView &view)
{
    return view.viewport()->geometry().left() - view.contentsRect().left();
}

int topBlockNumber(const CodeView &view)
{
    return view.cursorForPosition(QPoint(0, 0)).blockNumber();
}

const QString &roleSql()
{
    static const QString sql = QStringLiteral("-- rotate the password of auth_user\n"
                                              "ALTER ROLE auth_user WITH PASSWORD 'SCRAM-SHA-256$4096:abc';\n"
                                              "SELECT rolname FROM pg_roles;");
    return sql;
}

} // namespace

class TestCodeView final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void defaults();
    void showsText();
    void isReadOnly();
    void gutterGrowsWithLineCount();
    void copyAll();
    void copyActionCopiesTheSelection();
    void contextMenuOffersCopy();
    void highlightsWithTheLanguage();
    void setLanguageKeepsText();
    void followsThePalette();
};

void TestCodeView::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestCodeView::defaults()
{
    CodeView view;
    QCOMPARE(view.objectName(), QStringLiteral("codeView"));
    QVERIFY(view.isReadOnly());
    QCOMPARE(view.lineWrapMode(), QPlainTextEdit::NoWrap);
    QCOMPARE(view.font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QCOMPARE(view.language(), Language::PlainText);
    QVERIFY(view.toPlainText().isEmpty());
    QCOMPARE(view.findChild<QAction *>(QStringLiteral("copyAction")), view.copyAction());
    QCOMPARE(view.findChild<QAction *>(QStringLiteral("copyAllAction")), view.copyAllAction());
    QVERIFY(!view.copyAction()->text().isEmpty());
    QVERIFY(!view.copyAllAction()->text().isEmpty());
    QVERIFY(!view.copyAction()->isEnabled()); // nothing selected yet
}

void TestCodeView::showsText()
{
    CodeView view;
    view.resize(640, 320);
    view.setCode(roleSql(), Language::Sql);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QCOMPARE(view.toPlainText(), roleSql());
    QCOMPARE(view.language(), Language::Sql);
    QCOMPARE(view.blockCount(), 3);
    QCOMPARE(topBlockNumber(view), 0);
    QCOMPARE(view.document()->findBlockByNumber(1).text(),
             QStringLiteral("ALTER ROLE auth_user WITH PASSWORD 'SCRAM-SHA-256$4096:abc';"));
    // Long lines scroll instead of wrapping: one block, one line.
    QCOMPARE(view.document()->findBlockByNumber(1).layout()->lineCount(), 1);
}

void TestCodeView::isReadOnly()
{
    CodeView view;
    view.setCode(QStringLiteral("kubectl get pods -n bakery-ia"), Language::Shell);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();

    QTest::keyClicks(&view, QStringLiteral("rm -rf"));
    QTest::keyClick(&view, Qt::Key_Backspace);
    QTest::keyClick(&view, Qt::Key_Delete);
    QTest::keyClick(&view, Qt::Key_Return);
    QTest::keyClick(&view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(view.toPlainText(), QStringLiteral("kubectl get pods -n bakery-ia"));

    // Selecting with the keyboard still works, so a reader can copy a part.
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_End, Qt::ShiftModifier);
    QCOMPARE(view.textCursor().selectedText(), QStringLiteral("kubectl get pods -n bakery-ia"));
}

void TestCodeView::gutterGrowsWithLineCount()
{
    CodeView view;
    view.resize(640, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *gutter = view.findChild<QWidget *>(QStringLiteral("codeViewGutter"));
    QVERIFY(gutter);

    view.setCode(QStringLiteral("ssl = on"), Language::Ini);
    QCOMPARE(view.blockCount(), 1);
    const int oneLine = view.lineNumberAreaWidth();
    QVERIFY(oneLine > 0);
    QCOMPARE(leftMargin(view), oneLine);
    QCOMPARE(gutter->width(), oneLine);
    QVERIFY(gutter->isVisible());

    view.setCode(numberedLines(1000), Language::Log);
    QCOMPARE(view.blockCount(), 1000);
    const int thousandLines = view.lineNumberAreaWidth();
    // "1000" needs two digits more than the two-digit minimum.
    QVERIFY2(thousandLines >= oneLine + 2 * view.fontMetrics().horizontalAdvance(QChar(u'9')),
             qPrintable(QStringLiteral("%1 vs %2").arg(thousandLines).arg(oneLine)));
    QCOMPARE(leftMargin(view), thousandLines);
    QCOMPARE(gutter->width(), thousandLines);
    QCOMPARE(gutter->height(), view.contentsRect().height());

    // Paints the gutter (numbers of the visible blocks) without trouble, scrolled or not.
    QVERIFY(!view.grab().isNull());
    view.moveCursor(QTextCursor::End);
    QVERIFY(topBlockNumber(view) > 0);
    QVERIFY(!view.grab().isNull());

    view.setCode(QStringLiteral("port = 5432"), Language::Ini);
    QCOMPARE(view.lineNumberAreaWidth(), oneLine);
    QCOMPARE(leftMargin(view), oneLine);
}

void TestCodeView::copyAll()
{
    CodeView view;
    view.setCode(roleSql(), Language::Sql);
    view.copyAll();
    QCOMPARE(QGuiApplication::clipboard()->text(), roleSql());

    QGuiApplication::clipboard()->clear();
    view.copyAllAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), roleSql());
}

void TestCodeView::copyActionCopiesTheSelection()
{
    CodeView view;
    view.setCode(roleSql(), Language::Sql);
    QVERIFY(!view.copyAction()->isEnabled());

    QTextCursor cursor(view.document()->findBlockByNumber(2));
    cursor.movePosition(QTextCursor::NextWord, QTextCursor::KeepAnchor);
    view.setTextCursor(cursor);
    QVERIFY(view.copyAction()->isEnabled());

    view.copyAction()->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("SELECT "));
}

void TestCodeView::contextMenuOffersCopy()
{
    CodeView view;
    view.setCode(roleSql(), Language::Sql);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QPoint position(20, 10);
    QContextMenuEvent event(QContextMenuEvent::Mouse, position, view.viewport()->mapToGlobal(position));
    QApplication::sendEvent(view.viewport(), &event);

    QPointer<QMenu> menu = view.findChild<QMenu *>(QStringLiteral("codeViewContextMenu"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QVERIFY(menu->actions().contains(view.copyAction()));
    QVERIFY(menu->actions().contains(view.copyAllAction()));
    QVERIFY(view.copyAllAction()->isEnabled());

    menu->close();
    QTRY_VERIFY(menu.isNull()); // deletes itself on close
}

void TestCodeView::highlightsWithTheLanguage()
{
    CodeView view;
    view.setCode(roleSql(), Language::Sql);
    const QTextBlock alter = view.document()->findBlockByNumber(1);
    QVERIFY(!alter.layout()->formats().isEmpty());

    view.setCode(roleSql(), Language::PlainText);
    QVERIFY(view.document()->findBlockByNumber(1).layout()->formats().isEmpty());

#ifndef PROOFER_HAVE_KSYNTAX
    view.setCode(roleSql(), Language::Sql);
    const QList<QTextLayout::FormatRange> ranges = view.document()->findBlockByNumber(1).layout()->formats();
    QVERIFY(!ranges.isEmpty());
    QCOMPARE(ranges.first().start, 0);
    QCOMPARE(ranges.first().length, 5); // ALTER
    QCOMPARE(ranges.first().format, BuiltinHighlighter::formatFor(Category::Keyword, view.palette()));
#endif
}

void TestCodeView::setLanguageKeepsText()
{
    CodeView view;
    view.setCode(roleSql(), Language::PlainText);
    view.setLanguage(Language::Sql);
    QCOMPARE(view.language(), Language::Sql);
    QCOMPARE(view.toPlainText(), roleSql());
    QVERIFY(!view.document()->findBlockByNumber(2).layout()->formats().isEmpty());
}

void TestCodeView::followsThePalette()
{
#ifdef PROOFER_HAVE_KSYNTAX
    QSKIP("KSyntaxHighlighting themes are not BuiltinHighlighter formats");
#else
    QPalette light;
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));

    CodeView view;
    view.setPalette(light);
    view.setCode(QStringLiteral("SELECT 1;"), Language::Sql);
    const auto firstFormat = [&view] { return view.document()->firstBlock().layout()->formats().first().format; };
    QCOMPARE(firstFormat(), BuiltinHighlighter::formatFor(Category::Keyword, light));

    view.setPalette(dark);
    QCOMPARE(firstFormat(), BuiltinHighlighter::formatFor(Category::Keyword, dark));
    QVERIFY(firstFormat() != BuiltinHighlighter::formatFor(Category::Keyword, light));
#endif
}

QTEST_MAIN(TestCodeView)
#include "testcodeview.moc"
