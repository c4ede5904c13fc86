#pragma once

#include "pg/conninfo.h"
#include "vacuum/vacuumsnapshot.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariantList>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}
namespace history {
class Store;
}

namespace vacuum {

// What can be done to a holder of the xmin horizon from the Vacuum page.
enum class HorizonAction { Terminate, RollbackPrepared, CommitPrepared, DropSlot };

// The statement an action sends, exactly: its text, the values bound as parameters, and the
// database it must run in (a prepared transaction is finished, a logical slot dropped, only from
// its own database; empty: the database pgdba is connected to).
struct HorizonStatement {
    QString sql;
    QVariantList params;
    QString database;
    QString shown() const; // the text plus "$1 = ..." lines, for the confirmation
};

struct HorizonActionOutcome {
    enum class Status { Done, AlreadyGone, NotPermitted, Refused, Failed };
    Status status = Status::Failed;
    QString message;
    QString statusText() const; // "done", "already gone", "not permitted", "refused", "failed"
};

// Runs the actions on the holders of the xmin horizon, each on a read-write "pgdba actions"
// connection of its own database (opened from `base` on first use), each attempt audited:
// terminate goes through monitor::SessionControl (pid re-read and guarded by its backend start,
// audited as "terminate"); rollback/commit prepared re-read the prepared transaction by gid (a
// bound parameter) and send ROLLBACK/COMMIT PREPARED with the gid as a quoted literal (these
// statements take no parameters), audited as "rollback prepared"/"commit prepared"; drop slot
// goes through replication::SlotControl (audited as "drop slot"). A refusal for lack of privilege
// names the role that may do it.
class HorizonControl : public QObject {
    Q_OBJECT
public:
    HorizonControl(pg::ConnInfo base, QString serverKey, history::Store *audit, QObject *parent = nullptr);
    ~HorizonControl() override;

    // pgdba's own backends are never terminated.
    void setProtectedPids(const QSet<int> &pids) { m_protected = pids; }

    static QList<HorizonAction> actionsFor(const HorizonHolder &h);
    static QString actionLabel(HorizonAction a); // "Terminate session…", ...
    static QString actionKey(HorizonAction a);   // "terminate", "rollback prepared", ...
    static HorizonStatement statementFor(const HorizonHolder &h, HorizonAction a);
    // The confirmation: what is affected, the statement exactly as sent, what happens after.
    static QString confirmationText(const HorizonHolder &h, HorizonAction a);
    // 'text' as an SQL string literal (E'' form when it has backslashes, like PQescapeLiteral).
    static QString quoteLiteral(const QString &text);

    QCoro::Task<HorizonActionOutcome> run(HorizonHolder holder, HorizonAction action);

private:
    QCoro::Task<pg::Connection *> connection(QString database, QString *error);
    QCoro::Task<HorizonActionOutcome> finishPrepared(HorizonHolder h, HorizonAction a);
    void audit(const HorizonHolder &h, HorizonAction a, const HorizonActionOutcome &o, const QString &role);

    pg::ConnInfo m_base;
    QString m_serverKey;
    QPointer<history::Store> m_audit;
    QSet<int> m_protected;
    QHash<QString, QPointer<pg::Connection>> m_connections; // by database ("" = the profile's)
};

} // namespace vacuum
