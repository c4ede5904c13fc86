#pragma once

#include "page.h"
#include "pageids.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace vacuum {
class VacuumCollector;
}

namespace ui {

class ErrorBanner;

// Vacuum: running maintenance (VACUUM, ANALYZE, CREATE INDEX, CLUSTER, base backups, COPY) with
// phase and a progress bar each; autovacuum workers in use; what holds back the xmin horizon,
// ranked, with the statement that releases each holder; tables ranked by how close they are to
// autovacuum and to an anti-wraparound vacuum; table bloat (estimate, or pgstattuple's exact
// figures) with growth from history. Data from vacuum::VacuumCollector; this page presents it.
class VacuumPage : public Page {
    Q_OBJECT
public:
    explicit VacuumPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~VacuumPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Vacuum); }
    QString title() const override { return tr("Vacuum"); }
    void setActive(bool active) override;
    void refresh() override;

    vacuum::VacuumCollector *collector() const { return m_collector; }
    QTreeWidget *runningView() const { return m_running; }
    QTreeWidget *horizonView() const { return m_horizon; }
    QTreeWidget *tablesView() const { return m_tables; }
    QTreeWidget *bloatView() const { return m_bloat; }

private:
    void followServer();
    void showSnapshot();

    vacuum::VacuumCollector *m_collector;
    ErrorBanner *m_banner;
    QLabel *m_summary;
    QTreeWidget *m_running;
    QTreeWidget *m_horizon;
    QPushButton *m_copyAction;
    QTreeWidget *m_tables;
    QTreeWidget *m_bloat;
    QLabel *m_bloatNote;
};

} // namespace ui
