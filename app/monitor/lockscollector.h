#pragma once

#include "monitor/lockforest.h"
#include "monitor/locksnapshot.h"
#include "monitor/locksummaryrow.h"
#include "pg/error.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}

namespace monitor {

class Poller;

// What one locks fetch gave: the forest (and the all-locks summary when asked), or the error.
struct LocksFetch {
    std::optional<pg::Error> error;
    LockForest forest;
    LockSnapshot snapshot; // what the forest was built from (the base of the next refresh)
    LockSummary summary;
    bool hasSummary = false;
    double serverMs = 0; // round trips of the queries
    bool ok() const { return !error; }
};

// The Locks page's data, without a widget: the lock forest (sql/monitor/locks_snapshot*.sql,
// built on the thread pool) and every lock per relation and mode (locks_summary.sql) on one
// poller; the number of blocked sessions (locks_count.sql, for the tab badge) on a second,
// slower poller meant for while the page is hidden. `pgdba locks` calls fetch().
class LocksCollector : public QObject {
    Q_OBJECT
public:
    static constexpr int SummaryRowLimit = 500;
    static constexpr int RefreshMs = 2000;
    static constexpr int BadgeRefreshMs = 5000;
    // Reading pg_locks costs the server time in proportion to the locks (about 0.2 s for
    // 100,000): above this many the summary refreshes every SlowSummaryEvery-th refresh only.
    static constexpr qint64 HeavyLockCount = 20000;
    static constexpr int SlowSummaryEvery = 5;

    explicit LocksCollector(QObject *parent = nullptr);
    ~LocksCollector() override;

    void setServer(pg::Connection *conn);
    Poller *poller() const { return m_poller; }
    Poller *countPoller() const { return m_countPoller; }
    // Asked before each count query: false skips it (nobody sees the badge).
    void setCountWanted(std::function<bool()> wanted) { m_countWanted = std::move(wanted); }
    int summaryEvery() const { return m_summaryEvery; }
    double lastServerMs() const { return m_lastServerMs; }

    // One fetch through conn; the parsing and the forest run on the thread pool. With a base
    // (the previous refresh through the same connection), the server leaves out what base
    // already says while the forest keeps its shape; the forest is whole either way.
    static QCoro::Task<LocksFetch> fetch(pg::Connection *conn, bool withSummary, LockSnapshot base = {});
    // The number of sessions waiting for a lock (the badge's query); -1 on error.
    static QCoro::Task<int> fetchBlockedCount(pg::Connection *conn);

Q_SIGNALS:
    void updated(const monitor::LocksFetch &fetch);
    void blockedCount(int blocked); // from the count poller
    void failed(const pg::Error &error);

private:
    QCoro::Task<void> refresh(quint64 generation);
    QCoro::Task<void> refreshCount(quint64 generation);

    Poller *m_poller;
    Poller *m_countPoller;
    QPointer<pg::Connection> m_conn;
    std::function<bool()> m_countWanted;
    double m_lastServerMs = 0;
    int m_refreshCount = 0;
    int m_summaryEvery = 1;
    LockSnapshot m_base;          // the previous refresh: the next one sends only what moved
    int m_baseBackend = 0;        // through this monitoring backend
    quint64 m_baseGeneration = 0; // in this poller generation
};

} // namespace monitor
