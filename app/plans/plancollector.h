#pragma once

#include "plans/plancapture.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <qcoro/qcorotask.h>

#include "plans/planstore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace pg {
class Connection;
}
namespace history {
class Store;
}

namespace plans {

// A statement of pg_stat_statements (current database) and its captured generic plan.
struct StatementCapture {
    Q_DECLARE_TR_FUNCTIONS(plans::StatementCapture)
public:
    qint64 queryid = 0;
    QString query;
    qint64 calls = -1;
    std::optional<double> meanMs;
    Capture capture;
    QString error; // the statement could not be looked up (no extension, no such query id)
};

// Looks the statement up by query id in the current database and captures its generic plan
// (plancapture.h) on conn, which must be a connection of its own.
QCoro::Task<StatementCapture> captureStatement(pg::Connection *conn, qint64 queryid,
                                               CaptureOptions options = {});

// Captures plans of the statements that matter, spread over time so they never load the server:
// at most one EXPLAIN per budget (default 1 s). Every refill (default a minute) it reads the top
// N statements of its database by total time from pg_stat_statements; pinned statements come
// first; a statement is captured again after recaptureMs (default 10 min). Each capture goes to
// the history store (PlanStore); a new shape of a statement that had another emits planChanged.
// Runs in the recorder and the GUI alike, on a connection of its own (the capture transaction
// must not share it).
class PlanCollector : public QObject {
    Q_OBJECT
public:
    struct Options {
        int topN = 20;
        int budgetMs = 1000;
        qint64 recaptureMs = 10 * 60 * 1000;
        qint64 refillMs = 60 * 1000;
        int statementTimeoutMs = 2000;
    };

    explicit PlanCollector(QObject *parent = nullptr);
    ~PlanCollector() override;
    void setOptions(const Options &options);
    void setServer(pg::Connection *conn, const QString &serverKey);
    void setStore(history::Store *store);
    // Always captured first (and again each recapture); a statement that writes only if allowed.
    void pin(qint64 queryid, bool allowWrites = false);
    void setActive(bool active);
    bool isActive() const { return m_timer.isActive(); }
    bool inFlight() const { return m_busy; }

    // When each EXPLAIN was sent (ms since the epoch), oldest first, the last 1,000.
    const QList<qint64> &explainTimes() const { return m_explainTimes; }
    int captured() const { return m_captured; }
    int skipped() const { return m_skipped; }

Q_SIGNALS:
    void capturedPlan(qint64 queryid, const plans::Capture &capture);
    void skippedStatement(qint64 queryid, const QString &reason);
    void planChanged(const plans::PlanChange &change);
    void failed(const QString &message);

private:
    struct Candidate {
        qint64 queryid = 0;
        QString text;
        qint64 calls = -1;
        std::optional<double> meanMs;
        bool allowWrites = false;
    };
    QCoro::Task<void> tick();
    QCoro::Task<bool> refill();

    Options m_options;
    QPointer<pg::Connection> m_conn;
    QPointer<history::Store> m_store;
    QString m_serverKey;
    QTimer m_timer;
    bool m_busy = false;
    quint64 m_generation = 0;
    QList<Candidate> m_queue;
    QHash<qint64, bool> m_pinned; // query id -> writes allowed
    QHash<qint64, qint64> m_lastCaptured;
    qint64 m_lastRefill = 0;
    QString m_schema;
    QList<qint64> m_explainTimes;
    int m_captured = 0;
    int m_skipped = 0;
};

} // namespace plans
