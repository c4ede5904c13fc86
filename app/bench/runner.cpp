#include "bench/runner.h"

#include "bench/claimcheck.h"
#include "bench/connectionpool.h"
#include "bench/courier.h"
#include "bench/pauser.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace bench {

namespace {
struct Summaries {
    QList<LatencySummary> queries;
    LatencySummary poolWait;
};

// Heavy part of the result (sorting every sample): runs on the thread pool.
Summaries summarize(const QHash<QString, SampleRecorder::Series> &series,
                    const SampleRecorder::Series &poolWait, double elapsedS) {
    static const QStringList order = {QStringLiteral("list_new"),     QStringLiteral("list_status"),
                                      QStringLiteral("get_order"),    QStringLiteral("claim"),
                                      QStringLiteral("claim_unsafe"), QStringLiteral("claim_miss"),
                                      QStringLiteral("create_order"), QStringLiteral("courier_orders")};
    QStringList names = series.keys();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a), ib = order.indexOf(b);
        return ia != ib ? (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib) : a < b;
    });
    Summaries s;
    for (const QString &n : names) {
        const auto &one = series.value(n);
        s.queries << LatencySummary::compute(n, one.samples, one.errors, elapsedS);
    }
    s.poolWait =
        LatencySummary::compute(QStringLiteral("pool_wait"), poolWait.samples, poolWait.errors, elapsedS);
    return s;
}
} // namespace

Runner::Runner(pg::ConnInfo info, RunConfig config, QObject *parent)
    : QObject(parent)
    , m_info(std::move(info)) {
    qRegisterMetaType<bench::LivePoint>();
    config.couriers = qMax(1, config.couriers);
    config.durationS = qMax(1, config.durationS);
    config.poolMin = qMax(0, config.poolMin);
    config.poolMax = qMax(qMax(1, config.poolMin), config.poolMax);
    m_ctx.config = config;
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &Runner::tick);
}

Runner::~Runner() = default;

void Runner::stop() {
    m_ctx.stopRequested = true;
    if (m_ctx.pauser)
        m_ctx.pauser->stop();
}

void Runner::tick() {
    const qint64 now = m_ctx.clock.elapsed();
    const auto [count, p95] = m_ctx.recorder.takeInterval();
    const double dt = double(now - m_lastTickMs) / 1000.0;
    if (dt < 0.2 && !m_timeline.isEmpty())
        return; // a sliver at the very end: no meaningful rate
    m_lastTickMs = now;
    LivePoint p;
    p.tS = double(now) / 1000.0;
    p.opsPerS = dt > 0 ? double(count) / dt : 0;
    p.p95Ms = p95;
    p.totalOps = m_ctx.recorder.totalOps();
    p.claimed = m_ctx.claims.claimed;
    p.poolInUse = m_ctx.pool ? m_ctx.pool->inUse() : 0;
    p.poolWaiting = m_ctx.pool ? m_ctx.pool->waiting() : 0;
    m_timeline.append(p);
    Q_EMIT progress(p);
}

QCoro::Task<RunResult> Runner::run() {
    QPointer<Runner> self(this);
    m_running = true;
    RunResult result = co_await execute();
    if (!self)
        co_return result;
    m_running = false;
    co_return result;
}

QCoro::Task<RunResult> Runner::execute() {
    QPointer<Runner> self(this);
    RunResult result;
    result.config = m_ctx.config;
    result.startedAt = QDateTime::currentDateTimeUtc();
    result.id = RunResult::makeId(result.startedAt, m_ctx.config);
    m_ctx.runId = result.id;
    Q_EMIT phase(tr("Connecting…"));

    m_control = new pg::Connection(this);
    pg::Connection::Options co;
    co.applicationName = QStringLiteral("pgdba bench check");
    m_control->setOptions(co);
    const std::optional<pg::Error> openError = co_await m_control->open(m_info);
    if (!self)
        co_return result;
    if (openError) {
        result.error = openError->message;
        co_return result;
    }
    result.serverVersion = m_control->facts().shortVersion();
    result.database = m_control->facts().database;
    const pg::Result pre = co_await m_control->query(pg::sqlFile(QStringLiteral("bench/preflight")));
    if (!self)
        co_return result;
    if (!pre.ok() || pre.rows() != 1) {
        result.error = pre.ok() ? tr("The preflight query returned nothing.") : pre.error()->toString();
        co_return result;
    }
    if (!pre.boolean(0, "has_schema")) {
        result.error = tr("The database \"%1\" has no demo tables (orders, order_events). Create them with: "
                          "pgdba demo init --dsn … --orders 1000000")
                           .arg(result.database);
        co_return result;
    }
    const qint64 deadlocksBefore = pre.int64(0, "deadlocks");
    result.ordersEstimate = pre.int64(0, "orders_estimate");
    result.indexes = pre.textArray(0, "indexes");
    const pg::Result range = co_await m_control->query(pg::sqlFile(QStringLiteral("bench/id_range")));
    if (!self)
        co_return result;
    if (!range.ok()) {
        result.error = range.error()->toString();
        co_return result;
    }
    m_ctx.minOrderId = range.int64(0, "min_id");
    m_ctx.maxOrderId = range.int64(0, "max_id");

    // The ticket's pool: jit off, as its asyncpg server_settings say.
    pg::ConnInfo poolInfo = m_info;
    poolInfo.set("options", QString(poolInfo.get("options") + QStringLiteral(" -c jit=off")).trimmed());
    ConnectionPool::Options po;
    po.minSize = m_ctx.config.poolMin;
    po.maxSize = m_ctx.config.poolMax;
    po.connection.applicationName = QStringLiteral("pgdba bench");
    auto *pool = new ConnectionPool(poolInfo, po, this);
    m_ctx.pool = pool;
    m_ctx.pauser = new Pauser(this);
    const std::optional<pg::Error> poolError = co_await pool->start();
    if (!self)
        co_return result;
    if (poolError) {
        result.error = tr("The connection pool could not open: %1").arg(poolError->message);
        co_return result;
    }
    m_ctx.sql = Statements::load();

    Q_EMIT phase(tr("Running…"));
    const quint32 seed = m_ctx.config.seed ? m_ctx.config.seed : QRandomGenerator::global()->generate();
    m_ctx.deadlineMs = qint64(m_ctx.config.durationS) * 1000;
    m_ctx.clock.start();
    m_ticker.start();
    for (int i = 0; i < m_ctx.config.couriers; ++i)
        m_couriers.push_back(std::make_unique<Courier>(&m_ctx, i + 1, seed + quint32(i) * 7919u));
    std::vector<QCoro::Task<void>> tasks;
    tasks.reserve(m_couriers.size());
    for (auto &c : m_couriers)
        tasks.push_back(c->run()); // each starts at once and runs until its first await
    for (auto &t : tasks) {
        co_await t;
        if (!self)
            co_return result;
    }
    m_ticker.stop();
    tick();
    result.elapsedS = double(m_ctx.clock.elapsed()) / 1000.0;
    result.timeline = m_timeline;
    if (scenarioClaims(m_ctx.config.scenario) && m_ctx.couriersOutOfOrders == m_ctx.config.couriers)
        result.note = tr("Every new order was claimed after %1 s.").arg(result.elapsedS, 0, 'f', 1);
    else if (m_ctx.stopRequested)
        result.note = tr("Stopped after %1 s.").arg(result.elapsedS, 0, 'f', 1);

    Q_EMIT phase(tr("Checking…"));
    // Let every pooled backend report its counters (deadlocks) before the check reads them.
    const QString flush = pg::sqlFile(QStringLiteral("bench/flush_stats"));
    const QList<pg::Connection *> idle = pool->idleConnections();
    for (pg::Connection *c : idle) {
        co_await c->query(flush);
        if (!self)
            co_return result;
    }
    result.poolOpened = pool->opened();
    result.poolPeakInUse = pool->peakInUse();
    pool->close();

    const auto series = m_ctx.recorder.takeSeries();
    const auto poolWait = m_ctx.recorder.takePoolWait();
    const double elapsed = result.elapsedS;
    auto future =
        QtConcurrent::run([series, poolWait, elapsed] { return summarize(series, poolWait, elapsed); });
    auto awaiter = pg::awaitFuture(future);
    const Summaries summaries = co_await awaiter;
    if (!self)
        co_return result;
    result.queries = summaries.queries;
    result.poolWait = summaries.poolWait;
    result.claims = m_ctx.claims;
    result.errors = m_ctx.recorder.errorMessages();
    if (scenarioClaims(m_ctx.config.scenario)) {
        result.check = co_await ClaimCheck::run(m_control, m_ctx.runId, m_ctx.reported, deadlocksBefore,
                                                m_ctx.claims.deadlocks);
        if (!self)
            co_return result;
    }
    m_control->close();
    Q_EMIT phase(tr("Done."));
    co_return result;
}

} // namespace bench
