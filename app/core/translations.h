// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Core {

/**
 * Loads Proofer's and Qt's translations for a language into the running QCoreApplication.
 * An empty @p language means the system locale. Installing again replaces the previous language
 * (widgets get a LanguageChange event). Returns false when no Proofer catalogue exists for it;
 * English needs none and always succeeds.
 */
bool installTranslations(const QString &language = QString());

/** The folders searched for proofer_xx.qm, in order. */
QStringList translationSearchPaths();

/** The language installed last ("en" when none). */
QString installedLanguage();

} // namespace Core
