#include "bench/histogram.h"

#include <cmath>

namespace bench {

void Histogram::add(double ms) {
    ++m_counts[size_t(bucketFor(ms))];
}

void Histogram::merge(const Histogram &other) {
    for (int i = 0; i < Buckets; ++i)
        m_counts[size_t(i)] += other.m_counts[size_t(i)];
}

qint64 Histogram::total() const {
    qint64 n = 0;
    for (qint64 c : m_counts)
        n += c;
    return n;
}

int Histogram::firstNonEmpty() const {
    for (int i = 0; i < Buckets; ++i)
        if (m_counts[size_t(i)])
            return i;
    return -1;
}

int Histogram::lastNonEmpty() const {
    for (int i = Buckets - 1; i >= 0; --i)
        if (m_counts[size_t(i)])
            return i;
    return -1;
}

int Histogram::bucketFor(double ms) {
    if (!(ms >= BaseMs)) // also NaN
        return 0;
    const int b = int(std::floor(std::log2(ms / BaseMs) * PerOctave));
    return qBound(0, b, Buckets - 1);
}

double Histogram::lowerEdge(int bucket) {
    return bucket <= 0 ? 0.0 : BaseMs * std::exp2(double(bucket) / PerOctave);
}

double Histogram::upperEdge(int bucket) {
    return BaseMs * std::exp2(double(bucket + 1) / PerOctave);
}

QJsonArray Histogram::toJson() const {
    QJsonArray a;
    for (int i = 0; i < Buckets; ++i)
        if (m_counts[size_t(i)])
            a.append(QJsonArray{i, double(m_counts[size_t(i)])});
    return a;
}

Histogram Histogram::fromJson(const QJsonArray &a) {
    Histogram h;
    for (const auto &v : a) {
        const QJsonArray pair = v.toArray();
        const int b = pair.at(0).toInt(-1);
        if (b >= 0 && b < Buckets)
            h.m_counts[size_t(b)] += qint64(pair.at(1).toDouble());
    }
    return h;
}

} // namespace bench
