#include "explain/jsonparser.h"

#include "explain/identifiers.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace explain {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(explain)
};

QString valueText(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = v.toInteger(-1);
        return double(i) == d ? QString::number(i) : QString::number(d, 'f', 3);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            parts << valueText(e);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << it.key() + QStringLiteral(": ") + valueText(it.value());
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QStringList stringList(const QJsonValue &v) {
    QStringList out;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            out << valueText(e);
    } else if (!v.isUndefined() && !v.isNull()) {
        out << valueText(v);
    }
    return out;
}

qint64 num(const QJsonValue &v) {
    return toInt64(v.toDouble());
}

// Buffer and I/O keys are shared by nodes, workers and the Planning block.
bool applyIo(const QString &key, const QJsonValue &v, Buffers &b, IoTimings *io, WalUsage *wal) {
    using Setter = std::function<void(Buffers &, IoTimings *, WalUsage *, const QJsonValue &)>;
    static const QHash<QString, Setter> setters = {
        {QStringLiteral("Shared Hit Blocks"),
         [](Buffers &b, IoTimings *, WalUsage *, const QJsonValue &v) { b.sharedHit = num(v); }},
        {QStringLiteral("Shared Read Blocks"),
         [](Buffers &b, IoTimings *, WalUsage *, const QJsonValue &v) { b.sharedRead = num(v); }},
        {QStringLiteral("Shared Dirtied Blocks"),
         [](Buffers &b, IoTimings *, WalUsage *, const QJsonValue &v) { b.sharedDirtied = num(v); }},
        {QStringLiteral("Shared Written Blocks"),
         [](Buffers &b, IoTimings *, WalUsage *, const QJsonValue &v) { b.sharedWritten = num(v); }},
        {QStringLiteral("Local Hit Blocks"),
         [](Buffers &b, IoTimings *, WalUsage *, const QJsonValue &v) { b.localHit = num(v); }},
        {QStringLiteral("Local Read Blocks"),
         [](Buffers &b, IoTimings *, WalUsage *, const QJsonValue &v) { b.localRead = num(v); }},
        {QStringLiteral("Local Dirtied Blocks"),
         [](Buffers &b, IoTimings *, WalUsage *, const QJsonValue &v) { b.localDirtied = num(v); }},
        {QStringLiteral("Local Written Blocks"),
         [](Buffers &b, IoTimings *, WalUsage *, const QJsonValue &v) { b.localWritten = num(v); }},
        {QStringLiteral("Temp Read Blocks"),
         [](Buffers &b, IoTimings *, WalUsage *, const QJsonValue &v) { b.tempRead = num(v); }},
        {QStringLiteral("Temp Written Blocks"),
         [](Buffers &b, IoTimings *, WalUsage *, const QJsonValue &v) { b.tempWritten = num(v); }},
        // PostgreSQL 15: "I/O Read Time"; 16+: "Shared I/O Read Time" and "Local I/O Read Time".
        {QStringLiteral("I/O Read Time"),
         [](Buffers &, IoTimings *io, WalUsage *, const QJsonValue &v) {
             if (io)
                 io->readMs += v.toDouble();
         }},
        {QStringLiteral("I/O Write Time"),
         [](Buffers &, IoTimings *io, WalUsage *, const QJsonValue &v) {
             if (io)
                 io->writeMs += v.toDouble();
         }},
        {QStringLiteral("Shared I/O Read Time"),
         [](Buffers &, IoTimings *io, WalUsage *, const QJsonValue &v) {
             if (io)
                 io->readMs += v.toDouble();
         }},
        {QStringLiteral("Shared I/O Write Time"),
         [](Buffers &, IoTimings *io, WalUsage *, const QJsonValue &v) {
             if (io)
                 io->writeMs += v.toDouble();
         }},
        {QStringLiteral("Local I/O Read Time"),
         [](Buffers &, IoTimings *io, WalUsage *, const QJsonValue &v) {
             if (io)
                 io->readMs += v.toDouble();
         }},
        {QStringLiteral("Local I/O Write Time"),
         [](Buffers &, IoTimings *io, WalUsage *, const QJsonValue &v) {
             if (io)
                 io->writeMs += v.toDouble();
         }},
        {QStringLiteral("Temp I/O Read Time"),
         [](Buffers &, IoTimings *io, WalUsage *, const QJsonValue &v) {
             if (io)
                 io->tempReadMs = v.toDouble();
         }},
        {QStringLiteral("Temp I/O Write Time"),
         [](Buffers &, IoTimings *io, WalUsage *, const QJsonValue &v) {
             if (io)
                 io->tempWriteMs = v.toDouble();
         }},
        {QStringLiteral("WAL Records"),
         [](Buffers &, IoTimings *, WalUsage *w, const QJsonValue &v) {
             if (w)
                 w->records = num(v);
         }},
        {QStringLiteral("WAL FPI"),
         [](Buffers &, IoTimings *, WalUsage *w, const QJsonValue &v) {
             if (w)
                 w->fpi = num(v);
         }},
        {QStringLiteral("WAL Bytes"),
         [](Buffers &, IoTimings *, WalUsage *w, const QJsonValue &v) {
             if (w)
                 w->bytes = num(v);
         }},
    };
    const auto it = setters.constFind(key);
    if (it == setters.constEnd())
        return false;
    (*it)(b, io, wal, v);
    return true;
}

using NodeSetter = std::function<void(PlanNode &, const QJsonValue &)>;
#define PGDBA_STR(key, field)                                                                                \
    {                                                                                                        \
        QStringLiteral(key), [](PlanNode &n, const QJsonValue &v) { n.field = valueText(v); }                \
    }
#define PGDBA_DBL(key, field)                                                                                \
    {                                                                                                        \
        QStringLiteral(key), [](PlanNode &n, const QJsonValue &v) { n.field = v.toDouble(); }                \
    }
#define PGDBA_INT(key, field)                                                                                \
    {                                                                                                        \
        QStringLiteral(key), [](PlanNode &n, const QJsonValue &v) { n.field = num(v); }                      \
    }
#define PGDBA_LIST(key, field)                                                                               \
    {                                                                                                        \
        QStringLiteral(key), [](PlanNode &n, const QJsonValue &v) { n.field = stringList(v); }               \
    }

const QHash<QString, NodeSetter> &nodeSetters() {
    static const QHash<QString, NodeSetter> setters = {
        PGDBA_STR("Node Type", nodeType),
        PGDBA_STR("Strategy", strategy),
        PGDBA_STR("Partial Mode", partialMode),
        PGDBA_STR("Join Type", joinType),
        PGDBA_STR("Operation", operation),
        PGDBA_STR("Scan Direction", scanDirection),
        PGDBA_STR("Command", command),
        PGDBA_STR("Custom Plan Provider", customProvider),
        PGDBA_STR("Parent Relationship", parentRelationship),
        PGDBA_STR("Subplan Name", subplanName),
        PGDBA_STR("Relation Name", relation),
        PGDBA_STR("Schema", schema),
        PGDBA_STR("Alias", alias),
        PGDBA_STR("Index Name", index),
        PGDBA_STR("CTE Name", cteName),
        PGDBA_STR("Function Name", functionName),
        PGDBA_STR("Tuplestore Name", cteName),
        PGDBA_STR("Table Function Name", functionName),
        PGDBA_DBL("Startup Cost", startupCost),
        PGDBA_DBL("Total Cost", totalCost),
        PGDBA_DBL("Plan Rows", planRows),
        {QStringLiteral("Plan Width"),
         [](PlanNode &n, const QJsonValue &v) { n.planWidth = toInt(v.toDouble()); }},
        {QStringLiteral("Parallel Aware"),
         [](PlanNode &n, const QJsonValue &v) { n.parallelAware = v.toBool(); }},
        {QStringLiteral("Async Capable"),
         [](PlanNode &n, const QJsonValue &v) { n.asyncCapable = v.toBool(); }},
        {QStringLiteral("Actual Startup Time"),
         [](PlanNode &n, const QJsonValue &v) {
             n.actualStartupMs = v.toDouble();
             n.hasTiming = true;
         }},
        {QStringLiteral("Actual Total Time"),
         [](PlanNode &n, const QJsonValue &v) {
             n.actualTotalMs = v.toDouble();
             n.hasTiming = true;
         }},
        {QStringLiteral("Actual Rows"),
         [](PlanNode &n, const QJsonValue &v) {
             n.actualRows = v.toDouble();
             n.hasActuals = true;
         }},
        {QStringLiteral("Actual Loops"),
         [](PlanNode &n, const QJsonValue &v) {
             n.loops = v.toDouble();
             n.hasActuals = true;
         }},
        PGDBA_DBL("Rows Removed by Filter", rowsRemovedByFilter),
        PGDBA_DBL("Rows Removed by Join Filter", rowsRemovedByJoinFilter),
        PGDBA_DBL("Rows Removed by Index Recheck", rowsRemovedByIndexRecheck),
        PGDBA_INT("Heap Fetches", heapFetches),
        PGDBA_INT("Exact Heap Blocks", exactHeapBlocks),
        PGDBA_INT("Lossy Heap Blocks", lossyHeapBlocks),
        PGDBA_STR("Sort Method", sortMethod),
        PGDBA_STR("Sort Space Type", sortSpaceType),
        PGDBA_INT("Sort Space Used", sortSpaceKb),
        PGDBA_LIST("Sort Key", sortKey),
        PGDBA_LIST("Group Key", groupKey),
        PGDBA_LIST("Presorted Key", presortedKey),
        PGDBA_INT("Hash Buckets", hashBuckets),
        PGDBA_INT("Original Hash Buckets", originalHashBuckets),
        PGDBA_INT("Hash Batches", hashBatches),
        PGDBA_INT("Original Hash Batches", originalHashBatches),
        PGDBA_INT("Peak Memory Usage", peakMemoryKb),
        PGDBA_INT("HashAgg Batches", hashAggBatches),
        PGDBA_INT("Disk Usage", diskUsageKb),
        PGDBA_INT("Planned Partitions", plannedPartitions),
        PGDBA_INT("Cache Hits", cacheHits),
        PGDBA_INT("Cache Misses", cacheMisses),
        PGDBA_INT("Cache Evictions", cacheEvictions),
        PGDBA_INT("Cache Overflows", cacheOverflows),
        {QStringLiteral("Workers Planned"),
         [](PlanNode &n, const QJsonValue &v) { n.workersPlanned = toInt(v.toDouble()); }},
        {QStringLiteral("Workers Launched"),
         [](PlanNode &n, const QJsonValue &v) { n.workersLaunched = toInt(v.toDouble()); }},
        PGDBA_STR("Filter", filter),
        PGDBA_STR("Join Filter", joinFilter),
        PGDBA_STR("Index Cond", indexCond),
        PGDBA_STR("Recheck Cond", recheckCond),
        PGDBA_STR("Hash Cond", hashCond),
        PGDBA_STR("Merge Cond", mergeCond),
        PGDBA_STR("One-Time Filter", oneTimeFilter),
        PGDBA_STR("Cache Key", cacheKey),
        PGDBA_LIST("Output", output),
    };
    return setters;
}
#undef PGDBA_STR
#undef PGDBA_DBL
#undef PGDBA_INT
#undef PGDBA_LIST

WorkerStats parseWorker(const QJsonObject &o) {
    WorkerStats w;
    w.number = toInt(o.value(QStringLiteral("Worker Number")).toDouble());
    w.startupMs = o.value(QStringLiteral("Actual Startup Time")).toDouble();
    w.totalMs = o.value(QStringLiteral("Actual Total Time")).toDouble();
    w.rows = o.value(QStringLiteral("Actual Rows")).toDouble();
    w.loops = o.value(QStringLiteral("Actual Loops")).toDouble();
    for (auto it = o.begin(); it != o.end(); ++it)
        applyIo(it.key(), it.value(), w.buffers, nullptr, nullptr);
    return w;
}

// A 10,000-node plan has some 350,000 properties, mostly the same few dozen keys and short
// values ("0", "false"): one shared copy of each (QString is implicitly shared) instead of
// hundreds of thousands of small allocations halves the plan's memory.
QString shared(const QString &s) {
    thread_local QSet<QString> pool;
    if (s.size() > 24)
        return s;
    const auto it = pool.constFind(s);
    if (it != pool.constEnd())
        return *it;
    if (pool.size() < 8192)
        pool.insert(s);
    return s;
}

void parseNode(const QJsonObject &o, PlanNode &n) {
    const auto &setters = nodeSetters();
    n.properties.reserve(o.size());
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("Plans"))
            continue;
        if (key == QLatin1String("Workers")) {
            const QJsonArray ws = v.toArray();
            for (const QJsonValue &w : ws)
                if (w.isObject())
                    n.workers << parseWorker(w.toObject());
            continue;
        }
        const auto s = setters.constFind(key);
        if (s != setters.constEnd())
            (*s)(n, v);
        else
            applyIo(key, v, n.buffers, &n.io, &n.wal);
        n.properties.append({shared(key), shared(valueText(v))});
    }
    n.neverExecuted = n.hasActuals && n.loops == 0;
    if (n.neverExecuted) // JSON prints zero times; the text format prints none
        n.hasTiming = false;
}

void parseStatement(const QJsonObject &top, Plan &plan) {
    for (auto it = top.begin(); it != top.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == QLatin1String("Planning Time"))
            plan.planningMs = v.toDouble();
        else if (key == QLatin1String("Execution Time") ||
                 key == QLatin1String("Total Runtime")) // 9.3: Total
            plan.executionMs = v.toDouble();
        else if (key == QLatin1String("Query Text"))
            plan.queryText = v.toString();
        else if (key == QLatin1String("Query Identifier"))
            plan.queryIdentifier = v.toVariant().toString();
        else if (key == QLatin1String("Planning") && v.isObject()) {
            const QJsonObject p = v.toObject();
            for (auto pi = p.begin(); pi != p.end(); ++pi) {
                if (pi.key() == QLatin1String("Memory Used"))
                    plan.planningMemoryUsedKb = num(pi.value());
                else if (pi.key() == QLatin1String("Memory Allocated"))
                    plan.planningMemoryAllocatedKb = num(pi.value());
                else
                    applyIo(pi.key(), pi.value(), plan.planningBuffers, nullptr, nullptr);
            }
        } else if (key == QLatin1String("Serialization") && v.isObject()) {
            const QJsonObject z = v.toObject();
            plan.serializationMs = z.value(QStringLiteral("Time")).toDouble(-1);
            plan.serializationKb = z.contains(QStringLiteral("Output Volume"))
                                       ? num(z.value(QStringLiteral("Output Volume")))
                                       : -1;
            plan.serializationFormat = z.value(QStringLiteral("Format")).toString();
        } else if (key == QLatin1String("Settings") && v.isObject()) {
            const QJsonObject s = v.toObject();
            for (auto si = s.begin(); si != s.end(); ++si)
                plan.settings.append({si.key(), valueText(si.value())});
        } else if (key == QLatin1String("Triggers") && v.isArray()) {
            const QJsonArray ts = v.toArray();
            for (const QJsonValue &tv : ts) {
                const QJsonObject t = tv.toObject();
                TriggerStats tr;
                tr.name = t.value(QStringLiteral("Trigger Name")).toString();
                tr.constraintName = t.value(QStringLiteral("Constraint Name")).toString();
                tr.relation = t.value(QStringLiteral("Relation")).toString();
                tr.timeMs = t.value(QStringLiteral("Time")).toDouble();
                tr.calls = num(t.value(QStringLiteral("Calls")));
                plan.triggers << tr;
            }
        } else if (key == QLatin1String("JIT") && v.isObject()) {
            const QJsonObject j = v.toObject();
            const QJsonObject opt = j.value(QStringLiteral("Options")).toObject();
            const QJsonObject tim = j.value(QStringLiteral("Timing")).toObject();
            plan.jit.present = true;
            plan.jit.functions = num(j.value(QStringLiteral("Functions")));
            plan.jit.inlining = opt.value(QStringLiteral("Inlining")).toBool();
            plan.jit.optimization = opt.value(QStringLiteral("Optimization")).toBool();
            plan.jit.expressions = opt.value(QStringLiteral("Expressions")).toBool();
            plan.jit.deforming = opt.value(QStringLiteral("Deforming")).toBool();
            // PostgreSQL 15+ nests the generation time: {"Generation": {"Deform": .., "Total": ..}}.
            const QJsonValue gen = tim.value(QStringLiteral("Generation"));
            plan.jit.generationMs =
                gen.isObject() ? gen.toObject().value(QStringLiteral("Total")).toDouble() : gen.toDouble();
            plan.jit.inliningMs = tim.value(QStringLiteral("Inlining")).toDouble();
            plan.jit.optimizationMs = tim.value(QStringLiteral("Optimization")).toDouble();
            plan.jit.emissionMs = tim.value(QStringLiteral("Emission")).toDouble();
            plan.jit.totalMs = tim.value(QStringLiteral("Total")).toDouble();
        }
    }
}

} // namespace

ParseResult parseJsonPlan(const QByteArray &json) {
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError)
        return ParseResult::failure(Tr::tr("The JSON plan is not valid JSON: %1 at byte %2.")
                                        .arg(perr.errorString())
                                        .arg(perr.offset));
    QJsonObject top;
    if (doc.isArray()) {
        const QJsonArray a = doc.array();
        if (a.isEmpty() || !a.first().isObject())
            return ParseResult::failure(Tr::tr("The JSON has no plan: expected [ { \"Plan\": ... } ]."));
        top = a.first().toObject();
    } else {
        top = doc.object();
    }
    if (!top.value(QStringLiteral("Plan")).isObject())
        return ParseResult::failure(
            Tr::tr("The JSON has no \"Plan\" object: this is not EXPLAIN (FORMAT JSON) output."));

    ParseResult r;
    Plan &plan = r.plan;
    plan.source = Plan::Source::Json;
    parseStatement(top, plan);

    // Pre-order walk with an explicit stack: deep plans never overflow the call stack.
    struct Item {
        QJsonObject obj;
        int parent;
    };
    QList<Item> stack{{top.value(QStringLiteral("Plan")).toObject(), -1}};
    while (!stack.isEmpty()) {
        Item item = stack.takeLast();
        PlanNode node;
        node.parent = item.parent;
        parseNode(item.obj, node);
        if (node.nodeType.isEmpty())
            return ParseResult::failure(
                Tr::tr("Plan node %1 has no \"Node Type\".").arg(plan.nodes.size() + 1));
        const int id = int(plan.nodes.size());
        plan.nodes.append(std::move(node));
        const QJsonArray kids = item.obj.value(QStringLiteral("Plans")).toArray();
        for (qsizetype i = kids.size() - 1; i >= 0; --i) {
            if (!kids.at(i).isObject())
                return ParseResult::failure(
                    Tr::tr("Plan node %1 has a child that is not an object.").arg(id + 1));
            stack.append({kids.at(i).toObject(), id});
        }
    }
    linkTree(plan);
    return r;
}

} // namespace explain
