#include "bench/pauser.h"

#include <QTimer>

namespace bench {

Pauser::Pauser(QObject *parent)
    : QObject(parent) {}

Pauser::~Pauser() = default;

void Pauser::arm(std::coroutine_handle<> h, int ms) {
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_sleepers.insert(timer, h);
    connect(timer, &QTimer::timeout, this, [this, timer] { fire(timer); });
    timer->start(ms);
}

void Pauser::fire(QTimer *timer) {
    const auto h = m_sleepers.take(timer);
    timer->stop();
    timer->deleteLater();
    if (h)
        h.resume();
}

void Pauser::stop() {
    m_stopped = true;
    // Resume from the event loop, never from inside the caller.
    const auto timers = m_sleepers.keys();
    for (QTimer *t : timers) {
        t->stop();
        QMetaObject::invokeMethod(
            this,
            [this, t] {
                if (m_sleepers.contains(t))
                    fire(t);
            },
            Qt::QueuedConnection);
    }
}

} // namespace bench
