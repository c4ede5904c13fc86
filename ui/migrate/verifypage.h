#pragma once

#include <QWizardPage>

#include <qcoro/qcorotask.h>

class QLabel;
class QTableView;
class QTableWidget;

namespace explain {
class PlanCompareModel;
}

namespace ui {

class WizardContext;

// Step 5: what verification found (every index valid and ready, its size; dropped ones gone),
// the version record, and the hot queries' plans after the run next to the plans before
// (Index Scan / Index Only Scan where there was a Seq Scan), with the node-by-node plan
// comparison of the EXPLAIN page's explain::compare for the selected query.
class VerifyPage : public QWizardPage {
    Q_OBJECT
public:
    VerifyPage(WizardContext *context, QWidget *parent = nullptr);
    ~VerifyPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded();

private:
    QCoro::Task<void> load();
    void showComparison(int row);

    WizardContext *m_ctx;
    QLabel *m_verdict;
    QTableWidget *m_indexes;
    QLabel *m_recorded;
    QTableWidget *m_plans;
    QLabel *m_compareSummary;
    explain::PlanCompareModel *m_compareModel;
    QTableView *m_compare;
    bool m_loading = false;
};

} // namespace ui
