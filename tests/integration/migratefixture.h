#pragma once
// Shared by the migration tests (integration and GUI): a demo database made the way a DBA
// makes it: migration 001 through pgdba's runner, then rows from generate_series.

#include "sandbox.h"
#include "testutil.h"

#include "migrate/catalog.h"
#include "migrate/dbstate.h"
#include "migrate/plan.h"
#include "migrate/runner.h"

#include <QTest>

namespace migratefixture {

// Orders like the demo's: created_at grows with id (30 s apart), the oldest 90% delivered or
// cancelled, the newest 10% mostly active; two events per order.
inline QString fillSql(int orders) {
    return QStringLiteral("INSERT INTO orders (status, store_id, courier_id, pickup_address, "
                          "delivery_address, boxes_count, created_at) "
                          "SELECT s.status, 1 + g % 50, "
                          "       CASE WHEN s.status = 'new' OR (s.status = 'cancelled' AND g % 2 = 0) THEN "
                          "NULL ELSE 1 + (g * 7) % 300 END, "
                          "       'Pickup ' || g, 'Delivery ' || g, 1 + g % 4, now() - make_interval(secs => "
                          "(%1 - g) * 30) "
                          "FROM generate_series(1, %1) AS g "
                          "CROSS JOIN LATERAL (SELECT CASE WHEN g <= %1 * 0.9 THEN CASE WHEN g % 13 = 0 THEN "
                          "'cancelled' ELSE 'delivered' END "
                          "                   ELSE (ARRAY['new', 'assigned', 'accepted', 'picked_up', "
                          "'delivered'])[1 + g % 5] END AS status) AS s")
        .arg(orders);
}

inline QString eventsSql() {
    return QStringLiteral(
        "INSERT INTO order_events (order_id, type, created_at) "
        "SELECT o.id, e.type, o.created_at + e.off FROM orders o "
        "CROSS JOIN (VALUES ('created', interval '0'), ('updated', interval '5 minutes')) AS e(type, off)");
}

inline migrate::Plan planUp(pg::Connection &c, const migrate::Catalog &catalog, const QString &target) {
    const migrate::DatabaseState db = QCoro::waitFor(migrate::VersionStore::read(&c));
    return migrate::Plan::up(migrate::computeStatus(catalog, db), target);
}

inline migrate::Plan planDown(pg::Connection &c, const migrate::Catalog &catalog, const QString &target) {
    const migrate::DatabaseState db = QCoro::waitFor(migrate::VersionStore::read(&c));
    return migrate::Plan::down(migrate::computeStatus(catalog, db), target);
}

// A fresh database with 001 applied by pgdba and `orders` rows; returns its DSN.
inline QString demoDatabase(const QString &name, int orders) {
    const QString dsn = sandbox::createDatabase(name);
    auto c = testutil::connect(dsn);
    auto w = testutil::connect(dsn);
    migrate::Runner r(c.get(), w.get());
    const migrate::RunResult res =
        QCoro::waitFor(r.run(planUp(*c, migrate::Catalog::builtIn(), QStringLiteral("001"))));
    if (!res.ok)
        qWarning("001 failed: %s", qPrintable(res.error));
    testutil::exec(*c, fillSql(orders));
    testutil::exec(*c, eventsSql());
    testutil::exec(*c, QStringLiteral("VACUUM ANALYZE orders"));
    testutil::exec(*c, QStringLiteral("VACUUM ANALYZE order_events"));
    return dsn;
}

inline QStringList validIndexes(pg::Connection &c) {
    const pg::Result r = testutil::exec(
        c, QStringLiteral("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                          "WHERE i.indrelid IN ('orders'::regclass, 'order_events'::regclass) AND "
                          "i.indisvalid AND i.indisready "
                          "AND c.relname LIKE 'idx\\_%' ORDER BY 1"));
    QStringList out;
    for (int i = 0; i < r.rows(); ++i)
        out << r.text(i, 0);
    return out;
}

inline QStringList invalidIndexes(pg::Connection &c) {
    const pg::Result r =
        testutil::exec(c, QStringLiteral("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = "
                                         "i.indexrelid WHERE NOT i.indisvalid ORDER BY 1"));
    QStringList out;
    for (int i = 0; i < r.rows(); ++i)
        out << r.text(i, 0);
    return out;
}

inline QStringList recordedVersions(pg::Connection &c) {
    const pg::Result r = testutil::exec(
        c,
        QStringLiteral(
            "SELECT coalesce(string_agg(version, ',' ORDER BY version), '') FROM public.pgdba_migrations"));
    return r.text(0, 0).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

inline const QStringList &sevenIndexes() {
    static const QStringList names = {
        QStringLiteral("idx_order_events_order"), QStringLiteral("idx_order_events_recent"),
        QStringLiteral("idx_orders_active"),      QStringLiteral("idx_orders_claimable"),
        QStringLiteral("idx_orders_courier"),     QStringLiteral("idx_orders_created_brin"),
        QStringLiteral("idx_orders_list")};
    return names;
}

} // namespace migratefixture
