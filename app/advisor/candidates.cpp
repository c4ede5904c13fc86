#include "advisor/candidates.h"

#include "explain/identifiers.h"
#include "explain/indexcandidate.h"

#include <QHash>
#include <QRegularExpression>

namespace advisor {

namespace {

using explain::PlanNode;
using explain::quoteIdent;

const QString kIdent = QStringLiteral(R"((?:[A-Za-z_][A-Za-z0-9_$]*|"(?:[^"]|"")+"))");

// "orders.created_at DESC" -> "created_at DESC" when the qualifier is this scan's alias or
// table; empty when it names another relation or is an expression.
QString orderingKey(const QString &sortKey, const PlanNode &scan) {
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:(%1)\.)?(%1)((?:\s+(?:DESC|ASC))?(?:\s+NULLS\s+(?:FIRST|LAST))?)$)")
            .arg(kIdent));
    const auto m = re.match(sortKey.trimmed());
    if (!m.hasMatch())
        return {};
    const QString qual = explain::unquoteIdent(m.captured(1));
    if (!qual.isEmpty() && qual != scan.alias && qual != scan.relation)
        return {};
    QString dir = m.captured(3).simplified();
    if (dir == QLatin1String("ASC"))
        dir.clear();
    const QString col = quoteIdent(explain::unquoteIdent(m.captured(2)));
    return dir.isEmpty() ? col : col + QLatin1Char(' ') + dir;
}

// A plain column of the scan in an Output list ("o.id", "orders.id", "id"), unquoted; empty for
// expressions and other relations.
QString outputColumn(const QString &out, const PlanNode &scan) {
    static const QRegularExpression re(QStringLiteral(R"(^(?:(%1)\.)?(%1)$)").arg(kIdent));
    const auto m = re.match(out.trimmed());
    if (!m.hasMatch())
        return {};
    const QString qual = explain::unquoteIdent(m.captured(1));
    if (!qual.isEmpty() && qual != scan.alias && qual != scan.relation)
        return {};
    return explain::unquoteIdent(m.captured(2));
}

// The ORDER BY a LIMIT needs from this scan: a Sort above it (through Gather Merge / Result),
// itself under a Limit (through Gather Merge). Empty when there is none or it sorts on anything
// that is not a plain column of this scan.
QStringList orderingAbove(const explain::Plan &plan, const PlanNode &scan) {
    int at = scan.parent;
    const auto transparent = [](const QString &t) {
        return t == QLatin1String("Gather") || t == QLatin1String("Gather Merge") ||
               t == QLatin1String("Result");
    };
    while (at >= 0 && transparent(plan.nodes[at].nodeType))
        at = plan.nodes[at].parent;
    if (at < 0 || (plan.nodes[at].nodeType != QLatin1String("Sort") &&
                   plan.nodes[at].nodeType != QLatin1String("Incremental Sort")))
        return {};
    const PlanNode &sort = plan.nodes[at];
    int up = sort.parent;
    while (up >= 0 && transparent(plan.nodes[up].nodeType))
        up = plan.nodes[up].parent;
    if (up < 0 || plan.nodes[up].nodeType != QLatin1String("Limit"))
        return {};
    QStringList keys;
    for (const QString &k : sort.sortKey) {
        const QString key = orderingKey(k, scan);
        if (key.isEmpty())
            return {};
        keys << key;
    }
    return keys;
}

QString columnOfKey(const QString &key) {
    // "\"created at\" DESC" / "created_at DESC" -> the quoted column part
    bool quoted = false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (key[i] == QLatin1Char('"'))
            quoted = !quoted;
        else if (key[i] == QLatin1Char(' ') && !quoted)
            return key.left(i);
    }
    return key;
}

void addUnique(QStringList &list, const QString &key) {
    for (const QString &k : std::as_const(list))
        if (columnOfKey(k) == columnOfKey(key))
            return;
    list << key;
}

// The conditions a better index could use for this scan.
QString conditionsOf(const PlanNode &n) {
    QStringList parts;
    if (n.nodeType == QLatin1String("Bitmap Heap Scan"))
        parts << n.recheckCond;
    else if (n.nodeType.startsWith(QLatin1String("Index")))
        parts << n.indexCond;
    parts << n.filter;
    parts.removeAll(QString());
    for (QString &p : parts)
        if (!p.startsWith(QLatin1Char('(')))
            p = QLatin1Char('(') + p + QLatin1Char(')');
    return parts.join(QStringLiteral(" AND "));
}

QString describe(const PlanNode &n) {
    QString what = n.operationName() + QLatin1Char(' ') + n.target();
    if (!n.filter.isEmpty())
        what += QStringLiteral(" Filter: ") + n.filter;
    else if (!n.recheckCond.isEmpty())
        what += QStringLiteral(" Recheck Cond: ") + n.recheckCond;
    return what.simplified();
}

bool isHeapScan(const PlanNode &n) {
    return n.nodeType == QLatin1String("Seq Scan") || n.nodeType == QLatin1String("Bitmap Heap Scan") ||
           n.nodeType == QLatin1String("Index Scan") || n.nodeType == QLatin1String("Index Only Scan");
}

// Columns of this scan compared with "=" to something in a join condition "(e.order_id = o.id)".
QStringList joinColumns(const QString &cond, const PlanNode &scan) {
    QStringList cols;
    for (const QString &raw : explain::splitConjuncts(cond)) {
        const QString part = explain::stripOuterParens(raw);
        const qsizetype eq = part.indexOf(QLatin1String(" = "));
        if (eq < 0)
            continue;
        for (const QString &side : {part.left(eq), part.mid(eq + 3)}) {
            const QString col = outputColumn(explain::stripOuterParens(side.trimmed()), scan);
            if (!col.isEmpty() && side.contains(QLatin1Char('.')))
                cols << col;
        }
    }
    return cols;
}

} // namespace

QString keyColumn(const QString &key) {
    return columnOfKey(key);
}

QString Candidate::target() const {
    return schema.isEmpty() ? quoteIdent(table) : quoteIdent(schema) + QLatin1Char('.') + quoteIdent(table);
}

QString Candidate::identity() const {
    return target() + QLatin1Char('(') + keys.join(QLatin1Char(',')) + QStringLiteral(")I(") +
           include.join(QLatin1Char(',')) + QStringLiteral(")W(") + predicate + QLatin1Char(')');
}

QString Candidate::hypotheticalDefinition() const {
    QString sql = QStringLiteral("CREATE INDEX ON %1 (%2)").arg(target(), keys.join(QStringLiteral(", ")));
    if (!include.isEmpty())
        sql += QStringLiteral(" INCLUDE (%1)").arg(include.join(QStringLiteral(", ")));
    if (!predicate.isEmpty())
        sql += QStringLiteral(" WHERE ") + predicate;
    return sql;
}

QString Candidate::createStatement(const QString &name) const {
    QString sql = QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS %1\nON %2 (%3)")
                      .arg(quoteIdent(name), target(), keys.join(QStringLiteral(", ")));
    if (!include.isEmpty())
        sql += QStringLiteral("\nINCLUDE (%1)").arg(include.join(QStringLiteral(", ")));
    if (!predicate.isEmpty())
        sql += QStringLiteral("\nWHERE ") + predicate;
    return sql;
}

QString Candidate::suggestedName() const {
    QString name = table;
    for (const QString &k : keys)
        name += QLatin1Char('_') + explain::unquoteIdent(columnOfKey(k));
    if (!include.isEmpty())
        name += QStringLiteral("_incl");
    name += predicate.isEmpty() ? QStringLiteral("_idx") : QStringLiteral("_part_idx");
    name = name.toLower();
    static const QRegularExpression notNameChar(QStringLiteral("[^a-z0-9_]"));
    name.replace(notNameChar, QStringLiteral("_"));
    while (name.toUtf8().size() > 63)
        name.remove(name.size() - 5, 1); // keep the suffix
    return name;
}

QList<Candidate> candidatesFromPlan(const explain::Plan &plan, int statement) {
    QList<Candidate> out;
    for (const PlanNode &n : plan.nodes) {
        if (n.relation.isEmpty())
            continue;
        const auto add = [&](Candidate c, const QString &reason) {
            if (!c.isValid())
                return;
            c.statements.insert(statement);
            c.reasons << reason;
            out << c;
        };
        // Join inputs scanned whole: an index on the join column lets a nested loop probe it.
        if (n.nodeType == QLatin1String("Seq Scan") && n.parent >= 0) {
            int j = n.parent;
            while (j >= 0 && (plan.nodes[j].nodeType == QLatin1String("Hash") ||
                              plan.nodes[j].nodeType == QLatin1String("Sort") ||
                              plan.nodes[j].nodeType == QLatin1String("Materialize")))
                j = plan.nodes[j].parent;
            if (j >= 0 && plan.nodes[j].isJoin()) {
                const PlanNode &join = plan.nodes[j];
                const QString cond = !join.hashCond.isEmpty() ? join.hashCond : join.mergeCond;
                for (const QString &col : joinColumns(cond, n)) {
                    Candidate c;
                    c.schema = n.schema;
                    c.table = n.relation;
                    c.keys << quoteIdent(col);
                    add(c, QStringLiteral("%1 joined on %2").arg(describe(n), cond));
                }
            }
        }
        if (!isHeapScan(n))
            continue;
        const QString conditions = conditionsOf(n);
        const QStringList ordering = orderingAbove(plan, n);
        const bool indexScan = n.nodeType.startsWith(QLatin1String("Index"));
        if (indexScan && n.filter.isEmpty() && ordering.isEmpty())
            continue; // already served by its index
        if (conditions.isEmpty() && ordering.isEmpty())
            continue;
        const explain::IndexCandidate f =
            explain::IndexCandidate::fromFilter(n.schema, n.relation, n.alias, conditions);
        const QString reason =
            describe(n) +
            (ordering.isEmpty()
                 ? QString()
                 : QStringLiteral(" under Sort %1 and Limit").arg(ordering.join(QStringLiteral(", "))));
        Candidate base;
        base.schema = n.schema;
        base.table = n.relation;
        // Equality, lists, ranges, as the filter says; a key made only of constants becomes the
        // predicate of a partial index keyed on what follows (the ordering) where there is one.
        QStringList keys;
        if (f.constantKey && !ordering.isEmpty()) {
            keys = ordering;
            base.predicate = f.constantPredicate;
        } else {
            for (const QString &col : f.columns)
                keys << quoteIdent(col);
            base.predicate = f.predicate;
        }
        Candidate plain = base;
        plain.keys = keys;
        // Equality columns then the ordering: the LIMIT reads the first rows of the index.
        Candidate ordered = base;
        if (!ordering.isEmpty() && !f.constantKey) {
            QStringList k;
            for (int i = 0; i < f.equalityColumns; ++i)
                k << quoteIdent(f.columns[i]);
            for (const QString &o : ordering)
                addUnique(k, o);
            ordered.keys = k;
            // The lists (status IN (...)) after the ordering still filter inside the index.
            for (int i = f.equalityColumns; i < f.equalityColumns + f.listColumns; ++i)
                addUnique(ordered.keys, quoteIdent(f.columns[i]));
        } else {
            ordered.keys.clear();
        }
        add(plain, reason);
        add(ordered, reason);
        // INCLUDE: every other column the scan returns, so an index-only scan can answer it.
        if (!n.output.isEmpty() && f.ignored.isEmpty()) {
            QStringList cols;
            bool plainColumns = true;
            for (const QString &o : n.output) {
                const QString col = outputColumn(o, n);
                if (col.isEmpty()) {
                    plainColumns = false;
                    break;
                }
                cols << quoteIdent(col);
            }
            for (const Candidate *c : {&plain, &ordered}) {
                if (!plainColumns || !c->isValid())
                    continue;
                Candidate covering = *c;
                for (const QString &col : std::as_const(cols)) {
                    bool inKey = false;
                    for (const QString &k : std::as_const(covering.keys))
                        inKey = inKey || columnOfKey(k) == col;
                    if (!inKey && !covering.include.contains(col))
                        covering.include << col;
                }
                if (!covering.include.isEmpty() && covering.include.size() + covering.keys.size() <= 8)
                    add(covering, reason + QStringLiteral(" (covering: index-only scan)"));
            }
        }
    }
    return mergeCandidates(out);
}

QList<Candidate> mergeCandidates(const QList<Candidate> &input) {
    // Covering variants of one key for different statements: one more with the union of their
    // INCLUDE lists, which can serve them all with index-only scans.
    QList<Candidate> all = input;
    QHash<QString, qsizetype> byKey;
    for (const Candidate &c : input) {
        if (c.include.isEmpty())
            continue;
        const QString key = c.target() + QLatin1Char('(') + c.keys.join(QLatin1Char(',')) +
                            QStringLiteral(")W(") + c.predicate + QLatin1Char(')');
        if (auto it = byKey.constFind(key); it != byKey.cend()) {
            Candidate &u = all[*it];
            for (const QString &col : c.include)
                if (!u.include.contains(col))
                    u.include << col;
            u.statements.unite(c.statements);
            if (u.include.size() + u.keys.size() > 8)
                u.include.clear(); // too wide to be worth it: the plain key, merged below
        } else {
            byKey.insert(key, all.size());
            all << c;
        }
    }
    QList<Candidate> out;
    QHash<QString, qsizetype> at;
    for (const Candidate &c : all) {
        if (!c.isValid())
            continue;
        const QString id = c.identity();
        if (auto it = at.constFind(id); it != at.cend()) {
            Candidate &m = out[*it];
            m.statements.unite(c.statements);
            for (const QString &r : c.reasons)
                if (!m.reasons.contains(r))
                    m.reasons << r;
            continue;
        }
        at.insert(id, out.size());
        out << c;
    }
    return out;
}

QSet<QString> relationsOf(const explain::Plan &plan) {
    QSet<QString> out;
    for (const PlanNode &n : plan.nodes)
        if (!n.relation.isEmpty())
            out.insert(n.relation);
    return out;
}

QSet<QString> indexesUsedBy(const explain::Plan &plan) {
    QSet<QString> out;
    for (const PlanNode &n : plan.nodes)
        if (!n.index.isEmpty())
            out.insert(n.index);
    return out;
}

} // namespace advisor
