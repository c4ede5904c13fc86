#include "migrate/migrationspage.h"

#include "handover.h"

#include "core/workspace.h"
#include "migrate/baseline.h"
#include "migrate/exporter.h"
#include "migrate/migrationlistmodel.h"
#include "migrate/migrationwizard.h"
#include "migrate/statuscolors.h"
#include "pg/connection.h"
#include "widgets/errorbanner.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

MigrationsPage::MigrationsPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_banner(new ErrorBanner(this))
    , m_folder(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply…"), this))
    , m_rollback(new QPushButton(tr("Roll back…"), this))
    , m_baseline(new QPushButton(tr("Mark as applied…"), this))
    , m_exportSql(new QPushButton(tr("Export SQL…"), this))
    , m_exportAlembic(new QPushButton(tr("Export Alembic…"), this))
    , m_model(new migrate::MigrationListModel(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_facts(new QLabel(this)) {
    m_apply->setObjectName(QStringLiteral("apply"));
    m_rollback->setObjectName(QStringLiteral("rollback"));
    m_baseline->setObjectName(QStringLiteral("baseline"));
    m_baseline->setToolTip(
        tr("Record a migration as applied without running it, when its tables and indexes already "
           "exist (a schema made outside pgdba, e.g. by pgdba demo init)."));
    m_table->setObjectName(QStringLiteral("migrations"));
    m_facts->setObjectName(QStringLiteral("facts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Folder:"), this));
    bar->addWidget(m_folder, 1);
    auto *builtIn = new QPushButton(tr("Built-in"), this);
    auto *open = new QPushButton(tr("Open folder…"), this);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    bar->addWidget(builtIn);
    bar->addWidget(open);
    bar->addWidget(refreshButton);
    layout->addLayout(bar);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_apply);
    actions->addWidget(m_rollback);
    actions->addWidget(m_baseline);
    actions->addSpacing(16);
    actions->addWidget(m_exportSql);
    actions->addWidget(m_exportAlembic);
    actions->addStretch();
    layout->addLayout(actions);
    auto *colors = new StatusColors(migrate::MigrationListModel::Status,
                                    migrate::MigrationListModel::StatusKeyRole, this);
    colors->setSourceModel(m_model);
    m_table->setModel(colors);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_detail->setWordWrap(true);
    m_facts->setWordWrap(true);
    layout->addWidget(m_detail);
    layout->addWidget(m_facts);

    connect(builtIn, &QPushButton::clicked, this, [this] { setFolder(migrate::Catalog::builtInFolder()); });
    connect(open, &QPushButton::clicked, this, [this] {
        auto *d = new QFileDialog(this, tr("Migration folder"));
        d->setFileMode(QFileDialog::Directory);
        d->setOption(QFileDialog::ShowDirsOnly);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QFileDialog::fileSelected, this, &MigrationsPage::setFolder);
        d->open();
    });
    connect(refreshButton, &QPushButton::clicked, this, &MigrationsPage::refresh);
    connect(m_apply, &QPushButton::clicked, this, [this] { openWizard(migrate::Direction::Up); });
    connect(m_rollback, &QPushButton::clicked, this, [this] { openWizard(migrate::Direction::Down); });
    connect(m_baseline, &QPushButton::clicked, this, &MigrationsPage::confirmBaseline);
    connect(m_exportSql, &QPushButton::clicked, this, [this] { exportSelected(QStringLiteral("sql")); });
    connect(m_exportAlembic, &QPushButton::clicked, this,
            [this] { exportSelected(QStringLiteral("alembic")); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MigrationsPage::updateButtons);
    connect(workspace, &core::Workspace::currentChanged, this, [this] {
        m_model->setStatuses({});
        if (isActive())
            refresh();
    });
    m_folder->setText(m_catalog.displayFolder());
    updateButtons();
}

MigrationsPage::~MigrationsPage() = default;

MigrationWizard *MigrationsPage::wizard() const {
    return m_wizard;
}

void MigrationsPage::setActive(bool active) {
    const bool was = isActive();
    Page::setActive(active);
    if (active && !was)
        refresh();
}

void MigrationsPage::refresh() {
    load();
}

void MigrationsPage::setFolder(const QString &folder) {
    m_catalog = migrate::Catalog::load(folder);
    m_folder->setText(m_catalog.displayFolder());
    refresh();
}

QCoro::Task<void> MigrationsPage::load() {
    QPointer<MigrationsPage> self(this);
    core::ServerSession *s = session();
    if (m_loading || !s || !s->monitor()->isReady())
        co_return;
    m_loading = true;
    const migrate::DatabaseState db = co_await migrate::VersionStore::read(s->monitor());
    if (!self)
        co_return;
    m_loading = false;
    if (db.error) {
        m_banner->showError(*db.error, s->facts().role);
        m_bannerFromLoad = true;
        co_return;
    }
    // Only a reading error is cleared by a good read; what an action reported (baseline,
    // export) stays until the next action.
    if (m_bannerFromLoad)
        m_banner->clear();
    m_bannerFromLoad = false;
    const QString selected = selectedVersion();
    m_model->setStatuses(migrate::computeStatus(m_catalog, db));
    int row = m_model->rowOfVersion(selected);
    for (int i = 0; row < 0 && i < m_model->rowCount(); ++i)
        if (!m_model->statusAt(i)->isApplied())
            row = i; // the first migration not applied yet
    m_table->selectRow(row >= 0 ? row : m_model->rowCount() - 1);
    QStringList facts;
    facts << tr("Database %1 as %2.").arg(db.database, db.role)
          << (db.versionTable
                  ? tr("%n version(s) recorded in public.pgdba_migrations.", nullptr, int(db.applied.size()))
                  : tr("No version table yet: public.pgdba_migrations is created by the first run."));
    if (db.alembicTable)
        facts << tr("alembic_version: %1")
                     .arg(db.alembicVersions.isEmpty() ? tr("(empty)")
                                                       : db.alembicVersions.join(QStringLiteral(", ")));
    for (const auto &inv : db.invalidIndexes)
        facts << (inv.buildingPid
                      ? tr("Index %1 is being built by pid %2.").arg(inv.qualifiedName()).arg(inv.buildingPid)
                      : tr("INVALID index %1 on %2 — left by an interrupted build; the wizard's preflight "
                           "offers to drop it.")
                            .arg(inv.qualifiedName(), inv.table));
    for (const QString &p : m_catalog.problems())
        facts << tr("Folder: %1").arg(p);
    m_facts->setText(facts.join(QLatin1Char('\n')));
    updateButtons();
    markDataArrived();
}

QString MigrationsPage::selectedVersion() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const auto *s = m_model->statusAt(rows.first().row());
    return s ? s->migration.version : QString();
}

void MigrationsPage::updateButtons() {
    const int row = m_model->rowOfVersion(selectedVersion());
    const migrate::MigrationStatus *s = m_model->statusAt(row);
    m_apply->setEnabled(s && !s->isApplied() && session());
    m_rollback->setEnabled(s && s->isApplied() && s->status != migrate::Status::Missing && session());
    m_baseline->setEnabled(s && s->status == migrate::Status::Pending && session());
    m_exportSql->setEnabled(s && s->status != migrate::Status::Missing);
    m_exportAlembic->setEnabled(s && s->status != migrate::Status::Missing);
    m_detail->setText(s ? QStringLiteral("<b>%1</b> — %2 %3")
                              .arg(s->migration.title().toHtmlEscaped(),
                                   s->migration.description.toHtmlEscaped(), s->detail.toHtmlEscaped())
                        : QString());
}

MigrationWizard *MigrationsPage::adopt(MigrationWizard *w) {
    m_wizard = w;
    connect(w, &MigrationWizard::navigateRequested, this, &Page::navigate);
    connect(w, &MigrationWizard::migrationsChanged, this, &MigrationsPage::refresh);
    connect(w, &QWizard::finished, this, &MigrationsPage::refresh);
    return w;
}

MigrationWizard *MigrationsPage::openWizard(migrate::Direction d) {
    if (m_wizard)
        m_wizard->close();
    auto *w = new MigrationWizard(workspace(), this);
    w->preset(m_catalog.folder(), d, selectedVersion());
    adopt(w)->open();
    return w;
}

void MigrationsPage::openWith(const QVariantMap &request) {
    if (const auto open = handover::unpack<OpenMigrationRequest>(request)) {
        setFolder(open->folder);
        if (m_wizard)
            m_wizard->close();
        auto *w = new MigrationWizard(workspace(), this);
        w->preset(m_catalog.folder(), migrate::Direction::Up, open->version);
        adopt(w)->open();
        return;
    }
    const auto r = handover::unpack<CreateIndexRequest>(request);
    if (!r)
        return;
    if (m_wizard)
        m_wizard->close();
    adopt(MigrationWizard::createIndex(workspace(), r->index, this));
}

void MigrationsPage::confirmBaseline() {
    const migrate::Migration *m = m_catalog.find(selectedVersion());
    if (!m || !session())
        return;
    const migrate::Migration copy = *m;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Mark as applied"),
        tr("Record %1 as applied on %2 without running it?\n\npgdba first checks that every table and "
           "index its up file creates exists (indexes valid); only then it writes the version row "
           "to public.pgdba_migrations. Nothing else changes.")
            .arg(copy.title(), session()->profile().displayName()),
        QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("baselineConfirmation"));
    box->button(QMessageBox::Ok)->setText(tr("Mark as applied"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, copy] { baseline(copy); });
    box->open();
}

QCoro::Task<void> MigrationsPage::baseline(migrate::Migration m) {
    QPointer<MigrationsPage> self(this);
    core::ServerSession *s = session();
    if (!s)
        co_return;
    pg::Connection *c = co_await s->openConnection(QStringLiteral("migrate"), this);
    if (!self)
        co_return;
    if (!c->isReady()) {
        m_banner->showMessage(tr("Could not connect: %1").arg(c->lastError()));
        c->deleteLater();
        co_return;
    }
    const migrate::Baseline::Outcome o =
        co_await migrate::Baseline::run(c, m, migrate::VersionStore::osUser());
    if (!self)
        co_return;
    c->deleteLater();
    if (o.ok)
        m_banner->showMessage(
            tr("%1 recorded as applied (found: %2).").arg(m.title(), o.found.join(QStringLiteral(", "))),
            ErrorBanner::Level::Info);
    else
        m_banner->showMessage(
            o.error.isEmpty()
                ? tr("%1 not recorded: missing %2.").arg(m.title(), o.missing.join(QStringLiteral(", ")))
                : o.error);
    refresh();
}

void MigrationsPage::exportSelected(const QString &kind) {
    const migrate::Migration *m = m_catalog.find(selectedVersion());
    if (!m)
        return;
    const migrate::Migration copy = *m;
    const QString previous = m_catalog.previousVersion(copy.version);
    auto *d = new QFileDialog(this, tr("Export to folder"));
    d->setFileMode(QFileDialog::Directory);
    d->setOption(QFileDialog::ShowDirsOnly);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QFileDialog::fileSelected, this, [this, copy, previous, kind](const QString &folder) {
        QStringList written;
        auto write = [&](const QString &name, const QString &text) {
            QFile f(QDir(folder).filePath(name));
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0)
                written << f.fileName();
        };
        if (kind == QLatin1String("alembic")) {
            write(migrate::Exporter::fileName(copy, kind),
                  migrate::Exporter::alembicRevision(copy, previous));
        } else {
            write(migrate::Exporter::fileName(copy, QStringLiteral("up")),
                  migrate::Exporter::plainSql(copy, migrate::Direction::Up));
            if (copy.hasDown())
                write(migrate::Exporter::fileName(copy, QStringLiteral("down")),
                      migrate::Exporter::plainSql(copy, migrate::Direction::Down));
        }
        m_banner->showMessage(written.isEmpty() ? tr("Could not write to %1.").arg(folder)
                                                : tr("Written: %1").arg(written.join(QStringLiteral(", "))),
                              written.isEmpty() ? ErrorBanner::Level::Error : ErrorBanner::Level::Info);
    });
    d->open();
}

} // namespace ui
