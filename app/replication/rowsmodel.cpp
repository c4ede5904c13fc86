#include "replication/rowsmodel.h"

#include <QHash>
#include <QSet>

namespace replication {

RowsModel::RowsModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers)) {}

int RowsModel::rowOf(const QString &key) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return int(i);
    return -1;
}

QString RowsModel::keyAt(int row) const {
    const ModelRow *r = rowAt(row);
    return r ? r->key : QString();
}

const ModelRow *RowsModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void RowsModel::setRows(QList<ModelRow> rows) {
    // Keys are unique in the model: a repeated key keeps its first row.
    QHash<QString, qsizetype> fresh;
    QList<ModelRow> unique;
    for (auto &r : rows) {
        if (fresh.contains(r.key))
            continue;
        while (r.text.size() < m_headers.size())
            r.text << QString();
        fresh.insert(r.key, unique.size());
        unique << std::move(r);
    }
    // 1. Rows whose key is gone, removed in runs from the bottom.
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (fresh.contains(m_rows.at(r).key))
            continue;
        int first = r;
        while (first > 0 && !fresh.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows({}, first, r);
        m_rows.remove(first, r - first + 1);
        endRemoveRows();
        r = first;
    }
    // 2. Rows that stay, changed in place.
    QSet<QString> kept;
    for (int r = 0; r < m_rows.size(); ++r) {
        kept.insert(m_rows.at(r).key);
        const ModelRow &now = unique.at(fresh.value(m_rows.at(r).key));
        if (!(m_rows.at(r) == now)) {
            m_rows[r] = now;
            Q_EMIT dataChanged(index(r, 0), index(r, int(m_headers.size()) - 1));
        }
    }
    // 3. New rows at the end.
    QList<ModelRow> added;
    for (const auto &r : std::as_const(unique))
        if (!kept.contains(r.key))
            added << r;
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows += added;
        endInsertRows();
    }
    // 4. The snapshot's order (a ranking), as a layout change that moves persistent indexes.
    bool sameOrder = true;
    for (qsizetype i = 0; i < m_rows.size() && sameOrder; ++i)
        sameOrder = m_rows.at(i).key == unique.at(i).key;
    if (sameOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &i : before) {
        const qsizetype to = fresh.value(m_rows.at(i.row()).key, -1);
        after << (to < 0 ? QModelIndex() : createIndex(int(to), i.column()));
    }
    m_rows = unique;
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int RowsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RowsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_headers.size())
        return {};
    const ModelRow &r = m_rows.at(index.row());
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return r.text.value(c);
    case Qt::ToolTipRole: {
        const QString t = r.toolTips.value(c);
        return t.isEmpty() ? QVariant() : QVariant(t);
    }
    case SortRole:
        return c < r.sort.size() && r.sort.at(c).isValid() ? r.sort.at(c) : QVariant(r.text.value(c));
    case KeyRole:
        return r.key;
    case SeverityRole:
        return r.severity;
    case ProgressRole:
        return c == m_progressColumn && r.progress > -2 ? QVariant(r.progress) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers.at(section);
    return {};
}

} // namespace replication
