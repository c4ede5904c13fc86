#include "monitor/poller.h"

#include <QPointer>

namespace monitor {

Poller::Poller(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &Poller::refreshNow);
}

void Poller::setInterval(int ms)
{
    m_timer.setInterval(ms);
    update();
}

void Poller::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    update();
    if (active && !m_paused)
        refreshNow();
}

void Poller::setPaused(bool paused)
{
    m_paused = paused;
    update();
}

void Poller::update()
{
    if (m_active && !m_paused) {
        if (!m_timer.isActive())
            m_timer.start();
    } else {
        m_timer.stop();
    }
}

void Poller::invalidate() { ++m_generation; }

void Poller::refreshNow()
{
    if (!m_job)
        return;
    if (m_inFlight) {
        ++m_skipped;
        return;
    }
    m_inFlight = true;
    const quint64 gen = m_generation;
    QPointer<Poller> self(this);
    m_job(gen).then([self]() {
        if (!self)
            return;
        self->m_inFlight = false;
        ++self->m_count;
        Q_EMIT self->refreshed();
    });
}

} // namespace monitor
