#include "bench/resultspanel.h"

#include "widgets/theme.h"

#include "bench/format.h"
#include "bench/resultsmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

ResultsPanel::ResultsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new bench::ResultsModel(this))
    , m_table(new QTableView(this))
    , m_header(new QLabel(this))
    , m_setup(new QLabel(this))
    , m_claims(new QLabel(this))
    , m_check(new QLabel(this)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header->setObjectName(QStringLiteral("runHeader"));
    m_setup->setObjectName(QStringLiteral("runSetup"));
    theme::setTextColor(m_setup, QColor(0x50, 0x50, 0x50));
    m_table->setObjectName(QStringLiteral("results"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(bench::ResultsModel::Query, QHeaderView::Stretch);
    m_claims->setObjectName(QStringLiteral("claims"));
    m_claims->setWordWrap(true);
    m_check->setObjectName(QStringLiteral("check"));
    m_check->setWordWrap(true);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    layout->addWidget(m_setup);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_claims);
    layout->addWidget(m_check);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectRow(current.row()); });
    clear();
}

ResultsPanel::~ResultsPanel() = default;

void ResultsPanel::clear() {
    m_model->clear();
    m_header->setText(tr("No run yet. Choose a scenario and press Start, or run "
                         "<tt>pgdba bench --dsn … --scenario claim</tt> in a terminal."));
    m_setup->clear();
    m_claims->clear();
    m_check->clear();
}

QString ResultsPanel::checkText() const {
    return m_check->text();
}

QString ResultsPanel::mainQuery(const bench::RunResult &run) {
    for (const char *name :
         {"claim", "claim_unsafe", "list_new", "list_status", "get_order", "create_order", "courier_orders"})
        if (const auto *q = run.latency(QString::fromLatin1(name)); q && q->count > 0)
            return q->name;
    return run.queries.isEmpty() ? QString() : run.queries.constFirst().name;
}

void ResultsPanel::setRun(const bench::RunResult &run) {
    const QLocale loc;
    m_model->setRun(run);
    m_header->setText(tr("<b>%1</b> — %2 on %3, PostgreSQL %4, %5 s, ~%6 orders")
                          .arg(run.displayName().toHtmlEscaped(), run.database.toHtmlEscaped(),
                               run.server.toHtmlEscaped(), run.serverVersion.toHtmlEscaped())
                          .arg(QLocale().toString(run.elapsedS, 'f', 1))
                          .arg(loc.toString(run.ordersEstimate)));
    m_setup->setText(tr("Indexes: %1 · pool %2–%3, %4 opened, peak %5 in use")
                         .arg(run.indexes.join(QStringLiteral(", ")))
                         .arg(run.config.poolMin)
                         .arg(run.config.poolMax)
                         .arg(run.poolOpened)
                         .arg(run.poolPeakInUse));
    if (run.claims.attempts > 0)
        m_claims->setText(
            tr("Claims: <b>%1</b> claimed, <b>%2</b> not available (%3 skipped as locked by another "
               "courier, %4 already taken), %5 deadlocks.")
                .arg(loc.toString(run.claims.claimed), loc.toString(run.claims.notAvailable),
                     loc.toString(run.claims.skippedLocked), loc.toString(run.claims.alreadyTaken),
                     loc.toString(run.claims.deadlocks)));
    else
        m_claims->setText(run.note.toHtmlEscaped());
    if (run.check.performed) {
        QString text = run.check.summary();
        if (!run.check.examples.isEmpty())
            text += QLatin1Char(' ') + run.check.examples.join(QStringLiteral("; "));
        m_check->setText(text);
        m_check->setStyleSheet(QStringLiteral("font-weight: bold;"));
        theme::setTextColor(m_check, run.check.ok ? QColor(0x1b, 0x7f, 0x3a) : QColor(0xb0, 0x20, 0x20));
    } else {
        m_check->setText(run.errors.isEmpty() ? QString()
                                              : tr("Errors: %1").arg(run.errors.join(QStringLiteral("; "))));
        m_check->setStyleSheet({});
    }
    const QString main = mainQuery(run);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->summary(row)->name == main) {
            m_table->selectRow(row);
            selectRow(row);
        }
}

void ResultsPanel::selectRow(int row) {
    if (const bench::LatencySummary *s = m_model->summary(row))
        Q_EMIT querySelected(bench::queryTitle(s->name), s->histogram);
}

} // namespace ui
