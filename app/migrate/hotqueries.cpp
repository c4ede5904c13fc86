#include "migrate/hotqueries.h"

#include "migrate/statementinfo.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QVariant>

namespace migrate {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(migrate_HotQueries)
};
QString sqlOf(const QString &name) {
    return pg::sqlFile(QStringLiteral("migrate/") + name);
}

// The SQL text of a hot_*.sql file without its leading comment lines.
QString body(const QString &file) {
    QStringList keep;
    const QStringList lines = pg::sqlFile(QStringLiteral("migrate/") + file).split(QLatin1Char('\n'));
    for (const QString &l : lines)
        if (!l.trimmed().startsWith(QLatin1String("--")) && !l.trimmed().isEmpty())
            keep << l;
    return keep.join(QLatin1Char('\n'));
}

void walk(const QJsonObject &node, PlanSnapshot &s) {
    const QString type = node.value(QStringLiteral("Node Type")).toString();
    const QString rel = node.value(QStringLiteral("Relation Name")).toString();
    const QString idx = node.value(QStringLiteral("Index Name")).toString();
    if (type.contains(QLatin1String("Scan")) && (!rel.isEmpty() || !idx.isEmpty())) {
        QString line = (node.value(QStringLiteral("Parallel Aware")).toBool() ? QStringLiteral("Parallel ")
                                                                              : QString()) +
                       type;
        if (!idx.isEmpty())
            line += (type.startsWith(QLatin1String("Bitmap Index")) ? QStringLiteral(" on ")
                                                                    : QStringLiteral(" using ")) +
                    idx;
        if (!rel.isEmpty())
            line += QStringLiteral(" on ") + rel;
        s.scans << line;
        if (!idx.isEmpty() && !s.indexes.contains(idx))
            s.indexes << idx;
        if (type == QLatin1String("Seq Scan"))
            s.seqScan = true;
    }
    const QJsonArray children = node.value(QStringLiteral("Plans")).toArray();
    for (const auto &ch : children)
        walk(ch.toObject(), s);
}
} // namespace

QString PlanSnapshot::headline() const {
    if (!available)
        return note;
    QString s = scans.isEmpty() ? root : scans.join(QStringLiteral(" + "));
    if (totalCost >= 0)
        s += Tr::tr(" · cost %1").arg(QLocale().toString(totalCost, 'f', 2));
    if (executionMs >= 0)
        s += QStringLiteral(" · %1 ms").arg(QLocale().toString(executionMs, 'f', 3));
    return s;
}

bool PlanComparison::improved() const {
    if (!before.available || !after.available)
        return false;
    if (before.seqScan && !after.seqScan)
        return true;
    if (before.executionMs > 0 && after.executionMs >= 0)
        return after.executionMs * 2 <= before.executionMs;
    return before.totalCost > 0 && after.totalCost >= 0 && after.totalCost * 2 <= before.totalCost;
}

QString PlanComparison::verdict() const {
    if (!before.available || !after.available)
        return before.available ? after.note : before.note;
    const QLocale loc;
    QString ratio;
    if (before.executionMs > 0 && after.executionMs > 0)
        ratio = Tr::tr("%1 → %2 ms (×%3)")
                    .arg(loc.toString(before.executionMs, 'f', 3), loc.toString(after.executionMs, 'f', 3),
                         loc.toString(before.executionMs / after.executionMs, 'f', 1));
    else if (before.totalCost > 0 && after.totalCost > 0)
        ratio = Tr::tr("cost %1 → %2 (×%3)")
                    .arg(loc.toString(before.totalCost, 'f', 1), loc.toString(after.totalCost, 'f', 1),
                         loc.toString(before.totalCost / after.totalCost, 'f', 1));
    if (after.indexes == before.indexes && after.seqScan == before.seqScan)
        return Tr::tr("same access path; %1").arg(ratio);
    const QString now = after.indexes.isEmpty() ? after.root : after.indexes.join(QStringLiteral(", "));
    return Tr::tr("%1 → %2; %3")
        .arg(before.seqScan ? Tr::tr("Seq Scan") : before.indexes.join(QStringLiteral(", ")), now, ratio);
}

QList<HotQuery> HotQueries::all() {
    QList<HotQuery> q;
    auto add = [&](const char *key, const QString &title, const char *file, QStringList params = {}) {
        q << HotQuery{QString::fromLatin1(key), title, body(QString::fromLatin1(file)), params};
    };
    add("list_new", Tr::tr("List new orders"), "hot_list_new");
    add("list_status", Tr::tr("List view by status"), "hot_list_status");
    add("active", Tr::tr("Active orders, newest first"), "hot_active");
    add("get_order", Tr::tr("Get one order"), "hot_get_order", {QStringLiteral("any_order_id")});
    add("claim", Tr::tr("Claim an order (FOR UPDATE SKIP LOCKED)"), "hot_claim",
        {QStringLiteral("new_order_id")});
    add("claim_next", Tr::tr("Claim the next claimable order"), "hot_claim_next");
    add("courier_orders", Tr::tr("A courier's orders"), "hot_courier_orders", {QStringLiteral("courier_id")});
    add("orders_last_day", Tr::tr("Orders of the last day"), "hot_orders_last_day");
    add("order_events", Tr::tr("An order's events"), "hot_order_events", {QStringLiteral("event_order_id")});
    add("recent_events", Tr::tr("Events of the last hour"), "hot_recent_events");
    return q;
}

HotQuery HotQueries::custom(const QString &title, const QString &sql) {
    return HotQuery{QStringLiteral("finding"), title, sql, {}};
}

PlanSnapshot HotQueries::summarize(const QString &key, const QString &title, const QString &json) {
    PlanSnapshot s;
    s.key = key;
    s.title = title;
    s.json = json;
    const QJsonArray arr = QJsonDocument::fromJson(json.toUtf8()).array();
    const QJsonObject top = arr.at(0).toObject();
    const QJsonObject plan = top.value(QStringLiteral("Plan")).toObject();
    if (plan.isEmpty()) {
        s.note = Tr::tr("no plan");
        return s;
    }
    s.available = true;
    s.root = plan.value(QStringLiteral("Node Type")).toString();
    s.totalCost = plan.value(QStringLiteral("Total Cost")).toDouble(-1);
    s.executionMs = top.value(QStringLiteral("Execution Time")).toDouble(-1);
    walk(plan, s);
    return s;
}

QCoro::Task<QList<PlanSnapshot>> HotQueries::capture(pg::Connection *c, QList<HotQuery> queries,
                                                     bool analyze) {
    QPointer<pg::Connection> conn(c);
    QList<PlanSnapshot> out;
    QHash<QString, QVariant> samples;
    bool demo = true;
    bool needSamples = false;
    for (const auto &q : queries)
        needSamples = needSamples || !q.params.isEmpty() || q.key != QLatin1String("finding");
    if (needSamples) {
        const pg::Result t = co_await c->query(sqlOf(QStringLiteral("demo_tables")));
        if (!conn)
            co_return out;
        demo = t.ok() && t.boolean(0, "orders") && t.boolean(0, "order_events");
        if (demo) {
            const pg::Result p = co_await c->query(sqlOf(QStringLiteral("sample_params")));
            if (!conn)
                co_return out;
            for (int col = 0; p.ok() && p.rows() == 1 && col < p.columns(); ++col)
                samples.insert(p.columnName(col), p.isNull(0, col) ? QVariant() : QVariant(p.text(0, col)));
        }
    }
    for (const HotQuery &q : queries) {
        PlanSnapshot s;
        s.key = q.key;
        s.title = q.title;
        if (q.key != QLatin1String("finding") && !demo) {
            s.note =
                Tr::tr("not applicable: the demo tables orders and order_events are not in this database");
            out << s;
            continue;
        }
        QVariantList params;
        bool missing = false;
        for (const QString &p : q.params) {
            params << samples.value(p);
            missing = missing || samples.value(p).isNull();
        }
        if (missing) {
            s.note = Tr::tr("no sample row for its parameter");
            out << s;
            continue;
        }
        QString sql = sqlOf(analyze ? QStringLiteral("explain_analyze") : QStringLiteral("explain_costs"));
        sql.replace(QStringLiteral("{query}"), q.sql);
        if (analyze) {
            co_await c->query(sqlOf(QStringLiteral("begin")));
            if (!conn)
                co_return out;
            QVariantList tp;
            tp << QStringLiteral("30000");
            co_await c->query(sqlOf(QStringLiteral("local_timeout")), tp);
            if (!conn)
                co_return out;
        }
        const pg::Result r = co_await c->query(sql, params);
        if (!conn)
            co_return out;
        if (analyze) {
            co_await c->query(sqlOf(QStringLiteral("rollback")));
            if (!conn)
                co_return out;
        }
        if (!r.ok() || r.rows() < 1) {
            s.note = r.ok() ? Tr::tr("no plan") : r.error()->message;
            out << s;
            continue;
        }
        out << summarize(q.key, q.title, r.text(0, 0));
    }
    co_return out;
}

QCoro::Task<QList<PlanComparison>> HotQueries::hypothetical(pg::Connection *c, QList<HotQuery> queries,
                                                            QStringList createIndexStatements,
                                                            QString *note) {
    QPointer<pg::Connection> conn(c);
    QList<PlanComparison> out;
    const QList<PlanSnapshot> before = co_await capture(c, queries, false);
    if (!conn)
        co_return out;
    QHash<QString, QString> names; // HypoPG's "<13556>btree_orders_status" -> the statement's text
    QStringList failures;
    for (const QString &stmt : createIndexStatements) {
        QVariantList p;
        p << stmt;
        const pg::Result h = co_await c->query(sqlOf(QStringLiteral("hypo_create")), p);
        if (!conn)
            co_return out;
        if (h.ok() && h.rows() == 1)
            names.insert(h.text(0, "indexname"), stmt);
        else
            failures << (h.ok() ? Tr::tr("HypoPG returned nothing") : h.error()->message);
    }
    const QList<PlanSnapshot> with = co_await capture(c, queries, false);
    if (!conn)
        co_return out;
    co_await c->query(sqlOf(QStringLiteral("hypo_reset")));
    if (!conn)
        co_return out;
    // Show HypoPG's "<13556>btree_orders_status" under the name the statement gives the index.
    QList<PlanSnapshot> named = with;
    for (PlanSnapshot &s : named) {
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            const StatementInfo info = analyze(Statement{it.value(), {}, 1});
            const QString label =
                (info.index.name.isEmpty() ? it.key() : info.index.name) + Tr::tr(" (hypothetical)");
            for (QString &scan : s.scans)
                scan.replace(it.key(), label);
            for (QString &idx : s.indexes)
                if (idx == it.key())
                    idx = label;
        }
    }
    if (note)
        *note = failures.isEmpty()
                    ? Tr::tr("%n hypothetical index(es); nothing was built.", nullptr, int(names.size()))
                    : Tr::tr("HypoPG could not model: %1").arg(failures.join(QStringLiteral("; ")));
    out = compare(before, named);
    co_return out;
}

QList<PlanComparison> HotQueries::compare(const QList<PlanSnapshot> &before,
                                          const QList<PlanSnapshot> &after) {
    QList<PlanComparison> out;
    for (const PlanSnapshot &b : before) {
        PlanComparison c;
        c.before = b;
        for (const PlanSnapshot &a : after)
            if (a.key == b.key)
                c.after = a;
        out << c;
    }
    return out;
}

} // namespace migrate
