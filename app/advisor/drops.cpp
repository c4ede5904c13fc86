// The drop rules of the workload advisor (advisor.h: findDrops), pure.
#include "advisor/advisor.h"

#include "explain/identifiers.h"

namespace advisor {

QString DropProposal::dropStatement() const {
    const QString target = schema.isEmpty()
                               ? explain::quoteIdent(index)
                               : explain::quoteIdent(schema) + QLatin1Char('.') + explain::quoteIdent(index);
    return QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1").arg(target);
}

QList<DropProposal> findDrops(const QList<ExistingIndex> &indexes, const QString &statsSince,
                              const QHash<QString, QList<Effect>> &usedBy) {
    QList<DropProposal> out;
    QSet<QString> proposed;
    const auto propose = [&](const ExistingIndex &i, const QString &kind, const QString &reason) {
        if (i.enforces || proposed.contains(i.schema + QLatin1Char('.') + i.name))
            return;
        proposed.insert(i.schema + QLatin1Char('.') + i.name);
        DropProposal d;
        d.schema = i.schema;
        d.table = i.table;
        d.index = i.name;
        d.definition = i.definition;
        d.kind = kind;
        d.reason = reason;
        d.sizeBytes = i.bytes;
        d.scans = i.scans;
        d.statements = usedBy.value(i.name);
        out << d;
    };
    const auto sameShape = [](const ExistingIndex &a, const ExistingIndex &b) {
        return a.schema == b.schema && a.table == b.table && a.method == b.method && a.exprs == b.exprs &&
               a.pred == b.pred;
    };
    for (qsizetype x = 0; x < indexes.size(); ++x) {
        const ExistingIndex &a = indexes[x];
        for (qsizetype y = 0; y < indexes.size(); ++y) {
            if (x == y)
                continue;
            const ExistingIndex &b = indexes[y];
            if (!sameShape(a, b) || !a.exprs.isEmpty())
                continue;
            const QStringList ac = a.classes.split(QLatin1Char(' ')), bc = b.classes.split(QLatin1Char(' '));
            const QStringList ao = a.options.split(QLatin1Char(' ')), bo = b.options.split(QLatin1Char(' '));
            if (a.keys == b.keys && ac.mid(0, a.keys.size()) == bc.mid(0, b.keys.size()) &&
                ao.mid(0, a.keys.size()) == bo.mid(0, b.keys.size())) {
                // Keep the one that enforces something, else the more used one, else the first name.
                const bool dropA = !a.enforces && (b.enforces || a.scans < b.scans ||
                                                   (a.scans == b.scans && a.name > b.name));
                if (dropA)
                    propose(a, QStringLiteral("duplicate"),
                            Advice::tr("Duplicate of %1: the same columns, operator classes and predicate.")
                                .arg(b.name));
                continue;
            }
            if (a.method == QLatin1String("btree") && a.keys.size() < b.keys.size() &&
                b.keys.mid(0, a.keys.size()) == a.keys &&
                ac.mid(0, a.keys.size()) == bc.mid(0, a.keys.size()) &&
                ao.mid(0, a.keys.size()) == bo.mid(0, a.keys.size())) {
                propose(
                    a, QStringLiteral("prefix"),
                    Advice::tr("Its columns are the leading columns of %1, which serves the same lookups.")
                        .arg(b.name));
            }
        }
    }
    for (const ExistingIndex &i : indexes) {
        if (i.scans == 0 && !usedBy.contains(i.name))
            propose(i, QStringLiteral("unused"),
                    Advice::tr("Never scanned since %1, and no statement of the workload plans to use it.")
                        .arg(statsSince));
    }
    return out;
}

} // namespace advisor
