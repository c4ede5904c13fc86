#pragma once

#include <QVariantMap>
#include <QWizardPage>

#include <qcoro/qcorotask.h>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ui {

class ErrorBanner;
class WizardContext;

// Step 2: every preflight check with pass / info / warn / fail and why. A fail blocks Next.
// INVALID indexes left by earlier builds can be dropped from here (with a confirmation that
// shows the statement); long transactions link to the Activity page. The lock timeout set
// here is used for the run.
class PreflightPage : public QWizardPage {
    Q_OBJECT
public:
    PreflightPage(WizardContext *context, QWidget *parent = nullptr);
    ~PreflightPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isLoading() const { return m_loading; }
    // Asks to drop the INVALID index of the selected check (opens the confirmation).
    void dropSelected();

Q_SIGNALS:
    void loaded();
    void navigateRequested(const QString &pageId, const QVariantMap &request);

private:
    QCoro::Task<void> runChecks();
    QCoro::Task<void> drop(QString index);
    void fill();
    void selectionChanged();

    WizardContext *m_ctx;
    ErrorBanner *m_banner;
    QSpinBox *m_lockTimeout;
    QPushButton *m_again;
    QLabel *m_summary;
    QTreeWidget *m_checks;
    QPushButton *m_drop;
    QPushButton *m_activity;
    QCheckBox *m_confirmDestructive; // shown when statements destroy data: the run needs it ticked
    bool needsDestructiveConfirmation() const;
    bool m_loading = false;
};

} // namespace ui
