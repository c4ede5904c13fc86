#include "monitor/poller.h"

#include <QPointer>

namespace monitor {

Poller::Poller(QObject *parent)
    : QObject(parent) {
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &Poller::refreshNow);
}

void Poller::setInterval(int ms) {
    m_timer.setInterval(ms);
    update();
}

void Poller::setActive(bool active) {
    if (m_active == active)
        return;
    m_active = active;
    update();
    if (active && !m_paused)
        refreshNow();
}

void Poller::setPaused(bool paused) {
    m_paused = paused;
    update();
}

void Poller::update() {
    if (m_active && !m_paused) {
        if (!m_timer.isActive())
            m_timer.start();
    } else {
        m_timer.stop();
    }
}

void Poller::invalidate() {
    // The refresh in flight (if any) belongs to the old state: its result is dropped through the
    // generation, and it no longer blocks the next one. (A refresh stranded on a closed
    // connection would otherwise keep this poller silent for good.)
    ++m_generation;
    m_inFlight = false;
    ++m_run;
    setMissed(0);
}

void Poller::setMissed(int missed) {
    const bool was = m_missed > 0;
    m_missed = missed;
    if (was != (missed > 0))
        Q_EMIT overdueChanged(missed > 0);
}

void Poller::refreshNow() {
    if (!m_job)
        return;
    if (m_inFlight) {
        ++m_skipped;
        setMissed(m_missed + 1);
        return;
    }
    m_inFlight = true;
    const quint64 gen = m_generation;
    const quint64 run = ++m_run;
    QPointer<Poller> self(this);
    m_job(gen).then([self, run]() {
        if (!self || run != self->m_run)
            return;
        self->m_inFlight = false;
        ++self->m_count;
        self->m_lastRefreshed = QDateTime::currentDateTimeUtc();
        self->setMissed(0);
        Q_EMIT self->refreshed();
    });
}

} // namespace monitor
