#pragma once

#include "migrate/migration.h"
#include "migrate/oneoff.h"

#include <QVariantMap>
#include <QWizard>

namespace core {
class Workspace;
}

namespace ui {

class WizardContext;

// The guided index migration: Choose -> Preflight -> Review -> Run -> Verify -> Summary.
// Non-modal (open it with open()); it runs on its own connections, so the main window keeps
// working while a build runs. Entry points:
//   - the Migrations page ("Apply...", "Roll back...");
//   - MigrationWizard::createIndex(workspace, request, parent): a one-off migration for one
//     index (a migrate::IndexRequest), e.g. from an EXPLAIN finding;
//   - handOver(page, CreateIndexRequest(request)) (handover.h): the "migrations" page calls it.
class MigrationWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { Choose, Preflight, Review, Run, Verify, Summary };

    explicit MigrationWizard(core::Workspace *workspace, QWidget *parent = nullptr);
    ~MigrationWizard() override;

    WizardContext *context() const { return m_context; }
    // Preselects a folder, direction and target version (before open()).
    void preset(const QString &folder, migrate::Direction d, const QString &version);
    void setOneOff(const migrate::IndexRequest &createIndex);

    static MigrationWizard *createIndex(core::Workspace *workspace, const migrate::IndexRequest &createIndex,
                                        QWidget *parent);

Q_SIGNALS:
    // A check links to another page (e.g. the long transactions to "activity").
    void navigateRequested(const QString &pageId, const QVariantMap &request);
    void migrationsChanged(); // a run applied or rolled back something

public Q_SLOTS:
    // Refused while statements run (Cancel on the Run page stops the build first).
    void reject() override;

private:
    WizardContext *m_context;
};

} // namespace ui
