#include "monitor/statementchartdata.h"

#include "monitor/statementmodel.h"

#include <algorithm>

namespace monitor::chartdata {

namespace {
template <typename Value>
QList<Bar> topBy(const QList<StatementRow> &rows, int n, Value value,
                 bool (*keep)(const StatementRow &, qint64), qint64 minCalls) {
    QList<int> idx;
    idx.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        if (keep(rows[i], minCalls))
            idx << i;
    const int k = std::min<int>(n, int(idx.size()));
    std::partial_sort(idx.begin(), idx.begin() + k, idx.end(),
                      [&](int a, int b) { return value(rows[a]) > value(rows[b]); });
    QList<Bar> out;
    out.reserve(k);
    for (int i = 0; i < k; ++i) {
        const StatementRow &r = rows[idx[i]];
        out.append({r.totals.key, StatementModel::oneLine(r, 200), value(r), r.shareOfTotal});
    }
    return out;
}
} // namespace

QList<Bar> topByTotal(const QList<StatementRow> &rows, int n) {
    return topBy(
        rows, n, [](const StatementRow &r) { return r.totals.totalExecMs; },
        [](const StatementRow &r, qint64) { return r.totals.totalExecMs > 0; }, 0);
}

QList<Bar> topByMean(const QList<StatementRow> &rows, int n, qint64 minCalls) {
    return topBy(
        rows, n, [](const StatementRow &r) { return r.totals.meanExecMs; },
        [](const StatementRow &r, qint64 min) { return r.totals.calls >= min && r.totals.meanExecMs > 0; },
        minCalls);
}

Stack stack(const std::deque<StatementInterval> &intervals, int topN) {
    Stack s;
    QHash<StatementKey, double> sums;
    for (const auto &iv : intervals)
        for (auto it = iv.deltas.constBegin(); it != iv.deltas.constEnd(); ++it)
            sums[it.key()] += it.value().execMs;
    QList<QPair<double, StatementKey>> ranked;
    ranked.reserve(sums.size());
    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it)
        if (it.value() > 0)
            ranked.append({it.value(), it.key()});
    const int k = std::min<int>(topN, int(ranked.size()));
    std::partial_sort(ranked.begin(), ranked.begin() + k, ranked.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; i < k; ++i)
        s.keys << ranked[i].second;
    s.perKey.resize(k);
    for (const auto &iv : intervals) {
        if (iv.spanMs <= 0)
            continue;
        const double secs = double(iv.spanMs) / 1000.0;
        const double x = double(iv.endMs);
        double top = 0;
        for (int i = 0; i < k; ++i) {
            const double v = iv.deltas.value(s.keys[i]).execMs / secs;
            s.perKey[i].append({x, v});
            top += iv.deltas.value(s.keys[i]).execMs;
        }
        const double rest = std::max(0.0, iv.totalExecMs - top) / secs;
        s.others.append({x, rest});
        s.maxTotal = std::max(s.maxTotal, iv.totalExecMs / secs);
    }
    return s;
}

Trend trend(const std::deque<StatementInterval> &intervals, const StatementKey &key) {
    Trend t;
    for (const auto &iv : intervals) {
        if (iv.spanMs <= 0)
            continue;
        const double x = double(iv.endMs);
        const auto it = iv.deltas.constFind(key);
        const qint64 calls = it == iv.deltas.constEnd() ? 0 : it->calls;
        const double cps = double(calls) / (double(iv.spanMs) / 1000.0);
        t.callsPerSec.append({x, cps});
        t.maxCalls = std::max(t.maxCalls, cps);
        if (calls > 0) {
            const double mean = it->execMs / double(calls);
            t.meanMs.append({x, mean});
            t.maxMean = std::max(t.maxMean, mean);
        }
    }
    return t;
}

} // namespace monitor::chartdata
