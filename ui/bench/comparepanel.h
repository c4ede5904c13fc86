#pragma once

#include "bench/runresult.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace bench {
class ComparisonModel;
}

namespace ui {

// Any two saved runs side by side with ratios B/A (e.g. before and after migration 002).
class ComparePanel : public QWidget {
    Q_OBJECT
public:
    explicit ComparePanel(QWidget *parent = nullptr);
    ~ComparePanel() override;

    // The saved runs to choose from (oldest first); keeps the choice when it still exists.
    void setRuns(const QList<bench::RunResult> &runs);
    void select(const QString &idA, const QString &idB);
    bench::ComparisonModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void update();
    QList<bench::RunResult> m_runs;
    QComboBox *m_a;
    QComboBox *m_b;
    QLabel *m_hint;
    bench::ComparisonModel *m_model;
    QTableView *m_table;
};

} // namespace ui
