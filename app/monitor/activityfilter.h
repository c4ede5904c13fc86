#pragma once

#include <QSortFilterProxyModel>

namespace monitor {

class ActivityModel;

// The activity table's filters and sort (any column, through ActivityModel::SortRole).
// Text filters match case-insensitively anywhere in the value; empty means "any".
class ActivityFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    // Pseudo-states besides pg_stat_activity's own: like pg_activity's waiting/blocking modes.
    static constexpr const char *WaitingState = "waiting";
    static constexpr const char *BlockingState = "blocking";

    explicit ActivityFilter(QObject *parent = nullptr);
    ~ActivityFilter() override;

    void setSourceModel(QAbstractItemModel *model) override;

    void setHideIdle(bool hide); // idle sessions and background processes without a state
    bool hideIdle() const { return m_hideIdle; }
    void setState(const QString &state); // exact state, "waiting", "blocking" or empty
    QString state() const { return m_state; }
    void setDatabase(const QString &text);
    void setUser(const QString &text);
    void setApplication(const QString &text);
    void setQueryText(const QString &text);
    void setMinDurationMs(qint64 ms); // in the model's duration mode; 0 = no minimum
    qint64 minDurationMs() const { return m_minDurationMs; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();
    ActivityModel *m_model = nullptr;
    bool m_hideIdle = true;
    QString m_state;
    QString m_database;
    QString m_user;
    QString m_application;
    QString m_queryText;
    qint64 m_minDurationMs = 0;
};

} // namespace monitor
