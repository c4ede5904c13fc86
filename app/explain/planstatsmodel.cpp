#include "explain/planstatsmodel.h"

#include "explain/format.h"

#include <QLocale>

namespace explain {

PlanStatsModel::PlanStatsModel(QString keyTitle, QObject *parent)
    : QAbstractTableModel(parent)
    , m_keyTitle(std::move(keyTitle)) {}

PlanStatsModel::~PlanStatsModel() = default;

void PlanStatsModel::setRows(QList<StatsRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PlanStatsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}
int PlanStatsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanStatsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StatsRow &r = m_rows[index.row()];
    if (role == HeatRole)
        return r.share;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Key ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Key:
            return r.key;
        case Nodes:
            return r.nodes;
        case ExclusiveTime:
            return r.exclusiveMs;
        case Share:
            return r.share;
        case Rows:
            return r.rows;
        case Blocks:
            return double(r.blocks);
        case WorstMisestimate:
            return r.worstMisestimate;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Key:
        return r.key;
    case Nodes:
        return r.nodes;
    case ExclusiveTime:
        return format::ms(r.exclusiveMs);
    case Share:
        return format::share(r.share);
    case Rows:
        return format::count(r.rows);
    case Blocks:
        return format::count(double(r.blocks));
    case WorstMisestimate:
        return r.worstMisestimate > 1 ? tr("%1x").arg(QLocale().toString(r.worstMisestimate, 'f',
                                                                         r.worstMisestimate < 10 ? 1 : 0))
                                      : QString();
    }
    return {};
}

QVariant PlanStatsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return m_keyTitle;
    case Nodes:
        return tr("Nodes");
    case ExclusiveTime:
        return tr("Exclusive time");
    case Share:
        return tr("Share");
    case Rows:
        return tr("Rows");
    case Blocks:
        return tr("Blocks");
    case WorstMisestimate:
        return tr("Worst misestimate");
    }
    return {};
}

} // namespace explain
