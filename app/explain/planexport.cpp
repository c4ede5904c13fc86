#include "explain/planexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace explain {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("explain", s);
}

QString fixed(double v, int decimals) {
    return QLocale::c().toString(v, 'f', decimals);
}

QString misestimateText(const PlanNode &n) {
    if (n.misestimateDirection == MisestimateDirection::None)
        return n.hasActuals && !n.neverExecuted ? QStringLiteral("1") : QString();
    return fixed(n.misestimate, n.misestimate < 10 ? 1 : 0) +
           (n.misestimateDirection == MisestimateDirection::Under ? QStringLiteral("\u2193")
                                                                  : QStringLiteral("\u2191"));
}

QString direction(MisestimateDirection d) {
    switch (d) {
    case MisestimateDirection::Under:
        return QStringLiteral("under");
    case MisestimateDirection::Over:
        return QStringLiteral("over");
    case MisestimateDirection::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

QString toText(const Plan &plan) {
    QStringList lines;
    if (plan.hasTiming())
        lines << tr("Total %1 ms").arg(fixed(plan.totalMs(), 3)) +
                     (plan.planningMs >= 0 ? tr(", planning %1 ms").arg(fixed(plan.planningMs, 3))
                                           : QString()) +
                     (plan.executionMs >= 0 ? tr(", execution %1 ms").arg(fixed(plan.executionMs, 3))
                                            : QString());
    lines << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                 .arg(tr("exclusive"), 11)
                 .arg(tr("inclusive"), 11)
                 .arg(tr("rows x"), 8)
                 .arg(tr("rows"), 10)
                 .arg(tr("loops"), 7)
                 .arg(tr("share"), 6)
                 .arg(tr("node"));
    for (const PlanNode &n : plan.nodes) {
        QString name =
            QString(std::min(n.depth, 60) * 2, QLatin1Char(' ')); // capped: absurdly deep plans stay readable
        if (!n.subplanName.isEmpty())
            name += QLatin1Char('[') + n.subplanName + QStringLiteral("] ");
        name += n.operationName();
        if (!n.target().isEmpty())
            name += QLatin1Char(' ') + n.target();
        if (n.neverExecuted)
            name += tr(" (never executed)");
        const bool t = n.hasTiming;
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                     .arg(t ? fixed(n.exclusiveMs, 3) + QStringLiteral(" ms") : QString(), 11)
                     .arg(t ? fixed(n.inclusiveMs, 3) + QStringLiteral(" ms") : QString(), 11)
                     .arg(misestimateText(n), 8)
                     .arg(n.hasActuals ? fixed(n.totalRows, 0) : fixed(n.planRows, 0), 10)
                     .arg(n.hasActuals ? fixed(n.loops, 0) : QString(), 7)
                     .arg(t ? fixed(100 * n.shareOfTotal, 1) + QLatin1Char('%') : QString(), 6)
                     .arg(name);
    }
    for (const TriggerStats &t : plan.triggers)
        lines << tr("Trigger %1: %2 ms, %3 calls")
                     .arg(t.name.isEmpty() ? t.constraintName : t.name, fixed(t.timeMs, 3))
                     .arg(t.calls);
    if (plan.jit.present)
        lines << tr("JIT: %1 functions, %2 ms").arg(plan.jit.functions).arg(fixed(plan.jit.totalMs, 3));
    if (!plan.findings.isEmpty()) {
        lines << QString() << tr("Findings:");
        for (const Finding &f : plan.findings)
            lines << QStringLiteral("  [%1] #%2 %3")
                         .arg(Finding::severityKey(f.severity))
                         .arg(f.nodeId)
                         .arg(f.message);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject buffersJson(const Buffers &b) {
    return {{QStringLiteral("shared_hit"), b.sharedHit},
            {QStringLiteral("shared_read"), b.sharedRead},
            {QStringLiteral("shared_dirtied"), b.sharedDirtied},
            {QStringLiteral("shared_written"), b.sharedWritten},
            {QStringLiteral("local_hit"), b.localHit},
            {QStringLiteral("local_read"), b.localRead},
            {QStringLiteral("local_dirtied"), b.localDirtied},
            {QStringLiteral("local_written"), b.localWritten},
            {QStringLiteral("temp_read"), b.tempRead},
            {QStringLiteral("temp_written"), b.tempWritten}};
}

QJsonObject findingJson(const Finding &f) {
    QJsonObject o{{QStringLiteral("kind"), Finding::kindKey(f.kind)},
                  {QStringLiteral("severity"), Finding::severityKey(f.severity)},
                  {QStringLiteral("node_id"), f.nodeId},
                  {QStringLiteral("message"), f.message},
                  {QStringLiteral("value"), f.value}};
    if (f.kind == Finding::Kind::SeqScanIndexCandidate)
        o.insert(QStringLiteral("index_candidate"),
                 QJsonObject{{QStringLiteral("schema"), f.index.schema},
                             {QStringLiteral("table"), f.index.table},
                             {QStringLiteral("columns"), QJsonArray::fromStringList(f.index.columns)},
                             {QStringLiteral("predicate"), f.index.predicate},
                             {QStringLiteral("ignored"), QJsonArray::fromStringList(f.index.ignored)},
                             {QStringLiteral("create_statement"),
                              f.index.isValid() ? f.index.createStatement() : QString()}});
    return o;
}

QJsonObject nodeJson(const Plan &plan, int id) {
    const PlanNode &n = plan.nodes[id];
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o{
        {QStringLiteral("id"), n.id},
        {QStringLiteral("node_type"), n.nodeType},
        {QStringLiteral("operation"), n.operationName()},
        {QStringLiteral("relation"), orNull(n.relation)},
        {QStringLiteral("schema"), orNull(n.schema)},
        {QStringLiteral("alias"), orNull(n.alias)},
        {QStringLiteral("index"), orNull(n.index)},
        {QStringLiteral("cte"), orNull(n.cteName)},
        {QStringLiteral("function"), orNull(n.functionName)},
        {QStringLiteral("parent_relationship"), orNull(n.parentRelationship)},
        {QStringLiteral("subplan_name"), orNull(n.subplanName)},
        {QStringLiteral("startup_cost"), n.startupCost},
        {QStringLiteral("total_cost"), n.totalCost},
        {QStringLiteral("plan_rows"), n.planRows},
        {QStringLiteral("actual_rows"), n.hasActuals ? QJsonValue(n.actualRows) : QJsonValue()},
        {QStringLiteral("total_rows"), n.hasActuals ? QJsonValue(n.totalRows) : QJsonValue()},
        {QStringLiteral("loops"), n.hasActuals ? QJsonValue(n.loops) : QJsonValue()},
        {QStringLiteral("never_executed"), n.neverExecuted},
        {QStringLiteral("inclusive_ms"), n.hasTiming ? QJsonValue(n.inclusiveMs) : QJsonValue()},
        {QStringLiteral("exclusive_ms"), n.hasTiming ? QJsonValue(n.exclusiveMs) : QJsonValue()},
        {QStringLiteral("share"), n.hasTiming ? QJsonValue(n.shareOfTotal) : QJsonValue()},
        {QStringLiteral("misestimate"),
         QJsonObject{{QStringLiteral("factor"), n.misestimate},
                     {QStringLiteral("direction"), direction(n.misestimateDirection)}}},
        {QStringLiteral("rows_removed_by_filter"), n.rowsRemovedByFilter * std::max(1.0, n.loops)},
        {QStringLiteral("rows_removed_by_index_recheck"),
         n.rowsRemovedByIndexRecheck * std::max(1.0, n.loops)},
        {QStringLiteral("rows_removed_by_join_filter"), n.rowsRemovedByJoinFilter * std::max(1.0, n.loops)},
        {QStringLiteral("buffers"),
         QJsonObject{{QStringLiteral("inclusive"), buffersJson(n.buffers)},
                     {QStringLiteral("exclusive"), buffersJson(n.exclusiveBuffers)}}},
        {QStringLiteral("io_read_ms"), n.io.readMs},
        {QStringLiteral("io_write_ms"), n.io.writeMs},
        {QStringLiteral("heap_fetches"), n.heapFetches},
        {QStringLiteral("workers_planned"),
         n.workersPlanned >= 0 ? QJsonValue(n.workersPlanned) : QJsonValue()},
        {QStringLiteral("workers_launched"),
         n.workersLaunched >= 0 ? QJsonValue(n.workersLaunched) : QJsonValue()},
        {QStringLiteral("sort_method"), orNull(n.sortMethod)},
        {QStringLiteral("sort_space_kb"), n.sortSpaceKb},
        {QStringLiteral("sort_space_type"), orNull(n.sortSpaceType)},
        {QStringLiteral("hash_batches"), n.hashBatches},
    };
    QJsonArray findings;
    for (const Finding &f : plan.findings)
        if (f.nodeId == id)
            findings << findingJson(f);
    o.insert(QStringLiteral("findings"), findings);
    return o;
}

namespace {

QJsonObject statementJson(const Plan &plan) {
    QJsonObject out{
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("planning_ms"), plan.planningMs >= 0 ? QJsonValue(plan.planningMs) : QJsonValue()},
        {QStringLiteral("execution_ms"), plan.executionMs >= 0 ? QJsonValue(plan.executionMs) : QJsonValue()},
        {QStringLiteral("total_ms"), plan.totalMs()},
        {QStringLiteral("node_count"), int(plan.nodes.size())}};
    QJsonArray triggers;
    for (const TriggerStats &t : plan.triggers)
        triggers << QJsonObject{{QStringLiteral("name"), t.name.isEmpty() ? t.constraintName : t.name},
                                {QStringLiteral("relation"), t.relation},
                                {QStringLiteral("time_ms"), t.timeMs},
                                {QStringLiteral("calls"), t.calls}};
    out.insert(QStringLiteral("triggers"), triggers);
    if (plan.jit.present)
        out.insert(QStringLiteral("jit"), QJsonObject{{QStringLiteral("functions"), plan.jit.functions},
                                                      {QStringLiteral("total_ms"), plan.jit.totalMs}});
    QJsonObject settings;
    for (const auto &s : plan.settings)
        settings.insert(s.first, s.second);
    out.insert(QStringLiteral("settings"), settings);
    QJsonArray findings;
    for (const Finding &f : plan.findings)
        findings << findingJson(f);
    out.insert(QStringLiteral("findings"), findings);
    return out;
}

// `{...}` without its closing brace, so more members can follow.
QByteArray openObject(const QJsonObject &o) {
    QByteArray b = QJsonDocument(o).toJson(QJsonDocument::Compact);
    b.chop(1);
    return b;
}

} // namespace

QJsonObject toAnnotatedJson(const Plan &plan) {
    QJsonObject out = statementJson(plan);
    // Bottom-up so every child's object is complete before its parent takes it.
    QList<QJsonObject> objects(plan.nodes.size());
    for (qsizetype i = plan.nodes.size() - 1; i >= 0; --i) {
        QJsonObject o = nodeJson(plan, int(i));
        QJsonArray kids;
        for (int c : plan.nodes[i].children)
            kids << objects[c];
        o.insert(QStringLiteral("children"), kids);
        objects[i] = o;
        for (int c : plan.nodes[i].children)
            objects[c] = QJsonObject();
    }
    if (!objects.isEmpty())
        out.insert(QStringLiteral("plan"), objects.first());
    return out;
}

QByteArray toAnnotatedJsonText(const Plan &plan, bool pretty) {
    if (pretty)
        return QJsonDocument(toAnnotatedJson(plan)).toJson(QJsonDocument::Indented);
    QByteArray out = openObject(statementJson(plan));
    if (!plan.nodes.isEmpty()) {
        out += ",\"plan\":";
        // Depth first without recursion (plans can be thousands of levels deep): a frame is a
        // node and how many of its children are written.
        struct Frame {
            int node;
            qsizetype next;
        };
        QList<Frame> stack{{0, 0}};
        out += openObject(nodeJson(plan, 0)) + ",\"children\":[";
        while (!stack.isEmpty()) {
            Frame &f = stack.last();
            const QList<int> &kids = plan.nodes[f.node].children;
            if (f.next < kids.size()) {
                const int c = kids[f.next];
                if (f.next > 0)
                    out += ',';
                ++f.next;
                out += openObject(nodeJson(plan, c)) + ",\"children\":[";
                stack.append({c, 0});
            } else {
                out += "]}";
                stack.removeLast();
            }
        }
    }
    out += "}\n";
    return out;
}

} // namespace explain
