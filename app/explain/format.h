#pragma once

#include "explain/plannode.h"

#include <QString>

// Numbers as the Explain page and its tables show them (current locale).
namespace explain::format {

QString ms(double v);                   // "0.042 ms", "12.3 ms", "1.24 s"
QString count(double v);                // "1,234,567"
QString blocks(qint64 blocks);          // "3,073 (24 MB)"
QString share(double v);                // 0..1 -> "12.3 %"
QString misestimate(const PlanNode &n); // "12x under", "" when exact or not run
QString buffers(const Buffers &b);      // "hit 3,073, read 4, temp 12/12"

} // namespace explain::format
