#include "explain/findingsmodel.h"

namespace explain {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

FindingsModel::~FindingsModel() = default;

void FindingsModel::setPlan(PlanPtr plan) {
    beginResetModel();
    m_plan = std::move(plan);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_plan ? 0 : int(m_plan->findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::severityText(Finding::Severity s) {
    switch (s) {
    case Finding::Severity::Info:
        return tr("Info");
    case Finding::Severity::Warning:
        return tr("Warning");
    case Finding::Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || !m_plan || index.row() >= m_plan->findings.size())
        return {};
    const Finding &f = m_plan->findings[index.row()];
    switch (role) {
    case NodeIdRole:
        return f.nodeId;
    case SeverityRole:
        return int(f.severity);
    case KindRole:
        return Finding::kindKey(f.kind);
    case HasIndexCandidateRole:
        return f.index.isValid();
    case Qt::ToolTipRole:
        return f.index.isValid() ? f.index.createStatement() : f.message;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return severityText(f.severity);
        case Node: {
            if (f.nodeId < 0 || f.nodeId >= m_plan->nodes.size())
                return QString();
            const PlanNode &n = m_plan->nodes[f.nodeId];
            return QStringLiteral("#%1 %2").arg(f.nodeId).arg(n.operationName());
        }
        case Message:
            return f.message;
        }
        return {};
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Node:
        return tr("Node");
    case Message:
        return tr("Finding");
    }
    return {};
}

} // namespace explain
