#pragma once

#include "fleet/fleetstatus.h"
#include "monitor/healththresholds.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

#include <qcoro/qcorotask.h>

namespace core {
class ProfileStore;
}
namespace history {
class Store;
}

namespace fleet {

class FleetEngine;
struct EngineShared;
struct EngineUpdate;

// Per-server sample interval statistics (time between two good samples), for the benchmark and
// the "a silent server delays nobody" test.
struct IntervalStats {
    int samples = 0;
    double meanMs = 0;
    double maxMs = 0;
};

// Watches every saved server at once (the Fleet page, `pgdba fleet`). The watching happens on a
// thread of the collector's own (fleet::FleetEngine): one read-only pg::Connection per server ("pgdba fleet",
// connect_timeout from the profile, statement_timeout and lock_timeout set, a client-side deadline per
// query), each with its own timer, so a server that never answers only ever holds up its own refresh. Every
// interval (default 5 s, 5–10 s in the settings) each server runs sql/fleet/sample.sql; every HealthEveryMs
// the health checks (monitor::HealthCollector::check) on the same connection for the critical/warning counts.
// A server that cannot be reached is retried with exponential backoff (interval, 2×, 4× … at most
// MaxBackoffMs) and keeps libpq's message. TPS of the last hour: read once from the history
// store (kind "server", what the GUI's Dashboard or `pgdba record` wrote) when one is set, then
// kept in memory from the samples. This object (on the thread that made it, the GUI thread for
// the page) keeps the statuses the engine hands over; its getters never wait on the engine.
class FleetCollector : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 5000;
    static constexpr int MinSettingS = 5; // the setting "fleet/intervalS" is clamped to 5–10 s
    static constexpr int MaxSettingS = 10;
    static constexpr int MaxBackoffMs = 60000;
    // Health checks are many queries: a fleet needs them less often than the Health page.
    static constexpr int HealthEveryMs = 5 * 60000;
    static constexpr qint64 TpsWindowMs = 60 * 60 * 1000;
    static constexpr int StatementTimeoutMs = 5000;
    static constexpr int LockTimeoutMs = 1000;
    static constexpr int QueryDeadlineMs = 15000;

    explicit FleetCollector(QObject *parent = nullptr);
    ~FleetCollector() override;

    // The interval of the settings ("fleet/intervalS", 5–10 s), in ms.
    static int settingsIntervalMs();
    // The saved servers as targets: passwords from the keyring when it is reachable (and
    // PGDBA_NO_KEYRING is not set); otherwise libpq's .pgpass / PGPASSWORD decide, as in psql.
    static QCoro::Task<QList<Target>> targets(QList<core::Profile> profiles);

    // Replaces the watched servers (those kept by id keep their connection and numbers).
    void setTargets(const QList<Target> &targets);
    void setHistory(history::Store *store);
    void setIntervalMs(int ms); // tests and the CLI go below 5 s; at least 200 ms
    int intervalMs() const { return m_intervalMs; }
    void setHealthEveryMs(int ms); // 0: no health checks
    int healthEveryMs() const { return m_healthEveryMs; }
    void setThresholds(const monitor::HealthThresholds &t);
    void setMaxBackoffMs(int ms);
    int maxBackoffMs() const { return m_maxBackoffMs; }
    // Watch (true) or stop scheduling new samples (false; connections stay open).
    void setActive(bool active);
    bool isActive() const { return m_active; }

    QList<ServerStatus> statuses() const;
    std::optional<ServerStatus> status(const QString &id) const;
    int count() const { return int(m_order.size()); }
    // The thread the servers are watched on (for the benchmark's CPU figure).
    QThread *engineThread() const { return m_thread; }
    // The alerts engine's hook: open alerts per server (shown by the page and `pgdba fleet`).
    void setOpenAlerts(const QString &id, int open, int critical);
    IntervalStats intervalStats(const QString &id) const;
    // Whether an attempt (connect or sample) of that server is under way right now.
    bool isPending(const QString &id) const;

Q_SIGNALS:
    void serverUpdated(const QString &id); // a sample, a failure, a state change
    void serversChanged();                 // the list itself changed
    // Once per good sample; for the benchmark's per-refresh cost and interval figures.
    void sampled(const QString &id);

private:
    struct Entry {
        ServerStatus status;
        IntervalStats stats;
    };
    void received(const EngineUpdate &u);
    // Runs f on the engine's thread, after everything queued before it.
    void toEngine(std::function<void(FleetEngine *)> f);
    void pushSettings();
    QCoro::Task<void> loadHistory(QList<QPair<QString, QString>> idsAndKeys);
    // Open alerts per server from the alert history (app/alerts), every interval while active.
    QCoro::Task<void> readOpenAlerts();

    std::shared_ptr<EngineShared> m_shared;
    QThread *m_thread = nullptr;
    FleetEngine *m_engine = nullptr; // lives on m_thread
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QPointer<history::Store> m_history;
    int m_intervalMs = DefaultIntervalMs;
    int m_healthEveryMs = HealthEveryMs;
    int m_maxBackoffMs = MaxBackoffMs;
    bool m_active = false;
    monitor::HealthThresholds m_thresholds;
    QTimer *m_alertTimer;
    bool m_readingAlerts = false;
};

// Pure helpers (unit-testable): the next retry delay, and a status updated from one sample row.
int backoffMs(int intervalMs, int failures, int capMs);

} // namespace fleet
