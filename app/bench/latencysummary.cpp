#include "bench/latencysummary.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bench {

double LatencySummary::percentile(const std::vector<double> &sorted, double p) {
    if (sorted.empty())
        return 0;
    const double rank = std::ceil(p / 100.0 * double(sorted.size()));
    const size_t index = size_t(qBound(1.0, rank, double(sorted.size()))) - 1;
    return sorted[index];
}

LatencySummary LatencySummary::compute(const QString &name, std::vector<double> samples, qint64 errors,
                                       double elapsedS) {
    LatencySummary s;
    s.name = name;
    s.errors = errors;
    s.count = qint64(samples.size());
    s.throughput = elapsedS > 0 ? double(s.count) / elapsedS : 0;
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    s.min = samples.front();
    s.max = samples.back();
    s.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / double(samples.size());
    s.p50 = percentile(samples, 50);
    s.p95 = percentile(samples, 95);
    s.p99 = percentile(samples, 99);
    for (double v : samples)
        s.histogram.add(v);
    return s;
}

QJsonObject LatencySummary::toJson() const {
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("count"), double(count)},
                       {QStringLiteral("errors"), double(errors)},
                       {QStringLiteral("throughput"), throughput},
                       {QStringLiteral("min_ms"), min},
                       {QStringLiteral("mean_ms"), mean},
                       {QStringLiteral("p50_ms"), p50},
                       {QStringLiteral("p95_ms"), p95},
                       {QStringLiteral("p99_ms"), p99},
                       {QStringLiteral("max_ms"), max},
                       {QStringLiteral("histogram"), histogram.toJson()}};
}

LatencySummary LatencySummary::fromJson(const QJsonObject &o) {
    LatencySummary s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.count = qint64(o.value(QStringLiteral("count")).toDouble());
    s.errors = qint64(o.value(QStringLiteral("errors")).toDouble());
    s.throughput = o.value(QStringLiteral("throughput")).toDouble();
    s.min = o.value(QStringLiteral("min_ms")).toDouble();
    s.mean = o.value(QStringLiteral("mean_ms")).toDouble();
    s.p50 = o.value(QStringLiteral("p50_ms")).toDouble();
    s.p95 = o.value(QStringLiteral("p95_ms")).toDouble();
    s.p99 = o.value(QStringLiteral("p99_ms")).toDouble();
    s.max = o.value(QStringLiteral("max_ms")).toDouble();
    s.histogram = Histogram::fromJson(o.value(QStringLiteral("histogram")).toArray());
    return s;
}

} // namespace bench
