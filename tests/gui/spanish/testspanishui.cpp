// SPDX-License-Identifier: GPL-3.0-or-later
// No English in the Spanish console (#17). The window (auditor mode on, so its banner is there too) is walked twice,
// once in English and once in Spanish: every action's text and tooltip, every label, button, tab, header, combo
// item and placeholder. A text that is the same in both walks and reads as English words, or that is a source
// string of translations/proofer_es.ts shown untranslated, fails the test — unless it is listed in
// untranslated.txt beside this file: the strings the catalogue still has to translate (the lead fills
// proofer_es.ts and empties the list; a listed string that is translated by then fails too, so the list shrinks).
#include "core/translations.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>

namespace {

using Texts = QMap<QString, QString>; ///< "object path · property" → text

QString pathOf(const QObject *object)
{
    QStringList parts;
    for (const QObject *o = object; o; o = o->parent()) {
        const QObject *parent = o->parent();
        const int index = parent ? int(parent->children().indexOf(const_cast<QObject *>(o))) : 0;
        parts.prepend(
            QStringLiteral("%1#%2")
                .arg(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName())
                .arg(index));
    }
    return parts.join(u'/');
}

QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QRegularExpression(QStringLiteral("&(?=[^&\\s])")), QString()); // mnemonics
    return text.trimmed();
}

Texts walk(MainWindow &window)
{
    Texts texts;
    const auto add = [&texts](const QObject *object, const char *what, const QString &text) {
        if (!plain(text).isEmpty())
            texts.insert(pathOf(object) + u" · " + QLatin1StringView(what), plain(text));
    };
    add(&window, "title", window.windowTitle());
    for (const QAction *action : window.findChildren<QAction *>()) {
        add(action, "text", action->text());
        add(action, "toolTip", action->toolTip() == plain(action->text()) ? QString() : action->toolTip());
    }
    for (const QLabel *label : window.findChildren<QLabel *>())
        add(label, "text", label->text());
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        add(button, "text", button->text());
    for (const QLineEdit *edit : window.findChildren<QLineEdit *>())
        add(edit, "placeholder", edit->placeholderText());
    for (const QGroupBox *box : window.findChildren<QGroupBox *>())
        add(box, "title", box->title());
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        add(dock, "title", dock->windowTitle());
    for (const QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->widget(i), "tab", tabs->tabText(i));
    }
    for (const QComboBox *combo : window.findChildren<QComboBox *>()) {
        if (combo->isEditable())
            continue; // contexts and namespaces: names, not words
        for (int i = 0; i < combo->count(); ++i)
            texts.insert(pathOf(combo) + QStringLiteral(" · item %1").arg(i), plain(combo->itemText(i)));
    }
    for (const QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int c = 0; c < model->columnCount(); ++c)
            texts.insert(pathOf(view) + QStringLiteral(" · header %1").arg(c),
                         plain(model->headerData(c, Qt::Horizontal).toString()));
    }
    return texts;
}

/** Source → translation of every message of @p tsFile. */
QMap<QString, QString> catalogue(const QString &tsFile)
{
    QMap<QString, QString> messages;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation")
            messages.insert(plain(source), plain(xml.readElementText(QXmlStreamReader::IncludeChildElements)));
    }
    return messages;
}

/** English words: two or more words of three letters or more, at least one a common English word. */
bool readsAsEnglish(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("\\b[A-Za-z][a-z]{2,}\\b"));
    static const QStringList common = {
        QStringLiteral("the"),  QStringLiteral("and"),    QStringLiteral("of"),       QStringLiteral("no"),
        QStringLiteral("to"),   QStringLiteral("in"),     QStringLiteral("with"),     QStringLiteral("nothing"),
        QStringLiteral("this"), QStringLiteral("can"),    QStringLiteral("not"),      QStringLiteral("show"),
        QStringLiteral("open"), QStringLiteral("all"),    QStringLiteral("any"),      QStringLiteral("start"),
        QStringLiteral("stop"), QStringLiteral("cancel"), QStringLiteral("findings"), QStringLiteral("grade"),
        QStringLiteral("file"), QStringLiteral("view"),   QStringLiteral("help"),     QStringLiteral("read"),
    };
    int count = 0;
    bool englishWord = false;
    for (auto it = words.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured().toLower();
        ++count;
        englishWord = englishWord || common.contains(word);
    }
    return count >= 1 && englishWord;
}

} // namespace

class TestSpanishUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void noEnglishLeftInSpanish()
    {
        const QString source = qEnvironmentVariable("PROOFER_SOURCE_DIR");
        QVERIFY(!source.isEmpty());
        const QMap<QString, QString> spanish = catalogue(source + QStringLiteral("/translations/proofer_es.ts"));
        QVERIFY(spanish.size() > 1000);
        QStringList listed;
        QFile list(source + QStringLiteral("/tests/gui/spanish/untranslated.txt"));
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        for (const QString &line : QString::fromUtf8(list.readAll()).split(u'\n')) {
            if (!line.trimmed().isEmpty() && !line.startsWith(u'#'))
                listed << line.trimmed();
        }

        QVERIFY(Core::installTranslations(QStringLiteral("en")));
        Texts english;
        {
            MainWindow window;
            window.lockReadOnly();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            english = walk(window);
        }
        QVERIFY(Core::installTranslations(QStringLiteral("es")));
        MainWindow window;
        window.lockReadOnly();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Texts walked = walk(window);
        QVERIFY(walked.size() > 50);
        QCOMPARE(walked.keys(), english.keys()); // the same widgets, so the two walks compare text for text

        QStringList left;
        for (auto it = walked.cbegin(); it != walked.cend(); ++it) {
            const QString &text = it.value();
            const bool catalogued = spanish.contains(text) && spanish.value(text) != text;
            const bool unchanged = english.value(it.key()) == text && readsAsEnglish(text);
            if ((catalogued || unchanged) && !left.contains(text))
                left << text;
        }
        QStringList unexpected;
        for (const QString &text : std::as_const(left)) {
            if (!listed.contains(text))
                unexpected << text;
        }
        QStringList translatedSince;
        for (const QString &text : std::as_const(listed)) {
            if (!left.contains(text))
                translatedSince << text;
        }
        if (!left.isEmpty())
            qInfo("English in the Spanish console, listed for the catalogue:\n%s", qPrintable(left.join(u'\n')));
        QVERIFY2(unexpected.isEmpty(),
                 qPrintable(QStringLiteral("English left in the Spanish console:\n") + unexpected.join(u'\n')));
        QVERIFY2(translatedSince.isEmpty(),
                 qPrintable(QStringLiteral("translated now, remove from untranslated.txt:\n")
                            + translatedSince.join(u'\n')));
        QVERIFY(Core::installTranslations(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestSpanishUi)
#include "testspanishui.moc"
