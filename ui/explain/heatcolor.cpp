#include "explain/heatcolor.h"

#include <algorithm>
#include <cmath>

namespace ui {

QColor heatColor(double share) {
    // Square root spreads the small shares, where most nodes are, over more hues.
    const double t = std::clamp(std::sqrt(std::max(0.0, share) / 0.5), 0.0, 1.0);
    return QColor::fromHsvF(float((1.0 - t) * 120.0 / 360.0), 0.78f, 0.90f);
}

QColor heatTint(double share) {
    const QColor c = heatColor(share);
    const double t = std::clamp(0.25 + std::sqrt(std::max(0.0, share)), 0.25, 0.75);
    return QColor::fromRgbF(float(1 - (1 - c.redF()) * t), float(1 - (1 - c.greenF()) * t),
                            float(1 - (1 - c.blueF()) * t));
}

QColor misestimateColor(double factor) {
    if (factor >= 1000)
        return QColor(0xc6, 0x28, 0x28);
    if (factor >= 100)
        return QColor(0xef, 0x6c, 0x00);
    if (factor >= 10)
        return QColor(0xf9, 0xa8, 0x25);
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace ui
