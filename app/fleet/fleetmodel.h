#pragma once

#include "fleet/fleetstatus.h"

#include <QAbstractItemModel>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace fleet {

class FleetCollector;

// The Fleet page's table: one row per group (folder), the servers under it (a server without a
// group sits under "Ungrouped"). Follows the collector: a sample changes the cells of that row
// whose values moved (one dataChanged per cell, so the view repaints those cells and not its
// whole viewport; usually the TPS cell and its sparkline), the list of servers a reset. Samples
// arrive one server at a time; the rows they change are applied together every CoalesceMs, so a
// refresh of twenty servers repaints a few cells a few times.
class FleetModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        State, // reachable, or why not
        Version,
        Role,
        Active,
        Waiting,
        Tps, // sparkline (TpsValuesRole) and the latest rate
        CacheHit,
        Lag,
        Health,
        Alerts,
        ColumnCount
    };
    enum Roles {
        ProfileIdRole = Qt::UserRole + 1,
        SortRole,
        TpsValuesRole, // QList<double> of the last hour
        ReachableRole, // bool (servers), invalid for groups
        IsGroupRole,
        StateKindRole, // int(ServerStatus::State)
        HealthCriticalRole,
        FilterRole, // the text the filter box matches
    };

    static constexpr int CoalesceMs = 500;
    static constexpr int SparklinePoints = 120; // the line's points (buckets of the last hour)

    explicit FleetModel(FleetCollector *collector, QObject *parent = nullptr);
    // The hour's values reduced to at most `points` bucket averages, oldest first.
    static QList<double> downsample(const QList<TpsPoint> &points, int buckets);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString &profileId, int column = 0) const;
    const ServerStatus *server(const QModelIndex &index) const;
    int serverCount() const;

    // Formatting shared with `pgdba fleet` (text output).
    static QString formatTps(const std::optional<double> &tps);
    static QString formatCacheHit(const std::optional<double> &hit);
    static QString formatLag(const std::optional<double> &lagS);
    static QString formatHealth(const ServerStatus &s);

Q_SIGNALS:
    void rowsUpdated(); // after the pending server updates were applied

private:
    struct Group {
        QString name;
        QList<ServerStatus> servers;
        QList<QList<double>> sparklines; // per server, downsampled
    };
    void rebuild();
    void flush();
    QVariant serverData(const ServerStatus &s, int column, int role) const;

    FleetCollector *m_collector;
    QList<Group> m_groups;
    QSet<QString> m_pending;
    QTimer *m_flush; // a child: its timer events are the model's (bench_fleet counts them)
};

// Sorting within each group (groups stay in name order) and a filter that keeps a server when
// its name, group, state, version or role contains the text (a group row stays while one of its
// servers matches).
class FleetFilter final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FleetFilter(QObject *parent = nullptr);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &a, const QModelIndex &b) const override;

private:
    QString m_text;
};

} // namespace fleet
