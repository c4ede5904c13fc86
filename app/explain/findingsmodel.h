#pragma once

#include "explain/plan.h"

#include <QAbstractTableModel>

namespace explain {

// The findings of a plan, most severe first.
class FindingsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Node, Message, ColumnCount };
    enum Roles { NodeIdRole = Qt::UserRole + 1, SeverityRole, KindRole, HasIndexCandidateRole };

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;

    void setPlan(PlanPtr plan);
    Finding finding(int row) const { return m_plan ? m_plan->findings.value(row) : Finding(); }

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    static QString severityText(Finding::Severity s);

private:
    PlanPtr m_plan;
};

} // namespace explain
