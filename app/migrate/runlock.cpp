#include "migrate/runlock.h"

#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QCoreApplication>
#include <QPointer>

namespace migrate {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(migrate::RunLock)
};
} // namespace

QString RunLockHolder::describe() const {
    return Tr::tr("pid %1 (%2, %3 from %4, connected since %5, %6)")
        .arg(pid)
        .arg(application.isEmpty() ? Tr::tr("no application name") : application, user, client,
             since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             state.isEmpty() ? Tr::tr("state unknown") : state);
}

QCoro::Task<std::optional<RunLockHolder>> RunLock::holder(pg::Connection *c) {
    const pg::Result r = co_await c->query(pg::sqlFile(QStringLiteral("migrate/run_lock_holder")));
    if (!r.ok() || r.rows() < 1)
        co_return std::nullopt;
    RunLockHolder h;
    h.pid = r.text(0, "pid").toInt();
    h.application = r.text(0, "application");
    h.user = r.text(0, "usename");
    h.client = r.text(0, "client");
    h.since =
        QDateTime::fromString(r.text(0, "backend_start").left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    h.state = r.text(0, "state");
    h.query = r.text(0, "query");
    co_return h;
}

QCoro::Task<RunLock::Outcome> RunLock::acquire(pg::Connection *c, bool wait) {
    Outcome out;
    QPointer<pg::Connection> conn(c);
    if (!conn || !conn->isReady()) {
        out.error = pg::Error::connection(Tr::tr("the migration connection is not open"));
        co_return out;
    }
    QVariantList noWait;
    noWait << false;
    const pg::Result t = co_await conn->query(pg::sqlFile(QStringLiteral("migrate/run_lock_try")), noWait);
    if (!conn)
        co_return out;
    if (!t.ok()) {
        out.error = t.error();
        co_return out;
    }
    if (t.boolean(0, "acquired")) {
        out.acquired = true;
        co_return out;
    }
    out.holder = co_await holder(conn);
    if (!conn || !wait)
        co_return out;
    // Wait on the server: no lock_timeout for this one statement's session setting.
    const pg::Result lt = co_await conn->query(pg::sqlFile(QStringLiteral("migrate/run_lock_wait_setup")));
    if (!conn)
        co_return out;
    if (!lt.ok()) {
        out.error = lt.error();
        co_return out;
    }
    QVariantList yes;
    yes << true;
    const pg::Result w = co_await conn->query(pg::sqlFile(QStringLiteral("migrate/run_lock_try")), yes);
    if (!conn)
        co_return out;
    if (!w.ok()) {
        out.error = w.error();
        co_return out;
    }
    out.acquired = true;
    co_return out;
}

QCoro::Task<void> RunLock::release(pg::Connection *c) {
    QPointer<pg::Connection> conn(c);
    if (conn && conn->isReady())
        co_await conn->query(pg::sqlFile(QStringLiteral("migrate/run_lock_release")));
}

} // namespace migrate
