#pragma once

#include "monitor/healthtypes.h"

#include <QAbstractItemModel>

namespace monitor {

// The health report as a tree: one row per check (status, summary), its findings as
// children (object, status, evidence). Rows are updated in place between refreshes when
// the checks stay the same, so a selection survives.
class HealthModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, DetailColumn, ColumnCount };
    enum Roles {
        StatusRole = Qt::UserRole + 1,
        CheckIdRole,
        FixSqlRole,
        EvidenceRole,
        DescriptionRole,
        IsCheckRole,
        ErrorRole
    };

    explicit HealthModel(QObject *parent = nullptr);
    ~HealthModel() override;

    void setReport(HealthReport report);
    const HealthReport &report() const { return m_report; }
    QModelIndex checkIndex(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const final;
    QModelIndex parent(const QModelIndex &child) const final;
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;
    Qt::ItemFlags flags(const QModelIndex &index) const final;

private:
    // internalId 0: a check row; n > 0: a finding of check n - 1.
    HealthReport m_report;
};

} // namespace monitor
