// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fleetmodel.h"

#include <QColor>

/**
 * What the rules of each fact column's area say about one row, so that a cell never contradicts the grade: TLS
 * (the TLS rules: amber at worst, since the column shows the server's own TLS — clients that do not verify it,
 * TLS-005, or a port that also accepts plaintext, TLS-002, are a caveat on it), Certificate, PVC (the persistence
 * rules that read the claim), Authentication (authentication and secret rules), Audit logging and Persistence.
 * A failing Critical or High rule makes its cell red, a Medium or Low one amber; the tooltip names the rules.
 */
namespace FleetVerdicts {

/** Recolours @p row's fact cells from their facts and its findings; idempotent (the facts' own status is kept). */
void apply(FleetRow &row);

/** The tint of a grade's cell by its letter: A green, B yellow-green, C amber, D orange, F red; invalid: no grade. */
QColor gradeColor(const QString &letter);

} // namespace FleetVerdicts
