#pragma once

#include "bench/runresult.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace bench {
class ResultsModel;
}

namespace ui {

// One run's results: the per-request table, the claim counts and the correctness check.
// Selecting a row picks the histogram to show (querySelected).
class ResultsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget *parent = nullptr);
    ~ResultsPanel() override;

    void setRun(const bench::RunResult &run);
    void clear();
    bench::ResultsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString checkText() const;
    // The request whose histogram matters most in this run (claim, list_new, ...).
    static QString mainQuery(const bench::RunResult &run);

Q_SIGNALS:
    void querySelected(const QString &title, const bench::Histogram &histogram);

private:
    void selectRow(int row);
    bench::ResultsModel *m_model;
    QTableView *m_table;
    QLabel *m_header;
    QLabel *m_setup;
    QLabel *m_claims;
    QLabel *m_check;
};

} // namespace ui
