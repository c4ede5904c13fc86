#include "bench/resultsmodel.h"

#include "bench/format.h"

#include <QLocale>

namespace bench {

ResultsModel::ResultsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

ResultsModel::~ResultsModel() = default;

void ResultsModel::setRun(const RunResult &run) {
    beginResetModel();
    m_run = run;
    m_rows = run.queries;
    if (run.poolWait.count > 0 || run.poolWait.errors > 0)
        m_rows << run.poolWait;
    endResetModel();
}

void ResultsModel::clear() {
    beginResetModel();
    m_run = {};
    m_rows.clear();
    endResetModel();
}

const LatencySummary *ResultsModel::summary(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ResultsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LatencySummary &s = m_rows[index.row()];
    const bool pool = s.name == QLatin1String("pool_wait");
    if (role == NameRole)
        return s.name;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Query ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Query)
        return s.name;
    if (role == SortRole) {
        switch (index.column()) {
        case Query:
            return s.name;
        case Count:
            return s.count;
        case Errors:
            return s.errors;
        case Throughput:
            return s.throughput;
        case P50:
            return s.p50;
        case P95:
            return s.p95;
        case P99:
            return s.p99;
        case Max:
            return s.max;
        case Mean:
            return s.mean;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale loc;
    switch (index.column()) {
    case Query:
        return queryTitle(s.name);
    case Count:
        return loc.toString(s.count);
    case Errors:
        return loc.toString(s.errors);
    case Throughput:
        return pool ? QString() : formatRate(s.throughput);
    case P50:
        return s.count ? formatMs(s.p50) : QString();
    case P95:
        return s.count ? formatMs(s.p95) : QString();
    case P99:
        return s.count ? formatMs(s.p99) : QString();
    case Max:
        return s.count ? formatMs(s.max) : QString();
    case Mean:
        return s.count ? formatMs(s.mean) : QString();
    }
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Query:
        return tr("Request");
    case Count:
        return tr("Count");
    case Errors:
        return tr("Errors");
    case Throughput:
        return tr("Throughput");
    case P50:
        return tr("p50");
    case P95:
        return tr("p95");
    case P99:
        return tr("p99");
    case Max:
        return tr("Max");
    case Mean:
        return tr("Mean");
    }
    return {};
}

} // namespace bench
