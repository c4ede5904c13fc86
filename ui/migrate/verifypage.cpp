#include "migrate/verifypage.h"

#include "explain/analysis.h"
#include "explain/plancomparemodel.h"
#include "migrate/statuscolors.h"
#include "migrate/wizardcontext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
QTableWidget *table(QWidget *parent, const QStringList &headers, const char *name) {
    auto *t = new QTableWidget(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(true);
    return t;
}

explain::PlanPtr parsed(const QString &json) {
    explain::ParseResult r = explain::loadPlan(json.toUtf8());
    if (!r.ok())
        return {};
    return std::make_shared<const explain::Plan>(std::move(r.plan));
}
} // namespace

VerifyPage::VerifyPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(context)
    , m_verdict(new QLabel(this))
    , m_indexes(table(this, {tr("Index"), tr("Table"), tr("State"), tr("Size")}, "indexes"))
    , m_recorded(new QLabel(this))
    , m_plans(table(this, {tr("Query"), tr("Before"), tr("After"), tr("Change")}, "plansAfter"))
    , m_compareSummary(new QLabel(this))
    , m_compareModel(new explain::PlanCompareModel(this))
    , m_compare(new QTableView(this)) {
    setTitle(tr("Verify"));
    setSubTitle(tr(
        "Every index valid and ready before the version is recorded; the hot queries' plans after the run."));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_recorded->setObjectName(QStringLiteral("recorded"));
    m_compare->setObjectName(QStringLiteral("planCompare"));
    auto *layout = new QVBoxLayout(this);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_indexes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_indexes->horizontalHeader()->setStretchLastSection(true);
    split->addWidget(m_indexes);
    m_plans->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_plans->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_plans->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_plans->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    split->addWidget(m_plans);
    auto *cmp = new QWidget(split);
    auto *cmpLayout = new QVBoxLayout(cmp);
    cmpLayout->setContentsMargins(0, 0, 0, 0);
    m_compareSummary->setWordWrap(true);
    cmpLayout->addWidget(m_compareSummary);
    m_compare->setModel(m_compareModel);
    m_compare->verticalHeader()->hide();
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_compare->horizontalHeader()->setStretchLastSection(true);
    cmpLayout->addWidget(m_compare);
    split->addWidget(cmp);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    layout->addWidget(split, 1);
    m_recorded->setWordWrap(true);
    layout->addWidget(m_recorded);
    connect(m_plans, &QTableWidget::currentCellChanged, this, [this](int row) { showComparison(row); });
}

VerifyPage::~VerifyPage() = default;

void VerifyPage::initializePage() {
    const auto &r = m_ctx->result;
    m_indexes->setRowCount(0);
    int bad = 0, total = 0;
    for (const auto &m : r.migrations) {
        for (const auto &v : m.indexes) {
            const int row = m_indexes->rowCount();
            m_indexes->insertRow(row);
            m_indexes->setItem(row, 0, new QTableWidgetItem(v.name));
            m_indexes->setItem(row, 1, new QTableWidgetItem(QString(v.table).remove(QLatin1Char('"'))));
            auto *state = new QTableWidgetItem(v.state());
            state->setForeground(
                StatusColors::colorFor(v.ok() ? QStringLiteral("pass") : QStringLiteral("fail")));
            m_indexes->setItem(row, 2, state);
            m_indexes->setItem(
                row, 3,
                new QTableWidgetItem(v.expectPresent ? QLocale().formattedDataSize(v.sizeBytes) : QString()));
            ++total;
            bad += v.ok() ? 0 : 1;
        }
    }
    QString verdict;
    if (r.ok) {
        verdict =
            total ? tr("<b>Verified:</b> %n index(es) as expected", nullptr, total) : tr("<b>Verified.</b>");
        verdict += m_ctx->oneOff ? tr(" — a one-off migration is not recorded in the version table.")
                                 : tr(" — versions recorded only after this check passed.");
    } else {
        verdict = tr("<b>Not verified; nothing recorded.</b> %1").arg(r.error.toHtmlEscaped());
        QStringList cleaned;
        for (const auto &m : r.migrations)
            cleaned << m.cleanedUp;
        if (!cleaned.isEmpty())
            verdict += tr(" Cleaned up: %1.").arg(cleaned.join(QStringLiteral(", ")));
    }
    m_verdict->setText(verdict);
    Q_UNUSED(bad);
    load();
}

QCoro::Task<void> VerifyPage::load() {
    QPointer<VerifyPage> self(this);
    m_loading = true;
    Q_EMIT completeChanged();
    m_plans->setRowCount(0);
    m_compareModel->clear();
    m_compareSummary->clear();
    if (m_ctx->result.ok && !m_ctx->hotQueries().isEmpty()) {
        m_recorded->setText(tr("Capturing the plans after the run…"));
        const QList<migrate::PlanSnapshot> after =
            co_await migrate::HotQueries::capture(m_ctx->runConnection(), m_ctx->hotQueries(), true);
        if (!self)
            co_return;
        m_ctx->after = after;
    } else {
        m_ctx->after.clear();
    }
    const QList<migrate::PlanComparison> cmp =
        migrate::HotQueries::compare(m_ctx->before.isEmpty() ? m_ctx->after : m_ctx->before, m_ctx->after);
    m_plans->setRowCount(int(cmp.size()));
    for (int i = 0; i < cmp.size(); ++i) {
        const bool haveBefore = !m_ctx->before.isEmpty();
        m_plans->setItem(
            i, 0,
            new QTableWidgetItem(cmp[i].after.title.isEmpty() ? cmp[i].before.title : cmp[i].after.title));
        m_plans->setItem(i, 1,
                         new QTableWidgetItem(haveBefore ? cmp[i].before.headline() : tr("(not captured)")));
        m_plans->setItem(i, 2, new QTableWidgetItem(cmp[i].after.headline()));
        auto *change = new QTableWidgetItem(haveBefore ? cmp[i].verdict() : QString());
        if (haveBefore && cmp[i].improved())
            change->setForeground(StatusColors::colorFor(QStringLiteral("pass")));
        m_plans->setItem(i, 3, change);
    }
    m_plans->resizeRowsToContents();
    if (!cmp.isEmpty())
        m_plans->selectRow(0);

    // What the version table says now.
    const QString err = co_await m_ctx->loadState(false);
    if (!self)
        co_return;
    QStringList lines;
    if (!err.isEmpty())
        lines << err;
    for (const auto &m : m_ctx->result.migrations) {
        if (m.migration.oneOff)
            continue;
        const migrate::AppliedVersion *a = m_ctx->db.appliedVersion(m.migration.version);
        if (m.direction == migrate::Direction::Up && a)
            lines << tr("Version %1 recorded %2 by %3 (%4 s, checksum %5…).")
                         .arg(m.migration.title(),
                              QLocale().toString(a->appliedAt.toLocalTime(), QLocale::ShortFormat),
                              a->appliedBy, QLocale().toString(a->durationMs / 1000.0, 'f', 1),
                              a->checksum.left(12));
        else if (m.direction == migrate::Direction::Down && !a && m.recorded)
            lines << tr("Version %1 removed from the version table.").arg(m.migration.title());
        else
            lines << tr("Version %1 not recorded.").arg(m.migration.title());
    }
    m_recorded->setText(lines.join(QLatin1Char('\n')));
    m_loading = false;
    Q_EMIT completeChanged();
    Q_EMIT loaded();
}

void VerifyPage::showComparison(int row) {
    m_compareModel->clear();
    m_compareSummary->clear();
    if (row < 0 || row >= m_ctx->after.size() || m_ctx->before.isEmpty())
        return;
    const migrate::PlanSnapshot &a = m_ctx->after.at(row);
    const migrate::PlanSnapshot *b = nullptr;
    for (const auto &p : m_ctx->before)
        if (p.key == a.key)
            b = &p;
    if (!b || !b->available || !a.available)
        return;
    explain::PlanPtr before = parsed(b->json), after = parsed(a.json);
    if (!before || !after)
        return;
    const explain::PlanComparison c = explain::compare(*before, *after);
    m_compareSummary->setText(tr("%1 — before → after: %2").arg(a.title, c.summary()));
    m_compareModel->setComparison(before, after, c);
}

bool VerifyPage::isComplete() const {
    return !m_loading;
}

} // namespace ui
