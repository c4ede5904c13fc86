#include "plans/plancollector.h"

#include "history/store.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QPointer>

namespace plans {

QCoro::Task<StatementCapture> captureStatement(pg::Connection *conn, qint64 queryid, CaptureOptions options) {
    StatementCapture out;
    out.queryid = queryid;
    QPointer<pg::Connection> c(conn);
    if (!c || !c->isReady()) {
        out.error = StatementCapture::tr("not connected");
        co_return out;
    }
    const pg::Result schema = co_await c->query(pg::sqlFile(QStringLiteral("plans/statements_schema")));
    if (!c)
        co_return out;
    if (!schema.ok() || schema.rows() == 0) {
        out.error = schema.ok() ? StatementCapture::tr("pg_stat_statements is not created in this database "
                                                       "(CREATE EXTENSION pg_stat_statements)")
                                : schema.error()->toString();
        co_return out;
    }
    QString sql = pg::sqlFile(QStringLiteral("monitor/statement_by_queryid"), c->facts().versionNum);
    sql.replace(QStringLiteral("{{schema}}"), c->quoteIdent(schema.text(0, 0)));
    QVariantList params;
    params << QVariant(QString::number(queryid));
    const pg::Result r = co_await c->query(sql, params);
    if (!c)
        co_return out;
    if (!r.ok()) {
        out.error = r.error()->toString();
        co_return out;
    }
    if (r.rows() == 0) {
        out.error = StatementCapture::tr("no statement with query id %1 in this database").arg(queryid);
        co_return out;
    }
    out.query = r.text(0, "query");
    out.calls = r.int64(0, "calls");
    if (!r.isNull(0, "mean_ms"))
        out.meanMs = r.text(0, "mean_ms").toDouble();
    out.capture = co_await captureGenericPlan(c, out.query, options);
    co_return out;
}

} // namespace plans

namespace plans {

PlanCollector::PlanCollector(QObject *parent)
    : QObject(parent) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_options.budgetMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
}

PlanCollector::~PlanCollector() = default;

void PlanCollector::setOptions(const Options &options) {
    m_options = options;
    m_timer.setInterval(std::max(100, options.budgetMs));
}

void PlanCollector::setServer(pg::Connection *conn, const QString &serverKey) {
    ++m_generation; // a capture in flight belongs to the old server: its result is dropped
    m_conn = conn;
    m_serverKey = serverKey;
    m_queue.clear();
    m_lastCaptured.clear();
    m_lastRefill = 0;
    m_schema.clear();
}

void PlanCollector::setStore(history::Store *store) {
    m_store = store;
    if (store && store->isOpen())
        PlanStore(store->database().connectionName()).ensureSchema();
}

void PlanCollector::pin(qint64 queryid, bool allowWrites) {
    m_pinned.insert(queryid, allowWrites);
    m_lastCaptured.remove(queryid);
    m_lastRefill = 0; // into the queue at the next tick
}

void PlanCollector::setActive(bool active) {
    if (active)
        m_timer.start();
    else
        m_timer.stop();
}

QCoro::Task<bool> PlanCollector::refill() {
    QPointer<PlanCollector> self(this);
    QPointer<pg::Connection> c = m_conn;
    const quint64 gen = m_generation;
    if (m_schema.isEmpty()) {
        const pg::Result schema = co_await c->query(pg::sqlFile(QStringLiteral("plans/statements_schema")));
        if (!self || gen != m_generation || !c)
            co_return false;
        if (!schema.ok() || schema.rows() == 0) {
            Q_EMIT failed(schema.ok()
                              ? StatementCapture::tr("pg_stat_statements is not created in this database")
                              : schema.error()->toString());
            co_return false;
        }
        m_schema = schema.text(0, 0);
    }
    QString sql = pg::sqlFile(QStringLiteral("monitor/statements_top_for_plans"), c->facts().versionNum);
    sql.replace(QStringLiteral("{{schema}}"), c->quoteIdent(m_schema));
    QVariantList params;
    params << QVariant(m_options.topN);
    const pg::Result r = co_await c->query(sql, params);
    if (!self || gen != m_generation)
        co_return false;
    m_lastRefill = QDateTime::currentMSecsSinceEpoch();
    if (!r.ok()) {
        Q_EMIT failed(r.error()->toString());
        co_return false;
    }
    const qint64 now = m_lastRefill;
    QList<Candidate> pinned, top;
    for (int i = 0; i < r.rows(); ++i) {
        Candidate cd;
        cd.queryid = r.int64(i, "queryid");
        cd.text = r.text(i, "query");
        cd.calls = r.int64(i, "calls");
        if (!r.isNull(i, "mean_ms"))
            cd.meanMs = r.text(i, "mean_ms").toDouble();
        if (auto it = m_lastCaptured.constFind(cd.queryid);
            it != m_lastCaptured.constEnd() && now - *it < m_options.recaptureMs)
            continue;
        if (m_pinned.contains(cd.queryid)) {
            cd.allowWrites = m_pinned.value(cd.queryid);
            pinned << cd;
        } else {
            top << cd;
        }
    }
    // Pinned statements outside the top N are looked up one by one at capture time.
    for (auto it = m_pinned.cbegin(); it != m_pinned.cend(); ++it) {
        bool queued = false;
        for (const auto &p : std::as_const(pinned))
            queued = queued || p.queryid == it.key();
        const auto last = m_lastCaptured.constFind(it.key());
        if (!queued && (last == m_lastCaptured.constEnd() || now - *last >= m_options.recaptureMs)) {
            Candidate cd;
            cd.queryid = it.key();
            cd.allowWrites = it.value();
            pinned << cd;
        }
    }
    m_queue = pinned + top;
    co_return true;
}

QCoro::Task<void> PlanCollector::tick() {
    if (m_busy || !m_conn || !m_conn->isReady() || m_serverKey.isEmpty())
        co_return;
    QPointer<PlanCollector> self(this);
    m_busy = true;
    const quint64 gen = m_generation;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_queue.isEmpty() && now - m_lastRefill >= m_options.refillMs) {
        co_await refill();
        if (!self)
            co_return;
        // The refill is this tick's work; the EXPLAIN waits for the next one.
        m_busy = false;
        co_return;
    }
    if (m_queue.isEmpty() || gen != m_generation) {
        m_busy = false;
        co_return;
    }
    CaptureOptions options;
    options.statementTimeoutMs = m_options.statementTimeoutMs;
    // Statements refused without asking the server (writes, utility) cost no EXPLAIN: the first
    // one that may be captured gets this tick.
    Candidate cd;
    while (!m_queue.isEmpty()) {
        cd = m_queue.takeFirst();
        options.allowWrites = cd.allowWrites;
        const QString why = cd.text.isEmpty() ? QString() : refusal(cd.text, options);
        if (why.isEmpty())
            break;
        m_lastCaptured.insert(cd.queryid, now);
        ++m_skipped;
        Q_EMIT skippedStatement(cd.queryid, why);
        cd = Candidate();
    }
    if (cd.queryid == 0) {
        m_busy = false;
        co_return;
    }
    m_explainTimes << QDateTime::currentMSecsSinceEpoch();
    if (m_explainTimes.size() > 1000)
        m_explainTimes.removeFirst();
    StatementCapture sc;
    if (cd.text.isEmpty()) { // a pinned statement outside the top N
        sc = co_await captureStatement(m_conn, cd.queryid, options);
    } else {
        sc.queryid = cd.queryid;
        sc.query = cd.text;
        sc.calls = cd.calls;
        sc.meanMs = cd.meanMs;
        sc.capture = co_await captureGenericPlan(m_conn, cd.text, options);
    }
    if (!self)
        co_return;
    m_busy = false;
    if (gen != m_generation)
        co_return;
    const qint64 ts = QDateTime::currentMSecsSinceEpoch();
    m_lastCaptured.insert(cd.queryid, ts);
    if (!sc.error.isEmpty()) {
        ++m_skipped;
        Q_EMIT skippedStatement(cd.queryid, sc.error);
        co_return;
    }
    if (!sc.capture.ok()) {
        ++m_skipped;
        Q_EMIT skippedStatement(cd.queryid, sc.capture.reason);
        co_return;
    }
    ++m_captured;
    if (m_store && m_store->isOpen()) {
        PlanStore store(m_store->database().connectionName());
        const QList<PlanShape> before = store.shapes(m_serverKey, cd.queryid);
        bool known = false;
        for (const auto &s : before)
            known = known || s.fingerprint == sc.capture.fingerprint;
        if (!store.record(m_serverKey, cd.queryid, sc.query, sc.capture, ts, sc.meanMs, sc.calls)) {
            Q_EMIT failed(store.lastError());
        } else if (!known && !before.isEmpty()) {
            for (const PlanChange &ch : store.changes(m_serverKey, ts))
                if (ch.queryid == cd.queryid)
                    Q_EMIT planChanged(ch);
        }
    }
    Q_EMIT capturedPlan(cd.queryid, sc.capture);
}

} // namespace plans
