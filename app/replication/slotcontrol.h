#pragma once

#include <QObject>
#include <QPointer>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}
namespace history {
class Store;
}

namespace replication {

struct SlotDropOutcome {
    enum class Status { Done, Active, AlreadyGone, NotPermitted, Failed };
    Status status = Status::Failed;
    QString message;
    QString statusText() const; // "done", "active", "already gone", "not permitted", "failed"
};

// Drops a replication slot on a read-write "actions" connection, only while no process uses
// it (sql/replication/drop_slot.sql), with one audit entry per attempt (action "drop slot",
// the slot named in the entry's query field).
class SlotControl : public QObject {
    Q_OBJECT
public:
    SlotControl(pg::Connection *conn, QString serverKey, history::Store *audit, QObject *parent = nullptr);

    QCoro::Task<SlotDropOutcome> dropSlot(QString slotName);

private:
    void audit(const QString &slotName, const SlotDropOutcome &o);
    QPointer<pg::Connection> m_conn;
    QString m_serverKey;
    QPointer<history::Store> m_audit;
};

} // namespace replication
