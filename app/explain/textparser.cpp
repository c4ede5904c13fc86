#include "explain/textparser.h"

#include "explain/textlines.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace explain {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(explain)
};

qsizetype indentOf(const QString &line) {
    qsizetype i = 0;
    while (i < line.size() && line[i] == QLatin1Char(' '))
        ++i;
    return i;
}

// auto_explain log lines: "... LOG:  duration: 12.0 ms  plan:" and "Query Text: ..." come
// before the plan; drop them and everything up to the first node line.
QStringList stripLogPreamble(QStringList lines) {
    qsizetype start = -1;
    for (qsizetype i = 0; i < lines.size() && i < 50; ++i) {
        const QString &l = lines[i];
        if ((l.contains(QLatin1String("duration:")) && l.trimmed().endsWith(QLatin1String("plan:"))) ||
            l.trimmed().startsWith(QLatin1String("Query Text:"))) {
            start = i + 1;
        }
    }
    if (start < 0)
        return lines;
    while (start < lines.size()) {
        const QString &l = lines[start];
        if (l.contains(QLatin1String("  (cost=")) || l.contains(QLatin1String(" (actual ")) ||
            l.contains(QLatin1String(" (never executed)")))
            break;
        ++start;
    }
    return lines.mid(start);
}

QString childRelationship(const PlanNode &parent, int regularChildrenBefore) {
    const QString &t = parent.nodeType;
    if (t == QLatin1String("Append") || t == QLatin1String("Merge Append") ||
        t == QLatin1String("BitmapAnd") || t == QLatin1String("BitmapOr"))
        return QStringLiteral("Member");
    if (t == QLatin1String("Subquery Scan"))
        return QStringLiteral("Subquery");
    if (t == QLatin1String("Custom Scan"))
        return QStringLiteral("children");
    return regularChildrenBefore == 0 ? QStringLiteral("Outer") : QStringLiteral("Inner");
}

bool isKnownNodeType(const QString &t) {
    static const QStringList known = {QStringLiteral("Result"),
                                      QStringLiteral("ProjectSet"),
                                      QStringLiteral("ModifyTable"),
                                      QStringLiteral("Append"),
                                      QStringLiteral("Merge Append"),
                                      QStringLiteral("Recursive Union"),
                                      QStringLiteral("BitmapAnd"),
                                      QStringLiteral("BitmapOr"),
                                      QStringLiteral("Nested Loop"),
                                      QStringLiteral("Merge Join"),
                                      QStringLiteral("Hash Join"),
                                      QStringLiteral("Seq Scan"),
                                      QStringLiteral("Sample Scan"),
                                      QStringLiteral("Gather"),
                                      QStringLiteral("Gather Merge"),
                                      QStringLiteral("Index Scan"),
                                      QStringLiteral("Index Only Scan"),
                                      QStringLiteral("Bitmap Index Scan"),
                                      QStringLiteral("Bitmap Heap Scan"),
                                      QStringLiteral("Tid Scan"),
                                      QStringLiteral("Tid Range Scan"),
                                      QStringLiteral("Subquery Scan"),
                                      QStringLiteral("Function Scan"),
                                      QStringLiteral("Table Function Scan"),
                                      QStringLiteral("Values Scan"),
                                      QStringLiteral("CTE Scan"),
                                      QStringLiteral("Named Tuplestore Scan"),
                                      QStringLiteral("WorkTable Scan"),
                                      QStringLiteral("Foreign Scan"),
                                      QStringLiteral("Custom Scan"),
                                      QStringLiteral("Materialize"),
                                      QStringLiteral("Memoize"),
                                      QStringLiteral("Sort"),
                                      QStringLiteral("Incremental Sort"),
                                      QStringLiteral("Group"),
                                      QStringLiteral("Aggregate"),
                                      QStringLiteral("WindowAgg"),
                                      QStringLiteral("Unique"),
                                      QStringLiteral("SetOp"),
                                      QStringLiteral("LockRows"),
                                      QStringLiteral("Limit"),
                                      QStringLiteral("Hash")};
    return known.contains(t);
}

// How many regular (not InitPlan/SubPlan) children a node of this type can have; -1: any.
// Pasted plans are often indented inconsistently; a node that is full cannot be the parent.
int regularCapacity(const PlanNode &n) {
    static const QStringList leaves = {QStringLiteral("Seq Scan"),
                                       QStringLiteral("Index Scan"),
                                       QStringLiteral("Index Only Scan"),
                                       QStringLiteral("Bitmap Index Scan"),
                                       QStringLiteral("Tid Scan"),
                                       QStringLiteral("Tid Range Scan"),
                                       QStringLiteral("Function Scan"),
                                       QStringLiteral("Table Function Scan"),
                                       QStringLiteral("Values Scan"),
                                       QStringLiteral("CTE Scan"),
                                       QStringLiteral("Named Tuplestore Scan"),
                                       QStringLiteral("WorkTable Scan"),
                                       QStringLiteral("Sample Scan")};
    static const QStringList pairs = {QStringLiteral("Nested Loop"), QStringLiteral("Hash Join"),
                                      QStringLiteral("Merge Join"), QStringLiteral("Recursive Union")};
    static const QStringList singles = {
        QStringLiteral("Hash"),          QStringLiteral("Sort"),         QStringLiteral("Incremental Sort"),
        QStringLiteral("Limit"),         QStringLiteral("Materialize"),  QStringLiteral("Memoize"),
        QStringLiteral("Gather"),        QStringLiteral("Gather Merge"), QStringLiteral("Aggregate"),
        QStringLiteral("Group"),         QStringLiteral("WindowAgg"),    QStringLiteral("Unique"),
        QStringLiteral("LockRows"),      QStringLiteral("ProjectSet"),   QStringLiteral("Bitmap Heap Scan"),
        QStringLiteral("Subquery Scan"), QStringLiteral("Result")};
    if (leaves.contains(n.nodeType))
        return 0;
    if (pairs.contains(n.nodeType))
        return 2;
    if (singles.contains(n.nodeType))
        return 1;
    return -1;
}

// Node lines broken by a terminal or a mail client, without psql's wrap marks: "...  (actual"
// then "time=0.1..2.0 rows=3 loops=1)" on the next line, at the left margin. A node line whose
// parentheses are not closed takes the following lines until they are. Cut at the text's full
// width of 80 columns or more (a terminal), the pieces join as they are; otherwise (a mail
// client wrapping at a space) with a space between them.
QStringList joinBrokenNodeLines(const QStringList &lines) {
    qsizetype width = 0;
    for (const QString &l : lines)
        width = std::max(width, l.size());
    auto open = [](const QString &l) { return l.count(QLatin1Char('(')) > l.count(QLatin1Char(')')); };
    auto isNode = [](const QString &l) {
        return l.contains(QLatin1String("  (cost=")) || l.contains(QLatin1String(" (actual")) ||
               l.contains(QLatin1String(" (never"));
    };
    QStringList out;
    out.reserve(lines.size());
    bool joining = false;
    qsizetype lastPiece = 0;  // length of the last physical piece of out.last()
    qsizetype nodeIndent = 0; // a continuation is not indented like the node's own properties
    bool sawNode = false;     // a node line (the root) was seen
    // psql's header above the plan: "QUERY PLAN" and its rule of dashes (or box lines).
    auto isHeaderLine = [](const QString &l) {
        const QString t = l.trimmed();
        if (t.contains(QLatin1String("QUERY PLAN")))
            return true;
        for (const QChar c : t)
            if (!QStringView(u"-+=─═┼╪╬━").contains(c))
                return false;
        return true;
    };
    for (const QString &l : lines) {
        if (joining && !l.trimmed().isEmpty() && !l.trimmed().startsWith(QLatin1String("->"))) {
            // Terminals are 80 columns or wider; mail clients wrap at 72 to 78, at a space.
            const bool cut = lastPiece >= width && width >= 79;
            if (cut || indentOf(l) <= nodeIndent + 1) {
                out.last() += cut ? l : QLatin1Char(' ') + l.trimmed();
                lastPiece = l.size();
                joining =
                    open(out.last()) || (cut && l.size() >= width && !l.trimmed().endsWith(QLatin1Char(')')));
                continue;
            }
        }
        const QString t = l.trimmed();
        // Broken before "(cost=": an arrow line without figures, its rest at the margin; or the
        // root's line (no node seen yet), its rest on the next line however indented (a line that
        // starts with "(cost=" can only be the rest of a node line).
        const bool rootPending = !out.isEmpty() && !sawNode && !out.last().trimmed().isEmpty() &&
                                 !isHeaderLine(out.last()) && t.startsWith(QLatin1String("(cost="));
        if (!t.startsWith(QLatin1String("->")) && t.contains(QLatin1String("(cost=")) && !out.isEmpty() &&
            !isNode(out.last()) &&
            (rootPending ||
             (indentOf(l) <= nodeIndent + 1 && out.last().trimmed().startsWith(QLatin1String("->"))))) {
            sawNode = true;
            // PostgreSQL puts two spaces before "(cost="; the node line is read by them.
            QString &head = out.last();
            while (!head.isEmpty() && head.back().isSpace())
                head.chop(1);
            head += QLatin1String("  ") + t;
            lastPiece = l.size();
            joining = open(out.last());
            continue;
        }
        // Broken right before "(actual": the estimate's parentheses were closed already.
        if ((t.startsWith(QLatin1String("(actual ")) || t.startsWith(QLatin1String("(never executed)"))) &&
            !out.isEmpty() && indentOf(l) <= nodeIndent + 1 && isNode(out.last()) &&
            !out.last().contains(QLatin1String("(actual ")) &&
            !out.last().contains(QLatin1String("(never "))) {
            out.last() += QLatin1Char(' ') + t;
            lastPiece = l.size();
            joining = open(out.last());
            continue;
        }
        out << l;
        lastPiece = l.size();
        if (isNode(l) || l.trimmed().startsWith(QLatin1String("->")))
            sawNode = true;
        // A node line cut by a terminal may have lost even its "(cost=": a full-width line that
        // starts a node and does not end like one (with its closing parenthesis).
        joining = (isNode(l) && open(l)) ||
                  (l.size() >= width && width >= 79 && !l.trimmed().endsWith(QLatin1Char(')')) &&
                   (l.trimmed().startsWith(QLatin1String("->")) || out.size() == 1));
        nodeIndent = indentOf(l);
    }
    return out;
}

struct Open {
    int node;
    qsizetype column; // where the node's "->" (or the root's first letter) stands
};

} // namespace

ParseResult parseTextPlan(const QString &text) {
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\t'), QLatin1String("    "));
    QStringList lines = joinBrokenNodeLines(stripLogPreamble(normalized.split(QLatin1Char('\n'))));
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return ParseResult::failure(Tr::tr("The text is empty: paste EXPLAIN output (text or JSON format)."));
    const qsizetype base = indentOf(lines.first());

    ParseResult r;
    Plan &plan = r.plan;
    plan.source = Plan::Source::Text;
    QList<Open> stack;
    QList<int> regularChildren; // per node: children that are not InitPlan/SubPlan/CTE
    struct Label {
        QString name;
        qsizetype column = -1;
        int owner = -1;
    } label;
    struct Worker {
        int node = -1;
        qsizetype column = -1;
        int index = -1;
    } worker;
    QString section; // summary block: "Planning", "JIT"
    bool summary = false;

    for (qsizetype li = 0; li < lines.size(); ++li) {
        QString line = lines[li];
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype raw = indentOf(line);
        const qsizetype col = qMax<qsizetype>(0, raw - base);
        const QString body = line.mid(raw).trimmed();

        // A subtree copied out of a plan starts with "->": its first node is the root here.
        const bool arrow = body.startsWith(QLatin1String("->")) && !plan.nodes.isEmpty();
        if (plan.nodes.isEmpty() && body.startsWith(QLatin1String("->")))
            r.notes << Tr::tr("The text starts with \"->\": it is read as a part of a larger plan.");
        if (arrow && summary)
            return ParseResult::failure(
                Tr::tr("Line %1: a plan node after the statement summary.").arg(li + 1));
        // A second plan after the first one's summary (two EXPLAINs pasted together).
        if (summary && col == 0 && body.contains(QLatin1String("  (cost="))) {
            r.notes << Tr::tr("The text holds more than one plan; the first is shown.");
            break;
        }
        if (plan.nodes.isEmpty() || (arrow && !summary)) {
            PlanNode node;
            const bool anyArrow = body.startsWith(QLatin1String("->"));
            if (!textlines::parseNodeHeader(anyArrow ? QStringView(body).mid(2).trimmed() : QStringView(body),
                                            node))
                return ParseResult::failure(
                    Tr::tr("Line %1 is not a plan node: \"%2\".").arg(li + 1).arg(body.left(80)));
            if (plan.nodes.isEmpty() && !arrow && !isKnownNodeType(node.nodeType) &&
                !body.contains(QLatin1String("(cost=")) && !body.contains(QLatin1String("(actual ")) &&
                !body.contains(QLatin1String("(never executed)")))
                return ParseResult::failure(
                    Tr::tr("This does not look like EXPLAIN output: the first line (\"%1\") is "
                           "not a plan node.")
                        .arg(body.left(80)));
            while (!stack.isEmpty() && stack.last().column >= col && arrow)
                stack.removeLast();
            if (arrow && stack.isEmpty())
                return ParseResult::failure(
                    Tr::tr("Line %1: a child node (\"->\") without a parent.").arg(li + 1));
            // Follow the arrows, not exact columns: a node that already has all the children its
            // type can have (a scan, a join with two) is not the parent; the one above it is.
            if (arrow && !(label.owner == stack.last().node && label.column < col)) {
                while (stack.size() > 1) {
                    const int top = stack.last().node;
                    const int cap = regularCapacity(plan.nodes[top]);
                    if (cap < 0 || regularChildren[top] < cap)
                        break;
                    stack.removeLast();
                }
            }
            const int id = int(plan.nodes.size());
            if (arrow) {
                node.parent = stack.last().node;
                if (label.owner == node.parent && label.column < col) {
                    node.subplanName = label.name;
                    node.parentRelationship = label.name.startsWith(QLatin1String("SubPlan"))
                                                  ? QStringLiteral("SubPlan")
                                                  : QStringLiteral("InitPlan");
                } else {
                    node.parentRelationship =
                        childRelationship(plan.nodes[node.parent], regularChildren[node.parent]);
                    ++regularChildren[node.parent];
                }
                label = Label();
            }
            plan.nodes.append(std::move(node));
            regularChildren.append(0);
            stack.append({id, col});
            worker = Worker();
            continue;
        }

        // Not a node: a property of the innermost node left of this column, a subplan label,
        // a worker block, or (left of every node) a statement-level line.
        while (!stack.isEmpty() && stack.last().column >= col)
            stack.removeLast();
        if (stack.isEmpty()) {
            summary = true;
            if (col == 0) {
                section.clear();
                if (body == QLatin1String("Planning:") || body == QLatin1String("JIT:")) {
                    section = body.chopped(1);
                    if (section == QLatin1String("JIT"))
                        plan.jit.present = true;
                    continue;
                }
            }
            textlines::applySummaryLine(plan, section, body);
            continue;
        }
        PlanNode &owner = plan.nodes[stack.last().node];
        if (textlines::isSubplanLabel(body)) {
            label = {body, col, stack.last().node};
            continue;
        }
        if (worker.node == stack.last().node && col > worker.column) {
            WorkerStats &w = owner.workers[worker.index];
            if (body.startsWith(QLatin1String("Buffers: ")))
                textlines::parseBuffers(QStringView(body).mid(9), w.buffers);
            owner.properties.append(
                {QStringLiteral("Worker %1 %2").arg(w.number).arg(body.section(QLatin1String(": "), 0, 0)),
                 body.section(QLatin1String(": "), 1)});
            continue;
        }
        if (body.startsWith(QLatin1String("Worker ")) && body.contains(QLatin1String(":  "))) {
            WorkerStats w;
            w.number = body.mid(7, body.indexOf(QLatin1Char(':')) - 7).toInt();
            const QString rest = body.mid(body.indexOf(QLatin1String(":  ")) + 3).trimmed();
            if (rest.startsWith(QLatin1String("actual ")) ||
                rest.startsWith(QLatin1String("never executed"))) {
                bool timing = false, never = false;
                textlines::parseActuals(rest, &w.startupMs, &w.totalMs, &w.rows, &w.loops, &timing, &never);
                owner.properties.append({QStringLiteral("Worker %1").arg(w.number), rest});
            } else {
                owner.properties.append({QStringLiteral("Worker %1 %2")
                                             .arg(w.number)
                                             .arg(rest.section(QLatin1String(": "), 0, 0)),
                                         rest.section(QLatin1String(": "), 1)});
            }
            owner.workers << w;
            worker = {stack.last().node, col, int(owner.workers.size() - 1)};
            continue;
        }
        textlines::applyNodeProperty(owner, body);
    }
    if (plan.nodes.isEmpty())
        return ParseResult::failure(Tr::tr("No plan nodes found in the text."));
    linkTree(plan);
    return r;
}

} // namespace explain
