#pragma once

#include <QWizardPage>

#include <qcoro/qcorotask.h>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ui {

class WizardContext;

// Step 3: exactly what will run (highlighted SQL, how each migration is wrapped), where and
// as whom, and optionally the hot queries' plans now: measured (EXPLAIN ANALYZE, rolled
// back) and, with HypoPG, with the new indexes as hypothetical ones. "Run" commits.
class ReviewPage : public QWizardPage {
    Q_OBJECT
public:
    ReviewPage(WizardContext *context, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isCapturing() const { return m_capturing; }

Q_SIGNALS:
    void plansCaptured();

private:
    QCoro::Task<void> capture();

    WizardContext *m_ctx;
    QLabel *m_confirm;
    QPlainTextEdit *m_sql;
    QCheckBox *m_withPlans;
    QPushButton *m_captureNow;
    QTableWidget *m_plans;
    QLabel *m_note;
    bool m_capturing = false;
};

} // namespace ui
