// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/rule.h"

#include <QList>

/** The rule families, one file each. RuleSet::all() concatenates them. */
namespace Audit::Rules {

QList<Rule> tlsRules();
QList<Rule> certificateRules();
QList<Rule> authenticationRules();
QList<Rule> secretRules();
QList<Rule> persistenceRules();
QList<Rule> auditLoggingRules();
QList<Rule> operationsRules();
QList<Rule> kubernetesRules();

} // namespace Audit::Rules
