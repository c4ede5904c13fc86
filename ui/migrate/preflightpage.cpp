#include "migrate/preflightpage.h"

#include "migrate/preflight.h"
#include "migrate/runlock.h"
#include "migrate/statuscolors.h"
#include "migrate/wizardcontext.h"
#include "pg/connection.h"
#include "widgets/errorbanner.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr int kDropRole = Qt::UserRole + 1;
constexpr int kLinkRole = Qt::UserRole + 2;
} // namespace

PreflightPage::PreflightPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(context)
    , m_banner(new ErrorBanner(this))
    , m_lockTimeout(new QSpinBox(this))
    , m_again(new QPushButton(tr("Check again"), this))
    , m_summary(new QLabel(this))
    , m_checks(new QTreeWidget(this))
    , m_drop(new QPushButton(tr("Drop INVALID index…"), this))
    , m_activity(new QPushButton(tr("Open Activity page"), this))
    , m_confirmDestructive(new QCheckBox(this)) {
    setTitle(tr("Preflight"));
    setSubTitle(tr("Read-only checks before anything runs. A failed check blocks the run."));
    m_lockTimeout->setObjectName(QStringLiteral("lockTimeout"));
    m_checks->setObjectName(QStringLiteral("checks"));
    m_drop->setObjectName(QStringLiteral("dropInvalid"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_confirmDestructive->setObjectName(QStringLiteral("confirmDestructive"));
    m_confirmDestructive->setText(tr("I have read the destructive statements above and want them to run"));
    m_confirmDestructive->setVisible(false);
    connect(m_confirmDestructive, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Lock timeout for the run:"), this));
    m_lockTimeout->setRange(1, 600);
    m_lockTimeout->setSuffix(tr(" s"));
    m_lockTimeout->setToolTip(
        tr("Every statement gives up after waiting this long for a lock, so sessions queued "
           "behind it never wait longer."));
    top->addWidget(m_lockTimeout);
    top->addWidget(m_again);
    top->addStretch();
    top->addWidget(m_summary);
    layout->addLayout(top);
    m_checks->setColumnCount(3);
    m_checks->setHeaderLabels({tr("Result"), tr("Subject"), tr("Check")});
    m_checks->setWordWrap(true);
    m_checks->setUniformRowHeights(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_checks->header()->setStretchLastSection(true);
    layout->addWidget(m_checks, 1);
    layout->addWidget(m_confirmDestructive);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_drop);
    actions->addWidget(m_activity);
    actions->addStretch();
    layout->addLayout(actions);
    m_drop->setEnabled(false);
    m_activity->setEnabled(false);

    connect(m_again, &QPushButton::clicked, this, [this] { runChecks(); });
    connect(m_lockTimeout, &QSpinBox::valueChanged, this, [this](int s) { m_ctx->lockTimeoutMs = s * 1000; });
    connect(m_checks, &QTreeWidget::itemSelectionChanged, this, &PreflightPage::selectionChanged);
    connect(m_drop, &QPushButton::clicked, this, &PreflightPage::dropSelected);
    connect(m_activity, &QPushButton::clicked, this, [this] {
        if (auto *it = m_checks->currentItem())
            Q_EMIT navigateRequested(it->data(0, kLinkRole).toString(), {});
    });
}

PreflightPage::~PreflightPage() = default;

void PreflightPage::initializePage() {
    m_lockTimeout->setValue(m_ctx->lockTimeoutMs / 1000);
    runChecks();
}

QCoro::Task<void> PreflightPage::runChecks() {
    QPointer<PreflightPage> self(this);
    m_loading = true;
    m_again->setEnabled(false);
    m_checks->clear();
    m_summary->setText(tr("Checking…"));
    m_banner->clear();
    Q_EMIT completeChanged();
    const QString err = co_await m_ctx->ensureConnections();
    if (!self)
        co_return;
    if (!err.isEmpty()) {
        m_banner->showMessage(err);
        m_loading = false;
        m_again->setEnabled(true);
        Q_EMIT completeChanged();
        co_return;
    }
    // One run per database: the lock is taken before preflight and held by the wizard's
    // connection until the wizard closes (the runner takes it again, re-entrantly).
    const migrate::RunLock::Outcome lock = co_await migrate::RunLock::acquire(m_ctx->runConnection(), false);
    if (!self)
        co_return;
    migrate::PreflightOptions o;
    o.lockTimeoutMs = m_ctx->lockTimeoutMs;
    migrate::PreflightReport report =
        co_await migrate::Preflight::run(m_ctx->runConnection(), m_ctx->plan, o);
    if (!self)
        co_return;
    if (!lock.acquired) {
        migrate::Check c;
        c.key = QStringLiteral("run_lock");
        c.level = migrate::Check::Level::Fail;
        c.subject = tr("run");
        c.title = tr("Another migration run is in progress on this database");
        c.detail = lock.error
                       ? lock.error->toString()
                       : tr("Held by %1. Wait for it to finish, then check again.")
                             .arg(lock.holder ? lock.holder->describe() : tr("a session that just ended"));
        report.checks.prepend(c);
    }
    m_ctx->preflight = report;
    m_loading = false;
    m_again->setEnabled(true);
    fill();
    Q_EMIT completeChanged();
    Q_EMIT loaded();
}

void PreflightPage::fill() {
    m_checks->clear();
    const auto &r = m_ctx->preflight;
    // Fails first, then warnings, then the rest in the order they were made.
    QList<migrate::Check> sorted = r.checks;
    std::stable_sort(sorted.begin(), sorted.end(), [](const migrate::Check &a, const migrate::Check &b) {
        auto rank = [](migrate::Check::Level l) {
            return l == migrate::Check::Level::Fail ? 0 : l == migrate::Check::Level::Warn ? 1 : 2;
        };
        return rank(a.level) < rank(b.level);
    });
    for (const auto &c : sorted) {
        auto *it = new QTreeWidgetItem(m_checks);
        const QString key = migrate::Check::levelKey(c.level);
        it->setText(0, migrate::Check::levelText(c.level).toUpper());
        it->setForeground(0, StatusColors::colorFor(key));
        QFont bold = it->font(0);
        bold.setBold(true);
        it->setFont(0, bold);
        it->setText(1, c.subject);
        it->setText(2, c.title);
        it->setToolTip(2, c.detail);
        it->setData(0, kDropRole, c.dropIndex);
        it->setData(0, kLinkRole, c.link);
        if (!c.detail.isEmpty()) {
            auto *d = new QTreeWidgetItem(it);
            d->setText(2, c.detail);
            d->setFirstColumnSpanned(false);
        }
        for (const QString &row : c.rows)
            (new QTreeWidgetItem(it))->setText(2, QStringLiteral("• ") + row);
        if (c.level == migrate::Check::Level::Fail || c.level == migrate::Check::Level::Warn)
            it->setExpanded(true);
    }
    m_summary->setText(tr("%1 pass · %2 info · %3 warn · %4 fail")
                           .arg(r.count(migrate::Check::Level::Pass))
                           .arg(r.count(migrate::Check::Level::Info))
                           .arg(r.count(migrate::Check::Level::Warn))
                           .arg(r.count(migrate::Check::Level::Fail)));
    // Going up, destructive statements need the tick (as --yes in the CLI); a roll back is
    // confirmed on its own Review step.
    m_confirmDestructive->setVisible(needsDestructiveConfirmation());
    m_confirmDestructive->setChecked(false);
    if (r.hasFailures())
        m_banner->showMessage(
            tr("Preflight found problems: fix them (or drop the INVALID indexes) and check again."),
            ErrorBanner::Level::Warning);
}

void PreflightPage::selectionChanged() {
    QTreeWidgetItem *it = m_checks->currentItem();
    while (it && it->parent())
        it = it->parent();
    m_drop->setEnabled(it && !it->data(0, kDropRole).toString().isEmpty() && !m_loading);
    m_activity->setEnabled(it && !it->data(0, kLinkRole).toString().isEmpty());
}

void PreflightPage::dropSelected() {
    QTreeWidgetItem *it = m_checks->currentItem();
    while (it && it->parent())
        it = it->parent();
    if (!it)
        return;
    const QString index = it->data(0, kDropRole).toString();
    if (index.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Drop INVALID index"),
        tr("This runs on %1:\n\n%2\n\nThe index is INVALID (left by an interrupted build) and "
           "never used by queries; dropping it lets the migration build it again.")
            .arg(m_ctx->serverText(),
                 migrate::Preflight::dropIndexSql(index).trimmed().section(QLatin1Char('\n'), -1)),
        QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("dropConfirmation"));
    box->button(QMessageBox::Ok)->setText(tr("Drop index"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, index] { drop(index); });
    box->open();
}

QCoro::Task<void> PreflightPage::drop(QString index) {
    QPointer<PreflightPage> self(this);
    m_drop->setEnabled(false);
    const auto err = co_await migrate::Preflight::dropIndex(m_ctx->runConnection(), index);
    if (!self)
        co_return;
    if (err) {
        m_banner->showError(*err, m_ctx->runConnection()->facts().role);
        co_return;
    }
    co_await runChecks();
}

bool PreflightPage::isComplete() const {
    return !m_loading && !m_ctx->preflight.checks.isEmpty() && !m_ctx->preflight.hasFailures() &&
           (!needsDestructiveConfirmation() || m_confirmDestructive->isChecked());
}

bool PreflightPage::needsDestructiveConfirmation() const {
    return m_ctx->plan.direction == migrate::Direction::Up && m_ctx->preflight.hasDestructive();
}

} // namespace ui
