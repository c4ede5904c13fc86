#include "monitor/statementfilterproxy.h"

#include "monitor/statementmodel.h"

namespace monitor {

StatementFilterProxy::StatementFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(StatementModel::SortRole);
}

void StatementFilterProxy::setSourceModel(QAbstractItemModel *source) {
    m_model = qobject_cast<StatementModel *>(source);
    QSortFilterProxyModel::setSourceModel(source);
}

void StatementFilterProxy::sort(int column, Qt::SortOrder order) {
    // The proxy keeps the source order; the source sorts itself.
    if (m_model)
        m_model->sort(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
}

void StatementFilterProxy::refilter() {
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-runs filterAcceptsRow.
    invalidateFilter();
}

void StatementFilterProxy::setDatabase(const QString &db) {
    if (db == m_database)
        return;
    m_database = db;
    refilter();
}

void StatementFilterProxy::setUser(const QString &user) {
    if (user == m_user)
        return;
    m_user = user;
    refilter();
}

void StatementFilterProxy::setText(const QString &text) {
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    refilter();
}

void StatementFilterProxy::setOnlySlow(bool only) {
    if (only == m_onlySlow)
        return;
    m_onlySlow = only;
    refilter();
}

bool StatementFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (sourceParent.isValid())
        return false;
    if (m_model) {
        const StatementRow &r = m_model->row(sourceRow);
        if (!m_database.isEmpty() && r.totals.database != m_database)
            return false;
        if (!m_user.isEmpty() && r.totals.user != m_user)
            return false;
        if (m_onlySlow && !(r.totals.meanExecMs > m_model->slowThresholdMs()))
            return false;
        if (!m_text.isEmpty()) {
            const QString &hay = r.text.isEmpty() ? StatementModel::oneLine(r) : r.text;
            if (!hay.contains(m_text, Qt::CaseInsensitive) && QString::number(r.totals.key.queryid) != m_text)
                return false;
        }
        return true;
    }
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_database.isEmpty() && i.data(StatementModel::DatabaseNameRole).toString() != m_database)
        return false;
    if (!m_user.isEmpty() && i.data(StatementModel::UserNameRole).toString() != m_user)
        return false;
    if (m_onlySlow && !i.data(StatementModel::SlowRole).toBool())
        return false;
    return m_text.isEmpty() ||
           i.data(StatementModel::QueryTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace monitor
