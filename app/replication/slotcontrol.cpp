#include "replication/slotcontrol.h"

#include "history/store.h"
#include "monitor/sessioncontrol.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QDateTime>

namespace replication {

QString SlotDropOutcome::statusText() const {
    switch (status) {
    case Status::Done:
        return QStringLiteral("done");
    case Status::Active:
        return QStringLiteral("active");
    case Status::AlreadyGone:
        return QStringLiteral("already gone");
    case Status::NotPermitted:
        return QStringLiteral("not permitted");
    case Status::Failed:
        break;
    }
    return QStringLiteral("failed");
}

SlotControl::SlotControl(pg::Connection *conn, QString serverKey, history::Store *audit, QObject *parent)
    : QObject(parent)
    , m_conn(conn)
    , m_serverKey(std::move(serverKey))
    , m_audit(audit) {}

QCoro::Task<SlotDropOutcome> SlotControl::dropSlot(QString slotName) {
    QPointer<SlotControl> self(this);
    QPointer<pg::Connection> conn = m_conn;
    SlotDropOutcome o;
    if (!conn || !conn->isReady()) {
        o.message = tr("not connected");
    } else {
        QVariantList params;
        params << slotName;
        const pg::Result r =
            co_await conn->query(pg::sqlFile(QStringLiteral("replication/drop_slot")), params);
        if (!self)
            co_return o;
        if (!r.ok()) {
            o.status = r.error()->sqlState == QLatin1String("42501") ? SlotDropOutcome::Status::NotPermitted
                                                                     : SlotDropOutcome::Status::Failed;
            o.message = r.error()->message;
        } else if (r.rows() == 1) {
            o.status = SlotDropOutcome::Status::Done;
            o.message = tr("slot \"%1\" dropped").arg(slotName);
        } else {
            // Nothing matched: either it is in use now or it no longer exists.
            const pg::Result still =
                co_await conn->query(pg::sqlFile(QStringLiteral("replication/slot_active")), params);
            if (!self)
                co_return o;
            if (still.ok() && still.rows() == 1) {
                o.status = SlotDropOutcome::Status::Active;
                o.message = tr("slot \"%1\" is in use by a process now; not dropped").arg(slotName);
            } else {
                o.status = SlotDropOutcome::Status::AlreadyGone;
                o.message = tr("slot \"%1\" no longer exists").arg(slotName);
            }
        }
    }
    audit(slotName, o);
    co_return o;
}

void SlotControl::audit(const QString &slotName, const SlotDropOutcome &o) {
    if (!m_audit)
        return;
    history::AuditEntry e;
    e.tsMs = QDateTime::currentMSecsSinceEpoch();
    e.server = m_serverKey;
    if (m_conn) {
        e.database = m_conn->facts().database;
        e.dbRole = m_conn->facts().role;
    }
    e.osUser = monitor::SessionControl::osUser();
    e.targetApplication = QStringLiteral("replication slot");
    e.targetQuery = slotName;
    e.action = QStringLiteral("drop slot");
    e.outcome = o.statusText();
    e.message = o.message;
    m_audit->appendAudit(e);
}

} // namespace replication
