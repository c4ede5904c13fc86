#pragma once

#include <QString>

namespace bench {

// "0.42 ms", "12.3 ms", "1.25 s": enough digits to compare, never more.
QString formatMs(double ms);
// "1,234/s" or "12.5/s"
QString formatRate(double perSecond);
// "0.05×" (B took 5% of A's time); empty when either side is missing.
QString formatRatio(double ratio);
// The translated name of a sample series ("list_new" → "List new orders").
QString queryTitle(const QString &name);

} // namespace bench
