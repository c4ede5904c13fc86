#include "explain/compare.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace explain {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(explain)
};
QString ms(double v) {
    return QLocale().toString(v, 'f', v < 10 ? 3 : 1);
}
QString num(double v) {
    return QLocale().toString(v, 'f', 0);
}
QString times(double r) {
    return r > 0 ? QStringLiteral(" (%1x)").arg(QLocale().toString(r, 'g', 3)) : QString();
}

// The relations read under each node (bottom-up over the pre-order list).
QList<QSet<QString>> relationsUnder(const Plan &p) {
    QList<QSet<QString>> out(p.nodes.size());
    for (qsizetype i = p.nodes.size() - 1; i >= 0; --i) {
        const PlanNode &n = p.nodes[i];
        if (!n.relation.isEmpty())
            out[i].insert(n.relation);
        for (int c : n.children)
            out[i].unite(out[c]);
    }
    return out;
}

struct Builder {
    const Plan &pa, &pb;
    PlanComparison &out;
    QList<QSet<QString>> relA = relationsUnder(pa), relB = relationsUnder(pb);

    double similarity(int a, int b) const {
        const PlanNode &x = pa.nodes[a], &y = pb.nodes[b];
        double s = 0;
        if (!x.relation.isEmpty() && x.relation == y.relation)
            s += 3;
        if (x.nodeType == y.nodeType)
            s += 2;
        if (!x.index.isEmpty() && x.index == y.index)
            s += 1;
        if (!x.subplanName.isEmpty() &&
            x.subplanName.section(QLatin1Char(' '), 0, 1) == y.subplanName.section(QLatin1Char(' '), 0, 1))
            s += 2;
        if (!x.cteName.isEmpty() && x.cteName == y.cteName)
            s += 2;
        if (x.parentRelationship == y.parentRelationship)
            s += 0.5;
        const QSet<QString> &ra = relA[a], &rb = relB[b];
        if (!ra.isEmpty() || !rb.isEmpty()) {
            const double common = double(QSet<QString>(ra).intersect(rb).size());
            s += 4 * common / double(QSet<QString>(ra).unite(rb).size());
        }
        return s;
    }

    void removedSubtree(int a, int depth) {
        NodeChange c;
        c.kind = NodeChange::Kind::Removed;
        c.nodeA = a;
        c.depth = depth;
        c.details << Tr::tr("only in A: %1").arg(pa.nodes[a].operationName());
        out.nodes << c;
        ++out.removedCount;
        for (int k : pa.nodes[a].children)
            removedSubtree(k, depth + 1);
    }
    void addedSubtree(int b, int depth) {
        NodeChange c;
        c.kind = NodeChange::Kind::Added;
        c.nodeB = b;
        c.depth = depth;
        c.details << Tr::tr("only in B: %1").arg(pb.nodes[b].operationName());
        out.nodes << c;
        ++out.addedCount;
        for (int k : pb.nodes[b].children)
            addedSubtree(k, depth + 1);
    }

    // Pairs a with b, unless one of them is a new single-child wrapper (a Limit, Memoize,
    // Materialize, ...) whose child resembles the other side better: then the wrapper is
    // Added/Removed on its own and the pairing continues one level down.
    void pair(int a, int b, int depth) {
        const PlanNode &x = pa.nodes[a], &y = pb.nodes[b];
        const double direct = similarity(a, b);
        if (y.children.size() == 1 && x.nodeType != y.nodeType &&
            similarity(a, y.children[0]) > direct + 0.5) {
            single(NodeChange::Kind::Added, -1, b, depth);
            pair(a, y.children[0], depth + 1);
        } else if (x.children.size() == 1 && x.nodeType != y.nodeType &&
                   similarity(x.children[0], b) > direct + 0.5) {
            single(NodeChange::Kind::Removed, a, -1, depth);
            pair(x.children[0], b, depth + 1);
        } else {
            matched(a, b, depth);
        }
    }

    void single(NodeChange::Kind kind, int a, int b, int depth) {
        NodeChange c;
        c.kind = kind;
        c.nodeA = a;
        c.nodeB = b;
        c.depth = depth;
        if (kind == NodeChange::Kind::Added) {
            c.details << Tr::tr("only in B: %1").arg(pb.nodes[b].operationName());
            ++out.addedCount;
        } else {
            c.details << Tr::tr("only in A: %1").arg(pa.nodes[a].operationName());
            ++out.removedCount;
        }
        out.nodes << c;
    }

    void matched(int a, int b, int depth) {
        const PlanNode &x = pa.nodes[a], &y = pb.nodes[b];
        NodeChange c;
        c.nodeA = a;
        c.nodeB = b;
        c.depth = depth;
        if (x.operationName() != y.operationName()) {
            c.fields |= NodeChange::NodeType;
            c.details << Tr::tr("node type: %1 -> %2").arg(x.operationName(), y.operationName());
        }
        if (x.relation != y.relation) {
            c.fields |= NodeChange::Relation;
            c.details << Tr::tr("relation: %1 -> %2")
                             .arg(x.relation.isEmpty() ? QStringLiteral("-") : x.relation,
                                  y.relation.isEmpty() ? QStringLiteral("-") : y.relation);
        }
        if (x.index != y.index) {
            c.fields |= NodeChange::Index;
            c.details << Tr::tr("index: %1 -> %2")
                             .arg(x.index.isEmpty() ? QStringLiteral("-") : x.index,
                                  y.index.isEmpty() ? QStringLiteral("-") : y.index);
        }
        if (x.hasActuals && y.hasActuals) {
            c.rowsRatio = PlanComparison::ratio(x.totalRows, y.totalRows);
            if (x.totalRows != y.totalRows) {
                c.fields |= NodeChange::Rows;
                c.details
                    << Tr::tr("rows: %1 -> %2%3").arg(num(x.totalRows), num(y.totalRows), times(c.rowsRatio));
            }
        }
        if (x.hasTiming && y.hasTiming) {
            c.timeRatio = PlanComparison::ratio(x.exclusiveMs, y.exclusiveMs);
            const double diff = std::abs(y.exclusiveMs - x.exclusiveMs);
            const double hi = std::max(x.exclusiveMs, y.exclusiveMs),
                         lo = std::min(x.exclusiveMs, y.exclusiveMs);
            if (diff >= 0.1 && hi >= 1.25 * lo) {
                c.fields |= NodeChange::Time;
                c.details << Tr::tr("time: %1 -> %2 ms%3")
                                 .arg(ms(x.exclusiveMs), ms(y.exclusiveMs), times(c.timeRatio));
            }
        }
        c.kind = c.fields ? NodeChange::Kind::Changed : NodeChange::Kind::Same;
        if (c.fields)
            ++out.changedCount;
        out.nodes << c;
        alignChildren(x.children, y.children, depth + 1);
    }

    // Needleman-Wunsch over the two child lists: keeps the order, maximises similarity. Very
    // wide nodes (an Append over thousands of partitions) are walked in step instead.
    void alignChildren(const QList<int> &ka, const QList<int> &kb, int depth) {
        const qsizetype n = ka.size(), m = kb.size();
        if (n * m > 40000) {
            qsizetype i = 0, j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && similarity(ka[i], kb[j]) >= 1)
                    pair(ka[i++], kb[j++], depth);
                else if (i < n && (j >= m || n - i > m - j))
                    removedSubtree(ka[i++], depth);
                else
                    addedSubtree(kb[j++], depth);
            }
            return;
        }
        QList<QList<double>> best(n + 1, QList<double>(m + 1, 0.0));
        QList<QList<double>> sim(n, QList<double>(m, 0.0));
        for (qsizetype i = 0; i < n; ++i)
            for (qsizetype j = 0; j < m; ++j)
                sim[i][j] = similarity(ka[i], kb[j]);
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j) {
                double v = std::max(best[i + 1][j], best[i][j + 1]);
                if (sim[i][j] >= 1)
                    v = std::max(v, best[i + 1][j + 1] + sim[i][j]);
                best[i][j] = v;
            }
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && sim[i][j] >= 1 && best[i][j] == best[i + 1][j + 1] + sim[i][j]) {
                pair(ka[i++], kb[j++], depth);
            } else if (i < n && (j >= m || best[i][j] == best[i + 1][j])) {
                removedSubtree(ka[i++], depth);
            } else {
                addedSubtree(kb[j++], depth);
            }
        }
    }
};

} // namespace

QString PlanComparison::summary() const {
    QString s = Tr::tr("Total %1 -> %2 ms%3, buffers %4 -> %5%6")
                    .arg(ms(totalMsA), ms(totalMsB), times(timeRatio()), num(double(buffersA.total())),
                         num(double(buffersB.total())), times(blocksRatio()));
    s += Tr::tr(", %1 nodes changed, %2 added, %3 removed")
             .arg(changedCount)
             .arg(addedCount)
             .arg(removedCount);
    return s;
}

PlanComparison compare(const Plan &a, const Plan &b) {
    PlanComparison out;
    out.totalMsA = a.totalMs();
    out.totalMsB = b.totalMs();
    out.executionMsA = a.executionMs;
    out.executionMsB = b.executionMs;
    out.planningMsA = a.planningMs;
    out.planningMsB = b.planningMs;
    if (!a.isEmpty())
        out.buffersA = a.root().buffers;
    if (!b.isEmpty())
        out.buffersB = b.root().buffers;
    // The alignment recurses along the tree; absurdly deep plans (hand-made) get totals only.
    auto tooDeep = [](const Plan &p) {
        return std::any_of(p.nodes.cbegin(), p.nodes.cend(),
                           [](const PlanNode &n) { return n.depth > 1000; });
    };
    if (tooDeep(a) || tooDeep(b))
        return out;
    Builder builder{a, b, out};
    if (!a.isEmpty() && !b.isEmpty())
        builder.pair(0, 0, 0);
    else if (!a.isEmpty())
        builder.removedSubtree(0, 0);
    else if (!b.isEmpty())
        builder.addedSubtree(0, 0);
    return out;
}

} // namespace explain
