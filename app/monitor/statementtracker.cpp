#include "monitor/statementtracker.h"

#include "history/store.h"

#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <map>

namespace monitor {

namespace {
bool negligible(const StatementDelta &d) {
    return d.calls == 0 && d.rows == 0 && d.sharedHit == 0 && d.sharedRead == 0 && d.tempBlocks == 0 &&
           d.localRead == 0 && d.execMs < 1e-6 && d.planMs < 1e-6;
}

QJsonObject deltaJson(const StatementDelta &d) {
    return {{QStringLiteral("d_calls"), d.calls},          {QStringLiteral("d_ms"), d.execMs},
            {QStringLiteral("d_plan_ms"), d.planMs},       {QStringLiteral("d_rows"), d.rows},
            {QStringLiteral("d_hit"), d.sharedHit},        {QStringLiteral("d_read"), d.sharedRead},
            {QStringLiteral("d_local_read"), d.localRead}, {QStringLiteral("d_temp"), d.tempBlocks},
            {QStringLiteral("d_io_ms"), d.ioMs},           {QStringLiteral("d_wal"), d.walBytes}};
}

StatementDelta deltaFromJson(const QJsonObject &o) {
    StatementDelta d;
    d.calls = o.value(QStringLiteral("d_calls")).toInteger();
    d.execMs = o.value(QStringLiteral("d_ms")).toDouble();
    d.planMs = o.value(QStringLiteral("d_plan_ms")).toDouble();
    d.rows = o.value(QStringLiteral("d_rows")).toInteger();
    d.sharedHit = o.value(QStringLiteral("d_hit")).toInteger();
    d.sharedRead = o.value(QStringLiteral("d_read")).toInteger();
    d.localRead = o.value(QStringLiteral("d_local_read")).toInteger();
    d.tempBlocks = o.value(QStringLiteral("d_temp")).toInteger();
    d.ioMs = o.value(QStringLiteral("d_io_ms")).toDouble();
    d.walBytes = o.value(QStringLiteral("d_wal")).toDouble();
    return d;
}
} // namespace

StatementTracker::StatementTracker(qint64 windowMs)
    : m_windowMs(windowMs)
    , m_intervals(std::make_shared<std::deque<StatementInterval>>()) {}

void StatementTracker::setWindowMs(qint64 ms) {
    m_windowMs = std::max<qint64>(1000, ms);
    if (m_hasPrev) {
        m_intervals = std::make_shared<std::deque<StatementInterval>>(*m_intervals);
        expire(m_prevTsMs);
    }
}

bool StatementTracker::detectGlobalReset(const StatementSample &s) const {
    if (s.statsResetMs > 0 && m_prevStatsReset > 0)
        return s.statsResetMs != m_prevStatsReset;
    // Before 14 there is no reset time: a reset shows as most surviving entries going back,
    // or as nearly every entry vanishing at once.
    int common = 0, back = 0;
    for (const auto &e : s.rows) {
        const auto it = m_prev.constFind(e.key);
        if (it == m_prev.constEnd() || e.key.hidden)
            continue;
        ++common;
        if (e.calls < it->calls)
            ++back;
    }
    if (common > 0)
        return back * 2 > common;
    return m_prev.size() >= 4 && s.rows.size() < m_prev.size() / 2;
}

StatementSnapshot StatementTracker::add(StatementSample s) {
    StatementSnapshot snap;
    snap.tsMs = s.tsMs;
    snap.hiddenStatements = s.hiddenStatements;
    StatementEvents ev;
    // Copy on write: snapshots handed out earlier keep reading their own deque.
    m_intervals = std::make_shared<std::deque<StatementInterval>>(*m_intervals);

    QHash<StatementKey, StatementCounters> cur;
    cur.reserve(s.rows.size());
    for (const auto &e : std::as_const(s.rows))
        cur.insert(e.key, e);

    const bool havePrev = m_hasPrev && s.tsMs > m_prevTsMs;
    ev.firstSample = !havePrev;
    if (havePrev) {
        const bool reset = detectGlobalReset(s);
        ev.resetDetected = reset;
        ev.resetAtMs = reset ? s.statsResetMs : 0;
        if (!reset && s.dealloc >= 0 && m_prevDealloc >= 0)
            ev.deallocated = std::max<qint64>(0, s.dealloc - m_prevDealloc);
        StatementInterval iv;
        iv.endMs = s.tsMs;
        iv.spanMs = s.tsMs - m_prevTsMs;
        for (const auto &e : std::as_const(s.rows)) {
            const auto it = m_prev.constFind(e.key);
            StatementDelta d;
            if (it == m_prev.constEnd()) {
                ++ev.newEntries; // created since the previous sample: all of it happened in between
                d = e.asDelta();
            } else if (reset) {
                d = e.asDelta(); // counting restarted inside the interval
            } else if (e.key.hidden) {
                d = e.minus(*it); // a folded sum: an eviction inside it must not look like activity
            } else if (e.calls < it->calls ||
                       (e.statsSinceMs && it->statsSinceMs && e.statsSinceMs != it->statsSinceMs)) {
                ++ev.entriesReset; // evicted and re-created, or reset on its own
                d = e.asDelta();
            } else {
                d = e.minus(*it);
            }
            if (negligible(d))
                continue;
            iv.totalExecMs += d.execMs;
            iv.deltas.insert(e.key, d);
        }
        if (!reset)
            for (auto it = m_prev.constBegin(); it != m_prev.constEnd(); ++it)
                if (!cur.contains(it.key()))
                    ++ev.entriesGone;
        accumulate(iv, s, reset, ev.entriesGone);
        push(iv);
    }
    expire(s.tsMs);

    m_prev = std::move(cur);
    m_hasPrev = true;
    m_prevTsMs = s.tsMs;
    m_prevDealloc = s.dealloc;
    m_prevStatsReset = s.statsResetMs;

    double spanMs = 0;
    for (const auto &iv : *m_intervals)
        spanMs += double(iv.spanMs);
    snap.windowSeconds = spanMs / 1000.0;
    snap.rows.reserve(s.rows.size());
    for (const auto &e : std::as_const(s.rows))
        snap.totalExecMs += e.totalExecMs;
    const bool hasWindow = !m_intervals->empty();
    for (auto &e : s.rows) {
        StatementRow r;
        r.window = m_windowSums.value(e.key);
        r.hasWindow = hasWindow;
        r.shareOfTotal = snap.totalExecMs > 0 ? e.totalExecMs / snap.totalExecMs : 0.0;
        r.totals = std::move(e);
        snap.rows.append(std::move(r));
    }
    snap.events = ev;
    snap.intervals = m_intervals;
    return snap;
}

void StatementTracker::push(const StatementInterval &iv) {
    for (auto it = iv.deltas.constBegin(); it != iv.deltas.constEnd(); ++it)
        m_windowSums[it.key()] += it.value();
    m_intervals->push_back(iv);
}

void StatementTracker::expire(qint64 nowMs) {
    while (!m_intervals->empty() && m_intervals->front().endMs <= nowMs - m_windowMs) {
        const StatementInterval &old = m_intervals->front();
        for (auto it = old.deltas.constBegin(); it != old.deltas.constEnd(); ++it) {
            auto sum = m_windowSums.find(it.key());
            if (sum == m_windowSums.end())
                continue;
            *sum -= it.value();
            if (negligible(*sum))
                m_windowSums.erase(sum);
        }
        m_intervals->pop_front();
    }
}

void StatementTracker::accumulate(const StatementInterval &iv, const StatementSample &s, bool reset,
                                  int gone) {
    if (!m_pendingOpen) {
        m_pendingOpen = true;
        m_pendingStartMs = iv.endMs - iv.spanMs;
        m_pending = {};
    }
    m_pending.endMs = iv.endMs;
    m_pending.spanMs = iv.endMs - m_pendingStartMs;
    m_pending.totalExecMs += iv.totalExecMs;
    for (auto it = iv.deltas.constBegin(); it != iv.deltas.constEnd(); ++it)
        m_pending.deltas[it.key()] += it.value();
    m_pendingReset = m_pendingReset || reset;
    m_pendingGone += gone;
    if (m_pending.spanMs < m_historyEveryMs)
        return;

    QHash<StatementKey, const StatementCounters *> totals;
    totals.reserve(m_pending.deltas.size());
    for (const auto &e : s.rows)
        if (m_pending.deltas.contains(e.key))
            totals.insert(e.key, &e);
    for (auto it = m_pending.deltas.constBegin(); it != m_pending.deltas.constEnd(); ++it) {
        QJsonObject o = deltaJson(it.value());
        if (const StatementCounters *t = totals.value(it.key())) {
            o.insert(QStringLiteral("calls"), t->calls);
            o.insert(QStringLiteral("total_ms"), t->totalExecMs);
            o.insert(QStringLiteral("mean_ms"), t->meanExecMs);
            o.insert(QStringLiteral("db"), t->database);
            o.insert(QStringLiteral("user"), t->user);
        }
        m_ready.append({m_pending.endMs, it.key().toString(), o});
    }
    m_ready.append({m_pending.endMs, QString::fromLatin1(MarkerKey),
                    QJsonObject{{QStringLiteral("span_ms"), m_pending.spanMs},
                                {QStringLiteral("total_ms"), m_pending.totalExecMs},
                                {QStringLiteral("n"), m_pending.deltas.size()},
                                {QStringLiteral("reset"), m_pendingReset},
                                {QStringLiteral("gone"), m_pendingGone}}});
    m_pendingOpen = false;
    m_pending = {};
    m_pendingReset = false;
    m_pendingGone = 0;
}

QList<history::Sample> StatementTracker::takeHistoryRows() {
    QList<history::Sample> out;
    out.swap(m_ready);
    return out;
}

int StatementTracker::seed(const QList<history::Sample> &rows) {
    // Rows come ordered by ts then key; a marker row ("*") carries the period's span.
    std::map<qint64, StatementInterval> byTs;
    for (const auto &r : rows) {
        StatementInterval &iv = byTs[r.tsMs];
        iv.endMs = r.tsMs;
        if (r.key == QLatin1String(MarkerKey)) {
            iv.spanMs = r.value.value(QStringLiteral("span_ms")).toInteger();
            iv.totalExecMs = r.value.value(QStringLiteral("total_ms")).toDouble();
            continue;
        }
        bool ok = false;
        const StatementKey k = StatementKey::fromString(r.key, &ok);
        if (ok)
            iv.deltas.insert(k, deltaFromJson(r.value));
    }
    // Stored periods only fill in before what this tracker saw itself (no double counting).
    const qint64 limit = m_intervals->empty() ? std::numeric_limits<qint64>::max()
                                              : m_intervals->front().endMs - m_intervals->front().spanMs;
    auto merged = std::make_shared<std::deque<StatementInterval>>();
    int n = 0;
    for (auto &[ts, iv] : byTs) {
        if (iv.spanMs <= 0 || ts > limit)
            continue; // no marker (an incomplete write), or overlapping what is in memory
        merged->push_back(std::move(iv));
        ++n;
    }
    for (const auto &iv : *m_intervals)
        merged->push_back(iv);
    m_intervals = std::make_shared<std::deque<StatementInterval>>();
    m_windowSums.clear();
    for (const auto &iv : *merged)
        push(iv);
    return n;
}

} // namespace monitor
