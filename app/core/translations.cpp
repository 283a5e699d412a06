// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Core {

namespace {
std::unique_ptr<QTranslator> s_proofer;
std::unique_ptr<QTranslator> s_qt;
QString s_language = QStringLiteral("en");
} // namespace

QStringList translationSearchPaths()
{
    QStringList paths;
    const QString fromEnv = qEnvironmentVariable("PROOFER_TRANSLATIONS_DIR");
    if (!fromEnv.isEmpty())
        paths << fromEnv;
    const QString appDir = QCoreApplication::applicationDirPath();
    paths << QDir::cleanPath(appDir + QStringLiteral("/../share/proofer/translations"));
    paths << QDir::cleanPath(appDir + QStringLiteral("/../translations"));
#ifdef PROOFER_BUILD_TRANSLATIONS_DIR
    paths << QStringLiteral(PROOFER_BUILD_TRANSLATIONS_DIR);
#endif
    return paths;
}

QString installedLanguage()
{
    return s_language;
}

bool installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *app = QCoreApplication::instance();

    if (s_proofer) {
        QCoreApplication::removeTranslator(s_proofer.get());
        s_proofer.reset();
    }
    if (s_qt) {
        QCoreApplication::removeTranslator(s_qt.get());
        s_qt.reset();
    }
    s_language = QStringLiteral("en");

    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    const QLocale catalogue = english ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;

    bool found = false;
    auto proofer = std::make_unique<QTranslator>();
    for (const QString &dir : translationSearchPaths()) {
        if (proofer->load(catalogue, QStringLiteral("proofer"), QStringLiteral("_"), dir)) {
            found = true;
            break;
        }
    }
    // English needs no catalogue but its plural forms ("1 day" / "2 days"): fine without one.
    if (!found)
        return english;

    if (app)
        QCoreApplication::installTranslator(proofer.get());
    s_proofer = std::move(proofer);

    if (english)
        return true;

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        if (app)
            QCoreApplication::installTranslator(qt.get());
        s_qt = std::move(qt);
    }
    s_language = QLocale::languageToCode(locale.language());
    return true;
}

} // namespace Core
