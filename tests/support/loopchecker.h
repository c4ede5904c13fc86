#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Proves the event loop kept running: a 5 ms timer records the longest gap between ticks.
class LoopChecker : public QObject {
public:
    explicit LoopChecker(QObject *parent = nullptr)
        : QObject(parent) {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxGap = qMax(m_maxGap, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_maxGap; }
    int ticks() const { return m_ticks; }
    void reset() {
        m_last = m_clock.elapsed();
        m_maxGap = 0;
        m_ticks = 0;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
    int m_ticks = 0;
};
