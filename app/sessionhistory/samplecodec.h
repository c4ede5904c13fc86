#pragma once

#include "sessionhistory/sessionsample.h"

#include <QByteArray>
#include <QList>

#include <array>

namespace sessionhistory {

// The ids of a session row: every text is interned once per server (SessionStore's dictionary)
// and a sample is stored as one BLOB of varints (columnar, deflated): ages are kept to 100 ms.
struct PackedRow {
    int pid = 0;
    bool active = false;
    quint32 user = 0, database = 0, application = 0, client = 0, backendType = 0, state = 0;
    quint32 wait = 0; // "Type:Event"; 0: none (CPU when active)
    quint32 query = 0;
    quint32 lockMode = 0, relation = 0;
    quint32 lockType = 0;      // dictionary id of pg_locks.locktype (0: unknown)
    quint64 transactionId = 0; // the xid a row-lock waiter waits for (0: none or unknown)
    qint64 page = -1, tuple = -1;
    qint64 xactAgeMs = -1, queryAgeMs = -1, waitAgeMs = -1; // before the sample's time; -1 unknown
    QList<int> blockers;
    bool operator==(const PackedRow &) const = default;
};

using ClassCounts = std::array<int, int(WaitClass::Count)>;

QByteArray encodeRows(const QList<PackedRow> &rows);
// False on a damaged or unknown blob (rows then holds what was read before the damage).
bool decodeRows(const QByteArray &blob, QList<PackedRow> *rows);
QByteArray encodeClasses(const ClassCounts &counts);
ClassCounts decodeClasses(const QByteArray &blob);

} // namespace sessionhistory
