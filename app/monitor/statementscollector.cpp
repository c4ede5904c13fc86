#include "monitor/statementscollector.h"

#include "history/store.h"
#include "monitor/poller.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"
#include "plans/plancollector.h"
#include "plans/planstore.h"

#include <QtConcurrent>

#include <qcoro/qcorotimer.h>

#include <chrono>

namespace monitor {

StatementsCollector::StatementsCollector(QObject *parent)
    : QObject(parent)
    , m_poller(new Poller(this))
    , m_sampler(new StatementSampler(this))
    , m_tracker(std::make_shared<StatementTracker>(m_windowMs))
    , m_plans(new plans::PlanCollector(this)) {
    m_poller->setInterval(RefreshMs);
    m_poller->setJob([this](quint64 gen) { return refresh(gen); });
    connect(m_plans, &plans::PlanCollector::planChanged, this, [this] { readPlanChanges(); });
}

StatementsCollector::~StatementsCollector() = default;

void StatementsCollector::setServer(pg::Connection *conn, const QString &serverKey) {
    m_poller->invalidate();
    m_sampler->invalidate();
    m_conn = conn;
    m_serverKey = serverKey;
    m_tracker = std::make_shared<StatementTracker>(m_windowMs);
    m_seeded = false;
    m_seededWindowMs = 0;
    m_availability = {};
    m_plans->setActive(false);
    m_plans->setServer(nullptr, QString());
    m_planConn = nullptr;
    Q_EMIT planChangesReady({});
}

void StatementsCollector::setPlanConnection(pg::Connection *conn) {
    m_planConn = conn;
    m_plans->setStore(m_history);
    m_plans->setServer(conn, conn ? m_serverKey : QString());
    m_plans->setActive(conn && m_plansActive);
}

void StatementsCollector::setPlansActive(bool active) {
    m_plansActive = active;
    m_plans->setActive(active && m_planConn);
}

QCoro::Task<void> StatementsCollector::readPlanChanges() {
    if (m_readingPlans || !m_history || !m_history->isOpen() || m_serverKey.isEmpty())
        co_return;
    QPointer<StatementsCollector> self(this);
    m_readingPlans = true;
    const QString store = m_history->database().connectionName();
    const QString server = m_serverKey;
    auto work = QtConcurrent::run([store, server] {
        QHash<qint64, qint64> out;
        for (const auto &c : plans::PlanStore::readChanges(store, server))
            out.insert(c.queryid, c.changedMs);
        return out;
    });
    auto done = pg::awaitFuture(work);
    const QHash<qint64, qint64> changes = co_await done;
    if (!self)
        co_return;
    m_readingPlans = false;
    if (server == m_serverKey)
        Q_EMIT planChangesReady(changes);
}

QCoro::Task<QList<plans::PlanShape>> StatementsCollector::planShapes(qint64 queryid) {
    if (!m_history || !m_history->isOpen() || m_serverKey.isEmpty())
        co_return QList<plans::PlanShape>();
    const QString store = m_history->database().connectionName();
    const QString server = m_serverKey;
    auto work = QtConcurrent::run(
        [store, server, queryid] { return plans::PlanStore::readShapes(store, server, queryid); });
    auto done = pg::awaitFuture(work);
    co_return co_await done;
}

void StatementsCollector::setHistory(history::Store *store) {
    m_history = store;
}

void StatementsCollector::setWindowMs(qint64 ms) {
    m_windowMs = ms;
}

void StatementsCollector::invalidate() {
    m_sampler->invalidate();
}

QCoro::Task<void> StatementsCollector::refresh(quint64 gen) {
    QPointer<StatementsCollector> self(this);
    QPointer<pg::Connection> conn = m_conn;
    if (!conn || !conn->isReady())
        co_return;
    const QString server = m_serverKey;
    StatementFetch f = co_await m_sampler->fetch(conn);
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    if (f.error) {
        Q_EMIT failed(*f.error);
        co_return;
    }
    m_availability = f.availability;
    Q_EMIT availabilityChanged(m_availability);
    if (!f.availability.usable())
        co_return;

    // The window, and what the history store adds to it after a restart or when the window
    // grows: read and applied on the worker (the store is read through a connection of its own).
    const qint64 windowMs = m_windowMs;
    QString storeConnection;
    if ((!m_seeded || windowMs > m_seededWindowMs) && m_history && m_history->isOpen() && !server.isEmpty())
        storeConnection = m_history->database().connectionName();
    m_seeded = true;
    m_seededWindowMs = qMax(m_seededWindowMs, windowMs);
    auto tracker = m_tracker;
    auto work = QtConcurrent::run(
        [tracker, sample = f.sample, texts = f.texts, windowMs, storeConnection, server]() mutable {
            if (tracker->windowMs() != windowMs)
                tracker->setWindowMs(windowMs);
            if (!storeConnection.isEmpty()) {
                const auto stored = history::Store::readSamplesAllKeys(
                    storeConnection, server, QString::fromLatin1(StatementTracker::HistoryKind),
                    sample.tsMs - windowMs);
                if (!stored.isEmpty())
                    tracker->seed(stored);
            }
            StatementSnapshot snap = tracker->add(std::move(sample));
            for (auto &r : snap.rows)
                r.text = texts.value(r.totals.key);
            return std::make_pair(snap, tracker->takeHistoryRows());
        });
    auto done = pg::awaitFuture(work);
    auto result = co_await done;
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    const QList<history::Sample> &rows = result.second;
    m_lastHistoryRows = int(rows.size());
    if (!rows.isEmpty() && m_history && m_history->isOpen() && !server.isEmpty()) {
        if (m_history->appendBatch(server, QString::fromLatin1(StatementTracker::HistoryKind), rows))
            m_historyRowsWritten += int(rows.size());
        else
            Q_EMIT historyWriteFailed(m_history->lastError());
    }
    ++m_refreshes;
    Q_EMIT snapshotReady(result.first);
    readPlanChanges();
}

StatementSessions StatementSessions::fromResult(const pg::Result &r) {
    StatementSessions out;
    if (!r.ok()) {
        out.error = *r.error();
        return out;
    }
    for (int i = 0; i < r.rows(); ++i)
        out.sessions << StatementSession{int(r.int64(i, "pid")),
                                         r.text(i, "usename"),
                                         r.text(i, "application_name"),
                                         r.text(i, "state"),
                                         r.isNull(i, "wait_event")
                                             ? QString()
                                             : r.text(i, "wait_event_type") + QLatin1Char(':') +
                                                   r.text(i, "wait_event"),
                                         r.int64(i, "running_ms")};
    return out;
}

QCoro::Task<StatementSessions> StatementsCollector::fetchSessions(qint64 queryid) {
    QPointer<pg::Connection> conn = m_conn;
    if (!conn || !conn->isReady())
        co_return StatementSessions{pg::Error::connection(tr("not connected")), {}};
    QVariantList params;
    params << QVariant(queryid);
    const pg::Result r = co_await conn->query(
        pg::sqlFile(QStringLiteral("monitor/statements_sessions"), conn->facts().versionNum), params);
    co_return StatementSessions::fromResult(r); // a handful of rows: read here
}

QCoro::Task<std::optional<pg::Error>> StatementsCollector::runAction(pg::Connection *conn, QString name,
                                                                     QString schema, QVariantList params) {
    const QString sql = StatementSampler::sql(name, conn, schema);
    const pg::Result r = co_await conn->query(sql, params);
    if (!r.ok())
        co_return *r.error();
    co_return std::nullopt;
}

QCoro::Task<StatementsReport> StatementsCollector::report(pg::Connection *conn, qint64 sinceMs) {
    StatementsReport out;
    StatementSampler sampler;
    StatementTracker tracker(sinceMs > 0 ? sinceMs * 2 : 60000);
    QPointer<pg::Connection> c(conn);
    StatementFetch f = co_await sampler.fetch(c);
    out.availability = f.availability;
    if (f.error || !f.availability.usable()) {
        out.error = f.error;
        co_return out;
    }
    out.snapshot = tracker.add(f.sample);
    if (sinceMs > 0) {
        co_await QCoro::sleepFor(std::chrono::milliseconds(sinceMs));
        if (!c) {
            out.error = pg::Error::client(tr("the connection was closed"));
            co_return out;
        }
        f = co_await sampler.fetch(c);
        out.availability = f.availability;
        if (f.error || !f.availability.usable()) {
            out.error = f.error;
            co_return out;
        }
        out.snapshot = tracker.add(f.sample);
    }
    for (auto &r : out.snapshot.rows)
        r.text = f.texts.value(r.totals.key);
    co_return out;
}

} // namespace monitor
