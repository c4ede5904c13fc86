#pragma once

#include "migrate/progresswatcher.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWizardPage>

#include <qcoro/qcorotask.h>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace migrate {
class Runner;
}

namespace ui {

class WizardContext;

// Step 4: the run, statement by statement: a progress bar per index from
// pg_stat_progress_create_index (phase, blocks, tuples), elapsed time, a log, and Cancel
// (cancels the build, then drops the INVALID index it leaves).
class RunPage : public QWizardPage {
    Q_OBJECT
public:
    RunPage(WizardContext *context, QWidget *parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }
    void cancelRun();
    QString logText() const;

Q_SIGNALS:
    void runFinished(bool ok);

private:
    struct Row {
        QLabel *name;
        QProgressBar *bar;
        QLabel *state;
    };
    QCoro::Task<void> start();
    void buildRows();
    Row *rowFor(int migration, int statement);
    void onProgress(const migrate::BuildProgress &b);
    void tick();

    WizardContext *m_ctx;
    QLabel *m_header;
    QLabel *m_elapsed;
    QWidget *m_rowsHost;
    QGridLayout *m_rows;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    migrate::Runner *m_runner = nullptr;
    QList<QList<Row>> m_table; // [migration][statement]
    int m_currentMigration = -1;
    int m_currentStatement = -1;
    bool m_running = false;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace ui
