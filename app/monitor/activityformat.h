#pragma once

#include <QString>

namespace monitor {

// "850 ms", "12.3 s", "4 min 05 s", "2 h 03 min", "1 d 1 h"; empty for a negative duration.
QString formatDuration(qint64 ms);
// Local time of an epoch-ms timestamp: "HH:mm:ss" today, else with the date; empty for 0.
QString formatTime(qint64 epochMs);

} // namespace monitor
