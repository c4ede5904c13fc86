#pragma once

#include "page.h"
#include "pageids.h"

#include "migrate/catalog.h"
#include "migrate/migration.h"

#include <QPointer>

#include <qcoro/qcorotask.h>

class QLabel;
class QPushButton;
class QTableView;

namespace migrate {
class MigrationListModel;
}

namespace ui {

class ErrorBanner;
class MigrationWizard;

// The "migrations" page: a folder's migrations and their status on the current server
// (applied / pending / failed / drift), Alembic's version, INVALID leftovers; opens the
// migration wizard (non-modal) to apply or roll back, exports SQL and Alembic revisions.
// openWith() with a CreateIndexRequest (handover.h) opens the wizard with a one-off index migration;
// with an OpenMigrationRequest it opens that folder and the wizard on that version (Up).
class MigrationsPage : public Page {
    Q_OBJECT
public:
    explicit MigrationsPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~MigrationsPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Migrations); }
    QString title() const override { return tr("Migrations"); }
    void setActive(bool active) override;
    void refresh() override;
    void openWith(const QVariantMap &request) override;

    void setFolder(const QString &folder);
    QString folder() const { return m_catalog.folder(); }
    // Opens the wizard for the selected migration; returns it (also for tests).
    MigrationWizard *openWizard(migrate::Direction d);
    MigrationWizard *wizard() const;

private:
    QCoro::Task<void> load();
    MigrationWizard *adopt(MigrationWizard *w);
    QString selectedVersion() const;
    void updateButtons();
    void exportSelected(const QString &kind);
    void confirmBaseline();
    QCoro::Task<void> baseline(migrate::Migration m);

    migrate::Catalog m_catalog = migrate::Catalog::builtIn();
    ErrorBanner *m_banner;
    QLabel *m_folder;
    QPushButton *m_apply;
    QPushButton *m_rollback;
    QPushButton *m_baseline;
    QPushButton *m_exportSql;
    QPushButton *m_exportAlembic;
    migrate::MigrationListModel *m_model;
    QTableView *m_table;
    QLabel *m_detail;
    QLabel *m_facts;
    QPointer<MigrationWizard> m_wizard;
    bool m_loading = false;
    bool m_bannerFromLoad = false; // the banner shows a reading error
};

} // namespace ui
