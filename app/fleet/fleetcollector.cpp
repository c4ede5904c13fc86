#include "fleet/fleetcollector.h"

#include "alerts/alertstore.h"
#include "core/passwordstore.h"
#include "core/profile.h"
#include "core/serversession.h"
#include "history/store.h"
#include "monitor/healthcollector.h"
#include "monitor/serverstatscollector.h"
#include "monitor/serverstatspoint.h"
#include "pg/awaitfuture.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace fleet {

int backoffMs(int intervalMs, int failures, int capMs) {
    if (failures <= 0)
        return intervalMs;
    const int shift = std::min(failures - 1, 20);
    const qint64 d = qint64(intervalMs) << shift;
    return int(std::min<qint64>(d, std::max(capMs, intervalMs)));
}

// One server: its connection, its timer, its numbers. Nothing here waits on another server.
class Watcher : public QObject {
public:
    Watcher(FleetCollector *owner, const Target &t)
        : QObject(owner)
        , m_owner(owner)
        , m_conn(new pg::Connection(this))
        , m_timer(new QTimer(this)) {
        pg::Connection::Options o;
        o.applicationName = QStringLiteral("pgdba fleet");
        o.readOnly = true;
        o.statementTimeoutMs = FleetCollector::StatementTimeoutMs;
        o.lockTimeoutMs = FleetCollector::LockTimeoutMs;
        o.queryDeadlineMs = FleetCollector::QueryDeadlineMs;
        o.defaultConnectTimeoutS = 5;
        o.autoReconnect = false; // the watcher retries itself, with its own backoff
        m_conn->setOptions(o);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
        setTarget(t);
    }

    void setTarget(const Target &t) {
        const bool moved = m_target.info.toConnString(true) != t.info.toConnString(true);
        m_target = t;
        status.id = t.id;
        status.name = t.name;
        status.group = t.group;
        status.historyKey = t.historyKey;
        if (moved && m_conn->state() != pg::Connection::State::Disconnected)
            m_conn->close(); // the next attempt opens the new address
    }
    void start(int delayMs) {
        if (!m_running)
            m_timer->start(delayMs);
    }
    void stop() { m_timer->stop(); }
    bool running() const { return m_running; }
    IntervalStats stats() const {
        IntervalStats s;
        s.samples = m_intervals;
        s.meanMs = m_intervals ? m_intervalSum / m_intervals : 0;
        s.maxMs = m_intervalMax;
        return s;
    }

    ServerStatus status;

private:
    void tick() {
        if (m_running || !m_owner->isActive())
            return;
        run();
    }

    QCoro::Task<void> run() {
        QPointer<Watcher> self(this);
        m_running = true;
        m_attempt.start();
        if (!m_conn->isReady()) {
            const std::optional<pg::Error> err = co_await m_conn->open(m_target.info);
            if (!self)
                co_return;
            if (err) {
                finish(err->message);
                co_return;
            }
        }
        const pg::Result r = co_await m_conn->query(pg::sqlFile(QStringLiteral("fleet/sample")));
        if (!self)
            co_return;
        if (!r.ok()) {
            finish(r.error()->message);
            co_return;
        }
        if (r.rows() != 1) {
            finish(ServerStatus::tr("the sample query returned no row"));
            co_return;
        }
        apply(r);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int every = m_owner->healthEveryMs();
        if (every > 0 && now >= m_nextHealthMs) {
            // The first check at once; the next ones 75–125 % of the period apart, so servers
            // that started together do not all check in the same refresh.
            m_nextHealthMs =
                now + qint64(double(every) * (0.75 + 0.5 * QRandomGenerator::global()->generateDouble()));
            // A finished sample is shown at once; the health counts follow.
            Q_EMIT m_owner->serverUpdated(status.id);
            const monitor::HealthReport report =
                co_await monitor::HealthCollector::check(m_conn, m_owner->m_thresholds);
            if (!self)
                co_return;
            if (report.failure.isEmpty()) {
                status.healthCritical = report.count(monitor::HealthStatus::Critical);
                status.healthWarning = report.count(monitor::HealthStatus::Warning);
            }
        }
        finish({});
    }

    void apply(const pg::Result &r) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        status.state = ServerStatus::State::Up;
        status.error.clear();
        status.failures = 0;
        status.retryAtMs = 0;
        status.version = r.text(0, "version").section(QLatin1Char(' '), 0, 0);
        status.versionNum = int(r.int64(0, "version_num"));
        status.standby = r.boolean(0, "in_recovery");
        status.active = int(r.int64(0, "active"));
        status.waiting = int(r.int64(0, "waiting"));
        const qint64 xacts = r.int64(0, "xacts");
        const qint64 hit = r.int64(0, "blks_hit");
        const qint64 read = r.int64(0, "blks_read");
        const qint64 serverMs = r.int64(0, "server_ms");
        status.tps.reset();
        if (m_prevServerMs > 0 && serverMs > m_prevServerMs && xacts >= m_prevXacts) {
            const double tps = double(xacts - m_prevXacts) * 1000.0 / double(serverMs - m_prevServerMs);
            status.tps = tps;
            status.tpsHistory.append({now, tps});
            while (!status.tpsHistory.isEmpty() &&
                   status.tpsHistory.first().tsMs < now - FleetCollector::TpsWindowMs)
                status.tpsHistory.removeFirst();
        }
        const qint64 dHit = hit - m_prevHit, dRead = read - m_prevRead;
        if (m_prevServerMs > 0 && dHit >= 0 && dRead >= 0 && dHit + dRead > 0)
            status.cacheHit = double(dHit) / double(dHit + dRead);
        else if (hit + read > 0)
            status.cacheHit = double(hit) / double(hit + read);
        else
            status.cacheHit.reset();
        if (r.isNull(0, "lag_s"))
            status.lagS.reset();
        else
            status.lagS = std::max(0.0, r.dbl(0, "lag_s"));
        m_prevXacts = xacts;
        m_prevHit = hit;
        m_prevRead = read;
        m_prevServerMs = serverMs;
        status.lastSampleMs = now;
        if (m_lastGood.isValid()) {
            const double d = double(m_lastGood.nsecsElapsed()) / 1e6;
            ++m_intervals;
            m_intervalSum += d;
            m_intervalMax = std::max(m_intervalMax, d);
        }
        m_lastGood.start();
        Q_EMIT m_owner->sampled(status.id);
    }

    // After an attempt: the next one in an interval (from this one's start), or after the
    // backoff when it failed.
    void finish(const QString &error) {
        m_running = false;
        int next = 0;
        if (error.isEmpty()) {
            next = int(std::max<qint64>(0, m_owner->intervalMs() - m_attempt.elapsed()));
        } else {
            ++status.failures;
            status.state = ServerStatus::State::Down;
            status.error = error.trimmed();
            status.active = status.waiting = -1;
            status.tps.reset();
            m_prevServerMs = 0; // the rates start again after the server is back
            m_lastGood.invalidate();
            next = backoffMs(m_owner->intervalMs(), status.failures, m_owner->maxBackoffMs());
            status.retryAtMs = QDateTime::currentMSecsSinceEpoch() + next;
        }
        Q_EMIT m_owner->serverUpdated(status.id);
        if (m_owner->isActive())
            m_timer->start(next);
    }

    FleetCollector *m_owner;
    pg::Connection *m_conn;
    Target m_target;
    QTimer *m_timer; // a child: its events belong to the collector (the benchmark counts them)
    QElapsedTimer m_attempt;
    QElapsedTimer m_lastGood;
    bool m_running = false;
    qint64 m_nextHealthMs = 0;
    qint64 m_prevXacts = 0, m_prevHit = 0, m_prevRead = 0, m_prevServerMs = 0;
    int m_intervals = 0;
    double m_intervalSum = 0, m_intervalMax = 0;
};

FleetCollector::FleetCollector(QObject *parent)
    : QObject(parent)
    , m_alertTimer(new QTimer(this)) {
    connect(m_alertTimer, &QTimer::timeout, this, [this] { readOpenAlerts(); });
}

FleetCollector::~FleetCollector() = default;

int FleetCollector::settingsIntervalMs() {
    const int s = QSettings().value(QStringLiteral("fleet/intervalS"), DefaultIntervalMs / 1000).toInt();
    return std::clamp(s, MinSettingS, MaxSettingS) * 1000;
}

QCoro::Task<QList<Target>> FleetCollector::targets(QList<core::Profile> profiles) {
    QList<Target> out;
    const bool keyring = core::PasswordStore::keyringReachable();
    core::PasswordStore passwords;
    for (const core::Profile &p : profiles) {
        Target t;
        t.id = p.id;
        t.name = p.displayName();
        t.group = p.group;
        t.info = p.connInfo();
        t.historyKey = core::ServerSession::historyKeyFor(t.info);
        if (keyring) {
            const std::optional<QString> pw = co_await passwords.read(p.id);
            if (pw && !pw->isEmpty())
                t.info.set("password", *pw);
        }
        out << t;
    }
    co_return out;
}

void FleetCollector::setHistory(history::Store *store) {
    m_history = store;
}

void FleetCollector::setIntervalMs(int ms) {
    m_intervalMs = std::max(ms, 200);
}

void FleetCollector::setTargets(const QList<Target> &targets) {
    QStringList order;
    QList<QPair<QString, QString>> fresh;
    for (const Target &t : targets) {
        order << t.id;
        if (Watcher *w = m_watchers.value(t.id)) {
            w->setTarget(t);
        } else {
            auto *nw = new Watcher(this, t);
            m_watchers.insert(t.id, nw);
            fresh.append({t.id, t.historyKey});
            if (m_active)
                nw->start(0);
        }
    }
    for (auto it = m_watchers.begin(); it != m_watchers.end();) {
        if (!order.contains(it.key())) {
            it.value()->deleteLater();
            it = m_watchers.erase(it);
        } else {
            ++it;
        }
    }
    m_order = order;
    Q_EMIT serversChanged();
    if (m_history && !fresh.isEmpty())
        loadHistory(fresh);
}

void FleetCollector::setActive(bool active) {
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        m_alertTimer->start(m_intervalMs);
        readOpenAlerts();
    } else {
        m_alertTimer->stop();
    }
    for (Watcher *w : std::as_const(m_watchers)) {
        if (active)
            w->start(0);
        else
            w->stop();
    }
}

QList<ServerStatus> FleetCollector::statuses() const {
    QList<ServerStatus> out;
    out.reserve(m_order.size());
    for (const QString &id : m_order)
        if (const Watcher *w = m_watchers.value(id))
            out << w->status;
    return out;
}

std::optional<ServerStatus> FleetCollector::status(const QString &id) const {
    if (const Watcher *w = m_watchers.value(id))
        return w->status;
    return std::nullopt;
}

void FleetCollector::setOpenAlerts(const QString &id, int open, int critical) {
    if (Watcher *w = m_watchers.value(id)) {
        w->status.openAlerts = open;
        w->status.openCriticalAlerts = critical;
        Q_EMIT serverUpdated(id);
    }
}

IntervalStats FleetCollector::intervalStats(const QString &id) const {
    const Watcher *w = m_watchers.value(id);
    return w ? w->stats() : IntervalStats{};
}

bool FleetCollector::isPending(const QString &id) const {
    const Watcher *w = m_watchers.value(id);
    return w && w->running();
}

namespace {
// The recorded transactions per second of the last hour, at most one point per 10 s.
QList<TpsPoint> readTps(const QString &connection, const QString &server, qint64 fromMs) {
    const QList<history::Sample> samples = history::Store::readSamples(
        connection, server, monitor::ServerStatsCollector::historyKind(), QString(), fromMs);
    QList<TpsPoint> out;
    constexpr qint64 BucketMs = 10000;
    qint64 bucket = -1;
    double sum = 0;
    int n = 0;
    auto flush = [&] {
        if (n > 0)
            out.append({bucket * BucketMs + BucketMs / 2, sum / n});
        sum = 0;
        n = 0;
    };
    for (const history::Sample &s : samples) {
        const monitor::ServerStatsPoint p = monitor::ServerStatsPoint::fromJson(s.tsMs, s.value);
        const qint64 b = s.tsMs / BucketMs;
        if (b != bucket) {
            flush();
            bucket = b;
        }
        sum += p.commits + p.rollbacks;
        ++n;
    }
    flush();
    return out;
}
} // namespace

QCoro::Task<void> FleetCollector::readOpenAlerts() {
    if (m_readingAlerts || !m_history || !m_history->isOpen())
        co_return;
    QPointer<FleetCollector> self(this);
    m_readingAlerts = true;
    const QString connection = m_history->database().connectionName();
    auto future = QtConcurrent::run([connection] { return alerts::AlertStore::readOpenSummary(connection); });
    auto awaiter = pg::awaitFuture(future);
    const QHash<QString, alerts::OpenSummary> open = co_await awaiter;
    if (!self)
        co_return;
    m_readingAlerts = false;
    for (auto it = m_watchers.cbegin(); it != m_watchers.cend(); ++it) {
        const alerts::OpenSummary sum = open.value(it.value()->status.historyKey);
        if (sum.open != it.value()->status.openAlerts ||
            (sum.worst == int(alerts::Severity::Critical)) != (it.value()->status.openCriticalAlerts > 0))
            setOpenAlerts(it.key(), sum.open, sum.worst == int(alerts::Severity::Critical) ? 1 : 0);
    }
}

QCoro::Task<void> FleetCollector::loadHistory(QList<QPair<QString, QString>> idsAndKeys) {
    QPointer<FleetCollector> self(this);
    const QString connection = m_history->database().connectionName();
    const qint64 from = QDateTime::currentMSecsSinceEpoch() - TpsWindowMs;
    auto future = QtConcurrent::run([connection, idsAndKeys, from] {
        QHash<QString, QList<TpsPoint>> out;
        for (const auto &[id, key] : idsAndKeys)
            out.insert(id, readTps(connection, key, from));
        return out;
    });
    auto awaiter = pg::awaitFuture(future);
    const QHash<QString, QList<TpsPoint>> read = co_await awaiter;
    if (!self)
        co_return;
    for (auto it = read.begin(); it != read.end(); ++it) {
        Watcher *w = m_watchers.value(it.key());
        if (!w || it.value().isEmpty())
            continue;
        // Recorded points before the first live one, then the live ones.
        QList<TpsPoint> merged;
        const qint64 firstLive = w->status.tpsHistory.isEmpty() ? std::numeric_limits<qint64>::max()
                                                                : w->status.tpsHistory.first().tsMs;
        for (const TpsPoint &p : it.value())
            if (p.tsMs < firstLive)
                merged << p;
        merged << w->status.tpsHistory;
        w->status.tpsHistory = merged;
        Q_EMIT serverUpdated(it.key());
    }
}

} // namespace fleet
