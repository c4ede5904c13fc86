#pragma once

#include "monitor/activitysnapshot.h"
#include "pg/error.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}
namespace history {
class Store;
}

namespace monitor {

class Poller;

// What one activity fetch gave: the snapshot, or the error.
struct ActivityFetch {
    std::optional<pg::Error> error;
    ActivitySnapshot snapshot;
    bool ok() const { return !error; }
};

// The Activity page's data, without a widget: polls sql/monitor/activity*.sql through the
// monitoring connection (only while its poller is active), parses on the thread pool, and
// writes one summary per sample to the history store (kind "activity", key "": session counts
// by state, the longest running query, the server time). The page, `pgdba activity` and
// `pgdba record` use it; it runs the same under QCoreApplication.
class ActivityCollector : public QObject {
    Q_OBJECT
public:
    static constexpr const char *HistoryKind = "activity";

    explicit ActivityCollector(QObject *parent = nullptr);
    ~ActivityCollector() override;

    void setServer(pg::Connection *conn, const QString &serverKey);
    void setHistory(history::Store *store);
    // The page may poll every second; the summary is written at most this often (0: every sample).
    void setHistoryEveryMs(qint64 ms) { m_historyEveryMs = ms; }
    // Headless (pgdba record): only the summary, from sql/monitor/activity_summary.sql (one row,
    // no query texts; a fraction of the full query's server time). Emits summaryReady only.
    void setSummaryOnly(bool on) { m_summaryOnly = on; }
    Poller *poller() const { return m_poller; }
    const ActivitySnapshot &last() const { return m_last; }
    int samplesWritten() const { return m_written; }

    // One fetch through conn: the query, then the parsing on the thread pool. With a base (the
    // previous refresh through the same connection), the server sends only what changed and
    // the result is merged into base; the snapshot holds every session either way.
    static QCoro::Task<ActivityFetch> fetch(pg::Connection *conn, ActivitySnapshot base = {});
    // The next refresh sends every session (a reconnect, an error, Poller::invalidate()).
    void resetDelta() { m_base = {}; }
    // Whether the next refresh asks only for what changed (false: it sends everything).
    bool nextIsDelta() const;
    // The history row of a snapshot.
    static QJsonObject summaryJson(const ActivitySnapshot &snap);
    // The same row straight from the server (activity_summary.sql); nullopt with *error set.
    static QCoro::Task<std::optional<QJsonObject>> fetchSummary(pg::Connection *conn, pg::Error *error);

Q_SIGNALS:
    void snapshotReady(const monitor::ActivitySnapshot &snapshot);
    void summaryReady(const QJsonObject &summary);
    void failed(const pg::Error &error);

private:
    QCoro::Task<void> refresh(quint64 generation);
    void write(const QJsonObject &summary);

    Poller *m_poller;
    QPointer<pg::Connection> m_conn;
    QPointer<history::Store> m_history;
    QString m_serverKey;
    ActivitySnapshot m_last;
    ActivitySnapshot m_base;      // what the server's next delta is computed against
    int m_baseBackend = 0;        // the monitoring backend m_base came through
    quint64 m_baseGeneration = 0; // and the poller's generation then
    QMetaObject::Connection m_reconnected;
    qint64 m_historyEveryMs = 0;
    qint64 m_lastWrittenMs = 0;
    int m_written = 0;
    bool m_summaryOnly = false;
};

} // namespace monitor
