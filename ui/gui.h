#pragma once

namespace ui {
// The desktop program: main window, or an offscreen screenshot with --screenshot FILE.
int runGui(int argc, char **argv);
} // namespace ui
