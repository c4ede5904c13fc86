#pragma once

#include <QFuture>
#include <QFutureWatcher>

#include <coroutine>
#include <memory>

namespace pg {

// co_await a QFuture (e.g. from QtConcurrent::run) without blocking the event loop.
// Use this, not QCoro 0.8's own QFuture awaiter: with Qt 6.4 its QFutureWatcher can emit
// finished() twice and the coroutine is then resumed twice (heap-use-after-free seen
// under ASan). This one resumes exactly once.
template <typename T>
struct FutureAwaiter {
    QFuture<T> future;

    bool await_ready() const { return future.isFinished(); }
    void await_suspend(std::coroutine_handle<> h)
    {
        auto *watcher = new QFutureWatcher<T>();
        auto resumed = std::make_shared<bool>(false);
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, h, resumed] {
            if (*resumed)
                return;
            *resumed = true;
            watcher->disconnect();
            watcher->deleteLater();
            h.resume();
        });
        watcher->setFuture(future);
    }
    T await_resume()
    {
        if constexpr (std::is_void_v<T>)
            future.waitForFinished(); // already finished: returns at once
        else
            return future.result();
    }
};

template <typename T>
FutureAwaiter<T> awaitFuture(QFuture<T> f)
{
    return FutureAwaiter<T>{std::move(f)};
}

} // namespace pg
