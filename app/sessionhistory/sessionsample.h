#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pg {
class Result;
}

namespace sessionhistory {

// One session in one sample (sql/history/sessions*.sql): a session that is not idle, or a
// blocker of a lock waiter (idle in transaction included). Times are epoch milliseconds, 0 when
// unknown.
struct SessionRow {
    int pid = 0;
    QString user, database, application, client, backendType, state;
    QString waitType, waitEvent; // empty: not waiting (on CPU when active)
    qint64 queryId = 0;          // pg_stat_activity.query_id, or a hash of the normalised text
    QString query;               // normalised: literals replaced by $n
    qint64 xactStartMs = 0, queryStartMs = 0, waitStartMs = 0;
    QList<int> blockers;        // pg_blocking_pids, lock waiters only
    QString lockMode, relation; // the lock a waiter waits for
    // Its pg_locks.locktype (transactionid, tuple, relation, ...), the transaction id a row-lock
    // waiter waits for, and the row (page, tuple); 0 / -1 when unknown (older samples).
    QString lockType;
    qint64 transactionId = 0;
    qint64 page = -1, tuple = -1;

    bool isActive() const { return state == QLatin1String("active"); }
    bool isLockWait() const { return waitType == QLatin1String("Lock"); }
    // "Timeout:PgSleep", "CPU" for an active session with no wait event, "" otherwise.
    QString waitKey() const;
    bool operator==(const SessionRow &) const = default;
};

struct SessionSample {
    qint64 tsMs = 0;
    int idle = 0; // sessions in state idle (not stored as rows)
    QList<SessionRow> rows;
    int maxConnections = 0; // the setting, for the Timeline's reference line (not stored)

    int activeCount() const;
    bool operator==(const SessionSample &o) const {
        return tsMs == o.tsMs && idle == o.idle && rows == o.rows;
    }
};

// The wait-event classes of the Timeline, CPU first (active, no wait event).
enum class WaitClass : int {
    Cpu = 0,
    Activity,
    BufferPin,
    Client,
    Extension,
    IO,
    IPC,
    Lock,
    LWLock,
    Timeout,
    Other,
    Count
};
WaitClass waitClassOf(const QString &waitType);     // "" → Cpu
QString waitClassName(WaitClass c);                 // "CPU", "Lock", ... (names as the server spells them)
QString waitClassNameOfKey(const QString &waitKey); // "Timeout:PgSleep" → "Timeout"

// Literals replaced by $1, $2, ... (numbers, strings), comments dropped, whitespace collapsed:
// one text per query shape, as pg_stat_statements shows it.
QString normaliseQuery(const QString &sql);
// A stable 63-bit id for a text (SHA-1), for sessions without a query_id.
qint64 textHash(const QString &text);

// Parses sessions*.sql (the thread pool may call it).
SessionSample sampleFromResult(const pg::Result &r, qint64 fallbackTsMs);

} // namespace sessionhistory
