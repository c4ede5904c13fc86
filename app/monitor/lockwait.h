#pragma once

#include <QString>

namespace monitor {

// The heavyweight lock a backend waits for (its one not-granted pg_locks row), and how to
// say it in words: "waits for ShareLock on transaction 1234".
struct LockWait {
    QString lockType; // relation, tuple, transactionid, virtualxid, advisory, object, page, extend, ...
    QString mode;     // e.g. AccessExclusiveLock
    QString relation; // name as the server prints it; empty when it is in another database
    qint64 relationOid = 0;
    QString database;
    qint64 page = -1;
    qint64 tuple = -1;
    QString virtualXid;
    qint64 transactionId = 0;
    qint64 classId = 0;
    qint64 objId = 0;
    qint64 objSubId = 0;
    qint64 waitingMs = -1; // since when (pg_locks.waitstart, or query_start before 14)

    bool isValid() const { return !lockType.isEmpty(); }
    // "orders", or "relation 16384 in database shop" when the name cannot be resolved here.
    QString relationText() const;
    // What is locked: "transaction 1234", "row (0,7) of orders", "advisory lock 42", "orders".
    QString target() const;
    // The whole wait in words; command (e.g. "ALTER TABLE") is who wants the lock:
    // "waits for AccessExclusiveLock on orders, wanted by ALTER TABLE".
    QString describe(const QString &command = {}) const;
    // The SQL command a query starts with: "ALTER TABLE", "SELECT", "CREATE INDEX", ...
    static QString commandOf(const QString &query);
};

// "850 ms", "42 s", "3 min 5 s", "2 h 10 min", "3 d 4 h"; empty for a negative value.
QString lockAgeText(qint64 ms);

} // namespace monitor
