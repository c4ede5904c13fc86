#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace migrate {

// A query whose plan shows whether an index is used: the ticket's hot queries on the demo
// schema (sql/migrate/hot_*.sql), or the query a plan finding came from.
struct HotQuery {
    QString key;   // "list_new", ... or "finding"
    QString title; // translated
    QString sql;
    QStringList params; // names of sample values (sample_params.sql columns), bound as $1..$n
};

// What a plan says in a line: node types, the indexes used, cost and time.
struct PlanSnapshot {
    QString key;
    QString title;
    bool available = false;
    QString note; // why there is no plan
    QString json; // EXPLAIN (FORMAT JSON) output
    double totalCost = -1;
    double executionMs = -1; // -1 without ANALYZE
    QString root;            // root node type
    QStringList scans;       // "Index Only Scan using idx_orders_list on orders", ...
    QStringList indexes;     // index names used
    bool seqScan = false;

    QString headline() const; // "Index Only Scan using idx_orders_list on orders · cost 4.57 · 0.12 ms"
};

struct PlanComparison {
    PlanSnapshot before, after;
    bool improved() const; // a Seq Scan went away, or the cost dropped by half or more
    QString verdict() const;
};

class HotQueries {
public:
    static QList<HotQuery> all();
    static HotQuery custom(const QString &title, const QString &sql);
    static PlanSnapshot summarize(const QString &key, const QString &title, const QString &json);

    // Plans now. analyze: EXPLAIN (ANALYZE, BUFFERS) inside BEGIN ... ROLLBACK; else costs only.
    static QCoro::Task<QList<PlanSnapshot>> capture(pg::Connection *c, QList<HotQuery> queries, bool analyze);
    // With HypoPG: each query's plan now and with hypothetical versions of the given
    // CREATE INDEX statements (this backend only; reset afterwards). Nothing is built.
    static QCoro::Task<QList<PlanComparison>> hypothetical(pg::Connection *c, QList<HotQuery> queries,
                                                           QStringList createIndexStatements, QString *note);
    static QList<PlanComparison> compare(const QList<PlanSnapshot> &before, const QList<PlanSnapshot> &after);
};

} // namespace migrate
