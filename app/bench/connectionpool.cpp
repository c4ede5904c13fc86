#include "bench/connectionpool.h"

#include <QPointer>

#include <vector>

namespace bench {

ConnectionPool::ConnectionPool(pg::ConnInfo info, Options options, QObject *parent)
    : QObject(parent)
    , m_info(std::move(info))
    , m_options(options) {
    m_options.minSize = qMax(0, m_options.minSize);
    m_options.maxSize = qMax(1, qMax(m_options.minSize, m_options.maxSize));
}

ConnectionPool::~ConnectionPool() = default;

QCoro::Task<pg::Connection *> ConnectionPool::openOne() {
    QPointer<ConnectionPool> self(this);
    auto *c = new pg::Connection(this);
    c->setOptions(m_options.connection);
    const std::optional<pg::Error> err = co_await c->open(m_info);
    if (!self)
        co_return nullptr;
    if (err) {
        m_lastError = err->message;
        c->deleteLater();
        co_return nullptr;
    }
    ++m_opened;
    co_return c;
}

QCoro::Task<std::optional<pg::Error>> ConnectionPool::start() {
    QPointer<ConnectionPool> self(this);
    // Eager tasks: all connects are in flight before the first is awaited.
    std::vector<QCoro::Task<pg::Connection *>> pending;
    for (int i = 0; i < m_options.minSize; ++i) {
        ++m_total;
        pending.push_back(openOne());
    }
    QList<pg::Connection *> ready;
    for (auto &t : pending) {
        pg::Connection *c = co_await t;
        if (!self)
            co_return pg::Error::client(QStringLiteral("pool destroyed"));
        if (c)
            ready.append(c);
        else
            --m_total;
    }
    if (m_closed) {
        qDeleteAll(ready);
        co_return pg::Error::client(QStringLiteral("pool closed"));
    }
    m_idle.append(ready);
    if (ready.isEmpty() && m_options.minSize > 0)
        co_return pg::Error::connection(m_lastError);
    co_return std::nullopt;
}

void ConnectionPool::markInUse() {
    ++m_inUse;
    m_peakInUse = qMax(m_peakInUse, m_inUse);
}

QCoro::Task<pg::Connection *> ConnectionPool::acquire() {
    QPointer<ConnectionPool> self(this);
    for (;;) {
        if (m_closed)
            co_return nullptr;
        if (!m_idle.isEmpty()) {
            pg::Connection *c = m_idle.takeLast();
            if (!c->isReady()) { // lost while idle
                --m_total;
                c->deleteLater();
                continue;
            }
            markInUse();
            co_return c;
        }
        if (m_total < m_options.maxSize) {
            ++m_total;
            markInUse(); // counted while it opens, so the pool never overshoots
            pg::Connection *c = co_await openOne();
            if (!self)
                co_return nullptr;
            if (!c) {
                --m_total;
                --m_inUse;
                co_return nullptr;
            }
            if (m_closed) {
                --m_total;
                --m_inUse;
                c->deleteLater();
                co_return nullptr;
            }
            co_return c;
        }
        WaitAwaiter w{this};
        pg::Connection *c = co_await w;
        if (!self)
            co_return nullptr;
        if (c)
            co_return c; // handed over in use
        if (!w.retry)
            co_return nullptr; // closed
    }
}

void ConnectionPool::release(pg::Connection *c) {
    if (!c)
        return;
    --m_inUse;
    if (m_closed || !c->isReady()) {
        --m_total;
        c->deleteLater();
        if (!m_closed && !m_waiters.isEmpty()) {
            // Room for a new connection: the first waiter opens it.
            const Waiter w = m_waiters.takeFirst();
            *w.retry = true;
            resumeLater(w.handle);
        }
        return;
    }
    if (!m_waiters.isEmpty()) {
        const Waiter w = m_waiters.takeFirst();
        *w.slot = c;
        markInUse();
        resumeLater(w.handle);
        return;
    }
    m_idle.append(c);
}

void ConnectionPool::close() {
    m_closed = true;
    for (pg::Connection *c : std::as_const(m_idle)) {
        c->close();
        c->deleteLater();
    }
    m_total -= int(m_idle.size());
    m_idle.clear();
    const auto waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters)
        resumeLater(w.handle);
}

void ConnectionPool::resumeLater(std::coroutine_handle<> h) {
    // Never resume inside release(): the releasing coroutine is still running.
    QMetaObject::invokeMethod(
        this, [h] { h.resume(); }, Qt::QueuedConnection);
}

} // namespace bench
