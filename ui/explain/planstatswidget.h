#pragma once

#include "explain/planstats.h"

#include <QWidget>

class QTableView;

namespace explain {
class PlanStatsModel;
}

namespace ui {

// Statistics per node type, per table and per index, side by side, sortable.
class PlanStatsWidget : public QWidget {
    Q_OBJECT
public:
    explicit PlanStatsWidget(QWidget *parent = nullptr);
    ~PlanStatsWidget() override;
    void setStats(const explain::PlanStats &stats);
    explain::PlanStatsModel *nodeTypes() const { return m_types; }
    explain::PlanStatsModel *tables() const { return m_tables; }
    explain::PlanStatsModel *indexes() const { return m_indexes; }

private:
    QTableView *addTable(explain::PlanStatsModel *model, const QString &title);
    explain::PlanStatsModel *m_types, *m_tables, *m_indexes;
};

} // namespace ui
