#include "demo/generator.h"

#include "migrate/catalog.h"
#include "migrate/dbstate.h"

#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>

#include <vector>

namespace demo {

Generator::Generator(QObject *parent)
    : QObject(parent) {}

Generator::~Generator() = default;

std::optional<pg::Error> Generator::takeError() {
    return std::exchange(m_error, std::nullopt);
}

QCoro::Task<std::optional<pg::Error>> Generator::prepareSchema(pg::Connection *c, bool reset) {
    QPointer<Generator> self(this);
    const pg::Result state = co_await c->query(pg::sqlFile(QStringLiteral("demo/schema_state")));
    if (!self)
        co_return std::nullopt;
    if (!state.ok())
        co_return state.error();
    m_now = state.text(0, "now");
    const bool hasOrders = state.boolean(0, "has_orders");
    const bool hasEvents = state.boolean(0, "has_events");
    if (hasOrders != hasEvents && !reset)
        co_return pg::Error::client(tr("Only one of the demo tables (orders, order_events) exists; "
                                       "run again with --reset to recreate both."));
    bool hasRows = false;
    if (hasOrders) {
        const pg::Result rows = co_await c->query(pg::sqlFile(QStringLiteral("demo/has_rows")));
        if (!self)
            co_return std::nullopt;
        if (!rows.ok())
            co_return rows.error();
        hasRows = rows.boolean(0, "has_rows");
    }
    if (hasRows && !reset)
        co_return pg::Error::client(tr("The table orders already holds data. Run again with --reset to drop "
                                       "and recreate the demo tables (everything in them is lost)."));
    if (hasOrders || hasEvents) {
        Q_EMIT phase(tr("Dropping the demo tables (migration 001 down)…"));
        const QList<pg::Result> down =
            co_await c->execScript(pg::sqlFile(QStringLiteral("migrations/001_initial_schema.down")));
        if (!self)
            co_return std::nullopt;
        if (!down.isEmpty() && !down.constLast().ok())
            co_return down.constLast().error();
    }
    Q_EMIT phase(tr("Creating the demo tables (migration 001 up)…"));
    const QList<pg::Result> up =
        co_await c->execScript(pg::sqlFile(QStringLiteral("migrations/001_initial_schema.up")));
    if (!self)
        co_return std::nullopt;
    if (!up.isEmpty() && !up.constLast().ok())
        co_return up.constLast().error();
    co_return co_await recordSchema(c);
}

namespace {
// A copy: the catalog is a temporary.
std::optional<migrate::Migration> builtInMigration(const QString &version) {
    const migrate::Catalog catalog = migrate::Catalog::builtIn();
    const migrate::Migration *m = catalog.find(version);
    return m ? std::optional<migrate::Migration>(*m) : std::nullopt;
}
} // namespace

QCoro::Task<std::optional<pg::Error>> Generator::recordSchema(pg::Connection *c) {
    // The demo schema is exactly migration 001: recorded as applied (by pgdba, like a run), so
    // the Migrations page and `pgdba migrate up` continue with 002 without a baseline step. A
    // reset dropped the tables and with them 002's indexes: their records go too.
    QPointer<Generator> self(this);
    const std::optional<migrate::Migration> found = builtInMigration(QStringLiteral("001"));
    if (!found)
        co_return std::nullopt;
    const migrate::Migration initial = *found;
    if (auto e = co_await migrate::VersionStore::ensureTable(c))
        co_return e;
    if (!self)
        co_return std::nullopt;
    const QStringList forgotten = {QStringLiteral("001"), QStringLiteral("002")};
    for (const QString &v : forgotten) {
        co_await migrate::VersionStore::remove(c, v);
        if (!self)
            co_return std::nullopt;
    }
    co_return co_await migrate::VersionStore::record(c, initial.version, initial.name, initial.checksum,
                                                     migrate::VersionStore::osUser(), 0);
}

QCoro::Task<std::optional<pg::Error>> Generator::worker(pg::Connection *c) {
    QPointer<Generator> self(this);
    const QString orders = pg::sqlFile(QStringLiteral("demo/generate_orders"));
    const QString events = pg::sqlFile(QStringLiteral("demo/generate_events"));
    const qint64 spanS = qint64(m_options.spanDays) * 86400;
    while (!m_error) {
        const qint64 lo = m_nextBatch * m_options.batch + 1;
        if (lo > m_options.orders)
            break;
        ++m_nextBatch;
        const qint64 hi = qMin(m_options.orders, lo + m_options.batch - 1);
        QVariantList params;
        params << lo << hi << m_options.orders << m_now << double(spanS) << m_options.stores
               << m_options.couriers;
        const pg::Result r = co_await c->query(orders, params);
        if (!self)
            co_return std::nullopt;
        if (!r.ok()) {
            m_error = r.error();
            break;
        }
        QVariantList range;
        range << lo << hi;
        const pg::Result e = co_await c->query(events, range);
        if (!self)
            co_return std::nullopt;
        if (!e.ok()) {
            m_error = e.error();
            break;
        }
        m_done += hi - lo + 1;
        Q_EMIT progress(m_done, m_options.orders,
                        double(QDateTime::currentMSecsSinceEpoch() - m_startMs) / 1000.0);
    }
    co_return std::nullopt;
}

QCoro::Task<std::optional<pg::Error>> Generator::run(pg::ConnInfo info, Options options) {
    QPointer<Generator> self(this);
    m_options = options;
    m_options.orders = qMax<qint64>(0, m_options.orders);
    m_options.batch = qMax<qint64>(1000, m_options.batch);
    m_options.stores = qMax(1, m_options.stores);
    m_options.couriers = qMax(1, m_options.couriers);
    m_options.connections = qBound(1, m_options.connections, 8);
    m_nextBatch = 0;
    m_done = 0;
    m_error.reset();
    m_startMs = QDateTime::currentMSecsSinceEpoch();

    pg::Connection::Options co;
    co.applicationName = QStringLiteral("pgdba demo init");
    Q_EMIT phase(tr("Connecting to %1…").arg(info.displayName()));
    auto *first = new pg::Connection(this);
    first->setOptions(co);
    if (auto err = co_await first->open(info))
        co_return err;
    if (!self)
        co_return std::nullopt;
    if (auto err = co_await prepareSchema(first, m_options.reset))
        co_return err;
    if (!self)
        co_return std::nullopt;
    const pg::Result begin = co_await first->query(pg::sqlFile(QStringLiteral("demo/load_begin")));
    if (!self)
        co_return std::nullopt;
    if (!begin.ok())
        co_return begin.error();

    QList<pg::Connection *> conns{first};
    for (int i = 1; i < m_options.connections; ++i) {
        auto *c = new pg::Connection(this);
        c->setOptions(co);
        const auto err = co_await c->open(info);
        if (!self)
            co_return std::nullopt;
        if (err) { // fewer connections is only slower
            c->deleteLater();
            break;
        }
        conns << c;
    }
    Q_EMIT phase(tr("Generating %L1 orders in batches of %L2 on %3 connections…")
                     .arg(m_options.orders)
                     .arg(m_options.batch)
                     .arg(conns.size()));
    std::vector<QCoro::Task<std::optional<pg::Error>>> workers;
    for (pg::Connection *c : std::as_const(conns))
        workers.push_back(worker(c));
    for (auto &w : workers) {
        co_await w;
        if (!self)
            co_return std::nullopt;
    }
    if (auto err = takeError()) {
        err->hint = tr("The demo tables are incomplete; run pgdba demo init again with --reset.");
        co_return err;
    }

    Q_EMIT phase(tr("Adding the foreign key back…"));
    const QList<pg::Result> finish =
        co_await first->execScript(pg::sqlFile(QStringLiteral("demo/load_finish")));
    if (!self)
        co_return std::nullopt;
    if (!finish.isEmpty() && !finish.constLast().ok())
        co_return finish.constLast().error();
    if (m_options.vacuum) {
        Q_EMIT phase(tr("VACUUM (ANALYZE) orders, ANALYZE order_events…"));
        const pg::Result v = co_await first->query(pg::sqlFile(QStringLiteral("demo/vacuum")));
        if (!self)
            co_return std::nullopt;
        if (!v.ok())
            co_return v.error();
    }
    const pg::Result a = co_await first->query(pg::sqlFile(QStringLiteral("demo/analyze_events")));
    if (!self)
        co_return std::nullopt;
    if (!a.ok())
        co_return a.error();
    const pg::Result counts = co_await first->query(pg::sqlFile(QStringLiteral("demo/counts")));
    if (!self)
        co_return std::nullopt;
    if (!counts.ok())
        co_return counts.error();
    m_counts = QJsonObject{{QStringLiteral("orders"), double(counts.int64(0, "orders"))},
                           {QStringLiteral("events"), double(counts.int64(0, "events"))},
                           {QStringLiteral("by_status"),
                            QJsonDocument::fromJson(counts.text(0, "by_status").toUtf8()).object()}};
    for (pg::Connection *c : std::as_const(conns))
        c->close();
    co_return std::nullopt;
}

} // namespace demo
