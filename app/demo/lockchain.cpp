#include "demo/lockchain.h"

#include "bench/pauser.h"
#include "bench/statements.h"
#include "pg/connection.h"
#include "pg/sqlfile.h"

#include <QPointer>

#include <optional>

namespace demo {

LockChain::LockChain(QObject *parent)
    : QObject(parent) {}

LockChain::~LockChain() = default;

QCoro::Task<bool> LockChain::play(pg::ConnInfo info, qint64 orderId, int holdMs, bench::Pauser *pauser,
                                  const bench::Statements *sql) {
    QPointer<LockChain> self(this);
    pg::Connection::Options o;
    o.applicationName = QStringLiteral("zariz-ops");
    o.lockTimeoutMs = 60000; // never wait forever, whatever happens to A
    QList<pg::Connection *> sessions;
    for (int i = 0; i < 3; ++i) {
        auto *c = new pg::Connection(this);
        c->setOptions(o);
        const auto err = co_await c->open(info);
        if (!self)
            co_return false;
        if (err) {
            m_lastError = err->message;
            qDeleteAll(sessions);
            delete c;
            co_return false;
        }
        sessions << c;
    }
    pg::Connection *a = sessions[0], *b = sessions[1], *c = sessions[2];
    const QString touch = pg::sqlFile(QStringLiteral("demo/touch_order"));
    QVariantList params;
    params << orderId;
    bool formed = false;
    co_await a->query(sql->begin);
    const pg::Result held = co_await a->query(touch, params);
    if (!self)
        co_return false;
    if (held.ok()) {
        co_await b->query(sql->begin);
        auto waitB = b->query(touch, params); // blocks on the server until A ends
        // C must queue behind B, never before it: if C took the row first, B would wait for
        // C's commit while this code waits for B (until lock_timeout). A, idle in its
        // transaction, asks the server until B waits (on a loaded machine, or after stop(),
        // a fixed pause is not enough); if B never waits, the chain is A and B only.
        bool bWaits = false;
        const QString waitsSql = pg::sqlFile(QStringLiteral("demo/session_waits"));
        for (int i = 0; i < 40 && !bWaits; ++i) {
            QVariantList who;
            who << b->facts().backendPid;
            const pg::Result w = co_await a->query(waitsSql, who);
            if (!self)
                co_return false;
            bWaits = w.ok() && w.boolean(0, "waits");
            if (!bWaits)
                co_await pauser->sleep(50);
            if (!self)
                co_return false;
        }
        std::optional<QCoro::Task<pg::Result>> waitC;
        if (bWaits) {
            co_await c->query(sql->begin);
            waitC.emplace(c->query(touch, params)); // queued behind B
            formed = true;
        }
        co_await pauser->sleep(holdMs);
        if (!self)
            co_return false;
        // Each step may resume from ~LockChain (its connections fail their queued queries as they
        // go): nothing of this object is touched once it is gone.
        co_await a->query(sql->commit);
        if (!self)
            co_return false;
        const pg::Result rb = co_await waitB;
        if (!self)
            co_return false;
        co_await pauser->sleep(1000);
        if (!self)
            co_return false;
        co_await b->query(sql->commit);
        if (!self)
            co_return false;
        pg::Result rc = rb;
        if (waitC) {
            rc = co_await *waitC;
            if (!self)
                co_return false;
            co_await c->query(sql->commit);
        }
        if (!self)
            co_return false;
        if (!rb.ok() || !rc.ok()) {
            m_lastError = (rb.ok() ? rc : rb).error()->toString();
            formed = false;
        }
    } else {
        m_lastError = held.error()->toString();
        co_await a->query(sql->rollback);
        if (!self)
            co_return false;
    }
    for (pg::Connection *s : std::as_const(sessions)) {
        s->close();
        s->deleteLater();
    }
    co_return formed;
}

} // namespace demo
