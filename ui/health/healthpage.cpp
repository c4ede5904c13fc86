#include "health/healthpage.h"

#include "core/workspace.h"
#include "health/healthviewproxy.h"
#include "health/thresholdspanel.h"
#include "monitor/healthmodel.h"
#include "monitor/healthrunner.h"
#include "monitor/poller.h"
#include "widgets/errorbanner.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

HealthPage::HealthPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_poller(new monitor::Poller(this))
    , m_banner(new ErrorBanner(this))
    , m_summary(new QLabel(this))
    , m_model(new monitor::HealthModel(this))
    , m_proxy(new HealthViewProxy(this))
    , m_tree(new QTreeView(this))
    , m_side(new QTabWidget(this))
    , m_description(new QLabel(this))
    , m_evidence(new QPlainTextEdit(this))
    , m_fix(new QPlainTextEdit(this))
    , m_copyFix(new QPushButton(tr("Copy SQL"), this))
    , m_thresholds(new ThresholdsPanel(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    auto *bar = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setText(tr("Connect to a server to run the health checks."));
    bar->addWidget(m_summary, 1);
    auto *refreshButton = new QPushButton(tr("Check now"), this);
    refreshButton->setObjectName(QStringLiteral("checkNow"));
    bar->addWidget(refreshButton);
    layout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_tree->setObjectName(QStringLiteral("healthTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(monitor::HealthModel::NameColumn, 270);
    m_tree->setColumnWidth(monitor::HealthModel::StatusColumn, 95);

    auto *details = new QWidget(this);
    auto *dl = new QVBoxLayout(details);
    m_description->setObjectName(QStringLiteral("checkDescription"));
    m_description->setWordWrap(true);
    dl->addWidget(m_description);
    m_evidence->setObjectName(QStringLiteral("findingEvidence"));
    m_evidence->setReadOnly(true);
    dl->addWidget(new QLabel(tr("Evidence:"), details));
    dl->addWidget(m_evidence, 1);
    m_fix->setObjectName(QStringLiteral("fixSql"));
    m_fix->setReadOnly(true);
    m_fix->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_fix->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    dl->addWidget(new QLabel(tr("SQL that fixes it:"), details));
    dl->addWidget(m_fix, 1);
    m_copyFix->setObjectName(QStringLiteral("copyFix"));
    m_copyFix->setEnabled(false);
    dl->addWidget(m_copyFix, 0, Qt::AlignRight);
    m_side->setObjectName(QStringLiteral("healthSide"));
    m_side->addTab(details, tr("Details"));
    m_side->addTab(m_thresholds, tr("Thresholds"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_side);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({800, 400});
    layout->addWidget(split, 1);

    connect(refreshButton, &QPushButton::clicked, this, &HealthPage::recheck);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HealthPage::showDetails);
    connect(m_copyFix, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_fix->toPlainText()); });
    connect(m_thresholds, &ThresholdsPanel::thresholdsChanged, this, &HealthPage::recheck);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HealthPage::expandProblems);

    m_poller->setInterval(60000);
    m_poller->setJob([this](quint64 gen) { return load(gen); });
    connect(workspace, &core::Workspace::currentChanged, this, [this] {
        m_poller->invalidate();
        m_model->setReport({});
        m_banner->clear();
        setBadge({});
        if (isActive())
            m_poller->refreshNow();
    });
}

HealthPage::~HealthPage() = default;

void HealthPage::setActive(bool active) {
    Page::setActive(active);
    m_poller->setActive(active);
}

void HealthPage::refresh() {
    recheck();
}

void HealthPage::recheck() {
    // A check in flight uses the old thresholds: invalidate() drops it and lets a new one
    // start at once.
    m_poller->invalidate();
    m_poller->refreshNow();
}

QCoro::Task<void> HealthPage::load(quint64 gen) {
    QPointer<HealthPage> self(this);
    core::ServerSession *s = session();
    if (!s || !s->monitor()->isReady())
        co_return;
    const monitor::HealthReport report =
        co_await monitor::runHealthChecks(s->monitor(), m_thresholds->thresholds());
    if (!self || !m_poller->isCurrent(gen))
        co_return;
    if (!report.failure.isEmpty()) {
        m_banner->showError(pg::Error::connection(report.failure), s->facts().role);
        co_return;
    }
    const QStringList errors = report.errors();
    if (errors.isEmpty())
        m_banner->clear();
    else
        m_banner->showMessage(tr("Some checks could not run:\n%1").arg(errors.join(QLatin1Char('\n'))),
                              ErrorBanner::Level::Warning);
    const int critical = report.count(monitor::HealthStatus::Critical);
    const int warnings = report.count(monitor::HealthStatus::Warning);
    m_summary->setText(
        tr("Database %1: %2 critical, %3 warning, %4 OK — checked %5")
            .arg(report.database)
            .arg(critical)
            .arg(warnings)
            .arg(report.count(monitor::HealthStatus::Ok))
            .arg(QLocale().toString(report.checkedAt.toLocalTime().time(), QLocale::ShortFormat)));
    setBadge(critical + warnings > 0 ? QString::number(critical + warnings) : QString());
    m_model->setReport(report);
    showDetails();
    markDataArrived();
    Q_EMIT checked();
}

void HealthPage::expandProblems() {
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        const QModelIndex idx = m_proxy->index(i, 0);
        m_tree->setExpanded(idx, idx.data(monitor::HealthModel::StatusRole).toInt() !=
                                     int(monitor::HealthStatus::Ok));
    }
}

void HealthPage::showDetails() {
    const QModelIndex idx = m_tree->currentIndex();
    if (!idx.isValid()) {
        m_description->setText(
            tr("Select a check or a finding to see its evidence and the SQL that fixes it."));
        m_evidence->clear();
        m_fix->clear();
        m_copyFix->setEnabled(false);
        return;
    }
    const QModelIndex first = idx.siblingAtColumn(0);
    m_description->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(first.data(Qt::DisplayRole).toString().toHtmlEscaped(),
                 first.data(monitor::HealthModel::DescriptionRole).toString().toHtmlEscaped()));
    m_evidence->setPlainText(first.data(monitor::HealthModel::EvidenceRole).toString());
    const QString fix = first.data(monitor::HealthModel::FixSqlRole).toString();
    m_fix->setPlainText(fix.isEmpty() && !first.data(monitor::HealthModel::IsCheckRole).toBool()
                            ? tr("-- no single statement fixes this; see the evidence")
                            : fix);
    m_copyFix->setEnabled(!fix.isEmpty());
}

} // namespace ui
