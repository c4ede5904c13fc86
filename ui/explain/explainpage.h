#pragma once

#include "explain/planhistory.h"
#include "explain/preparedplan.h"
#include "handover.h"
#include "page.h"
#include "pageids.h"

#include <qcoro/qcorotask.h>

namespace explain {
struct ExplainOutcome;
}

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QComboBox;
class QTabWidget;
class QTableView;

namespace explain {
class ExplainSession;
class FindingsModel;
struct ExplainOutcome;
} // namespace explain

namespace ui {

class CompareTab;
class ErrorBanner;
class ExplainOptionsBar;
class ParamsBar;
class PlanPanel;
class PlanStatsWidget;
class PlanTreeTable;

// EXPLAIN (ANALYZE, BUFFERS, ...) of a statement on a dedicated connection, or a plan loaded
// from a file, the clipboard or pasted into the editor; shown as a graphical tree, a
// tree-table, statistics, findings and text, with any two plans of the page's history compared.
//
// Other pages hand a statement over as a typed ui::ExplainRequest (handover.h):
//   handOver(this, ExplainRequest(text, values, database, run)).
class ExplainPage : public Page {
    Q_OBJECT
public:
    explicit ExplainPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~ExplainPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Explain); }
    QString title() const override { return tr("Explain"); }
    void setActive(bool active) override;
    void openWith(const QVariantMap &request) override; // an ExplainRequest (handover.h)
    // The statement into the editor (and run at once with request.run).
    void open(const ExplainRequest &request);

    // What the buttons do, callable from tests and other code.
    void runNow();
    void cancelRun();
    void loadPlanData(const QByteArray &data, const QString &label = {});
    // Both plans into the history and the Compare tab on them (plan history of a statement).
    QCoro::Task<void> comparePlans(ComparePlansRequest request);
    void loadPlanFile(const QString &path);
    void pasteFromClipboard();
    void showHistoryEntry(int index);

    bool isBusy() const { return m_busy; }
    explain::PlanPtr currentPlan() const;
    const QList<PlanHistoryEntry> &history() const { return m_history; }
    QString database() const { return m_database; }
    QPlainTextEdit *editor() const { return m_editor; }
    ParamsBar *params() const { return m_params; }
    ExplainOptionsBar *optionsBar() const { return m_options; }
    PlanPanel *planPanel() const { return m_panel; }
    PlanTreeTable *treeTable() const { return m_table; }
    PlanStatsWidget *statsWidget() const { return m_stats; }
    CompareTab *compareTab() const { return m_compare; }
    QTabWidget *tabs() const { return m_tabs; }
    ErrorBanner *errorBanner() const { return m_banner; }
    ErrorBanner *noticeBanner() const { return m_notice; }
    QString summaryText() const;

Q_SIGNALS:
    void planShown();          // a new plan is on screen
    void runFinished(bool ok); // a run or load ended (false: error or cancelled)

private:
    QCoro::Task<void> runStatement(QString sql, QStringList params, bool allowSideEffects = false);
    void confirmSideEffects(const explain::ExplainOutcome &outcome, const QString &sql,
                            const QStringList &params);
    QCoro::Task<void> prepareAndShow(QByteArray data, QString path, QString label, QString sql);
    void showPrepared(explain::PreparedPlan prepared, const QString &label, const QString &sql);
    void showRunError(const explain::ExplainOutcome &outcome, const QString &sql);
    void setBusy(bool busy, const QString &what = {});
    void chooseFile();
    void updateSummary();
    bool looksLikePlan(const QString &text) const;

    explain::ExplainSession *m_session;
    ErrorBanner *m_banner;
    ErrorBanner *m_notice;
    ExplainOptionsBar *m_options;
    QPlainTextEdit *m_editor;
    ParamsBar *m_params;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QComboBox *m_historyBox;
    QLabel *m_summary;
    QLabel *m_connectionLabel;
    QTabWidget *m_tabs;
    PlanPanel *m_panel;
    PlanTreeTable *m_table;
    PlanStatsWidget *m_stats;
    explain::FindingsModel *m_findings;
    QTableView *m_findingsView;
    CompareTab *m_compare;
    QPlainTextEdit *m_text;
    QList<PlanHistoryEntry> m_history;
    int m_current = -1;
    QString m_database;
    bool m_busy = false;
};

} // namespace ui
