#include "monitor/activityfilter.h"

#include "monitor/activitymodel.h"

namespace monitor {

ActivityFilter::ActivityFilter(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ActivityModel::SortRole);
    setDynamicSortFilter(true);
    // Any changed column re-checks the row: durations (and so the minimum) move every refresh.
    setFilterKeyColumn(-1);
}

ActivityFilter::~ActivityFilter() = default;

void ActivityFilter::setSourceModel(QAbstractItemModel *model) {
    m_model = qobject_cast<ActivityModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ActivityFilter::changed() {
    invalidateRowsFilter();
}

void ActivityFilter::setHideIdle(bool hide) {
    if (hide != m_hideIdle) {
        m_hideIdle = hide;
        changed();
    }
}

void ActivityFilter::setState(const QString &state) {
    if (state != m_state) {
        m_state = state;
        changed();
    }
}

void ActivityFilter::setDatabase(const QString &text) {
    if (text != m_database) {
        m_database = text;
        changed();
    }
}

void ActivityFilter::setUser(const QString &text) {
    if (text != m_user) {
        m_user = text;
        changed();
    }
}

void ActivityFilter::setApplication(const QString &text) {
    if (text != m_application) {
        m_application = text;
        changed();
    }
}

void ActivityFilter::setQueryText(const QString &text) {
    if (text != m_queryText) {
        m_queryText = text;
        changed();
    }
}

void ActivityFilter::setMinDurationMs(qint64 ms) {
    if (ms != m_minDurationMs) {
        m_minDurationMs = ms;
        changed();
    }
}

bool ActivityFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const {
    if (!m_model)
        return true;
    const ActivitySession *s = m_model->sessionAt(sourceRow);
    if (!s)
        return false;
    if (m_hideIdle && s->isIdle())
        return false;
    if (!m_state.isEmpty()) {
        if (m_state == QLatin1String(WaitingState)) {
            if (!s->isWaitingOnLock())
                return false;
        } else if (m_state == QLatin1String(BlockingState)) {
            if (!m_model->isBlocker(s->pid))
                return false;
        } else if (s->state != m_state) {
            return false;
        }
    }
    auto contains = [](const QString &value, const QString &needle) {
        return needle.isEmpty() || value.contains(needle, Qt::CaseInsensitive);
    };
    if (!contains(s->database, m_database) || !contains(s->user, m_user) ||
        !contains(s->application, m_application) || !contains(s->query, m_queryText))
        return false;
    if (m_minDurationMs > 0 && m_model->durationMs(*s) < m_minDurationMs)
        return false;
    return true;
}

} // namespace monitor
