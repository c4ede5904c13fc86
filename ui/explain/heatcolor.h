#pragma once

#include <QColor>

namespace ui {

// Heat of a node by its share of the total time (0..1): green, yellow, orange, red at 50 %+.
QColor heatColor(double share);
// A light tint of the heat colour for large fills (card headers, table cells).
QColor heatTint(double share);
// Colour of a misestimate badge by factor: none below 10x, amber, orange, red at 1000x.
QColor misestimateColor(double factor);

} // namespace ui
