#include "migrate/reviewpage.h"

#include "migrate/statementinfo.h"
#include "migrate/wizardcontext.h"
#include "widgets/sqlhighlighter.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ui {

ReviewPage::ReviewPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(context)
    , m_confirm(new QLabel(this))
    , m_sql(new QPlainTextEdit(this))
    , m_withPlans(new QCheckBox(
          tr("Capture the hot queries' plans before the run (EXPLAIN ANALYZE in a rolled-back transaction)"),
          this))
    , m_captureNow(new QPushButton(tr("Capture now"), this))
    , m_plans(new QTableWidget(this))
    , m_note(new QLabel(this)) {
    setTitle(tr("Review"));
    setSubTitle(tr("Exactly what will run. Nothing has changed on the server yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Run"));
    m_sql->setObjectName(QStringLiteral("sql"));
    m_plans->setObjectName(QStringLiteral("plansBefore"));
    m_confirm->setObjectName(QStringLiteral("confirmation"));
    m_withPlans->setObjectName(QStringLiteral("withPlans"));
    auto *layout = new QVBoxLayout(this);
    m_confirm->setWordWrap(true);
    m_confirm->setTextFormat(Qt::RichText);
    layout->addWidget(m_confirm);
    m_sql->setReadOnly(true);
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new SqlHighlighter(m_sql->document());
    layout->addWidget(m_sql, 3);
    auto *row = new QHBoxLayout;
    row->addWidget(m_withPlans, 1);
    row->addWidget(m_captureNow);
    layout->addLayout(row);
    m_plans->setColumnCount(3);
    m_plans->setHorizontalHeaderLabels(
        {tr("Query"), tr("Plan now (measured)"), tr("With the new indexes (HypoPG, hypothetical)")});
    m_plans->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_plans->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_plans->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_plans->verticalHeader()->hide();
    m_plans->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plans->setWordWrap(true);
    layout->addWidget(m_plans, 2);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_withPlans->setChecked(true);
    connect(m_captureNow, &QPushButton::clicked, this, [this] { capture(); });
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage() {
    int statements = 0;
    for (const auto &m : m_ctx->plan.migrations)
        statements += int(migrate::analyzeScript(m.sql(m_ctx->plan.direction)).statements.size());
    const bool up = m_ctx->plan.direction == migrate::Direction::Up;
    m_confirm->setText(tr("<b>Run</b> %1 %2 — %3 statement(s) on <b>%4</b>, lock_timeout %5 s. "
                          "Concurrent builds keep the table writable; each index is verified before the "
                          "version is recorded.")
                           .arg(up ? tr("applies") : tr("rolls back"),
                                m_ctx->plan.describe().section(QStringLiteral(": "), 1).toHtmlEscaped())
                           .arg(statements)
                           .arg(m_ctx->serverText().toHtmlEscaped())
                           .arg(m_ctx->lockTimeoutMs / 1000));
    m_sql->setPlainText(m_ctx->planSql());
    const bool hot = !m_ctx->hotQueries().isEmpty();
    m_withPlans->setEnabled(hot);
    m_captureNow->setEnabled(hot);
    m_plans->setVisible(hot);
    m_ctx->before.clear();
    if (!hot)
        m_note->setText(tr("No query to compare plans for."));
    else if (m_withPlans->isChecked())
        capture();
}

QCoro::Task<void> ReviewPage::capture() {
    QPointer<ReviewPage> self(this);
    if (m_capturing)
        co_return;
    m_capturing = true;
    m_captureNow->setEnabled(false);
    m_note->setText(tr("Capturing plans…"));
    Q_EMIT completeChanged();
    const QList<migrate::HotQuery> queries = m_ctx->hotQueries();
    const QList<migrate::PlanSnapshot> now =
        co_await migrate::HotQueries::capture(m_ctx->runConnection(), queries, true);
    if (!self)
        co_return;
    m_ctx->before = now;
    QList<migrate::PlanComparison> hypo;
    QString note;
    const QStringList creates = m_ctx->createIndexStatements();
    if (!m_ctx->db.hypopg.isEmpty() && !creates.isEmpty()) {
        hypo = co_await migrate::HotQueries::hypothetical(m_ctx->runConnection(), queries, creates, &note);
        if (!self)
            co_return;
    } else {
        note = m_ctx->db.hypopg.isEmpty() ? tr("HypoPG is not installed here: no hypothetical plans.")
                                          : tr("The run creates no index: no hypothetical plans.");
    }
    m_plans->setRowCount(int(now.size()));
    for (int i = 0; i < now.size(); ++i) {
        m_plans->setItem(i, 0, new QTableWidgetItem(now[i].title));
        m_plans->setItem(i, 1, new QTableWidgetItem(now[i].headline()));
        QString with;
        for (const auto &h : std::as_const(hypo))
            if (h.after.key == now[i].key)
                with = h.after.headline();
        m_plans->setItem(i, 2, new QTableWidgetItem(with));
    }
    m_plans->resizeRowsToContents();
    m_note->setText(note);
    m_capturing = false;
    m_captureNow->setEnabled(true);
    Q_EMIT completeChanged();
    Q_EMIT plansCaptured();
}

bool ReviewPage::isComplete() const {
    return !m_capturing && !m_ctx->plan.isEmpty();
}

} // namespace ui
