#pragma once

#include "sessionhistory/incidenttracker.h"
#include "sessionhistory/sessionstore.h"

#include <QObject>
#include <QPointer>

#include <memory>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
struct Error;
} // namespace pg
namespace history {
class Store;
}
namespace monitor {
class Poller;
}

namespace sessionhistory {

// Session history's collector: samples sql/history/sessions*.sql every interval (1 s by default,
// 0.5-10 s) through its connection, parses on the thread pool, writes the sample and the lock
// incidents to the history store, and aggregates/expires once a minute. The recorder runs one
// headless; the GUI runs one for the current server while no recorder writes that server.
class Sampler : public QObject {
    Q_OBJECT
public:
    static constexpr int MinIntervalMs = 500;
    static constexpr int MaxIntervalMs = 10000;

    explicit Sampler(QObject *parent = nullptr);
    ~Sampler() override;

    void setServer(pg::Connection *conn, const QString &serverKey);
    void setHistory(history::Store *store);
    void setIntervalMs(int ms); // clamped to 0.5-10 s
    void setIncidentThresholdMs(qint64 ms) { m_tracker.setThresholdMs(ms); }
    void setRetention(const Retention &r) { m_retention = r; }
    monitor::Poller *poller() const { return m_poller; }
    int samplesWritten() const { return m_written; }
    int incidentsWritten() const { return m_incidents; }
    const SessionSample &last() const { return m_last; }
    QString serverKey() const { return m_serverKey; }

    // The sample pipeline without the query (tests, the recorder's stop): writes, tracks
    // incidents, downsamples once a minute.
    void addSample(const SessionSample &sample);
    // Closes the incidents still open (written with their last end), e.g. at stop.
    void flushIncidents();
    // Aggregation and retention now (they also run once a minute while sampling).
    void maintain(qint64 nowMs);

Q_SIGNALS:
    void sampled(const sessionhistory::SessionSample &sample);
    void incidentChanged(const sessionhistory::Incident &incident);
    void failed(const pg::Error &error);
    void writeFailed(const QString &message);

private:
    QCoro::Task<void> refresh(quint64 generation);
    SessionWriter *writer();

    monitor::Poller *m_poller;
    QPointer<pg::Connection> m_conn;
    QPointer<history::Store> m_store;
    std::unique_ptr<SessionWriter> m_writer;
    QString m_serverKey;
    IncidentTracker m_tracker;
    Retention m_retention;
    SessionSample m_last;
    qint64 m_lastMaintainMs = 0;
    int m_written = 0;
    int m_incidents = 0;
};

} // namespace sessionhistory
