// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace Ui {

/** The GUI face of `proofer`: parses the window's options, loads translations, shows the console. */
int runGui(QApplication &app);

/** Registers the resources compiled into the static proofer_ui library (icons). Idempotent. */
void initResources();

} // namespace Ui
