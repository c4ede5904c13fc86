#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <qcoro/qcorotask.h>

namespace pg {
class Connection;
}
namespace history {
class Store;
}

namespace monitor {

// A session the user chose to cancel or terminate, as the page showed it.
struct SessionTarget {
    int pid = 0;
    QString user;
    QString application;
    QString state;
    QString database;
    QString queryHead;
    qint64 durationMs = 0;
    QDateTime backendStart; // guards against a pid reused by a new backend
};

enum class SessionAction { Cancel, Terminate };

struct SessionOutcome {
    enum class Status { Done, AlreadyGone, NotPermitted, Refused, Failed };
    int pid = 0;
    SessionAction action = SessionAction::Cancel;
    Status status = Status::Failed;
    QString message;
    QString statusText() const; // "done", "already gone", "not permitted", "refused", "failed"
};

// Cancel / terminate backends on a dedicated (read-write) connection, one audit entry per
// attempt. Shared by the activity page, the lock tree and the CLI.
class SessionControl : public QObject {
    Q_OBJECT
public:
    // conn: the "pgdba actions" connection (not the read-only monitor); serverKey: host:port.
    SessionControl(pg::Connection *conn, QString serverKey, history::Store *audit, QObject *parent = nullptr);

    // pgdba's own backends (monitoring connection, ...) are never signalled.
    void setProtectedPids(const QSet<int> &pids) { m_protected = pids; }
    void addProtectedPid(int pid) { m_protected.insert(pid); }

    QCoro::Task<QList<SessionOutcome>> apply(QList<SessionTarget> targets, SessionAction action);
    // Cancel now; whoever is still running the same statement after graceSeconds is terminated.
    QCoro::Task<QList<SessionOutcome>> cancelThenTerminate(QList<SessionTarget> targets, int graceSeconds);

    // What the confirmation shows: each session and, plainly, what the action does.
    static QString confirmationText(const QList<SessionTarget> &targets, SessionAction action, int escalateAfterS = 0);
    static QString actionExplanation(SessionAction action);
    static QString actionName(SessionAction action); // "cancel" / "terminate"
    static QString osUser();

Q_SIGNALS:
    void finished(const QList<monitor::SessionOutcome> &outcomes);

private:
    QCoro::Task<SessionOutcome> applyOne(SessionTarget target, SessionAction action);
    void audit(const SessionTarget &t, const SessionOutcome &o);
    QPointer<pg::Connection> m_conn;
    QString m_serverKey;
    QPointer<history::Store> m_audit;
    QSet<int> m_protected;
};

} // namespace monitor

Q_DECLARE_METATYPE(monitor::SessionOutcome)
