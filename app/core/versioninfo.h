// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Core {

struct LibraryVersion
{
    QString name;
    QString version;
};

/** Proofer's own version, e.g. "0.1.0". */
QString applicationVersion();

/** The libraries Proofer runs with, as reported at run time where the library can tell. */
QList<LibraryVersion> libraryVersions();

} // namespace Core
