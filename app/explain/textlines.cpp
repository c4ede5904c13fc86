#include "explain/textlines.h"

#include "explain/identifiers.h"

#include <QStringList>

namespace explain::textlines {

namespace {

QStringList tokens(QStringView text) {
    // Space-separated words; double quotes keep spaces ("*SELECT* 2").
    QStringList out;
    QString cur;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char(' ') && !quoted) {
            if (!cur.isEmpty())
                out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.isEmpty())
        out << cur;
    return out;
}

qint64 kilobytes(QStringView v) {
    QStringView t = v.trimmed();
    if (t.endsWith(QLatin1String("kB")))
        t.chop(2);
    return toInt64(number(t));
}

// "4096 (originally 1024)" -> 4096 and 1024; "2048" -> 2048 twice.
void withOriginal(QStringView v, qint64 *now, qint64 *original) {
    const qsizetype p = v.indexOf(QLatin1String("(originally "));
    *now = toInt64(number(v.left(p < 0 ? v.size() : p)));
    *original = p < 0 ? *now : toInt64(number(v.mid(p + 12).chopped(v.endsWith(QLatin1Char(')')) ? 1 : 0)));
}

void setTarget(PlanNode &node, const QString &object, const QString &alias) {
    const QStringList q = splitQualified(object);
    const QString name = q.last();
    const QString schema = q.size() > 1 ? q.at(q.size() - 2) : QString();
    const QString &t = node.nodeType;
    if (t == QLatin1String("Bitmap Index Scan")) {
        node.index = name;
        return;
    }
    if (t == QLatin1String("CTE Scan") || t == QLatin1String("WorkTable Scan") ||
        t == QLatin1String("Named Tuplestore Scan")) {
        node.cteName = name;
    } else if (t == QLatin1String("Function Scan") || t == QLatin1String("Table Function Scan")) {
        node.functionName = name;
        node.schema = schema;
    } else if (t == QLatin1String("Subquery Scan") || t == QLatin1String("Values Scan") ||
               t == QLatin1String("Result")) {
        node.alias = name;
        return;
    } else {
        node.relation = name;
        node.schema = schema;
    }
    node.alias = alias.isEmpty() ? name : unquoteIdent(alias);
}

void parseOperation(PlanNode &node, QString head) {
    if (head.endsWith(QLatin1String(" Backward"))) {
        node.scanDirection = QStringLiteral("Backward");
        head.chop(9);
    }
    static const QLatin1String joinKinds[] = {QLatin1String("Nested Loop"), QLatin1String("Hash"),
                                              QLatin1String("Merge")};
    QString partial;
    for (const char *p : {"Partial ", "Finalize "}) {
        if (head.startsWith(QLatin1String(p))) {
            partial = QString::fromLatin1(p).trimmed();
            head.remove(0, qsizetype(qstrlen(p)));
        }
    }
    if (head == QLatin1String("Aggregate") || head == QLatin1String("GroupAggregate") ||
        head == QLatin1String("HashAggregate") || head == QLatin1String("MixedAggregate")) {
        node.nodeType = QStringLiteral("Aggregate");
        node.strategy = head == QLatin1String("GroupAggregate")   ? QStringLiteral("Sorted")
                        : head == QLatin1String("HashAggregate")  ? QStringLiteral("Hashed")
                        : head == QLatin1String("MixedAggregate") ? QStringLiteral("Mixed")
                                                                  : QStringLiteral("Plain");
        node.partialMode = partial.isEmpty() ? QStringLiteral("Simple") : partial;
        return;
    }
    if (!partial.isEmpty())
        head = partial + QLatin1Char(' ') + head; // not an aggregate after all
    if (head.startsWith(QLatin1String("SetOp ")) || head.startsWith(QLatin1String("HashSetOp "))) {
        node.nodeType = QStringLiteral("SetOp");
        node.strategy =
            head.startsWith(QLatin1String("Hash")) ? QStringLiteral("Hashed") : QStringLiteral("Sorted");
        node.command = head.section(QLatin1Char(' '), 1);
        return;
    }
    if (head == QLatin1String("Insert") || head == QLatin1String("Update") ||
        head == QLatin1String("Delete") || head == QLatin1String("Merge")) {
        node.nodeType = QStringLiteral("ModifyTable");
        node.operation = head;
        return;
    }
    for (const QLatin1String kind : joinKinds) {
        if (!head.startsWith(kind))
            continue;
        const QString rest = head.mid(kind.size());
        const bool nestLoop = kind == QLatin1String("Nested Loop");
        if (nestLoop && (rest.isEmpty() || rest.endsWith(QLatin1String(" Join")))) {
            node.nodeType = QStringLiteral("Nested Loop");
            node.joinType = rest.isEmpty() ? QStringLiteral("Inner") : rest.mid(1, rest.size() - 6);
            return;
        }
        if (!nestLoop && rest.endsWith(QLatin1String(" Join")) &&
            (rest == QLatin1String(" Join") || rest.startsWith(QLatin1Char(' ')))) {
            node.nodeType = kind + QLatin1String(" Join");
            node.joinType =
                rest == QLatin1String(" Join") ? QStringLiteral("Inner") : rest.mid(1, rest.size() - 6);
            return;
        }
    }
    if (head.startsWith(QLatin1String("Custom Scan (")) && head.endsWith(QLatin1Char(')'))) {
        node.nodeType = QStringLiteral("Custom Scan");
        node.customProvider = head.mid(13, head.size() - 14);
        return;
    }
    // A Foreign Scan always has an operation in JSON; the text names it only for pushed-down
    // DML ("Foreign Update on ft").
    if (head == QLatin1String("Foreign Scan")) {
        node.nodeType = head;
        node.operation = QStringLiteral("Select");
        return;
    }
    for (const char *op : {"Insert", "Update", "Delete"}) {
        if (head == QString(QLatin1String("Foreign ") + QLatin1String(op))) {
            node.nodeType = QStringLiteral("Foreign Scan");
            node.operation = QString::fromLatin1(op);
            return;
        }
    }
    node.nodeType = head;
    if ((head == QLatin1String("Index Scan") || head == QLatin1String("Index Only Scan")) &&
        node.scanDirection.isEmpty())
        node.scanDirection = QStringLiteral("Forward");
}

} // namespace

double number(QStringView text, bool *ok) {
    return text.trimmed().toDouble(ok);
}

void parseActuals(QStringView text, double *startup, double *total, double *rows, double *loops, bool *timing,
                  bool *never) {
    if (text.contains(QLatin1String("never executed"))) {
        *never = true;
        return;
    }
    const QStringList parts = tokens(text);
    for (const QString &p : parts) {
        QStringView v(p);
        if (v.endsWith(QLatin1Char(')')))
            v.chop(1);
        if (v.startsWith(QLatin1String("time="))) {
            const qsizetype dots = v.indexOf(QLatin1String(".."));
            if (dots > 0) {
                *startup = number(v.mid(5, dots - 5));
                *total = number(v.mid(dots + 2));
                *timing = true;
            }
        } else if (v.startsWith(QLatin1String("rows="))) {
            *rows = number(v.mid(5));
        } else if (v.startsWith(QLatin1String("loops="))) {
            *loops = number(v.mid(6));
        }
    }
}

bool parseNodeHeader(QStringView body, PlanNode &node) {
    const qsizetype cost = body.indexOf(QLatin1String("  (cost="));
    const qsizetype actual = body.indexOf(QLatin1String(" (actual "));
    const qsizetype never = body.indexOf(QLatin1String(" (never executed)"));
    qsizetype end = body.size();
    for (qsizetype p : {cost, actual, never})
        if (p >= 0 && p < end)
            end = p;
    QString name = body.left(end).trimmed().toString();
    if (name.isEmpty())
        return false;
    if (cost >= 0) {
        const QStringView c = body.mid(cost + 8);
        const qsizetype dots = c.indexOf(QLatin1String(".."));
        const qsizetype close = c.indexOf(QLatin1Char(')'));
        if (dots < 0 || close < 0 || dots > close)
            return false;
        node.startupCost = number(c.left(dots));
        const QStringList rest = tokens(c.mid(dots + 2, close - dots - 2));
        node.totalCost = rest.isEmpty() ? 0 : number(rest.first());
        for (const QString &t : rest) {
            if (t.startsWith(QLatin1String("rows=")))
                node.planRows = number(QStringView(t).mid(5));
            else if (t.startsWith(QLatin1String("width=")))
                node.planWidth = toInt(number(QStringView(t).mid(6)));
        }
    }
    if (actual >= 0 || never >= 0) {
        node.hasActuals = true;
        const QStringView a = body.mid(actual >= 0 ? actual + 2 : never + 2);
        const qsizetype close = a.indexOf(QLatin1Char(')'));
        parseActuals(a.left(close < 0 ? a.size() : close), &node.actualStartupMs, &node.actualTotalMs,
                     &node.actualRows, &node.loops, &node.hasTiming, &node.neverExecuted);
        if (node.neverExecuted) {
            node.loops = 0;
            node.hasTiming = false;
        }
    }
    if (name.startsWith(QLatin1String("Parallel "))) {
        node.parallelAware = true;
        name.remove(0, 9);
    }
    if (name.startsWith(QLatin1String("Async "))) {
        node.asyncCapable = true;
        name.remove(0, 6);
    }
    const qsizetype usingAt = name.indexOf(QLatin1String(" using "));
    const qsizetype onAt = name.indexOf(QLatin1String(" on "));
    QString head = name;
    QStringList target;
    if (usingAt >= 0 && (onAt < 0 || usingAt < onAt)) {
        head = name.left(usingAt);
        target = tokens(QStringView(name).mid(usingAt + 7));
    } else if (onAt >= 0) {
        head = name.left(onAt);
        target = tokens(QStringView(name).mid(onAt + 4));
    }
    parseOperation(node, head);
    if (usingAt >= 0 && !target.isEmpty() && (onAt < 0 || usingAt < onAt)) {
        node.index = unquoteIdent(target.takeFirst());
        if (!target.isEmpty() && target.first() == QLatin1String("on"))
            target.removeFirst();
    }
    if (!target.isEmpty())
        setTarget(node, target.value(0), target.value(1));
    return true;
}

void parseBuffers(QStringView value, Buffers &b) {
    const QStringList groups = value.toString().split(QStringLiteral(", "));
    for (const QString &g : groups) {
        const QStringList parts = tokens(g);
        if (parts.isEmpty())
            continue;
        const QString &kind = parts.first();
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString key = parts[i].section(QLatin1Char('='), 0, 0);
            const qint64 v = toInt64(number(QStringView(parts[i]).mid(key.size() + 1)));
            qint64 *field = nullptr;
            if (kind == QLatin1String("shared"))
                field = key == QLatin1String("hit")       ? &b.sharedHit
                        : key == QLatin1String("read")    ? &b.sharedRead
                        : key == QLatin1String("dirtied") ? &b.sharedDirtied
                        : key == QLatin1String("written") ? &b.sharedWritten
                                                          : nullptr;
            else if (kind == QLatin1String("local"))
                field = key == QLatin1String("hit")       ? &b.localHit
                        : key == QLatin1String("read")    ? &b.localRead
                        : key == QLatin1String("dirtied") ? &b.localDirtied
                        : key == QLatin1String("written") ? &b.localWritten
                                                          : nullptr;
            else if (kind == QLatin1String("temp"))
                field = key == QLatin1String("read")      ? &b.tempRead
                        : key == QLatin1String("written") ? &b.tempWritten
                                                          : nullptr;
            if (field)
                *field = v;
        }
    }
}

void parseIoTimings(QStringView value, IoTimings &io) {
    const QStringList groups = value.toString().split(QStringLiteral(", "));
    for (const QString &g : groups) {
        const QStringList parts = tokens(g);
        if (parts.isEmpty())
            continue;
        const bool temp = parts.first() == QLatin1String("temp");
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString key = parts[i].section(QLatin1Char('='), 0, 0);
            const double v = number(QStringView(parts[i]).mid(key.size() + 1));
            if (key == QLatin1String("read"))
                (temp ? io.tempReadMs : io.readMs) += v;
            else if (key == QLatin1String("write"))
                (temp ? io.tempWriteMs : io.writeMs) += v;
        }
    }
}

void parseWal(QStringView value, WalUsage &w) {
    const QStringList parts = tokens(value);
    for (const QString &p : parts) {
        const QString key = p.section(QLatin1Char('='), 0, 0);
        const qint64 v = toInt64(number(QStringView(p).mid(key.size() + 1)));
        if (key == QLatin1String("records"))
            w.records = v;
        else if (key == QLatin1String("fpi"))
            w.fpi = v;
        else if (key == QLatin1String("bytes"))
            w.bytes = v;
    }
}

void applyNodeProperty(PlanNode &node, const QString &body) {
    const qsizetype colon = body.indexOf(QLatin1String(": "));
    const QString key =
        colon < 0 ? body.endsWith(QLatin1Char(':')) ? body.chopped(1) : body : body.left(colon);
    const QString value = colon < 0 ? QString() : body.mid(colon + 2);
    node.properties.append({key, value});

    // Lines that carry several "Key: value" pairs separated by two spaces.
    static const QStringList multi = {QStringLiteral("Sort Method"), QStringLiteral("Buckets"),
                                      QStringLiteral("Batches"), QStringLiteral("Planned Partitions"),
                                      QStringLiteral("Hits")};
    if (multi.contains(key)) {
        const bool hashLine = key == QLatin1String("Buckets");
        const QStringList segments = body.split(QStringLiteral("  "), Qt::SkipEmptyParts);
        for (const QString &seg : segments) {
            const qsizetype c = seg.indexOf(QLatin1String(": "));
            if (c < 0)
                continue;
            const QString k = seg.left(c).trimmed();
            const QStringView v = QStringView(seg).mid(c + 2).trimmed();
            if (k == QLatin1String("Sort Method"))
                node.sortMethod = v.toString();
            else if (k == QLatin1String("Memory") || k == QLatin1String("Disk")) {
                node.sortSpaceType = k;
                node.sortSpaceKb = kilobytes(v);
            } else if (k == QLatin1String("Buckets"))
                withOriginal(v, &node.hashBuckets, &node.originalHashBuckets);
            else if (k == QLatin1String("Batches") && hashLine)
                withOriginal(v, &node.hashBatches, &node.originalHashBatches);
            else if (k == QLatin1String("Batches"))
                node.hashAggBatches = toInt64(number(v));
            else if (k == QLatin1String("Memory Usage"))
                node.peakMemoryKb = kilobytes(v);
            else if (k == QLatin1String("Disk Usage"))
                node.diskUsageKb = kilobytes(v);
            else if (k == QLatin1String("Planned Partitions"))
                node.plannedPartitions = toInt64(number(v));
            else if (k == QLatin1String("Hits"))
                node.cacheHits = toInt64(number(v));
            else if (k == QLatin1String("Misses"))
                node.cacheMisses = toInt64(number(v));
            else if (k == QLatin1String("Evictions"))
                node.cacheEvictions = toInt64(number(v));
            else if (k == QLatin1String("Overflows"))
                node.cacheOverflows = toInt64(number(v));
        }
        return;
    }
    const QStringView v(value);
    if (key == QLatin1String("Buffers"))
        parseBuffers(v, node.buffers);
    else if (key == QLatin1String("I/O Timings"))
        parseIoTimings(v, node.io);
    else if (key == QLatin1String("WAL"))
        parseWal(v, node.wal);
    else if (key == QLatin1String("Heap Blocks")) {
        for (const QString &t : tokens(v)) {
            if (t.startsWith(QLatin1String("exact=")))
                node.exactHeapBlocks = toInt64(number(QStringView(t).mid(6)));
            else if (t.startsWith(QLatin1String("lossy=")))
                node.lossyHeapBlocks = toInt64(number(QStringView(t).mid(6)));
        }
    } else if (key == QLatin1String("Rows Removed by Filter"))
        node.rowsRemovedByFilter = number(v);
    else if (key == QLatin1String("Rows Removed by Join Filter"))
        node.rowsRemovedByJoinFilter = number(v);
    else if (key == QLatin1String("Rows Removed by Index Recheck"))
        node.rowsRemovedByIndexRecheck = number(v);
    else if (key == QLatin1String("Heap Fetches"))
        node.heapFetches = toInt64(number(v));
    else if (key == QLatin1String("Workers Planned"))
        node.workersPlanned = toInt(number(v));
    else if (key == QLatin1String("Workers Launched"))
        node.workersLaunched = toInt(number(v));
    else if (key == QLatin1String("Filter"))
        node.filter = value;
    else if (key == QLatin1String("Join Filter"))
        node.joinFilter = value;
    else if (key == QLatin1String("Index Cond"))
        node.indexCond = value;
    else if (key == QLatin1String("Recheck Cond"))
        node.recheckCond = value;
    else if (key == QLatin1String("Hash Cond"))
        node.hashCond = value;
    else if (key == QLatin1String("Merge Cond"))
        node.mergeCond = value;
    else if (key == QLatin1String("One-Time Filter"))
        node.oneTimeFilter = value;
    else if (key == QLatin1String("Cache Key"))
        node.cacheKey = value;
    else if (key == QLatin1String("Output"))
        node.output = splitTopLevel(value, QLatin1Char(','));
    else if (key == QLatin1String("Sort Key"))
        node.sortKey = splitTopLevel(value, QLatin1Char(','));
    else if (key == QLatin1String("Group Key"))
        node.groupKey = splitTopLevel(value, QLatin1Char(','));
    else if (key == QLatin1String("Presorted Key"))
        node.presortedKey = splitTopLevel(value, QLatin1Char(','));
}

bool isSubplanLabel(const QString &body) {
    if (body.startsWith(QLatin1String("CTE ")))
        return !body.contains(QLatin1String(": "));
    // Before PostgreSQL 8.4-era numbering, and in some copies: "SubPlan", "InitPlan".
    if (body == QLatin1String("SubPlan") || body == QLatin1String("InitPlan") ||
        body.startsWith(QLatin1String("InitPlan (returns ")))
        return true;
    for (const char *p : {"InitPlan ", "SubPlan "}) {
        if (!body.startsWith(QLatin1String(p)))
            continue;
        bool ok = false;
        body.mid(qsizetype(qstrlen(p))).section(QLatin1Char(' '), 0, 0).toInt(&ok);
        return ok;
    }
    return false;
}

void applySummaryLine(Plan &plan, const QString &section, const QString &body) {
    const qsizetype colon = body.indexOf(QLatin1String(": "));
    const QString key = colon < 0 ? body : body.left(colon);
    const QString value = colon < 0 ? QString() : body.mid(colon + 2);
    auto ms = [](const QString &v) { return number(QStringView(v).left(v.indexOf(QLatin1String(" ms")))); };
    if (section == QLatin1String("Planning")) {
        if (key == QLatin1String("Buffers"))
            parseBuffers(value, plan.planningBuffers);
        else if (key == QLatin1String("Memory")) { // 17: "used=23kB  allocated=32kB"
            for (const QString &t : tokens(value)) {
                if (t.startsWith(QLatin1String("used=")))
                    plan.planningMemoryUsedKb = kilobytes(QStringView(t).mid(5));
                else if (t.startsWith(QLatin1String("allocated=")))
                    plan.planningMemoryAllocatedKb = kilobytes(QStringView(t).mid(10));
            }
        }
        return;
    }
    if (section == QLatin1String("JIT")) {
        plan.jit.present = true;
        if (key == QLatin1String("Functions"))
            plan.jit.functions = toInt64(number(value));
        else if (key == QLatin1String("Options")) {
            for (const QString &opt : value.split(QStringLiteral(", "))) {
                const bool on = opt.endsWith(QLatin1String(" true"));
                if (opt.startsWith(QLatin1String("Inlining")))
                    plan.jit.inlining = on;
                else if (opt.startsWith(QLatin1String("Optimization")))
                    plan.jit.optimization = on;
                else if (opt.startsWith(QLatin1String("Expressions")))
                    plan.jit.expressions = on;
                else if (opt.startsWith(QLatin1String("Deforming")))
                    plan.jit.deforming = on;
            }
        } else if (key == QLatin1String("Timing")) {
            // "Generation 0.6 ms (Deform 0.1 ms), Inlining 72 ms, ..., Total 170 ms"
            for (const QString &part : splitTopLevel(value, QLatin1Char(','))) {
                const QString name = part.section(QLatin1Char(' '), 0, 0);
                const double v = number(part.section(QLatin1Char(' '), 1, 1));
                if (name == QLatin1String("Generation"))
                    plan.jit.generationMs = v;
                else if (name == QLatin1String("Inlining"))
                    plan.jit.inliningMs = v;
                else if (name == QLatin1String("Optimization"))
                    plan.jit.optimizationMs = v;
                else if (name == QLatin1String("Emission"))
                    plan.jit.emissionMs = v;
                else if (name == QLatin1String("Total"))
                    plan.jit.totalMs = v;
            }
        }
        return;
    }
    // 9.4-9.6 wrote "Planning time" / "Execution time"; 9.3 and older "Total runtime".
    if (key == QLatin1String("Planning Time") || key == QLatin1String("Planning time"))
        plan.planningMs = ms(value);
    else if (key == QLatin1String("Execution Time") || key == QLatin1String("Execution time") ||
             key == QLatin1String("Total runtime"))
        plan.executionMs = ms(value);
    else if (key == QLatin1String("Serialization")) { // 17: "time=0.012 ms  output=1kB  format=text"
        const QStringList parts = tokens(value);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString &t = parts[i];
            if (t.startsWith(QLatin1String("time=")))
                plan.serializationMs = number(QStringView(t).mid(5));
            else if (t.startsWith(QLatin1String("output=")))
                plan.serializationKb = kilobytes(QStringView(t).mid(7));
            else if (t.startsWith(QLatin1String("format=")))
                plan.serializationFormat = t.mid(7);
        }
    } else if (key == QLatin1String("Query Identifier"))
        plan.queryIdentifier = value.trimmed();
    else if (key == QLatin1String("Settings")) {
        for (const QString &s : splitTopLevel(value, QLatin1Char(','))) {
            const qsizetype eq = s.indexOf(QLatin1String(" = "));
            if (eq < 0)
                continue;
            QString v = s.mid(eq + 3).trimmed();
            if (v.size() >= 2 && v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))
                v = v.mid(1, v.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
            plan.settings.append({s.left(eq).trimmed(), v});
        }
    } else if (body.startsWith(QLatin1String("Trigger "))) {
        // "Trigger name: time=1.0 calls=2", "Trigger for constraint c on rel: time=...".
        const qsizetype last = body.lastIndexOf(QLatin1String(": "));
        if (last < 0)
            return;
        TriggerStats t;
        QString head = body.mid(8, last - 8);
        const qsizetype on = head.lastIndexOf(QLatin1String(" on "));
        if (on >= 0) {
            t.relation = unquoteIdent(head.mid(on + 4));
            head.truncate(on);
        }
        if (head.startsWith(QLatin1String("for constraint ")))
            t.constraintName = head.mid(15);
        else
            t.name = head;
        for (const QString &tok : tokens(QStringView(body).mid(last + 2))) {
            if (tok.startsWith(QLatin1String("time=")))
                t.timeMs = number(QStringView(tok).mid(5));
            else if (tok.startsWith(QLatin1String("calls=")))
                t.calls = toInt64(number(QStringView(tok).mid(6)));
        }
        plan.triggers << t;
    }
}

} // namespace explain::textlines
