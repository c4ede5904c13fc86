#pragma once

#include "page.h"
#include "pageids.h"

#include <QPointer>

class QLabel;
class QMessageBox;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace vacuum {
class BloatModel;
class HorizonControl;
class HorizonModel;
class IndexBloatModel;
class RunningModel;
class TablesModel;
class VacuumCollector;
enum class HorizonAction;
} // namespace vacuum

namespace ui {

class ErrorBanner;

// Vacuum: running maintenance (VACUUM, ANALYZE, CREATE INDEX, CLUSTER, base backups, COPY) with
// phase and a progress bar each; autovacuum workers in use; what holds back the xmin horizon,
// ranked, with the action that releases each holder (terminate, roll back / commit prepared,
// drop slot: run after a confirmation that shows the statement exactly, audited; or copied);
// tables ranked by how close they are to autovacuum and to an anti-wraparound vacuum; table and
// index bloat (estimate, or pgstattuple's exact figures) with growth from history. Data from
// vacuum::VacuumCollector and the models in app/vacuum; actions by vacuum::HorizonControl.
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
    QTreeView *runningView() const { return m_running; }
    QTreeView *horizonView() const { return m_horizon; }
    QTreeView *tablesView() const { return m_tables; }
    QTreeView *bloatView() const { return m_bloat; }
    QTreeView *indexBloatView() const { return m_indexBloat; }
    vacuum::RunningModel *runningModel() const { return m_runningModel; }
    vacuum::HorizonModel *horizonModel() const { return m_horizonModel; }
    vacuum::TablesModel *tablesModel() const { return m_tablesModel; }
    vacuum::BloatModel *bloatModel() const { return m_bloatModel; }
    vacuum::IndexBloatModel *indexBloatModel() const { return m_indexBloatModel; }

    // Asks to run `action` on the holder with model key `key`: opens the confirmation
    // (returned, nullptr when the holder or action does not exist); "Run" runs it.
    QMessageBox *requestHorizonAction(const QString &key, vacuum::HorizonAction action);

Q_SIGNALS:
    void horizonActionFinished(const QString &key, const QString &outcome);

private:
    void followServer();
    void showSnapshot();
    void updateHorizonButtons();
    QString currentHolderKey() const;

    vacuum::VacuumCollector *m_collector;
    vacuum::RunningModel *m_runningModel;
    vacuum::HorizonModel *m_horizonModel;
    vacuum::TablesModel *m_tablesModel;
    vacuum::BloatModel *m_bloatModel;
    vacuum::IndexBloatModel *m_indexBloatModel;
    ErrorBanner *m_banner;
    QLabel *m_summary;
    QTreeView *m_running;
    QTreeView *m_horizon;
    QList<QPushButton *> m_actionButtons; // one per vacuum::HorizonAction
    QPushButton *m_copyAction;
    QLabel *m_actionHint;
    QTreeView *m_tables;
    QTabWidget *m_bloatTabs;
    QTreeView *m_bloat;
    QTreeView *m_indexBloat;
    QLabel *m_bloatNote;
    QPointer<vacuum::HorizonControl> m_control;
};

} // namespace ui
