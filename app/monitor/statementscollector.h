#pragma once

#include "monitor/statementavailability.h"
#include "monitor/statementsampler.h"
#include "monitor/statementtracker.h"
#include "pg/error.h"
#include "pg/result.h"

#include <QObject>
#include <QPointer>

#include <memory>

#include <qcoro/qcorotask.h>

namespace history {
class Store;
}

namespace plans {
class PlanCollector;
struct PlanShape;
} // namespace plans

namespace monitor {

class Poller;

// One report of pg_stat_statements for `pgdba statements`: the totals since the reset, or with
// a window what ran in it (two samples sinceMs apart). Rows carry their query texts.
struct StatementsReport {
    StatementAvailability availability;
    std::optional<pg::Error> error; // set: nothing else is meaningful
    StatementSnapshot snapshot;
    bool ok() const { return !error && availability.usable(); }
};

// A live session running one statement (the details' "Live sessions" tab).
struct StatementSession {
    int pid = 0;
    QString user;
    QString application;
    QString state;
    QString wait; // "type:event", empty when not waiting
    qint64 runningMs = 0;
};
struct StatementSessions {
    std::optional<pg::Error> error;
    QList<StatementSession> sessions;
    static StatementSessions fromResult(const pg::Result &r);
};

// The Statements page's data, without a widget: samples pg_stat_statements (StatementSampler)
// on its poller, turns the samples into rates over the window (StatementTracker, on the thread
// pool), fills the window from the history store after a restart or when it grows (read on a
// worker thread), and writes the tracker's history rows (kind "statement"). `pgdba statements`
// uses the same sampler and tracker; `pgdba record` runs this collector.
class StatementsCollector : public QObject {
    Q_OBJECT
public:
    static constexpr int RefreshMs = 5000;

    explicit StatementsCollector(QObject *parent = nullptr);
    ~StatementsCollector() override;

    void setServer(pg::Connection *conn, const QString &serverKey);
    void setHistory(history::Store *store);
    // The window the rates cover; applied by the next refresh (on the tracker's thread).
    void setWindowMs(qint64 ms);
    qint64 windowMs() const { return m_windowMs; }
    // Probe the extension again on the next refresh (after it was created, or "recheck").
    void invalidate();
    Poller *poller() const { return m_poller; }
    const StatementAvailability &availability() const { return m_availability; }
    int refreshes() const { return m_refreshes; }
    int lastHistoryRows() const { return m_lastHistoryRows; }
    int historyRowsWritten() const { return m_historyRowsWritten; }

    // Plan history (app/plans): captures run on a connection of their own, given here (the page
    // opens it; nullptr stops them); active while plansActive. Each refresh also reads which
    // statements' plans changed (planChangesReady).
    void setPlanConnection(pg::Connection *conn);
    void setPlansActive(bool active);
    plans::PlanCollector *planCollector() const { return m_plans; }
    // The plan shapes of one statement, read from the history store on a worker.
    QCoro::Task<QList<plans::PlanShape>> planShapes(qint64 queryid);

    // The live sessions running one statement (sql/monitor/statements_sessions*.sql).
    QCoro::Task<StatementSessions> fetchSessions(qint64 queryid);
    // The reset / create-extension statements (sql/monitor/<name>.sql with the extension's
    // schema), on the connection the caller opened for actions.
    static QCoro::Task<std::optional<pg::Error>> runAction(pg::Connection *conn, QString name, QString schema,
                                                           QVariantList params);
    // The one-shot read the CLI uses: one sample (sinceMs 0) or two sinceMs apart, through the
    // same sampler and tracker as the page.
    static QCoro::Task<StatementsReport> report(pg::Connection *conn, qint64 sinceMs);

Q_SIGNALS:
    void availabilityChanged(const monitor::StatementAvailability &availability);
    void snapshotReady(const monitor::StatementSnapshot &snapshot);
    void failed(const pg::Error &error);
    void historyWriteFailed(const QString &message);
    void planChangesReady(const QHash<qint64, qint64> &changedMsByQueryId);

private:
    QCoro::Task<void> refresh(quint64 generation);
    QCoro::Task<void> readPlanChanges();

    Poller *m_poller;
    StatementSampler *m_sampler;
    std::shared_ptr<StatementTracker> m_tracker;
    QPointer<pg::Connection> m_conn;
    QPointer<history::Store> m_history;
    QString m_serverKey;
    StatementAvailability m_availability;
    qint64 m_windowMs = 5 * 60 * 1000;
    qint64 m_seededWindowMs = 0; // how far back the tracker was filled from history
    bool m_seeded = false;
    int m_refreshes = 0;
    int m_lastHistoryRows = 0;
    int m_historyRowsWritten = 0;
    plans::PlanCollector *m_plans;
    QPointer<pg::Connection> m_planConn;
    bool m_plansActive = false;
    bool m_readingPlans = false;
};

} // namespace monitor
