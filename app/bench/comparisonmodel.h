#pragma once

#include "bench/runresult.h"

#include <QAbstractTableModel>

namespace bench {

// Two runs side by side ("before/after migration 002"): per request p50/p95/p99 and
// throughput of run A and run B, and the ratio B/A. A latency ratio below 1 or a
// throughput ratio above 1 means B is better; BetterRole says so.
class ComparisonModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Query,
        P50A,
        P50B,
        P50Ratio,
        P95A,
        P95B,
        P95Ratio,
        P99A,
        P99B,
        P99Ratio,
        ThroughputA,
        ThroughputB,
        ThroughputRatio,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1, RatioRole, BetterRole, NameRole };

    explicit ComparisonModel(QObject *parent = nullptr);
    ~ComparisonModel() override;

    void setRuns(const RunResult &a, const RunResult &b);
    void clear();
    bool isComplete() const { return m_complete; }
    // The ratio B/A of a column (P50Ratio etc.) in a row; NaN when a side lacks it.
    double ratio(int row, Column ratioColumn) const;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    struct Row {
        QString name;
        std::optional<LatencySummary> a, b;
    };
    static double value(const LatencySummary &s, int metric); // 0 p50, 1 p95, 2 p99, 3 throughput
    QList<Row> m_rows;
    bool m_complete = false;
};

} // namespace bench
