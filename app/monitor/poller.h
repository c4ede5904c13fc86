#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

#include <qcoro/qcorotask.h>

namespace monitor {

// Runs one refresh job every interval, only while active (its page is visible), never two
// at once: a tick that finds the previous refresh still running is skipped, and counts as a
// missed refresh (the data shown is now stale). Results of a refresh that finishes after
// invalidate() are dropped through the generation counter that the job receives; invalidate()
// also forgets the refresh in flight, so the next tick starts a new one at once.
class Poller : public QObject {
    Q_OBJECT
public:
    using Job = std::function<QCoro::Task<void>(quint64 generation)>;

    explicit Poller(QObject *parent = nullptr);
    void setJob(Job job) { m_job = std::move(job); }
    void setInterval(int ms);
    int interval() const { return m_timer.interval(); }
    void setActive(bool active); // visible page: poll; hidden: stop
    void setPaused(bool paused);
    bool isActive() const { return m_active; }
    bool isPaused() const { return m_paused; }
    bool inFlight() const { return m_inFlight; }
    quint64 generation() const { return m_generation; }
    bool isCurrent(quint64 gen) const { return gen == m_generation; }
    int refreshCount() const { return m_count; }
    int skippedTicks() const { return m_skipped; }
    // Ticks missed since the last refresh finished (0 while on time): > 0 means what the view
    // shows is older than one interval.
    int missedTicks() const { return m_missed; }
    bool isOverdue() const { return m_missed > 0; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; } // invalid before the first

public Q_SLOTS:
    void refreshNow();
    void invalidate(); // e.g. the server changed: drop whatever is in flight

Q_SIGNALS:
    void refreshed();
    void overdueChanged(bool overdue);

private:
    void update();
    void setMissed(int missed);
    QTimer m_timer;
    Job m_job;
    bool m_active = false;
    bool m_paused = false;
    bool m_inFlight = false;
    quint64 m_run = 0; // which refresh is in flight; a forgotten one finishes unnoticed
    quint64 m_generation = 1;
    int m_missed = 0;
    QDateTime m_lastRefreshed;
    int m_count = 0;
    int m_skipped = 0;
};

} // namespace monitor
