#pragma once

#include "bench/runresult.h"
#include "page.h"
#include "pageids.h"

#include <qcoro/qcorotask.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace bench {
class RunLibrary;
class Runner;
} // namespace bench

namespace ui {

class ComparePanel;
class ErrorBanner;
class HistogramChart;
class LiveChart;
class ResultsPanel;

// The ticket's workload benchmark: choose a scenario, couriers and duration; watch
// throughput and p95 live; read the per-request table, histogram and correctness check;
// compare any two saved runs. The run itself is bench::Runner in this event loop (all
// async: the window stays responsive), results go to the history store.
class BenchmarkPage : public Page {
    Q_OBJECT
public:
    explicit BenchmarkPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~BenchmarkPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Benchmark); }
    QString title() const override { return tr("Benchmark"); }
    void setActive(bool active) override;
    void refresh() override;

    bool isRunning() const { return m_runner != nullptr; }
    ResultsPanel *results() const { return m_results; }
    ComparePanel *compare() const { return m_compare; }
    LiveChart *liveChart() const { return m_live; }
    HistogramChart *histogram() const { return m_histogram; }

Q_SIGNALS:
    void runFinished(const bench::RunResult &result);

private:
    QCoro::Task<void> loadServerState(quint64 generation);
    void requestStart();
    void startRun(const bench::RunConfig &config);
    void onFinished(bench::RunResult result);
    void showRun(const bench::RunResult &run);
    QCoro::Task<void> reloadRuns(QString selectLatestId = {});
    void updateDescription();
    void updateButtons();
    bench::RunConfig currentConfig() const;

    ErrorBanner *m_banner;
    QLabel *m_database;
    QComboBox *m_scenario;
    QSpinBox *m_couriers;
    QSpinBox *m_duration;
    QSpinBox *m_poolMin;
    QSpinBox *m_poolMax;
    QLineEdit *m_label;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_description;
    QLabel *m_status;
    LiveChart *m_live;
    HistogramChart *m_histogram;
    QTabWidget *m_tabs;
    ResultsPanel *m_results;
    ComparePanel *m_compare;
    bench::RunLibrary *m_library;
    bench::Runner *m_runner = nullptr;
    QString m_runServer;
    quint64 m_generation = 0;
    bool m_hasSchema = false;
};

} // namespace ui
