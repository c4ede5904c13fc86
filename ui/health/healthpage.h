#pragma once

#include "page.h"

#include <qcoro/qcorotask.h>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace monitor {
class HealthModel;
class Poller;
} // namespace monitor

namespace ui {

class ErrorBanner;
class HealthViewProxy;
class ThresholdsPanel;

// Health checks with the ticket's alerts: every check's status, its findings with their
// evidence and the SQL that fixes them; thresholds editable on the page.
class HealthPage : public Page {
    Q_OBJECT
public:
    explicit HealthPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~HealthPage() override;

    QString pageId() const override { return QStringLiteral("health"); }
    QString title() const override { return tr("Health"); }
    void setActive(bool active) override;
    void refresh() override;

    monitor::HealthModel *model() const { return m_model; }
    ThresholdsPanel *thresholdsPanel() const { return m_thresholds; }
    QTreeView *tree() const { return m_tree; }

Q_SIGNALS:
    void checked(); // a report arrived

private:
    QCoro::Task<void> load(quint64 generation);
    void showDetails();
    void expandProblems();
    void recheck(); // now, or right after the check in flight (whose result is dropped)

    monitor::Poller *m_poller;
    ErrorBanner *m_banner;
    QLabel *m_summary;
    monitor::HealthModel *m_model;
    HealthViewProxy *m_proxy;
    QTreeView *m_tree;
    QTabWidget *m_side;
    QLabel *m_description;
    QPlainTextEdit *m_evidence;
    QPlainTextEdit *m_fix;
    QPushButton *m_copyFix;
    ThresholdsPanel *m_thresholds;
};

} // namespace ui
