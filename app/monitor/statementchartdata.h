#pragma once

#include "monitor/statementtracker.h"

#include <QList>
#include <QPointF>

namespace monitor {

// The numbers behind the statements page's charts, computed without widgets so they can be
// tested and benchmarked on their own.
namespace chartdata {

struct Bar {
    StatementKey key;
    QString label; // one line of the query
    double value = 0;
    double share = 0; // of all statements' total time (for the "top by total" chart)
};

// The n statements with the largest total time / mean time since reset, largest first.
// Statements with fewer than minCalls calls are left out of the mean ranking (one slow
// call of a maintenance command is not a hot statement).
QList<Bar> topByTotal(const QList<StatementRow> &rows, int n);
QList<Bar> topByMean(const QList<StatementRow> &rows, int n, qint64 minCalls = 2);

// The stacked area: execution ms per second of the top statements (largest in the window
// first) and of everything else, one point per interval, at the interval's end.
struct Stack {
    QList<StatementKey> keys;     // top statements, largest window time first
    QList<QList<QPointF>> perKey; // x = ms since epoch, y = exec ms per second
    QList<QPointF> others;        // the rest
    double maxTotal = 0;          // largest stacked value, for the axis
};
Stack stack(const std::deque<StatementInterval> &intervals, int topN);

// One statement over the window: mean execution time and calls per second per interval
// (intervals in which it did not run give calls/s 0 and no mean point).
struct Trend {
    QList<QPointF> meanMs;
    QList<QPointF> callsPerSec;
    double maxMean = 0;
    double maxCalls = 0;
};
Trend trend(const std::deque<StatementInterval> &intervals, const StatementKey &key);

} // namespace chartdata
} // namespace monitor
