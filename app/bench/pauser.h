#pragma once

#include <QHash>
#include <QObject>

#include <coroutine>

class QTimer;

namespace bench {

// Sleeps for coroutines that can be cut short: `co_await pauser->sleep(ms)` resumes after
// ms, or at once when stop() is called; after stop() every sleep returns at once. A sleeper
// is never resumed after the Pauser is destroyed.
class Pauser : public QObject {
    Q_OBJECT
public:
    explicit Pauser(QObject *parent = nullptr);
    ~Pauser() override;

    struct Awaiter {
        Pauser *pauser;
        int ms;
        bool await_ready() const noexcept { return ms <= 0 || pauser->m_stopped; }
        void await_suspend(std::coroutine_handle<> h) { pauser->arm(h, ms); }
        void await_resume() const noexcept {}
    };
    Awaiter sleep(int ms) { return {this, ms}; }
    void stop();
    bool isStopped() const { return m_stopped; }
    int sleepers() const { return int(m_sleepers.size()); }

private:
    void arm(std::coroutine_handle<> h, int ms);
    void fire(QTimer *timer);
    QHash<QTimer *, std::coroutine_handle<>> m_sleepers;
    bool m_stopped = false;
};

} // namespace bench
