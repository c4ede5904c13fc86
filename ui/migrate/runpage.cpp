#include "migrate/runpage.h"

#include "migrate/runner.h"
#include "migrate/statementinfo.h"
#include "migrate/statuscolors.h"
#include "migrate/wizardcontext.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWizard>

namespace ui {

namespace {
QString clockText(qint64 ms) {
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

RunPage::RunPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(context)
    , m_header(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_rowsHost(new QWidget(this))
    , m_rows(new QGridLayout(m_rowsHost))
    , m_log(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("Cancel build"), this)) {
    setTitle(tr("Run"));
    setSubTitle(tr(
        "Statement by statement, on pgdba's own connection; progress from pg_stat_progress_create_index."));
    // What ran cannot be un-run by going back: the wizard only moves on from here.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_header->setObjectName(QStringLiteral("header"));
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_log->setObjectName(QStringLiteral("log"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_header->setWordWrap(true);
    top->addWidget(m_header, 1);
    top->addWidget(m_elapsed);
    top->addWidget(m_cancel);
    layout->addLayout(top);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_rowsHost);
    m_rows->setColumnStretch(1, 2);
    m_rows->setColumnStretch(2, 3);
    layout->addWidget(scroll, 3);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(5000);
    layout->addWidget(m_log, 2);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &RunPage::tick);
    connect(m_cancel, &QPushButton::clicked, this, &RunPage::cancelRun);
}

RunPage::~RunPage() = default;

void RunPage::buildRows() {
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_table.clear();
    int line = 0;
    for (const auto &m : m_ctx->plan.migrations) {
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(m.title().toHtmlEscaped()), m_rowsHost);
        m_rows->addWidget(title, line++, 0, 1, 3);
        QList<Row> rows;
        const migrate::ScriptInfo script = migrate::analyzeScript(m.sql(m_ctx->plan.direction));
        for (const auto &s : script.statements) {
            Row r;
            const bool index = s.kind == migrate::StatementInfo::Kind::CreateIndex && !s.index.name.isEmpty();
            r.name = new QLabel(index ? s.index.name : s.summary(), m_rowsHost);
            r.name->setToolTip(s.statement.sql);
            r.bar = new QProgressBar(m_rowsHost);
            r.bar->setRange(0, 1000);
            r.bar->setValue(0);
            r.bar->setFormat(QStringLiteral("%p%"));
            r.state = new QLabel(tr("waiting"), m_rowsHost);
            r.state->setWordWrap(true);
            m_rows->addWidget(r.name, line, 0);
            m_rows->addWidget(r.bar, line, 1);
            m_rows->addWidget(r.state, line, 2);
            ++line;
            rows << r;
        }
        m_table << rows;
    }
    m_rows->setRowStretch(line, 1);
}

RunPage::Row *RunPage::rowFor(int migration, int statement) {
    if (migration < 0 || migration >= m_table.size() || statement < 0 ||
        statement >= m_table[migration].size())
        return nullptr;
    return &m_table[migration][statement];
}

void RunPage::initializePage() {
    m_log->clear();
    buildRows();
    start();
}

QCoro::Task<void> RunPage::start() {
    QPointer<RunPage> self(this);
    m_running = true;
    m_ctx->runFinished = false;
    m_cancel->setEnabled(true);
    m_header->setText(tr("Connecting…"));
    m_clock.start();
    m_timer.start();
    tick();
    if (wizard())
        wizard()->button(QWizard::CancelButton)->setEnabled(false);
    Q_EMIT completeChanged();
    const QString err = co_await m_ctx->ensureConnections();
    if (!self)
        co_return;
    if (!err.isEmpty()) {
        m_log->appendPlainText(err);
        m_ctx->result = {};
        m_ctx->result.error = err;
    } else {
        delete m_runner;
        m_runner = new migrate::Runner(m_ctx->runConnection(), m_ctx->watchConnection(), this);
        m_runner->setLockTimeoutMs(m_ctx->lockTimeoutMs);
        connect(m_runner, &migrate::Runner::log, this,
                [this](const QString &l) { m_log->appendPlainText(l); });
        connect(m_runner, &migrate::Runner::progress, this, &RunPage::onProgress);
        connect(m_runner, &migrate::Runner::migrationStarted, this,
                [this](int i, const QString &title, int n) {
                    m_currentMigration = i;
                    m_header->setText(tr("Running %1 (%n statement(s))", nullptr, n).arg(title));
                });
        connect(m_runner, &migrate::Runner::statementStarted, this,
                [this](int mi, int si, const QString &summary, const QString &) {
                    m_currentStatement = si;
                    if (Row *r = rowFor(mi, si)) {
                        r->bar->setRange(0, 0); // busy until the first progress sample
                        r->state->setText(tr("running…"));
                    }
                    const int total = mi < m_table.size() ? int(m_table[mi].size()) : 0;
                    m_header->setText(tr("%1 — statement %2 of %3: %4")
                                          .arg(m_ctx->plan.migrations.value(mi).title())
                                          .arg(si + 1)
                                          .arg(total)
                                          .arg(summary));
                });
        connect(
            m_runner, &migrate::Runner::statementFinished, this, [this](int mi, int si, bool ok, qint64 ms) {
                if (Row *r = rowFor(mi, si)) {
                    r->bar->setRange(0, 1000);
                    r->bar->setValue(ok ? 1000 : r->bar->value());
                    r->state->setText(ok ? tr("done in %1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1))
                                         : tr("failed"));
                    QPalette p = r->state->palette();
                    p.setColor(QPalette::WindowText,
                               StatusColors::colorFor(ok ? QStringLiteral("pass") : QStringLiteral("fail")));
                    r->state->setPalette(p);
                }
            });
        m_ctx->result = co_await m_runner->run(m_ctx->plan);
        if (!self)
            co_return;
    }
    m_running = false;
    m_timer.stop();
    tick();
    m_cancel->setEnabled(false);
    if (wizard())
        wizard()->button(QWizard::CancelButton)->setEnabled(true);
    m_ctx->runFinished = true;
    const auto &r = m_ctx->result;
    m_header->setText(r.ok ? tr("<b>Finished.</b> Next: verification.")
                           : (r.cancelled ? tr("<b>Cancelled.</b> %1").arg(r.error.toHtmlEscaped())
                                          : tr("<b>Failed:</b> %1").arg(r.error.toHtmlEscaped())));
    Q_EMIT completeChanged();
    Q_EMIT runFinished(r.ok);
}

void RunPage::onProgress(const migrate::BuildProgress &b) {
    Row *r = rowFor(m_currentMigration, m_currentStatement);
    if (!r)
        return;
    r->bar->setRange(0, 1000);
    r->bar->setValue(int(b.fraction() * 1000));
    r->state->setText(b.text());
}

void RunPage::tick() {
    if (m_clock.isValid())
        m_elapsed->setText(tr("Elapsed %1").arg(clockText(m_clock.elapsed())));
}

void RunPage::cancelRun() {
    if (!m_running || !m_runner)
        return;
    m_cancel->setEnabled(false);
    m_header->setText(tr("Cancelling: the build stops, then its INVALID index is dropped…"));
    m_runner->cancel();
}

QString RunPage::logText() const {
    return m_log->toPlainText();
}

bool RunPage::isComplete() const {
    return m_ctx->runFinished && !m_running;
}

} // namespace ui
