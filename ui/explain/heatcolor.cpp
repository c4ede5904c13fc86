#include "explain/heatcolor.h"

#include "widgets/theme.h"

#include <QGuiApplication>
#include <QPalette>

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
    if (theme::isDark()) {
        // Mixed into the dark base, weakly enough that light text stays readable on it.
        const QColor base = QGuiApplication::palette().color(QPalette::Base);
        const double t = std::clamp(0.18 + 0.5 * std::sqrt(std::max(0.0, share)), 0.18, 0.42);
        return QColor::fromRgbF(float(base.redF() + (c.redF() - base.redF()) * t),
                                float(base.greenF() + (c.greenF() - base.greenF()) * t),
                                float(base.blueF() + (c.blueF() - base.blueF()) * t));
    }
    const double t = std::clamp(0.25 + std::sqrt(std::max(0.0, share)), 0.25, 0.75);
    return QColor::fromRgbF(float(1 - (1 - c.redF()) * t), float(1 - (1 - c.greenF()) * t),
                            float(1 - (1 - c.blueF()) * t));
}

QColor misestimateColor(double factor) {
    return theme::misestimateBadge(factor);
}

} // namespace ui
