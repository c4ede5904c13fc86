#pragma once

#include "bench/runresult.h"

#include <QAbstractTableModel>

namespace bench {

// One run's per-query statistics as a table: a row per request kind, then the pool wait.
class ResultsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Query, Count, Errors, Throughput, P50, P95, P99, Max, Mean, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, NameRole };

    explicit ResultsModel(QObject *parent = nullptr);
    ~ResultsModel() override;

    void setRun(const RunResult &run);
    void clear();
    const RunResult &run() const { return m_run; }
    const LatencySummary *summary(int row) const;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    RunResult m_run;
    QList<LatencySummary> m_rows;
};

} // namespace bench
