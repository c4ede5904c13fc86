#pragma once

#include "pg/connection.h"

#include <QList>
#include <QObject>

#include <coroutine>
#include <optional>

#include <qcoro/qcorotask.h>

namespace bench {

// A pool shaped like the ticket's asyncpg pool: minSize connections opened up front, more
// on demand up to maxSize, then requests wait first-come first-served. Everything runs in
// the caller's event loop; many coroutines share it. Callers time acquire() themselves:
// that is the pool wait, measured apart from query time.
class ConnectionPool : public QObject {
    Q_OBJECT
public:
    struct Options {
        int minSize = 10;
        int maxSize = 20;
        pg::Connection::Options connection;
    };

    ConnectionPool(pg::ConnInfo info, Options options, QObject *parent = nullptr);
    ~ConnectionPool() override;

    // Opens minSize connections concurrently; an error when not even one could be opened.
    QCoro::Task<std::optional<pg::Error>> start();
    // A ready connection for one request (or transaction), or nullptr (lastError() says
    // why, or the pool was closed). Give it back with release().
    QCoro::Task<pg::Connection *> acquire();
    void release(pg::Connection *c);
    // Closes idle connections; in-use ones close when released; waiters get nullptr.
    void close();

    int size() const { return m_total; }
    int idleCount() const { return int(m_idle.size()); }
    int inUse() const { return m_inUse; }
    int peakInUse() const { return m_peakInUse; }
    int opened() const { return m_opened; }
    int waiting() const { return int(m_waiters.size()); }
    const Options &options() const { return m_options; }
    QString lastError() const { return m_lastError; }
    QList<pg::Connection *> idleConnections() const { return m_idle; }

private:
    struct Waiter {
        std::coroutine_handle<> handle;
        pg::Connection **slot;
        bool *retry;
    };
    struct WaitAwaiter {
        ConnectionPool *pool;
        pg::Connection *result = nullptr;
        bool retry = false;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h) { pool->m_waiters.append({h, &result, &retry}); }
        pg::Connection *await_resume() const noexcept { return result; }
    };
    QCoro::Task<pg::Connection *> openOne();
    void resumeLater(std::coroutine_handle<> h);
    void markInUse();

    pg::ConnInfo m_info;
    Options m_options;
    QList<pg::Connection *> m_idle;
    QList<Waiter> m_waiters;
    int m_total = 0;
    int m_inUse = 0;
    int m_peakInUse = 0;
    int m_opened = 0;
    bool m_closed = false;
    QString m_lastError;
};

} // namespace bench
