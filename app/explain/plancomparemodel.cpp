#include "explain/plancomparemodel.h"

#include "explain/format.h"

#include <QLocale>

namespace explain {

PlanCompareModel::PlanCompareModel(QObject *parent)
    : QAbstractTableModel(parent) {}

PlanCompareModel::~PlanCompareModel() = default;

void PlanCompareModel::setComparison(PlanPtr a, PlanPtr b, PlanComparison comparison) {
    beginResetModel();
    m_a = std::move(a);
    m_b = std::move(b);
    m_cmp = std::move(comparison);
    endResetModel();
}

void PlanCompareModel::clear() {
    setComparison({}, {}, {});
}

int PlanCompareModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_a || !m_b ? 0 : int(m_cmp.nodes.size());
}

int PlanCompareModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanCompareModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_a || !m_b || index.row() >= m_cmp.nodes.size())
        return {};
    const NodeChange &c = m_cmp.nodes[index.row()];
    const PlanNode *a = c.nodeA >= 0 ? &m_a->nodes[c.nodeA] : nullptr;
    const PlanNode *b = c.nodeB >= 0 ? &m_b->nodes[c.nodeB] : nullptr;
    auto ratio = [](double r) {
        return r > 0 ? QStringLiteral("%1x").arg(QLocale().toString(r, 'g', 3)) : QString();
    };
    switch (role) {
    case KindRole:
        return int(c.kind);
    case NodeARole:
        return c.nodeA;
    case NodeBRole:
        return c.nodeB;
    case DepthRole:
        return c.depth;
    case Qt::ToolTipRole:
        return c.details.join(QLatin1Char('\n'));
    case Qt::TextAlignmentRole:
        return index.column() <= Change ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case TimeA:
            return a ? a->exclusiveMs : 0.0;
        case TimeB:
            return b ? b->exclusiveMs : 0.0;
        case TimeRatio:
            return c.timeRatio;
        case RowsA:
            return a ? a->totalRows : 0.0;
        case RowsB:
            return b ? b->totalRows : 0.0;
        case RowsRatio:
            return c.rowsRatio;
        default:
            return index.row();
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Node: {
        QString name;
        auto label = [](const PlanNode *n) -> QString {
            return n->target().isEmpty() ? n->operationName()
                                         : n->operationName() + QLatin1Char(' ') + n->target();
        };
        if (a && b && (c.fields & (NodeChange::NodeType | NodeChange::Relation | NodeChange::Index)))
            name = label(a) + QStringLiteral(" \u2192 ") + label(b);
        else
            name = label(a ? a : b);
        return QString(QString(std::min(c.depth, 60) * 2, QLatin1Char(' ')) + name);
    }
    case Change:
        switch (c.kind) {
        case NodeChange::Kind::Same:
            return QString();
        case NodeChange::Kind::Added:
            return tr("only in B");
        case NodeChange::Kind::Removed:
            return tr("only in A");
        case NodeChange::Kind::Changed: {
            QStringList what;
            if (c.fields & NodeChange::NodeType)
                what << tr("node type");
            if (c.fields & NodeChange::Relation)
                what << tr("relation");
            if (c.fields & NodeChange::Index)
                what << tr("index");
            if (c.fields & NodeChange::Rows)
                what << tr("rows");
            if (c.fields & NodeChange::Time)
                what << tr("time");
            return what.join(QStringLiteral(", "));
        }
        }
        return {};
    case TimeA:
        return a && a->hasTiming ? format::ms(a->exclusiveMs) : QString();
    case TimeB:
        return b && b->hasTiming ? format::ms(b->exclusiveMs) : QString();
    case TimeRatio:
        return ratio(c.timeRatio);
    case RowsA:
        return a && a->hasActuals ? format::count(a->totalRows) : QString();
    case RowsB:
        return b && b->hasActuals ? format::count(b->totalRows) : QString();
    case RowsRatio:
        return ratio(c.rowsRatio);
    }
    return {};
}

QVariant PlanCompareModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Node:
        return tr("Node");
    case Change:
        return tr("Changed");
    case TimeA:
        return tr("Time A");
    case TimeB:
        return tr("Time B");
    case TimeRatio:
        return tr("B/A");
    case RowsA:
        return tr("Rows A");
    case RowsB:
        return tr("Rows B");
    case RowsRatio:
        return tr("B/A");
    }
    return {};
}

} // namespace explain
