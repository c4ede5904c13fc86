#include "explain/planexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace explain {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(explain)
};

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
        lines << Tr::tr("Total %1 ms").arg(fixed(plan.totalMs(), 3)) +
                     (plan.planningMs >= 0 ? Tr::tr(", planning %1 ms").arg(fixed(plan.planningMs, 3))
                                           : QString()) +
                     (plan.executionMs >= 0 ? Tr::tr(", execution %1 ms").arg(fixed(plan.executionMs, 3))
                                            : QString());
    lines << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                 .arg(Tr::tr("exclusive"), 11)
                 .arg(Tr::tr("inclusive"), 11)
                 .arg(Tr::tr("rows x"), 8)
                 .arg(Tr::tr("rows"), 10)
                 .arg(Tr::tr("loops"), 7)
                 .arg(Tr::tr("share"), 6)
                 .arg(Tr::tr("node"));
    for (const PlanNode &n : plan.nodes) {
        QString name =
            QString(std::min(n.depth, 60) * 2, QLatin1Char(' ')); // capped: absurdly deep plans stay readable
        if (!n.subplanName.isEmpty())
            name += QLatin1Char('[') + n.subplanName + QStringLiteral("] ");
        name += n.operationName();
        if (!n.target().isEmpty())
            name += QLatin1Char(' ') + n.target();
        if (n.neverExecuted)
            name += Tr::tr(" (never executed)");
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
        lines << Tr::tr("Trigger %1: %2 ms, %3 calls")
                     .arg(t.name.isEmpty() ? t.constraintName : t.name, fixed(t.timeMs, 3))
                     .arg(t.calls);
    if (plan.jit.present)
        lines << Tr::tr("JIT: %1 functions, %2 ms").arg(plan.jit.functions).arg(fixed(plan.jit.totalMs, 3));
    if (!plan.findings.isEmpty()) {
        lines << QString() << Tr::tr("Findings:");
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

namespace {

// A small JSON writer for the compact output: building a QJsonObject per node and
// serialising it cost most of `pgdba explain --output json`'s time on big plans. It writes the
// same members as nodeJson() (tst_explaincli checks that both documents are equal).
struct JsonText {
    QByteArray out;
    bool first = true;

    void open(char c) {
        comma();
        out += c;
        first = true;
    }
    void close(char c) {
        out += c;
        first = false;
    }
    void comma() {
        if (!first)
            out += ',';
        first = false;
    }
    void key(const char *k) {
        comma();
        out += '"';
        out += k;
        out += "\":";
        first = true; // the value follows without a comma
    }
    void string(const QString &s) {
        comma();
        out += '"';
        const QByteArray u = s.toUtf8();
        for (const char ch : u) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (c < 0x20) {
                    char esc[8];
                    std::snprintf(esc, sizeof esc, "\\u%04x", c);
                    out += esc;
                } else {
                    out += ch;
                }
            }
        }
        out += '"';
    }
    void null() {
        comma();
        out += "null";
    }
    void boolean(bool b) {
        comma();
        out += b ? "true" : "false";
    }
    void number(double v) {
        comma();
        if (!std::isfinite(v))
            out += "null";
        else
            out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
    }
    void stringOrNull(const QString &s) { s.isEmpty() ? null() : string(s); }
    void raw(const QByteArray &json) {
        comma();
        out += json;
    }
    void buffers(const Buffers &b) {
        open('{');
        const std::pair<const char *, qint64> fields[] = {
            {"shared_hit", b.sharedHit},         {"shared_read", b.sharedRead},
            {"shared_dirtied", b.sharedDirtied}, {"shared_written", b.sharedWritten},
            {"local_hit", b.localHit},           {"local_read", b.localRead},
            {"local_dirtied", b.localDirtied},   {"local_written", b.localWritten},
            {"temp_read", b.tempRead},           {"temp_written", b.tempWritten}};
        for (const auto &[k, v] : fields) {
            key(k);
            number(double(v));
        }
        close('}');
    }
};

// One node as nodeJson() has it, without its closing brace (children follow).
void writeNode(JsonText &j, const Plan &plan, int id, const QList<int> &findings) {
    const PlanNode &n = plan.nodes[id];
    const double loops = std::max(1.0, n.loops);
    j.open('{');
    j.key("id"), j.number(n.id);
    j.key("node_type"), j.string(n.nodeType);
    j.key("operation"), j.string(n.operationName());
    j.key("relation"), j.stringOrNull(n.relation);
    j.key("schema"), j.stringOrNull(n.schema);
    j.key("alias"), j.stringOrNull(n.alias);
    j.key("index"), j.stringOrNull(n.index);
    j.key("cte"), j.stringOrNull(n.cteName);
    j.key("function"), j.stringOrNull(n.functionName);
    j.key("parent_relationship"), j.stringOrNull(n.parentRelationship);
    j.key("subplan_name"), j.stringOrNull(n.subplanName);
    j.key("startup_cost"), j.number(n.startupCost);
    j.key("total_cost"), j.number(n.totalCost);
    j.key("plan_rows"), j.number(n.planRows);
    j.key("actual_rows"), n.hasActuals ? j.number(n.actualRows) : j.null();
    j.key("total_rows"), n.hasActuals ? j.number(n.totalRows) : j.null();
    j.key("loops"), n.hasActuals ? j.number(n.loops) : j.null();
    j.key("never_executed"), j.boolean(n.neverExecuted);
    j.key("inclusive_ms"), n.hasTiming ? j.number(n.inclusiveMs) : j.null();
    j.key("exclusive_ms"), n.hasTiming ? j.number(n.exclusiveMs) : j.null();
    j.key("share"), n.hasTiming ? j.number(n.shareOfTotal) : j.null();
    j.key("misestimate"), j.open('{');
    j.key("factor"), j.number(n.misestimate);
    j.key("direction"), j.string(direction(n.misestimateDirection));
    j.close('}');
    j.key("rows_removed_by_filter"), j.number(n.rowsRemovedByFilter * loops);
    j.key("rows_removed_by_index_recheck"), j.number(n.rowsRemovedByIndexRecheck * loops);
    j.key("rows_removed_by_join_filter"), j.number(n.rowsRemovedByJoinFilter * loops);
    j.key("buffers"), j.open('{');
    j.key("inclusive"), j.buffers(n.buffers);
    j.key("exclusive"), j.buffers(n.exclusiveBuffers);
    j.close('}');
    j.key("io_read_ms"), j.number(n.io.readMs);
    j.key("io_write_ms"), j.number(n.io.writeMs);
    j.key("heap_fetches"), j.number(double(n.heapFetches));
    j.key("workers_planned"), n.workersPlanned >= 0 ? j.number(n.workersPlanned) : j.null();
    j.key("workers_launched"), n.workersLaunched >= 0 ? j.number(n.workersLaunched) : j.null();
    j.key("sort_method"), j.stringOrNull(n.sortMethod);
    j.key("sort_space_kb"), j.number(double(n.sortSpaceKb));
    j.key("sort_space_type"), j.stringOrNull(n.sortSpaceType);
    j.key("hash_batches"), j.number(double(n.hashBatches));
    j.key("findings"), j.open('[');
    for (int f : findings)
        j.raw(QJsonDocument(findingJson(plan.findings[f])).toJson(QJsonDocument::Compact));
    j.close(']');
}

} // namespace

QByteArray toAnnotatedJsonText(const Plan &plan, bool pretty) {
    if (pretty)
        return QJsonDocument(toAnnotatedJson(plan)).toJson(QJsonDocument::Indented);
    JsonText j;
    j.out.reserve(qsizetype(plan.nodes.size()) * 1400 + 4096);
    j.out = openObject(statementJson(plan));
    j.first = false;
    if (!plan.nodes.isEmpty()) {
        QList<QList<int>> findings(plan.nodes.size());
        for (qsizetype f = 0; f < plan.findings.size(); ++f) {
            const int id = plan.findings[f].nodeId;
            if (id >= 0 && id < plan.nodes.size())
                findings[id] << int(f);
        }
        j.key("plan");
        // Depth first without recursion (plans can be thousands of levels deep): a frame is a
        // node and how many of its children are written.
        struct Frame {
            int node;
            qsizetype next;
        };
        QList<Frame> stack{{0, 0}};
        writeNode(j, plan, 0, findings[0]);
        j.key("children"), j.open('[');
        while (!stack.isEmpty()) {
            Frame &f = stack.last();
            const QList<int> &kids = plan.nodes[f.node].children;
            if (f.next < kids.size()) {
                const int c = kids[f.next++];
                writeNode(j, plan, c, findings[c]);
                j.key("children"), j.open('[');
                stack.append({c, 0});
            } else {
                j.close(']');
                j.close('}');
                stack.removeLast();
            }
        }
    }
    j.out += "}\n";
    return j.out;
}

} // namespace explain
