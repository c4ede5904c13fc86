#include "migrate/migrationwizard.h"

#include "migrate/choosepage.h"
#include "migrate/preflightpage.h"
#include "migrate/reviewpage.h"
#include "migrate/runpage.h"
#include "migrate/summarypage.h"
#include "migrate/verifypage.h"
#include "migrate/wizardcontext.h"

namespace ui {

MigrationWizard::MigrationWizard(core::Workspace *workspace, QWidget *parent)
    : QWizard(parent)
    , m_context(new WizardContext(workspace, this)) {
    setObjectName(QStringLiteral("migrationWizard"));
    setWindowTitle(tr("Index migration"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumSize(980, 700);
    setPage(Choose, new ChoosePage(m_context, this));
    auto *preflight = new PreflightPage(m_context, this);
    connect(preflight, &PreflightPage::navigateRequested, this, &MigrationWizard::navigateRequested);
    setPage(Preflight, preflight);
    setPage(Review, new ReviewPage(m_context, this));
    auto *run = new RunPage(m_context, this);
    connect(run, &RunPage::runFinished, this, &MigrationWizard::migrationsChanged);
    setPage(Run, run);
    setPage(Verify, new VerifyPage(m_context, this));
    setPage(Summary, new SummaryPage(m_context, this));
    setStartId(Choose);
}

MigrationWizard::~MigrationWizard() = default;

void MigrationWizard::preset(const QString &folder, migrate::Direction d, const QString &version) {
    if (!folder.isEmpty() && folder != m_context->catalog.folder())
        m_context->catalog = migrate::Catalog::load(folder);
    m_context->direction = d;
    m_context->target = version;
}

void MigrationWizard::setOneOff(const migrate::IndexRequest &createIndex) {
    const migrate::IndexRequest &r = createIndex;
    m_context->oneOff = r;
    m_context->oneOffMigration = r.migration();
    m_context->direction = migrate::Direction::Up;
    setWindowTitle(tr("Create index %1").arg(r.indexName()));
}

MigrationWizard *MigrationWizard::createIndex(core::Workspace *workspace,
                                              const migrate::IndexRequest &createIndex, QWidget *parent) {
    auto *w = new MigrationWizard(workspace, parent);
    w->setOneOff(createIndex);
    w->open();
    return w;
}

void MigrationWizard::reject() {
    // Closing while statements run would leave a build without its clean-up: Cancel on the
    // Run page stops the build first.
    if (auto *run = qobject_cast<RunPage *>(page(Run)); run && run->isRunning())
        return;
    QWizard::reject();
}

} // namespace ui
