#pragma once

#include "explain/planhistory.h"

#include <QWidget>

class QComboBox;

namespace ui {

class PlanCompareWidget;

// Compare any two plans of the page's history: pick A and B, see PlanCompareWidget.
class CompareTab : public QWidget {
    Q_OBJECT
public:
    explicit CompareTab(QWidget *parent = nullptr);
    ~CompareTab() override;

    void setHistory(const QList<PlanHistoryEntry> &history);
    void choose(int a, int b);
    PlanCompareWidget *compareWidget() const { return m_compare; }

private:
    void update();
    QComboBox *m_a, *m_b;
    PlanCompareWidget *m_compare;
    QList<PlanHistoryEntry> m_history;
};

} // namespace ui
