#include "monitor/healthmodel.h"

namespace monitor {

HealthModel::HealthModel(QObject *parent)
    : QAbstractItemModel(parent) {}

HealthModel::~HealthModel() = default;

void HealthModel::setReport(HealthReport report) {
    // Same checks in the same order with the same number of findings: update in place.
    bool sameShape = report.checks.size() == m_report.checks.size();
    for (int i = 0; sameShape && i < report.checks.size(); ++i)
        sameShape = report.checks.at(i).id == m_report.checks.at(i).id &&
                    report.checks.at(i).findings.size() == m_report.checks.at(i).findings.size();
    if (!sameShape) {
        beginResetModel();
        m_report = std::move(report);
        endResetModel();
        return;
    }
    m_report = std::move(report);
    if (m_report.checks.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_report.checks.size()) - 1, ColumnCount - 1));
    for (int i = 0; i < m_report.checks.size(); ++i) {
        const int n = int(m_report.checks.at(i).findings.size());
        if (n > 0) {
            const QModelIndex parent = index(i, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
        }
    }
}

QModelIndex HealthModel::checkIndex(const QString &id) const {
    for (int i = 0; i < m_report.checks.size(); ++i)
        if (m_report.checks.at(i).id == id)
            return index(i, 0);
    return {};
}

QModelIndex HealthModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_report.checks.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_report.checks.size())
        return {};
    if (row >= m_report.checks.at(parent.row()).findings.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex HealthModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int HealthModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_report.checks.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_report.checks.size())
        return 0;
    return int(m_report.checks.at(parent.row()).findings.size());
}

int HealthModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant HealthModel::data(const QModelIndex &idx, int role) const {
    if (!idx.isValid() || idx.model() != this)
        return {};
    if (idx.internalId() == 0) {
        const HealthCheck &c = m_report.checks.at(idx.row());
        switch (role) {
        case Qt::DisplayRole:
            if (idx.column() == NameColumn)
                return c.title;
            if (idx.column() == StatusColumn)
                return c.error.isEmpty() ? healthStatusLabel(c.status) : tr("Error");
            return c.summary;
        case Qt::ToolTipRole:
            return c.error.isEmpty() ? c.description : c.error;
        case StatusRole:
            return int(c.status);
        case CheckIdRole:
            return c.id;
        case EvidenceRole:
            return c.error.isEmpty() ? c.summary : c.error;
        case DescriptionRole:
            return c.description;
        case FixSqlRole:
            return QString();
        case IsCheckRole:
            return true;
        case ErrorRole:
            return c.error;
        default:
            return {};
        }
    }
    const HealthCheck &c = m_report.checks.at(int(idx.internalId() - 1));
    const HealthFinding &f = c.findings.at(idx.row());
    switch (role) {
    case Qt::DisplayRole:
        if (idx.column() == NameColumn)
            return f.object;
        if (idx.column() == StatusColumn)
            return healthStatusLabel(f.status);
        return f.evidence.section(QLatin1Char('\n'), 0, 0);
    case Qt::ToolTipRole:
        return f.evidence;
    case StatusRole:
        return int(f.status);
    case CheckIdRole:
        return c.id;
    case EvidenceRole:
        return f.evidence;
    case DescriptionRole:
        return c.description;
    case FixSqlRole:
        return f.fixSql;
    case IsCheckRole:
        return false;
    case ErrorRole:
        return QString();
    default:
        return {};
    }
}

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Check");
    case StatusColumn:
        return tr("Status");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

Qt::ItemFlags HealthModel::flags(const QModelIndex &idx) const {
    if (!idx.isValid() || idx.model() != this)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (idx.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace monitor
