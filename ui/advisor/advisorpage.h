#pragma once

#include "page.h"
#include "pageids.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace advisor {
class EffectModel;
class ProposalModel;
class Runner;
} // namespace advisor

namespace ui {

class ErrorBanner;

// "Index advice": the workload index advisor (advisor::Runner, app/advisor) for the connected
// database. Proposed indexes to create (HypoPG-costed, with the statements each helps and by how
// much, estimated size and write cost) and to drop (with the statements that use them now);
// ticked ones become a new migration file that the migration wizard opens.
class AdvisorPage : public Page {
    Q_OBJECT
public:
    explicit AdvisorPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~AdvisorPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Advisor); }
    QString title() const override { return tr("Index advice"); }

    advisor::Runner *runner() const { return m_runner; }
    advisor::ProposalModel *proposals() const { return m_proposals; }
    advisor::EffectModel *effects() const { return m_effects; }
    QTableView *proposalView() const { return m_proposalView; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *migrationButton() const { return m_migration; }
    QLineEdit *folderEdit() const { return m_folder; }
    // Writes the ticked proposals as the folder's next migration and opens the wizard on it.
    bool createMigration();

private:
    void start();
    void showResult();
    void showEffects();
    void updateButtons();
    void explainSelected();

    advisor::Runner *m_runner;
    advisor::ProposalModel *m_proposals;
    advisor::EffectModel *m_effects;
    ErrorBanner *m_banner;
    QSpinBox *m_top;
    QSpinBox *m_max;
    QCheckBox *m_writes;
    QPushButton *m_run;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_proposalView;
    QTableView *m_effectView;
    QLabel *m_effectTitle;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QPushButton *m_migration;
    QPushButton *m_explain;
};

} // namespace ui
