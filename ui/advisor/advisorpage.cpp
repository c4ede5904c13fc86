#include "advisor/advisorpage.h"

#include "advisor/advicemigration.h"
#include "advisor/advicemodel.h"
#include "advisor/advisorrunner.h"
#include "core/serversession.h"
#include "core/workspace.h"
#include "handover.h"
#include "migrate/catalog.h"
#include "widgets/errorbanner.h"
#include "widgets/headerfit.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {
QString defaultFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("pgdba-migrations"));
}
} // namespace

AdvisorPage::AdvisorPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_runner(new advisor::Runner(this))
    , m_proposals(new advisor::ProposalModel(this))
    , m_effects(new advisor::EffectModel(this))
    , m_banner(new ErrorBanner(this))
    , m_top(new QSpinBox(this))
    , m_max(new QSpinBox(this))
    , m_writes(new QCheckBox(tr("Also plan statements that &write (never run)"), this))
    , m_run(new QPushButton(tr("&Run advisor"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_proposalView(new QTableView(this))
    , m_effectView(new QTableView(this))
    , m_effectTitle(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_migration(new QPushButton(tr("Create &migration…"), this))
    , m_explain(new QPushButton(tr("&Explain statement"), this)) {
    m_top->setRange(1, 1000);
    m_top->setValue(50);
    m_top->setToolTip(tr("Statements of pg_stat_statements by total time"));
    m_max->setRange(1, 50);
    m_max->setValue(8);
    m_run->setObjectName(QStringLiteral("runAdvisor"));
    m_migration->setObjectName(QStringLiteral("createMigration"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(
        tr("The advisor reads this database's top statements from pg_stat_statements, plans them "
           "(nothing is run), derives candidate indexes from their scans and costs them with "
           "HypoPG: nothing is built. It needs the pg_stat_statements and hypopg extensions."));

    auto *top = new QHBoxLayout;
    auto *topLabel = new QLabel(tr("S&tatements:"), this);
    topLabel->setBuddy(m_top);
    auto *maxLabel = new QLabel(tr("At most &new indexes:"), this);
    maxLabel->setBuddy(m_max);
    top->addWidget(topLabel);
    top->addWidget(m_top);
    top->addSpacing(12);
    top->addWidget(maxLabel);
    top->addWidget(m_max);
    top->addSpacing(12);
    top->addWidget(m_writes);
    top->addStretch(1);
    top->addWidget(m_progress);
    top->addWidget(m_run);

    m_proposalView->setModel(m_proposals);
    m_proposalView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_proposalView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_proposalView->verticalHeader()->hide();
    m_proposalView->setWordWrap(false);
    m_proposalView->horizontalHeader()->setSectionResizeMode(advisor::ProposalModel::Definition,
                                                             QHeaderView::Stretch);
    m_proposalView->setObjectName(QStringLiteral("proposals"));
    m_effectView->setModel(m_effects);
    m_effectView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_effectView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_effectView->verticalHeader()->hide();
    m_effectView->setWordWrap(false);
    m_effectView->horizontalHeader()->setStretchLastSection(true);
    m_effectView->setObjectName(QStringLiteral("effects"));

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *effectBar = new QHBoxLayout;
    effectBar->addWidget(m_effectTitle, 1);
    effectBar->addWidget(m_explain);
    lowerLayout->addLayout(effectBar);
    lowerLayout->addWidget(m_effectView);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_proposalView);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    QSettings settings;
    m_folder->setText(settings.value(QStringLiteral("advisor/folder"), defaultFolder()).toString());
    auto *folderLabel = new QLabel(tr("Migrations &folder:"), this);
    folderLabel->setBuddy(m_folder);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(folderLabel);
    bottom->addWidget(m_folder, 1);
    bottom->addWidget(m_browse);
    bottom->addWidget(m_migration);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    connect(m_run, &QPushButton::clicked, this, &AdvisorPage::start);
    connect(m_runner, &advisor::Runner::progress, this, [this](const QString &what, int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(what);
        m_progress->setToolTip(what);
    });
    connect(m_runner, &advisor::Runner::runningChanged, this, [this](bool running) {
        m_progress->setVisible(running);
        updateButtons();
    });
    connect(m_runner, &advisor::Runner::finished, this, &AdvisorPage::showResult);
    connect(m_proposalView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdvisorPage::showEffects);
    connect(m_proposals, &advisor::ProposalModel::checkedChanged, this, &AdvisorPage::updateButtons);
    connect(m_effectView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdvisorPage::updateButtons);
    connect(m_effectView, &QTableView::doubleClicked, this, &AdvisorPage::explainSelected);
    connect(m_explain, &QPushButton::clicked, this, &AdvisorPage::explainSelected);
    connect(m_migration, &QPushButton::clicked, this, &AdvisorPage::createMigration);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *d = new QFileDialog(this, tr("Migrations folder"), m_folder->text());
        d->setFileMode(QFileDialog::Directory);
        d->setOption(QFileDialog::ShowDirsOnly);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QFileDialog::fileSelected, this, [this](const QString &f) { m_folder->setText(f); });
        d->open();
    });
    connect(workspace, &core::Workspace::currentChanged, this, [this] {
        m_runner->clear();
        m_proposals->setAdvice({});
        m_effects->setEffects({});
        m_banner->clear();
        updateButtons();
    });
    keepHeaderTitlesFitting(this);
    updateButtons();
}

AdvisorPage::~AdvisorPage() = default;

void AdvisorPage::start() {
    core::ServerSession *s = session();
    if (!s || m_runner->isRunning())
        return;
    m_banner->clear();
    advisor::Options o;
    o.top = m_top->value();
    o.maxIndexes = m_max->value();
    o.allowWrites = m_writes->isChecked();
    m_runner->run(s, o, workspace()->historyConnectionName());
}

void AdvisorPage::showResult() {
    const advisor::Advice &a = m_runner->advice();
    if (!a.ok()) {
        m_banner->showMessage(a.fix.isEmpty() ? a.error : tr("%1\nFix: %2").arg(a.error, a.fix));
        m_proposals->setAdvice({});
        m_effects->setEffects({});
        updateButtons();
        return;
    }
    m_proposals->setAdvice(a);
    int considered = 0;
    for (const advisor::Statement &s : a.statements)
        considered += s.skipped.isEmpty() ? 1 : 0;
    const QLocale l;
    QString text =
        tr("%1: %2 statements planned (%3 skipped), %4 candidate indexes costed with HypoPG %5 in %6 "
           "EXPLAINs, %7 s.")
            .arg(a.database)
            .arg(considered)
            .arg(a.statements.size() - considered)
            .arg(a.candidates)
            .arg(a.hypopg)
            .arg(a.explains)
            .arg(l.toString(double(a.elapsedMs) / 1000.0, 'f', 1));
    if (a.workloadBefore > 0)
        text += QLatin1Char(' ') +
                tr("Workload cost (calls × planner cost) with the proposed indexes: −%1 %.")
                    .arg(l.toString(100.0 * (a.workloadBefore - a.workloadAfter) / a.workloadBefore, 'f', 1));
    if (a.create.isEmpty())
        text += QLatin1Char(' ') + tr("No new index would lower the workload's cost by 1 % or more.");
    m_summary->setText(text);
    markDataArrived();
    if (m_proposals->rowCount() > 0)
        m_proposalView->selectRow(0);
    else
        m_effects->setEffects({});
    m_proposalView->resizeColumnsToContents();
    m_proposalView->horizontalHeader()->setSectionResizeMode(advisor::ProposalModel::Definition,
                                                             QHeaderView::Stretch);
    updateButtons();
}

void AdvisorPage::showEffects() {
    const int row = m_proposalView->currentIndex().row();
    m_effects->setEffects(m_proposals->effects(row));
    if (m_proposals->create(row))
        m_effectTitle->setText(tr("Statements this index helps (cost with all proposed indexes):"));
    else if (m_proposals->drop(row))
        m_effectTitle->setText(tr("Statements whose plan uses this index now (they would lose it):"));
    else
        m_effectTitle->clear();
    m_effectView->resizeColumnsToContents();
    updateButtons();
}

void AdvisorPage::updateButtons() {
    const bool running = m_runner->isRunning();
    m_run->setEnabled(!running && session());
    m_run->setText(running ? tr("Running…") : tr("&Run advisor"));
    m_migration->setEnabled(!running && m_proposals->checkedCount() > 0);
    m_explain->setEnabled(m_effectView->currentIndex().isValid());
}

void AdvisorPage::explainSelected() {
    const QModelIndex i = m_effectView->currentIndex();
    if (!i.isValid())
        return;
    handOver(this, ExplainRequest(i.data(advisor::EffectModel::QueryTextRole).toString()));
}

bool AdvisorPage::createMigration() {
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty()) {
        m_banner->showMessage(tr("Choose a folder for the migration file."));
        return false;
    }
    int builtIn = 0;
    const migrate::Catalog catalog = migrate::Catalog::builtIn();
    for (const migrate::Migration &m : catalog.migrations())
        builtIn = std::max(builtIn, m.version.toInt());
    const advisor::MigrationFiles f =
        advisor::writeMigration(folder, m_proposals->checkedCreates(), m_proposals->checkedDrops(),
                                m_proposals->advice().database, builtIn);
    if (!f.ok()) {
        m_banner->showMessage(f.error);
        return false;
    }
    QSettings().setValue(QStringLiteral("advisor/folder"), folder);
    m_banner->showMessage(tr("Written %1 and its down file; the migration wizard opens on it.").arg(f.upPath),
                          ErrorBanner::Level::Info);
    handOver(this, OpenMigrationRequest(folder, f.version));
    return true;
}

} // namespace ui
