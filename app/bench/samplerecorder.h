#pragma once

#include "pg/error.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace bench {

// Collects every latency sample of a run per request name, plus the samples of the
// current interval for the live chart. Single-threaded: the couriers share one loop.
class SampleRecorder {
public:
    struct Series {
        std::vector<double> samples; // ms
        qint64 errors = 0;
    };

    void record(const QString &name, double ms);
    void recordError(const QString &name, const pg::Error &e);
    void recordPoolWait(double ms) { m_poolWait.samples.push_back(ms); }
    void recordPoolError(const QString &message);

    // The requests completed since the last call and their p95 (ms); resets the interval.
    std::pair<qint64, double> takeInterval();
    qint64 totalOps() const { return m_totalOps; }

    QStringList names() const { return m_order; }
    const QHash<QString, Series> &series() const { return m_series; }
    const Series &poolWait() const { return m_poolWait; }
    QStringList errorMessages() const { return m_errorMessages; }
    // Hands the samples over (for computing the summaries off the event loop).
    QHash<QString, Series> takeSeries() { return std::exchange(m_series, {}); }
    Series takePoolWait() { return std::exchange(m_poolWait, {}); }

private:
    void noteError(const QString &text);
    QHash<QString, Series> m_series;
    QStringList m_order; // first-seen order of the names
    Series m_poolWait;
    std::vector<double> m_interval;
    qint64 m_totalOps = 0;
    QStringList m_errorMessages;
};

} // namespace bench
