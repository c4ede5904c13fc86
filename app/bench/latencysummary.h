#pragma once

#include "bench/histogram.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace bench {

// What one query did during a run: counts, throughput and latency percentiles computed
// from every sample (nearest-rank), plus the histogram.
struct LatencySummary {
    QString name;
    qint64 count = 0; // successful executions (samples)
    qint64 errors = 0;
    double throughput = 0; // successful executions per second of the run
    double min = 0, mean = 0, p50 = 0, p95 = 0, p99 = 0, max = 0; // ms
    Histogram histogram;

    // Nearest-rank percentile of sorted samples: the smallest value with at least p% of
    // the samples at or below it. 0 for no samples.
    static double percentile(const std::vector<double> &sorted, double p);
    // Sorts the samples (pass them by value: they are consumed).
    static LatencySummary compute(const QString &name, std::vector<double> samples, qint64 errors,
                                  double elapsedS);

    QJsonObject toJson() const;
    static LatencySummary fromJson(const QJsonObject &o);
};

} // namespace bench
