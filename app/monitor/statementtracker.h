#pragma once

#include "history/store.h"
#include "monitor/statementsample.h"

#include <QHash>
#include <QList>

#include <deque>
#include <memory>

namespace monitor {

// The counter differences between two consecutive samples (or, seeded from the history
// store, between two stored points): what each statement did in [endMs - spanMs, endMs].
struct StatementInterval {
    qint64 endMs = 0;
    qint64 spanMs = 0;
    double totalExecMs = 0;                     // all statements, for "everything else" in the stacked chart
    QHash<StatementKey, StatementDelta> deltas; // only statements that did something
};

// What changed between the last two samples, for banners and tests.
struct StatementEvents {
    bool firstSample = false;   // no previous sample: totals only, no rates yet
    bool resetDetected = false; // all statistics were reset since the previous sample
    qint64 resetAtMs = 0;       // when (14+), else 0
    int entriesReset = 0;       // single entries whose counters went back (evicted and re-added, or reset)
    int entriesGone = 0;        // entries that disappeared (evicted, or reset one by one)
    qint64 deallocated = 0;     // evictions the server counted since the previous sample (14+)
    int newEntries = 0;
};

// One statement as the table shows it: its totals since reset and what it did in the window.
struct StatementRow {
    StatementCounters totals;
    QString text;            // the normalised query text ($1 for constants); empty while unknown
    StatementDelta window;   // summed over the window's intervals
    bool hasWindow = false;  // at least one interval: rates are known
    double shareOfTotal = 0; // totalExecMs / all statements' totalExecMs
};

// Everything a view needs after one refresh. Cheap to copy (implicitly shared lists).
struct StatementSnapshot {
    qint64 tsMs = 0;
    QList<StatementRow> rows;
    double windowSeconds = 0; // the span the rates cover (may be shorter than asked at start)
    double totalExecMs = 0;
    StatementEvents events;
    int hiddenStatements = 0;
    std::shared_ptr<const std::deque<StatementInterval>> intervals; // oldest first

    double rate(double v) const { return windowSeconds > 0 ? v / windowSeconds : 0.0; }
};

// Turns successive samples into deltas and rates over a sliding window, detecting resets
// and evictions so no number ever goes negative. Keeps only statements that changed per
// interval, with running window sums, so 10,000 idle statements cost nothing per refresh.
// Not thread-safe; add() is pure CPU work and may run on a worker thread (one at a time).
class StatementTracker {
public:
    explicit StatementTracker(qint64 windowMs = 5 * 60 * 1000);

    void setWindowMs(qint64 ms);
    qint64 windowMs() const { return m_windowMs; }

    StatementSnapshot add(StatementSample sample);

    // The history store gets one point per statement per historyEveryMs (default a minute),
    // not per refresh: deltas are accumulated in between. takeHistoryRows() hands over the
    // rows of a completed period, once: one per statement that changed (kind "statement",
    // key = StatementKey::toString()) plus a marker row (key "*") with the period's span and
    // total, so a restart can tell "nothing ran" from "pgdba was not looking".
    void setHistoryEveryMs(qint64 ms) { m_historyEveryMs = ms; }
    QList<history::Sample> takeHistoryRows();
    // Fill the window from stored rows (as takeHistoryRows() gave them): after a restart, or
    // when the window grows. Only periods that end before the oldest interval in memory are
    // taken; returns how many.
    int seed(const QList<history::Sample> &rows);

    // Intervals kept (oldest first) and the running sums, for tests.
    const std::deque<StatementInterval> &intervals() const { return *m_intervals; }
    StatementDelta windowSum(const StatementKey &k) const { return m_windowSums.value(k); }
    bool hasPrevious() const { return m_hasPrev; }

    static constexpr const char *HistoryKind = "statement";
    static constexpr const char *MarkerKey = "*";

private:
    void push(const StatementInterval &iv);
    void accumulate(const StatementInterval &iv, const StatementSample &s, bool reset, int gone);
    void expire(qint64 nowMs);
    bool detectGlobalReset(const StatementSample &s) const;

    qint64 m_windowMs;
    bool m_hasPrev = false;
    qint64 m_prevTsMs = 0;
    qint64 m_prevDealloc = -1;
    qint64 m_prevStatsReset = 0;
    QHash<StatementKey, StatementCounters> m_prev;
    std::shared_ptr<std::deque<StatementInterval>> m_intervals;
    QHash<StatementKey, StatementDelta> m_windowSums;
    qint64 m_historyEveryMs = 60 * 1000;
    bool m_pendingOpen = false;
    qint64 m_pendingStartMs = 0;
    StatementInterval m_pending;
    bool m_pendingReset = false;
    int m_pendingGone = 0;
    QList<history::Sample> m_ready;
};

} // namespace monitor
