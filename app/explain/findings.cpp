#include "explain/findings.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace explain {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(explain)
};
QString num(double v) {
    return QLocale().toString(v, 'f', 0);
}
QString ms(double v) {
    return QLocale().toString(v, 'f', v < 10 ? 2 : 1);
}
QString mb(double kb) {
    return QLocale().toString(std::max(1.0, std::ceil(kb / 1024.0)), 'f', 0);
}

QString label(const PlanNode &n) {
    const QString t = n.target();
    return t.isEmpty() ? n.operationName() : n.operationName() + QLatin1Char(' ') + t;
}

Finding make(Finding::Kind kind, Finding::Severity sev, int node, const QString &message, double value) {
    Finding f;
    f.kind = kind;
    f.severity = sev;
    f.nodeId = node;
    f.message = message;
    f.value = value;
    return f;
}

void seqScan(const PlanNode &n, const FindingRules &r, QList<Finding> &out) {
    if (n.nodeType != QLatin1String("Seq Scan") || n.neverExecuted || !n.hasActuals || n.filter.isEmpty())
        return;
    const double removed = n.rowsRemovedByFilter * n.loops, kept = n.totalRows, read = removed + kept;
    if (read < r.seqScanMinRows || removed / read < r.seqScanRemovedShare)
        return;
    Finding f = make(Finding::Kind::SeqScanIndexCandidate,
                     removed / read >= 0.99 ? Finding::Severity::Critical : Finding::Severity::Warning, n.id,
                     QString(), removed / read);
    f.index = IndexCandidate::fromFilter(n.schema, n.relation, n.alias, n.filter);
    const QString share = QLocale().toString(100.0 * removed / read, 'f', 1);
    if (f.index.isValid())
        f.message =
            Tr::tr(
                "Sequential scan of %1 read %2 rows and threw away %3 %: an index on (%4)%5 would read only "
                "the "
                "rows it keeps.")
                .arg(n.relation, num(read), share, f.index.columns.join(QStringLiteral(", ")),
                     f.index.predicate.isEmpty() ? QString() : Tr::tr(" WHERE %1").arg(f.index.predicate));
    else
        f.message =
            Tr::tr(
                "Sequential scan of %1 read %2 rows and threw away %3 %; its filter cannot use a plain index "
                "as written (%4).")
                .arg(n.relation, num(read), share, n.filter);
    out << f;
}

bool childOriginatesMisestimate(const Plan &plan, const PlanNode &n) {
    // Report where an error appears, not every parent that inherits it.
    for (int c : n.children) {
        const PlanNode &ch = plan.nodes[c];
        if (ch.parentRelationship == QLatin1String("InitPlan") ||
            ch.parentRelationship == QLatin1String("SubPlan"))
            continue;
        if (ch.misestimateDirection == n.misestimateDirection && ch.misestimate >= n.misestimate / 2)
            return true;
    }
    return false;
}

// Nodes that may legitimately stop early return fewer rows than estimated: below a Limit,
// the inner side of a Merge Join, the inner side of a semi/anti join.
bool mayStopEarly(const Plan &plan, const PlanNode &n) {
    for (int p = n.parent, c = n.id; p >= 0; c = p, p = plan.nodes[p].parent) {
        const PlanNode &parent = plan.nodes[p];
        if (parent.nodeType == QLatin1String("Limit"))
            return true;
        if (c == n.id && parent.isJoin() &&
            (parent.nodeType == QLatin1String("Merge Join") ||
             parent.joinType.contains(QLatin1String("Semi")) ||
             parent.joinType.contains(QLatin1String("Anti"))))
            return true;
    }
    return false;
}

void misestimate(const Plan &plan, const PlanNode &n, const FindingRules &r, QList<Finding> &out) {
    if (n.misestimate < r.misestimateFactor || childOriginatesMisestimate(plan, n))
        return;
    // BitmapAnd/BitmapOr always report 0 rows: they pass a bitmap, not rows.
    if (n.nodeType == QLatin1String("BitmapAnd") || n.nodeType == QLatin1String("BitmapOr"))
        return;
    if (n.misestimateDirection == MisestimateDirection::Over && mayStopEarly(plan, n))
        return;
    const auto sev = n.misestimate >= 1000  ? Finding::Severity::Critical
                     : n.misestimate >= 100 ? Finding::Severity::Warning
                                            : Finding::Severity::Info;
    const QString factor = num(n.misestimate);
    const QString text =
        n.misestimateDirection == MisestimateDirection::Under
            ? Tr::tr("%1 returned %2 rows per loop where the planner expected %3 (%4x under-estimate): "
                     "ANALYZE the table or add extended statistics for correlated columns.")
            : Tr::tr("%1 returned %2 rows per loop where the planner expected %3 (%4x over-estimate): "
                     "the planner may have chosen a plan meant for far more rows.");
    out << make(Finding::Kind::Misestimate, sev, n.id,
                text.arg(label(n), num(n.actualRows), num(n.planRows), factor), n.misestimate);
}

void spills(const Plan &plan, const PlanNode &n, QList<Finding> &out) {
    QString workMem;
    for (const auto &s : plan.settings)
        if (s.first == QLatin1String("work_mem"))
            workMem = Tr::tr(" (work_mem is %1)").arg(s.second);
    if (n.sortSpaceType == QLatin1String("Disk") || n.sortMethod.startsWith(QLatin1String("external"))) {
        out << make(
            Finding::Kind::SortSpilled, Finding::Severity::Warning, n.id,
            Tr::tr("Sort spilled %1 kB to disk (%2)%3: about %4 MB of work_mem would keep it in memory.")
                .arg(num(double(n.sortSpaceKb)), n.sortMethod, workMem, mb(2.0 * double(n.sortSpaceKb))),
            double(n.sortSpaceKb));
    }
    if (n.nodeType == QLatin1String("Hash") && n.hashBatches > 1) {
        out << make(
            Finding::Kind::HashSpilled, Finding::Severity::Warning, n.id,
            Tr::tr("Hash table was split into %1 batches on disk (planned %2)%3: it needs about %4 MB of "
                   "work_mem "
                   "to stay in memory.")
                .arg(n.hashBatches)
                .arg(n.originalHashBatches)
                .arg(workMem, mb(double(n.peakMemoryKb) * double(n.hashBatches))),
            double(n.hashBatches));
    }
    if (n.nodeType == QLatin1String("Aggregate") && (n.hashAggBatches > 1 || n.diskUsageKb > 0)) {
        out << make(Finding::Kind::HashSpilled, Finding::Severity::Warning, n.id,
                    Tr::tr("Hash aggregate spilled to disk (%1 batches, %2 kB)%3: raise work_mem or "
                           "hash_mem_multiplier.")
                        .arg(n.hashAggBatches)
                        .arg(num(double(n.diskUsageKb)), workMem),
                    double(n.diskUsageKb));
    }
}

void scans(const PlanNode &n, const FindingRules &r, QList<Finding> &out) {
    if (n.nodeType == QLatin1String("Index Only Scan") && n.heapFetches >= r.heapFetchMin &&
        double(n.heapFetches) >= r.heapFetchRatio * std::max(1.0, n.totalRows)) {
        const double ratio = double(n.heapFetches) / std::max(1.0, n.totalRows);
        out << make(Finding::Kind::HeapFetches,
                    ratio >= 0.5 ? Finding::Severity::Warning : Finding::Severity::Info, n.id,
                    Tr::tr("Index-only scan on %1 fetched %2 heap pages for %3 rows: the visibility map is "
                           "stale, VACUUM %1.")
                        .arg(n.relation, num(double(n.heapFetches)), num(n.totalRows)),
                    ratio);
    }
    if (n.lossyHeapBlocks > 0) {
        out << make(Finding::Kind::LossyBitmap, Finding::Severity::Warning, n.id,
                    Tr::tr("Bitmap heap scan on %1 went lossy on %2 of %3 blocks and rechecked %4 rows: the "
                           "bitmap did not "
                           "fit in work_mem.")
                        .arg(n.relation, num(double(n.lossyHeapBlocks)),
                             num(double(n.lossyHeapBlocks) + double(n.exactHeapBlocks)),
                             num(n.rowsRemovedByIndexRecheck * std::max(1.0, n.loops))),
                    double(n.lossyHeapBlocks));
    }
    if (n.workersPlanned > 0 && n.workersLaunched >= 0 && n.workersLaunched < n.workersPlanned) {
        out << make(
            Finding::Kind::WorkersNotLaunched,
            n.workersLaunched == 0 ? Finding::Severity::Critical : Finding::Severity::Warning, n.id,
            Tr::tr("%1 planned %2 parallel workers but only %3 started: max_parallel_workers or "
                   "max_worker_processes is exhausted, so the query ran with less parallelism than planned.")
                .arg(n.operationName())
                .arg(n.workersPlanned)
                .arg(n.workersLaunched),
            double(n.workersPlanned - n.workersLaunched));
    }
}

void nestedLoop(const Plan &plan, const PlanNode &n, const FindingRules &r, QList<Finding> &out) {
    if (n.nodeType != QLatin1String("Nested Loop"))
        return;
    for (int c : n.children) {
        const PlanNode &inner = plan.nodes[c];
        if (inner.parentRelationship != QLatin1String("Inner") || inner.loops < r.nestedLoopLoops)
            continue;
        out << make(
            Finding::Kind::NestedLoopLoops,
            inner.loops >= 10 * r.nestedLoopLoops ? Finding::Severity::Critical : Finding::Severity::Warning,
            n.id,
            Tr::tr("Nested loop ran its inner side (%1) %2 times, %3 ms in all: a hash or merge join, or "
                   "a better "
                   "row estimate for the outer side, is likely cheaper.")
                .arg(label(inner), num(inner.loops), ms(inner.inclusiveMs)),
            inner.loops);
    }
}

} // namespace

QList<Finding> findFindings(const Plan &plan, const FindingRules &rules) {
    QList<Finding> out;
    for (const PlanNode &n : plan.nodes) {
        seqScan(n, rules, out);
        misestimate(plan, n, rules, out);
        spills(plan, n, out);
        scans(n, rules, out);
        nestedLoop(plan, n, rules, out);
    }
    if (plan.jit.present && !plan.nodes.isEmpty()) {
        const double basis = plan.totalMs(); // the same for the text and JSON forms
        if (plan.jit.totalMs >= rules.jitMinMs && basis > 0 && plan.jit.totalMs >= rules.jitShare * basis) {
            out << make(
                Finding::Kind::JitSignificant,
                plan.jit.totalMs >= 0.5 * basis ? Finding::Severity::Critical : Finding::Severity::Warning, 0,
                Tr::tr("JIT compilation took %1 ms, %2 % of the query's time: for a query this short, raise "
                       "jit_above_cost (or turn jit off) so it runs interpreted.")
                    .arg(ms(plan.jit.totalMs), QLocale().toString(100.0 * plan.jit.totalMs / basis, 'f', 0)),
                plan.jit.totalMs);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return out;
}

} // namespace explain
