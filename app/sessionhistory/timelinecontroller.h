#pragma once

#include "sessionhistory/sessionstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

#include <optional>

namespace pg {
class Connection;
}
namespace history {
class Store;
}

namespace sessionhistory {

class Sampler;

// What the lists under the Timeline show for a selected window.
struct WindowData {
    qint64 fromMs = 0, toMs = 0;
    std::optional<Filter> filter;
    Level level = Level::Raw;
    qint64 samples = 0;
    QHash<int, QList<TopEntry>> tops; // by Dim
    QList<int> rawOnly;               // Dims the aggregates cannot answer under this filter
    QList<Incident> incidents;
};

// The Timeline page's back end: samples the current server into the history store (unless a
// `pgdba record` already records it there), and reads the timeline, the top lists of a window
// and a recorded moment on worker threads (latest request wins). Runs without widgets.
class TimelineController : public QObject {
    Q_OBJECT
public:
    explicit TimelineController(QObject *parent = nullptr);
    ~TimelineController() override;

    void setHistory(history::Store *store);
    void setServer(pg::Connection *conn, const QString &serverKey);
    QString serverKey() const { return m_serverKey; }
    Sampler *sampler() const { return m_sampler; }
    // GUI sampling on/off (on by default while a server is set and no recorder writes it).
    void setSamplingEnabled(bool on);
    bool isSampling() const;
    bool recorderActive() const { return m_recorderActive; }

    void requestTimeline(qint64 fromMs, qint64 toMs, int buckets, const std::optional<Filter> &filter = {});
    void requestWindow(qint64 fromMs, qint64 toMs, const std::optional<Filter> &filter = {}, int top = 10);
    // The recorded sample at or before tsMs; direction -1/+1: the one before/after tsMs.
    void requestMoment(qint64 tsMs, int direction = 0);
    bool isReading() const { return m_reads > 0; }

    // Synchronous readers for the CLI-like callers and tests (any thread; own connection).
    static TimelineData readTimeline(const QString &connection, const QString &server, qint64 fromMs,
                                     qint64 toMs, int buckets, const std::optional<Filter> &filter);
    static WindowData readWindow(const QString &connection, const QString &server, qint64 fromMs, qint64 toMs,
                                 const std::optional<Filter> &filter, int top);

Q_SIGNALS:
    void timelineReady(const sessionhistory::TimelineData &data);
    void windowReady(const sessionhistory::WindowData &data);
    void momentReady(const sessionhistory::SessionSample &sample);
    void momentMissing(qint64 tsMs);
    void samplingChanged(bool sampling);

private:
    void updateSampling();
    template <typename T, typename Done> void read(std::function<T()> job, quint64 *generation, Done done);

    Sampler *m_sampler;
    QPointer<history::Store> m_store;
    QPointer<pg::Connection> m_conn;
    QString m_serverKey;
    bool m_enabled = true;
    bool m_recorderActive = false;
    QTimer *m_recorderCheck;
    quint64 m_timelineGen = 0, m_windowGen = 0, m_momentGen = 0;
    int m_reads = 0;
};

} // namespace sessionhistory
