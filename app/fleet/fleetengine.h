#pragma once

#include "fleet/fleetstatus.h"
#include "monitor/healththresholds.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

// The fleet's worker side (internal to fleet::FleetCollector): the per-server watchers, their
// connections, timers and coroutines all live on one thread of their own, so a refresh of twenty
// servers (connects, socket events, result parsing, health checks) costs the GUI thread nothing
// but the finished statuses.

namespace fleet {

struct IntervalStats;
class EngineWatcher;

// What the worker hands to the collector after an attempt (or a sample before its health checks).
struct EngineUpdate {
    ServerStatus status; // without tpsHistory and the open-alert counts: the collector owns those
    int intervals = 0;   // interval statistics of the good samples so far
    double intervalSumMs = 0, intervalMaxMs = 0;
    bool sampled = false; // this update is a new good sample (status.tps is its rate, if any)
};

// Shared by the collector (GUI thread) and the engine (worker): which servers have an attempt
// under way, and whether the collector still takes updates.
struct EngineShared {
    QMutex mutex;
    QSet<QString> running;
    bool closed = false;
};

struct EngineSettings {
    int intervalMs = 5000;
    int healthEveryMs = 5 * 60000;
    int maxBackoffMs = 60000;
    monitor::HealthThresholds thresholds;
};

// The watchers' updates are handed over in batches: the first update of a burst starts a
// BatchMs wait, and everything that finished meanwhile goes in one queued call. The servers of a
// refresh answer within milliseconds of each other, while their backends and this thread still
// hold both cores; the GUI thread then gets one short event after the burst, not twenty inside it.
class FleetEngine : public QObject {
public:
    static constexpr int BatchMs = 200;
    using Post = std::function<void(const QList<EngineUpdate> &)>;
    FleetEngine(std::shared_ptr<EngineShared> shared, Post post);
    ~FleetEngine() override;

    // All called on the engine's thread (the collector queues them).
    void setTargets(const QList<Target> &targets);
    void setSettings(const EngineSettings &s) { m_settings = s; }
    void setActive(bool active);

    const EngineSettings &settings() const { return m_settings; }
    bool isActive() const { return m_active; }
    void setRunning(const QString &id, bool running);
    void post(const EngineUpdate &u);

private:
    std::shared_ptr<EngineShared> m_shared;
    Post m_post;
    QList<EngineUpdate> m_outbox;
    QTimer *m_batch;
    QHash<QString, EngineWatcher *> m_watchers;
    EngineSettings m_settings;
    bool m_active = false;
};

} // namespace fleet
