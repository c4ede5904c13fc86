#pragma once

#include "explain/compare.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace explain {
class PlanCompareModel;
}

namespace ui {

// Two analysed plans side by side: total time, planning/execution time and buffers with their
// B/A ratios, then every node of the merged tree with what changed (node type, relation,
// index, rows, time). Reusable: the Explain page compares plans from its history with it, the
// index-migration wizard shows "before" and "after" an index with it.
//
//   auto *w = new ui::PlanCompareWidget(parent);
//   w->setPlans(before, after, tr("Before"), tr("After")); // explain::PlanPtr, metrics computed
class PlanCompareWidget : public QWidget {
    Q_OBJECT
public:
    explicit PlanCompareWidget(QWidget *parent = nullptr);
    ~PlanCompareWidget() override;

    void setPlans(explain::PlanPtr a, explain::PlanPtr b, const QString &labelA = {},
                  const QString &labelB = {});
    void clear();
    const explain::PlanComparison &comparison() const;
    explain::PlanCompareModel *model() const { return m_model; }
    // The summary as plain text ("Total 40.3 -> 2.0 ms (0.05x), ..."), e.g. for a report.
    QString summaryText() const;

Q_SIGNALS:
    void nodeActivated(int nodeA, int nodeB); // -1 on the side where the node does not exist

private:
    explain::PlanCompareModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    explain::PlanPtr m_a, m_b;
};

} // namespace ui
