#include "bench/samplerecorder.h"

#include "bench/latencysummary.h"

#include <algorithm>

namespace bench {

void SampleRecorder::record(const QString &name, double ms) {
    auto it = m_series.find(name);
    if (it == m_series.end()) {
        it = m_series.insert(name, {});
        m_order << name;
    }
    it->samples.push_back(ms);
    m_interval.push_back(ms);
    ++m_totalOps;
}

void SampleRecorder::recordError(const QString &name, const pg::Error &e) {
    auto it = m_series.find(name);
    if (it == m_series.end()) {
        it = m_series.insert(name, {});
        m_order << name;
    }
    ++it->errors;
    noteError(name + QStringLiteral(": ") + e.toString());
}

void SampleRecorder::recordPoolError(const QString &message) {
    ++m_poolWait.errors;
    noteError(QStringLiteral("pool: ") + message);
}

void SampleRecorder::noteError(const QString &text) {
    if (m_errorMessages.size() < 10 && !m_errorMessages.contains(text))
        m_errorMessages << text;
}

std::pair<qint64, double> SampleRecorder::takeInterval() {
    std::vector<double> v = std::exchange(m_interval, {});
    std::sort(v.begin(), v.end());
    return {qint64(v.size()), LatencySummary::percentile(v, 95)};
}

} // namespace bench
