#pragma once

#include <QJsonArray>

#include <array>

namespace bench {

// Latency histogram on a logarithmic scale: four buckets per doubling, from 10 µs up to
// about three minutes; the last bucket also takes anything slower.
class Histogram {
public:
    static constexpr double BaseMs = 0.01;
    static constexpr int PerOctave = 4;
    static constexpr int Buckets = 96;

    void add(double ms);
    void merge(const Histogram &other);
    qint64 count(int bucket) const { return m_counts[size_t(bucket)]; }
    qint64 total() const;
    bool isEmpty() const { return total() == 0; }
    int firstNonEmpty() const; // -1 when empty
    int lastNonEmpty() const;  // -1 when empty

    static int bucketFor(double ms);
    static double lowerEdge(int bucket); // ms; bucket 0 starts at 0
    static double upperEdge(int bucket);

    // Sparse form: [[bucket, count], ...] for the non-empty buckets.
    QJsonArray toJson() const;
    static Histogram fromJson(const QJsonArray &a);

private:
    std::array<qint64, Buckets> m_counts{};
};

} // namespace bench
