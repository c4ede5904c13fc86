#include "migrate/choosepage.h"

#include "core/serversession.h"
#include "core/workspace.h"
#include "migrate/migrationlistmodel.h"
#include "migrate/statuscolors.h"
#include "migrate/wizardcontext.h"
#include "pg/connection.h"
#include "widgets/errorbanner.h"
#include "widgets/sqlhighlighter.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
QPlainTextEdit *sqlEditor(QWidget *parent, const char *name) {
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    e->setLineWrapMode(QPlainTextEdit::NoWrap);
    new SqlHighlighter(e->document());
    return e;
}
} // namespace

ChoosePage::ChoosePage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(context)
    , m_banner(new ErrorBanner(this))
    , m_server(new QComboBox(this))
    , m_folder(new QLabel(this))
    , m_builtIn(new QPushButton(tr("Built-in"), this))
    , m_open(new QPushButton(tr("Open folder…"), this))
    , m_model(new migrate::MigrationListModel(this))
    , m_table(new QTableView(this))
    , m_up(new QRadioButton(tr("Apply (up) to the selected version"), this))
    , m_down(new QRadioButton(tr("Roll back (down) the selected version"), this))
    , m_plan(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_oneOff(new QGroupBox(tr("One-off index migration"), this))
    , m_upEdit(sqlEditor(this, "oneOffUp"))
    , m_downEdit(sqlEditor(this, "oneOffDown"))
    , m_hypo(new QTableWidget(this))
    , m_hypoNote(new QLabel(this)) {
    setTitle(tr("Choose"));
    setSubTitle(tr("The server, the migration folder, and what to apply or roll back."));
    m_server->setObjectName(QStringLiteral("server"));
    m_table->setObjectName(QStringLiteral("migrations"));
    m_up->setObjectName(QStringLiteral("up"));
    m_down->setObjectName(QStringLiteral("down"));
    m_plan->setObjectName(QStringLiteral("plan"));
    m_open->setObjectName(QStringLiteral("openFolder"));
    m_hypo->setObjectName(QStringLiteral("hypothetical"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    auto *server = new QHBoxLayout;
    server->addWidget(new QLabel(tr("Server:"), this));
    server->addWidget(m_server, 1);
    layout->addLayout(server);
    auto *folder = new QHBoxLayout;
    folder->addWidget(new QLabel(tr("Folder:"), this));
    folder->addWidget(m_folder, 1);
    folder->addWidget(m_builtIn);
    folder->addWidget(m_open);
    layout->addLayout(folder);

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
    auto *dir = new QHBoxLayout;
    auto *group = new QButtonGroup(this);
    group->addButton(m_up);
    group->addButton(m_down);
    m_up->setChecked(true);
    dir->addWidget(m_up);
    dir->addWidget(m_down);
    dir->addStretch();
    layout->addLayout(dir);
    m_plan->setWordWrap(true);
    m_facts->setWordWrap(true);
    layout->addWidget(m_plan);
    layout->addWidget(m_facts);

    auto *one = new QVBoxLayout(m_oneOff);
    auto *edits = new QHBoxLayout;
    auto *upBox = new QVBoxLayout;
    upBox->addWidget(new QLabel(tr("Up (edit if needed):"), m_oneOff));
    upBox->addWidget(m_upEdit);
    auto *downBox = new QVBoxLayout;
    downBox->addWidget(new QLabel(tr("Down:"), m_oneOff));
    downBox->addWidget(m_downEdit);
    edits->addLayout(upBox, 3);
    edits->addLayout(downBox, 2);
    one->addLayout(edits, 2);
    auto *hypoHead = new QHBoxLayout;
    hypoHead->addWidget(
        new QLabel(
            tr("The query's plan now and with the index as a hypothetical one (HypoPG, nothing is built):"),
            m_oneOff),
        1);
    auto *again = new QPushButton(tr("Estimate again"), m_oneOff);
    hypoHead->addWidget(again);
    one->addLayout(hypoHead);
    m_hypo->setColumnCount(3);
    m_hypo->setHorizontalHeaderLabels({tr("Query"), tr("Plan now"), tr("With the index (hypothetical)")});
    m_hypo->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_hypo->verticalHeader()->hide();
    m_hypo->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hypo->setWordWrap(true);
    one->addWidget(m_hypo, 1);
    m_hypoNote->setWordWrap(true);
    one->addWidget(m_hypoNote);
    layout->addWidget(m_oneOff, 2);
    m_oneOff->hide();

    connect(m_server, &QComboBox::activated, this, [this](int i) {
        if (auto *s = m_ctx->workspace()->session(m_server->itemData(i).toString())) {
            m_ctx->setSession(s);
            reload();
        }
    });
    connect(m_builtIn, &QPushButton::clicked, this, [this] { useFolder(migrate::Catalog::builtInFolder()); });
    connect(m_open, &QPushButton::clicked, this, &ChoosePage::openFolder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChoosePage::selectionChanged);
    connect(m_up, &QRadioButton::toggled, this, [this] {
        m_ctx->direction = m_up->isChecked() ? migrate::Direction::Up : migrate::Direction::Down;
        updatePlan();
    });
    connect(m_upEdit, &QPlainTextEdit::textChanged, this, &ChoosePage::updateOneOff);
    connect(m_downEdit, &QPlainTextEdit::textChanged, this, &ChoosePage::updateOneOff);
    connect(again, &QPushButton::clicked, this, [this] { estimate(); });
}

ChoosePage::~ChoosePage() = default;

void ChoosePage::fillServers() {
    m_server->clear();
    core::Workspace *ws = m_ctx->workspace();
    for (const auto &p : ws->profiles()->profiles())
        if (ws->session(p.id))
            m_server->addItem(p.displayName(), p.id);
    if (m_ctx->session())
        m_server->setCurrentIndex(m_server->findData(m_ctx->session()->profile().id));
}

void ChoosePage::initializePage() {
    fillServers();
    const bool oneOff = m_ctx->oneOff.has_value();
    m_oneOff->setVisible(oneOff);
    m_table->setVisible(!oneOff);
    m_up->setVisible(!oneOff);
    m_down->setVisible(!oneOff);
    m_builtIn->setVisible(!oneOff);
    m_open->setVisible(!oneOff);
    if (oneOff) {
        // Both texts first: each setPlainText() rebuilds the migration from the two editors.
        const QString up = m_ctx->oneOffMigration.upSql, down = m_ctx->oneOffMigration.downSql;
        {
            const QSignalBlocker blockUp(m_upEdit), blockDown(m_downEdit);
            m_upEdit->setPlainText(up);
            m_downEdit->setPlainText(down);
        }
        updateOneOff();
        m_folder->setText(tr("none: a one-off migration for index %1 (not recorded in the version table)")
                              .arg(m_ctx->oneOff->indexName()));
    }
    m_down->setChecked(m_ctx->direction == migrate::Direction::Down);
    m_up->setChecked(m_ctx->direction == migrate::Direction::Up);
    reload();
}

QCoro::Task<void> ChoosePage::reload() {
    QPointer<ChoosePage> self(this);
    m_loading = true;
    m_banner->clear();
    m_plan->setText(tr("Reading the database…"));
    Q_EMIT completeChanged();
    const QString err = co_await m_ctx->loadState();
    if (!self)
        co_return;
    m_loading = false;
    if (!m_ctx->oneOff)
        m_folder->setText(m_ctx->catalog.displayFolder());
    if (!err.isEmpty())
        m_banner->showMessage(err);
    m_model->setStatuses(m_ctx->statuses);
    const int row = m_model->rowOfVersion(m_ctx->target);
    if (row >= 0)
        m_table->selectRow(row);
    else if (!m_ctx->oneOff) {
        // Default: the newest pending migration (apply), else the newest applied one.
        int pick = -1;
        for (int i = 0; i < m_model->rowCount(); ++i)
            if (m_model->statusAt(i)->status == migrate::Status::Pending ||
                m_model->statusAt(i)->status == migrate::Status::Failed)
                pick = i;
        m_table->selectRow(pick >= 0 ? pick : m_model->rowCount() - 1);
    }
    QStringList facts;
    facts << m_ctx->serverText();
    if (m_ctx->db.alembicTable)
        facts << tr("alembic_version: %1")
                     .arg(m_ctx->db.alembicVersions.isEmpty()
                              ? tr("(empty)")
                              : m_ctx->db.alembicVersions.join(QStringLiteral(", ")));
    if (!m_ctx->db.versionTable)
        facts << tr("No version table yet (public.pgdba_migrations is created by the first run).");
    for (const auto &inv : m_ctx->db.invalidIndexes)
        facts << (inv.buildingPid
                      ? tr("Index %1 is being built by pid %2.").arg(inv.qualifiedName()).arg(inv.buildingPid)
                      : tr("INVALID index %1 on %2 (preflight offers to drop it).")
                            .arg(inv.qualifiedName(), inv.table));
    for (const QString &p : m_ctx->catalog.problems())
        facts << tr("Folder: %1").arg(p);
    m_facts->setText(facts.join(QLatin1Char('\n')));
    updatePlan();
    if (m_ctx->oneOff)
        estimate();
    Q_EMIT loaded();
}

void ChoosePage::openFolder() {
    auto *d = new QFileDialog(this, tr("Migration folder"));
    d->setFileMode(QFileDialog::Directory);
    d->setOption(QFileDialog::ShowDirsOnly);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QFileDialog::fileSelected, this, [this](const QString &dir) { useFolder(dir); });
    d->open();
}

void ChoosePage::useFolder(const QString &folder) {
    m_ctx->catalog = migrate::Catalog::load(folder);
    m_ctx->target.clear();
    reload();
}

void ChoosePage::selectionChanged() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        if (const auto *s = m_model->statusAt(rows.first().row()))
            m_ctx->target = s->migration.version;
    updatePlan();
}

void ChoosePage::updatePlan() {
    if (m_loading)
        return;
    m_ctx->computePlan();
    if (m_ctx->plan.isEmpty())
        m_plan->setText(QStringLiteral("<b>%1</b>").arg(m_ctx->plan.error.toHtmlEscaped()));
    else
        m_plan->setText(
            tr("<b>%1:</b> %2")
                .arg(m_ctx->direction == migrate::Direction::Up ? tr("Will apply") : tr("Will roll back"),
                     m_ctx->plan.describe().section(QStringLiteral(": "), 1).toHtmlEscaped()));
    Q_EMIT completeChanged();
}

void ChoosePage::updateOneOff() {
    if (!m_ctx->oneOff)
        return;
    m_ctx->oneOffMigration =
        migrate::Migration::makeOneOff(QStringLiteral("oneoff"), m_ctx->oneOff->indexName(),
                                       m_upEdit->toPlainText(), m_downEdit->toPlainText());
    updatePlan();
}

QCoro::Task<void> ChoosePage::estimate() {
    QPointer<ChoosePage> self(this);
    m_hypo->setRowCount(0);
    if (!m_ctx->runConnection() || !m_ctx->runConnection()->isReady())
        co_return;
    const QList<migrate::HotQuery> queries = m_ctx->hotQueries();
    if (queries.isEmpty()) {
        m_hypoNote->setText(tr("The finding came without its query: no plan to compare."));
        co_return;
    }
    if (m_ctx->db.hypopg.isEmpty()) {
        m_hypoNote->setText(
            tr("HypoPG is not installed in this database: CREATE EXTENSION hypopg shows the plan with "
               "a hypothetical index before anything is built."));
        co_return;
    }
    m_hypoNote->setText(tr("Estimating…"));
    QString note;
    const QStringList creates = m_ctx->createIndexStatements();
    const QList<migrate::PlanComparison> cmp =
        co_await migrate::HotQueries::hypothetical(m_ctx->runConnection(), queries, creates, &note);
    if (!self)
        co_return;
    m_ctx->hypothetical = cmp;
    m_ctx->hypotheticalNote = note;
    m_hypo->setRowCount(int(cmp.size()));
    for (int i = 0; i < cmp.size(); ++i) {
        m_hypo->setItem(i, 0, new QTableWidgetItem(cmp[i].before.title));
        m_hypo->setItem(i, 1, new QTableWidgetItem(cmp[i].before.headline()));
        m_hypo->setItem(i, 2, new QTableWidgetItem(cmp[i].after.headline()));
    }
    m_hypo->resizeRowsToContents();
    m_hypoNote->setText(note);
}

bool ChoosePage::isComplete() const {
    return !m_loading && !m_ctx->plan.isEmpty() && m_ctx->runConnection();
}

bool ChoosePage::validatePage() {
    m_ctx->computePlan();
    return !m_ctx->plan.isEmpty();
}

} // namespace ui
