#include "bench/comparisonmodel.h"

#include "bench/format.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bench {

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent) {}

ComparisonModel::~ComparisonModel() = default;

void ComparisonModel::setRuns(const RunResult &a, const RunResult &b) {
    beginResetModel();
    m_rows.clear();
    auto add = [this](const LatencySummary &s, bool isA) {
        auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.name == s.name; });
        if (it == m_rows.end()) {
            m_rows.append({s.name, std::nullopt, std::nullopt});
            it = m_rows.end() - 1;
        }
        (isA ? it->a : it->b) = s;
    };
    for (const auto &q : a.queries)
        add(q, true);
    for (const auto &q : b.queries)
        add(q, false);
    if (a.poolWait.count > 0)
        add(a.poolWait, true);
    if (b.poolWait.count > 0)
        add(b.poolWait, false);
    m_complete = true;
    endResetModel();
}

void ComparisonModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_complete = false;
    endResetModel();
}

double ComparisonModel::value(const LatencySummary &s, int metric) {
    switch (metric) {
    case 0:
        return s.p50;
    case 1:
        return s.p95;
    case 2:
        return s.p99;
    default:
        return s.throughput;
    }
}

double ComparisonModel::ratio(int row, Column ratioColumn) const {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (row < 0 || row >= m_rows.size())
        return nan;
    const Row &r = m_rows[row];
    if (!r.a || !r.b || r.a->count == 0 || r.b->count == 0)
        return nan;
    const int metric = (int(ratioColumn) - 1) / 3;
    const double va = value(*r.a, metric), vb = value(*r.b, metric);
    if (metric < 3 && va < 0.01 && vb < 0.01)
        return nan; // both under 10 µs (an idle pool): a ratio of noise
    return va > 0 ? vb / va : nan;
}

int ComparisonModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    const int col = index.column();
    if (role == NameRole)
        return r.name;
    if (role == Qt::TextAlignmentRole)
        return col == Query ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (col == Query) {
        if (role == Qt::DisplayRole)
            return queryTitle(r.name);
        if (role == SortRole || role == Qt::ToolTipRole)
            return r.name;
        return {};
    }
    const int metric = (col - 1) / 3;
    const int kind = (col - 1) % 3; // 0 A, 1 B, 2 ratio
    const bool throughput = metric == 3;
    if (kind == 2) {
        const double q = throughput && r.name == QLatin1String("pool_wait")
                             ? std::numeric_limits<double>::quiet_NaN()
                             : ratio(index.row(), Column(col));
        const bool valid = std::isfinite(q);
        // Better: less time, or more requests per second; within 5% counts as the same.
        const int better = !valid       ? 0
                           : throughput ? (q > 1.05   ? 1
                                           : q < 0.95 ? -1
                                                      : 0)
                                        : (q < 0.95   ? 1
                                           : q > 1.05 ? -1
                                                      : 0);
        switch (role) {
        case Qt::DisplayRole:
            return valid ? formatRatio(q) : QString();
        case SortRole:
        case RatioRole:
            return valid ? QVariant(q) : QVariant();
        case BetterRole:
            return better;
        case Qt::ToolTipRole:
            if (!valid)
                return {};
            if (throughput)
                return tr("B handles %1 the requests per second of A").arg(formatRatio(q));
            return q < 1 ? tr("B is %1 faster than A").arg(formatRatio(1 / q))
                         : tr("B is %1 slower than A").arg(formatRatio(q));
        default:
            return {};
        }
    }
    const std::optional<LatencySummary> &side = kind == 0 ? r.a : r.b;
    if (!side || side->count == 0 || (throughput && r.name == QLatin1String("pool_wait")))
        return {};
    const double v = value(*side, metric);
    if (role == SortRole)
        return v;
    if (role == Qt::DisplayRole)
        return throughput ? formatRate(v) : formatMs(v);
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Query)
        return tr("Request");
    static const char *metrics[] = {QT_TR_NOOP("p50"), QT_TR_NOOP("p95"), QT_TR_NOOP("p99"),
                                    QT_TR_NOOP("Throughput")};
    const int metric = (section - 1) / 3;
    const int kind = (section - 1) % 3;
    const QString m = tr(metrics[metric]);
    return kind == 0 ? tr("%1 A").arg(m) : kind == 1 ? tr("%1 B").arg(m) : tr("%1 B/A").arg(m);
}

} // namespace bench
