#include "explain/plantreemodel.h"

#include "explain/format.h"

namespace explain {

PlanTreeModel::PlanTreeModel(QObject *parent)
    : QAbstractItemModel(parent) {}

PlanTreeModel::~PlanTreeModel() = default;

void PlanTreeModel::setPlan(PlanPtr plan) {
    beginResetModel();
    m_plan = std::move(plan);
    m_rowInParent.clear();
    if (m_plan) {
        m_rowInParent.resize(m_plan->nodes.size());
        for (const PlanNode &n : m_plan->nodes)
            for (int r = 0; r < n.children.size(); ++r)
                m_rowInParent[n.children[r]] = r;
    }
    endResetModel();
}

QModelIndex PlanTreeModel::indexForNode(int nodeId, int column) const {
    if (!m_plan || nodeId < 0 || nodeId >= m_plan->nodes.size())
        return {};
    return createIndex(nodeId == 0 ? 0 : m_rowInParent[nodeId], column, quintptr(nodeId));
}

QModelIndex PlanTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (!m_plan || m_plan->isEmpty() || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const PlanNode &p = m_plan->nodes[int(parent.internalId())];
    if (parent.column() != 0 || row >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children[row]));
}

QModelIndex PlanTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || !m_plan)
        return {};
    const int p = m_plan->nodes[int(child.internalId())].parent;
    return p < 0 ? QModelIndex() : indexForNode(p, 0);
}

int PlanTreeModel::rowCount(const QModelIndex &parent) const {
    if (!m_plan || m_plan->isEmpty())
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(m_plan->nodes[int(parent.internalId())].children.size());
}

int PlanTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant PlanTreeModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_plan)
        return {};
    const int id = int(index.internalId());
    const PlanNode &n = m_plan->nodes[id];
    const bool t = n.hasTiming, a = n.hasActuals && !n.neverExecuted;
    switch (role) {
    case NodeIdRole:
        return id;
    case HeatRole:
        return n.shareOfTotal;
    case MisestimateRole:
        return n.misestimate;
    case FindingCountRole:
        return int(m_plan->findingsFor(id).size());
    case Qt::TextAlignmentRole:
        return index.column() == Node ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Node && !n.subplanName.isEmpty())
            return n.subplanName;
        return {};
    case SortRole:
        switch (index.column()) {
        case Exclusive:
            return n.exclusiveMs;
        case Inclusive:
            return n.inclusiveMs;
        case RowsFactor:
            return n.misestimateDirection == MisestimateDirection::Over ? -n.misestimate : n.misestimate;
        case Rows:
            return n.totalRows;
        case PlanRows:
            return n.planRows;
        case Loops:
            return n.loops;
        case Buffers:
            return double(n.exclusiveBuffers.sharedTotal());
        case Node:
            return n.operationName();
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Exclusive:
            return t ? format::ms(n.exclusiveMs) : QString();
        case Inclusive:
            return t ? format::ms(n.inclusiveMs) : QString();
        case RowsFactor:
            return format::misestimate(n);
        case Rows:
            return a ? format::count(n.totalRows) : n.neverExecuted ? tr("never executed") : QString();
        case PlanRows:
            return format::count(n.planRows);
        case Loops:
            return n.hasActuals ? format::count(n.loops) : QString();
        case Buffers:
            return n.exclusiveBuffers.isZero() ? QString()
                                               : format::count(double(n.exclusiveBuffers.sharedTotal()));
        case Node: {
            QString s = n.operationName();
            if (!n.target().isEmpty())
                s += QLatin1Char(' ') + n.target();
            if (!n.subplanName.isEmpty())
                s = QLatin1Char('[') + n.subplanName + QStringLiteral("] ") + s;
            return s;
        }
        }
        return {};
    default:
        return {};
    }
}

QVariant PlanTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Exclusive:
            return tr("Time spent in the node itself (inclusive minus its children)");
        case Inclusive:
            return tr("Time of the node and everything below it (actual total time x loops)");
        case RowsFactor:
            return tr("How far the row estimate was off, per loop");
        case Buffers:
            return tr("Shared blocks hit or read by the node itself (exclusive)");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Exclusive:
        return tr("Exclusive");
    case Inclusive:
        return tr("Inclusive");
    case RowsFactor:
        return tr("Rows x");
    case Rows:
        return tr("Rows");
    case PlanRows:
        return tr("Estimated");
    case Loops:
        return tr("Loops");
    case Buffers:
        return tr("Buffers");
    case Node:
        return tr("Node");
    }
    return {};
}

} // namespace explain
