#include "monitor/lockscollector.h"

#include "monitor/poller.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QtConcurrent>

namespace monitor {

namespace {
struct Parsed {
    LockSnapshot snapshot;
    LockForest forest;
    LockSummary summary;
};
} // namespace

LocksCollector::LocksCollector(QObject *parent)
    : QObject(parent)
    , m_poller(new Poller(this))
    , m_countPoller(new Poller(this)) {
    m_poller->setInterval(RefreshMs);
    m_poller->setJob([this](quint64 gen) { return refresh(gen); });
    m_countPoller->setInterval(BadgeRefreshMs);
    m_countPoller->setJob([this](quint64 gen) { return refreshCount(gen); });
}

LocksCollector::~LocksCollector() = default;

void LocksCollector::setServer(pg::Connection *conn) {
    m_poller->invalidate();
    m_countPoller->invalidate();
    m_conn = conn;
    m_refreshCount = 0;
    m_summaryEvery = 1;
    m_base = {};
}

QCoro::Task<LocksFetch> LocksCollector::fetch(pg::Connection *conn, bool withSummary, LockSnapshot base) {
    LocksFetch out;
    if (!conn || !conn->isReady()) {
        out.error = pg::Error::connection(tr("not connected"));
        co_return out;
    }
    QElapsedTimer clock;
    clock.start();
    const QString sql = pg::sqlFile(QStringLiteral("monitor/locks_snapshot"), conn->facts().versionNum);
    QVariantList treeParams;
    treeParams << LockSnapshot::deltaParam(base);
    const pg::Result tree = co_await conn->query(sql, treeParams);
    pg::Result all;
    if (tree.ok() && withSummary) {
        QVariantList params;
        params << SummaryRowLimit;
        all = co_await conn->query(pg::sqlFile(QStringLiteral("monitor/locks_summary")), params);
    }
    out.serverMs = double(clock.nsecsElapsed()) / 1e6;
    if (!tree.ok() || !all.ok()) {
        out.error = tree.ok() ? *all.error() : *tree.error();
        co_return out;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Parsing and the forest are plain CPU work: off the calling thread.
    QFuture<Parsed> parsing = QtConcurrent::run([base = std::move(base), tree, all, now, withSummary] {
        Parsed p;
        p.snapshot = LockSnapshot::merge(base, tree, now);
        p.forest = LockForest::build(p.snapshot);
        if (withSummary)
            p.summary = LockSummary::fromResult(all);
        return p;
    });
    auto parsed = pg::awaitFuture(parsing);
    Parsed p = co_await parsed;
    out.forest = std::move(p.forest);
    out.snapshot = std::move(p.snapshot);
    out.summary = std::move(p.summary);
    out.hasSummary = withSummary;
    co_return out;
}

QCoro::Task<int> LocksCollector::fetchBlockedCount(pg::Connection *conn) {
    if (!conn || !conn->isReady())
        co_return -1;
    const pg::Result r = co_await conn->query(pg::sqlFile(QStringLiteral("monitor/locks_count")));
    co_return r.ok() ? int(r.int64(0, "blocked")) : -1;
}

QCoro::Task<void> LocksCollector::refresh(quint64 gen) {
    QPointer<LocksCollector> self(this);
    QPointer<pg::Connection> conn = m_conn;
    if (!conn || !conn->isReady())
        co_return;
    const bool withSummary = m_refreshCount++ % m_summaryEvery == 0;
    // Only what moved, when the previous refresh came through this backend in this generation.
    const int backend = conn->facts().backendPid;
    LockSnapshot base = backend == m_baseBackend && gen == m_baseGeneration ? m_base : LockSnapshot{};
    const LocksFetch f = co_await fetch(conn, withSummary, std::move(base));
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    m_lastServerMs = f.serverMs;
    if (f.error) {
        m_base = {};
        Q_EMIT failed(*f.error);
        co_return;
    }
    m_base = f.snapshot;
    m_baseBackend = backend;
    m_baseGeneration = gen;
    if (f.hasSummary)
        m_summaryEvery = f.summary.locksTotal > HeavyLockCount ? SlowSummaryEvery : 1;
    Q_EMIT updated(f);
}

QCoro::Task<void> LocksCollector::refreshCount(quint64 gen) {
    QPointer<LocksCollector> self(this);
    QPointer<pg::Connection> conn = m_conn;
    if (!conn || !conn->isReady() || (m_countWanted && !m_countWanted()))
        co_return; // nobody sees the badge: save the server the query
    const int blocked = co_await fetchBlockedCount(conn);
    if (!self || !m_countPoller->isCurrent(gen) || blocked < 0)
        co_return;
    Q_EMIT blockedCount(blocked);
}

} // namespace monitor
