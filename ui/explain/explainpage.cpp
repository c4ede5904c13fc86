#include "explain/explainpage.h"

#include "core/workspace.h"
#include "explain/comparetab.h"
#include "explain/explainoptionsbar.h"
#include "explain/explainsession.h"
#include "explain/findingsmodel.h"
#include "explain/format.h"
#include "explain/paramsbar.h"
#include "explain/planexport.h"
#include "explain/planpanel.h"
#include "explain/planstatswidget.h"
#include "explain/plantreetable.h"
#include "pg/awaitfuture.h"
#include "widgets/errorbanner.h"
#include "widgets/sqlhighlighter.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

ExplainPage::ExplainPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_session(new explain::ExplainSession(this))
    , m_banner(new ErrorBanner(this))
    , m_notice(new ErrorBanner(this))
    , m_options(new ExplainOptionsBar(this))
    , m_editor(new QPlainTextEdit(this))
    , m_params(new ParamsBar(this))
    , m_run(new QPushButton(tr("Run EXPLAIN"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_historyBox(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_panel(new PlanPanel(this))
    , m_table(new PlanTreeTable(this))
    , m_stats(new PlanStatsWidget(this))
    , m_findings(new explain::FindingsModel(this))
    , m_findingsView(new QTableView(this))
    , m_compare(new CompareTab(this))
    , m_text(new QPlainTextEdit(this)) {
    m_notice->setObjectName(QStringLiteral("explainNotice"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);

    auto *top = new QHBoxLayout;
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setToolTip(tr("Run EXPLAIN with the options (Ctrl+Return). A plan pasted into the editor "
                         "(JSON or text, psql output too) is shown instead."));
    m_run->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setEnabled(false);
    auto *open = new QPushButton(tr("Open plan…"), this);
    open->setObjectName(QStringLiteral("openPlan"));
    auto *paste = new QPushButton(tr("Paste plan"), this);
    paste->setObjectName(QStringLiteral("pastePlan"));
    paste->setToolTip(tr("Show the plan on the clipboard (JSON or text format, psql output included)"));
    // Two rows so the page fits a 1280-pixel window: the actions, then EXPLAIN's options.
    top->addWidget(m_run);
    top->addWidget(m_cancel);
    top->addStretch(1);
    top->addWidget(open);
    top->addWidget(paste);
    layout->addLayout(top);
    layout->addWidget(m_options);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *editorBox = new QWidget(split);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editor->setObjectName(QStringLiteral("sqlEditor"));
    m_editor->setPlaceholderText(
        tr("A statement to explain, e.g. SELECT * FROM orders WHERE status = 'new' — "
           "or paste a plan here and press Run."));
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    m_editor->setFont(mono);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    new SqlHighlighter(m_editor->document());
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_params);
    split->addWidget(editorBox);

    auto *result = new QWidget(split);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    auto *info = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true); // never wider than the window
    m_historyBox->setObjectName(QStringLiteral("planHistory"));
    m_historyBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historyBox->setMinimumContentsLength(28);
    m_historyBox->setToolTip(tr("Plans shown this session"));
    m_connectionLabel->setObjectName(QStringLiteral("explainConnection"));
    theme::setTextColor(m_connectionLabel, QColor(0x61, 0x61, 0x61));
    info->addWidget(m_summary, 1);
    info->addWidget(m_connectionLabel);
    info->addWidget(new QLabel(tr("History:"), this));
    info->addWidget(m_historyBox);
    resultLayout->addLayout(info);
    m_tabs->setObjectName(QStringLiteral("explainTabs"));
    m_findingsView->setObjectName(QStringLiteral("findingsView"));
    m_findingsView->setModel(m_findings);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->horizontalHeader()->setSectionResizeMode(explain::FindingsModel::Message,
                                                             QHeaderView::Stretch);
    m_findingsView->setWordWrap(true);
    m_findingsView->setTextElideMode(Qt::ElideNone);
    // Finding texts wrap: rows grow when the message column gets narrower.
    // Measured once the layout has settled (a hidden tab's columns are resized more than once).
    connect(m_findingsView->horizontalHeader(), &QHeaderView::sectionResized, m_findingsView, [this] {
        QTimer::singleShot(0, m_findingsView, [this] { m_findingsView->resizeRowsToContents(); });
    });
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_text->setObjectName(QStringLiteral("planText"));
    m_text->setReadOnly(true);
    m_text->setFont(mono);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_panel, tr("Plan"));
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->addTab(m_stats, tr("Statistics"));
    m_tabs->addTab(m_findingsView, tr("Findings"));
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_text, tr("Text"));
    resultLayout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_findingsView)
            m_findingsView->resizeRowsToContents();
    });
    split->addWidget(result);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({150, 650});
    layout->addWidget(split, 1);
    updateSummary();

    connect(m_run, &QPushButton::clicked, this, &ExplainPage::runNow);
    connect(m_cancel, &QPushButton::clicked, this, &ExplainPage::cancelRun);
    connect(open, &QPushButton::clicked, this, &ExplainPage::chooseFile);
    connect(paste, &QPushButton::clicked, this, &ExplainPage::pasteFromClipboard);
    auto *runKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runKey->setWhatsThis(tr("Run the statement (EXPLAIN)"));
    connect(runKey, &QShortcut::activated, this, &ExplainPage::runNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_params->updateFor(m_editor->toPlainText().left(100000));
        m_editor->setExtraSelections({});
    });
    connect(m_historyBox, &QComboBox::activated, this, &ExplainPage::showHistoryEntry);
    connect(m_panel, &PlanPanel::message, this,
            [this](const QString &m) { m_notice->showMessage(m, ErrorBanner::Level::Info); });
    connect(m_panel, &PlanPanel::nodeSelected, m_table, &PlanTreeTable::selectNode);
    connect(m_table, &PlanTreeTable::nodeActivated, this, [this](int id) { m_panel->showNode(id); });
    connect(m_findingsView, &QTableView::activated, this, [this](const QModelIndex &i) {
        m_tabs->setCurrentWidget(m_panel);
        m_panel->showNode(i.data(explain::FindingsModel::NodeIdRole).toInt());
    });
    connect(m_session, &explain::ExplainSession::statementAssessed, this,
            [this](const explain::StatementSafety &s) {
                if (s.mustRollBack())
                    m_notice->showMessage(s.noticeBefore(), ErrorBanner::Level::Warning);
            });
    connect(m_session, &explain::ExplainSession::runningChanged, m_cancel, &QPushButton::setEnabled);
    connect(m_session, &explain::ExplainSession::connected, this,
            [this](const QString &d) { m_connectionLabel->setText(tr("on %1").arg(d)); });
    connect(workspace, &core::Workspace::currentChanged, this, [this](core::ServerSession *s) {
        m_session->setServer(s);
        m_database.clear();
        m_connectionLabel->clear();
    });
    m_session->setServer(workspace->current());
    m_session->setAuditStore(workspace->history());
}

ExplainPage::~ExplainPage() = default;

void ExplainPage::setActive(bool active) {
    Page::setActive(active);
    // Nothing to poll: the page talks to the server only when asked to run.
    if (active && !m_history.isEmpty())
        markDataArrived();
}

void ExplainPage::openWith(const QVariantMap &request) {
    if (const auto f = handover::unpack<OpenPlanFileRequest>(request)) {
        loadPlanFile(f->path);
        return;
    }
    if (const auto r = handover::unpack<ExplainRequest>(request))
        open(*r);
    if (const auto c = handover::unpack<ComparePlansRequest>(request))
        QCoro::connect(comparePlans(*c), this, [] {});
}

QCoro::Task<void> ExplainPage::comparePlans(ComparePlansRequest request) {
    QPointer<ExplainPage> self(this);
    if (m_busy)
        co_return;
    m_banner->clear();
    m_notice->clear();
    const int before = int(m_history.size());
    const QByteArray beforeJson = request.beforeJson.toUtf8();
    co_await prepareAndShow(beforeJson, QString(), request.beforeLabel, QString());
    if (!self)
        co_return;
    const QByteArray afterJson = request.afterJson.toUtf8();
    co_await prepareAndShow(afterJson, QString(), request.afterLabel, QString());
    if (!self)
        co_return;
    const int n = int(m_history.size());
    if (n - before < 2 && n < 2)
        co_return; // a plan did not parse: the banner says why
    m_compare->choose(n - 2, n - 1);
    m_tabs->setCurrentWidget(m_compare);
}

void ExplainPage::open(const ExplainRequest &request) {
    if (request.sql.trimmed().isEmpty())
        return;
    m_editor->setPlainText(request.sql);
    m_params->setValues(request.params);
    m_database = request.database;
    m_banner->clear();
    if (request.run) {
        runNow();
        return;
    }
    m_notice->showMessage(
        m_database.isEmpty()
            ? tr("Statement received. Press Run EXPLAIN (with ANALYZE it is executed; data changes are "
                 "rolled back).")
            : tr("Statement received for database %1. Press Run EXPLAIN (with ANALYZE it is executed; "
                 "data changes are rolled back).")
                  .arg(m_database),
        ErrorBanner::Level::Info);
}

explain::PlanPtr ExplainPage::currentPlan() const {
    return m_current >= 0 && m_current < m_history.size() ? m_history[m_current].plan : explain::PlanPtr();
}

bool ExplainPage::looksLikePlan(const QString &text) const {
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('[')) || t.startsWith(QLatin1Char('{')))
        return true;
    // A pasted session or export may start with a comment, a prompt or a title: what gives a
    // plan away is its node lines or psql's header.
    for (const char *mark : {"(cost=", "(actual ", "(never executed)", "QUERY PLAN", "Node Type\""})
        if (t.contains(QLatin1String(mark)))
            return true;
    static const QStringList verbs = {
        QStringLiteral("select"), QStringLiteral("with"),    QStringLiteral("insert"),
        QStringLiteral("update"), QStringLiteral("delete"),  QStringLiteral("merge"),
        QStringLiteral("values"), QStringLiteral("table"),   QStringLiteral("execute"),
        QStringLiteral("create"), QStringLiteral("declare"), QStringLiteral("explain"),
        QStringLiteral("(")};
    const QString first = t.section(QRegularExpression(QStringLiteral("[\\s(]")), 0, 0).toLower();
    if (t.startsWith(QLatin1Char('(')) || t.startsWith(QLatin1String("--")) ||
        t.startsWith(QLatin1String("/*")))
        return false;
    return !verbs.contains(first);
}

void ExplainPage::runNow() {
    if (m_busy)
        return;
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_banner->showMessage(tr("Write a statement to explain, or paste a plan."), ErrorBanner::Level::Info);
        return;
    }
    m_banner->clear();
    if (looksLikePlan(text)) {
        loadPlanData(text.toUtf8(), tr("pasted plan"));
        return;
    }
    if (text.trimmed().startsWith(QLatin1String("explain"), Qt::CaseInsensitive)) {
        m_banner->showMessage(
            tr("Write the statement without EXPLAIN: the page adds EXPLAIN with the options above."),
            ErrorBanner::Level::Warning);
        return;
    }
    QCoro::connect(runStatement(text, m_params->values()), this, [] {});
}

void ExplainPage::cancelRun() {
    if (!m_session->isRunning())
        return;
    m_cancel->setEnabled(false);
    QCoro::connect(m_session->cancel(), this, [this](bool sent) {
        if (!sent)
            m_banner->showMessage(tr("The cancel request could not be delivered."),
                                  ErrorBanner::Level::Warning);
    });
}

QCoro::Task<void> ExplainPage::runStatement(QString sql, QStringList params, bool allowSideEffects) {
    QPointer<ExplainPage> self(this);
    if (!session()) {
        m_banner->showMessage(tr("Connect to a server to run EXPLAIN. Plans can still be opened or pasted."),
                              ErrorBanner::Level::Info);
        co_return;
    }
    explain::ExplainRequest req;
    req.sql = sql;
    req.params = params;
    req.options = m_options->options();
    req.statementTimeoutMs = m_options->timeoutMs();
    req.allowSideEffects = allowSideEffects;
    m_notice->clear();
    setBusy(true, req.options.analyze ? tr("Running EXPLAIN ANALYZE…") : tr("Running EXPLAIN…"));
    const explain::ExplainOutcome outcome = co_await m_session->run(req, m_database);
    if (!self)
        co_return;
    setBusy(false);
    if (outcome.refused) {
        m_notice->showMessage(outcome.safety.refusal(), ErrorBanner::Level::Warning);
        confirmSideEffects(outcome, sql, params);
        Q_EMIT runFinished(false);
        co_return;
    }
    if (outcome.safety.mustRollBack() && outcome.rolledBack)
        m_notice->showMessage(outcome.safety.noticeAfter(), outcome.safety.refusedByDefault()
                                                                ? ErrorBanner::Level::Warning
                                                                : ErrorBanner::Level::Info);
    if (outcome.error) {
        showRunError(outcome, sql);
        Q_EMIT runFinished(false);
        co_return;
    }
    const QString label = sql.simplified().left(48);
    co_await prepareAndShow(outcome.json, QString(), label, sql);
}

void ExplainPage::confirmSideEffects(const explain::ExplainOutcome &outcome, const QString &sql,
                                     const QStringList &params) {
    // Not exec(): the page keeps running while the question is open.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Run with side effects?"),
                                outcome.safety.confirmation(), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("sideEffectsConfirmation"));
    auto *run = box->addButton(tr("Run anyway"), QMessageBox::DestructiveRole);
    run->setObjectName(QStringLiteral("runAnyway"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, run, sql, params] {
        if (box->clickedButton() == run)
            QCoro::connect(runStatement(sql, params, true), this, [] {});
    });
    box->open();
}

void ExplainPage::showRunError(const explain::ExplainOutcome &outcome, const QString &sql) {
    const pg::Error &e = *outcome.error;
    if (outcome.cancelled) {
        m_banner->showMessage(tr("Cancelled: the server stopped the statement%1.")
                                  .arg(outcome.rolledBack ? tr(" and rolled it back") : QString()),
                              ErrorBanner::Level::Info);
        return;
    }
    if (e.isQueryCanceled()) {
        m_banner->showMessage(tr("The statement ran longer than the timeout (%1 s) and was stopped.")
                                  .arg(m_options->timeoutMs() / 1000),
                              ErrorBanner::Level::Warning);
        return;
    }
    m_banner->showError(e, session() ? session()->facts().role : QString());
    // Point at the error in the editor: positions count from the start of the EXPLAIN text.
    const int pos = e.position - outcome.statementOffset - 1;
    if (e.position > 0 && pos >= 0) {
        const int lead = int(sql.size() - sql.trimmed().size() == 0 ? 0 : sql.indexOf(sql.trimmed().front()));
        QTextCursor c(m_editor->document());
        c.setPosition(std::min(lead + pos, int(m_editor->document()->characterCount()) - 1));
        c.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection mark;
        mark.cursor = c;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(Qt::red);
        mark.format.setBackground(theme::color(theme::Role::ErrorMarkBackground));
        m_editor->setExtraSelections({mark});
        m_editor->setTextCursor(c);
    }
}

void ExplainPage::loadPlanData(const QByteArray &data, const QString &label) {
    if (m_busy)
        return;
    m_banner->clear();
    m_notice->clear();
    QCoro::connect(prepareAndShow(data, QString(), label.isEmpty() ? tr("plan") : label, QString()), this,
                   [] {});
}

void ExplainPage::loadPlanFile(const QString &path) {
    if (m_busy)
        return;
    m_banner->clear();
    m_notice->clear();
    QCoro::connect(prepareAndShow(QByteArray(), path, QFileInfo(path).fileName(), QString()), this, [] {});
}

void ExplainPage::pasteFromClipboard() {
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        m_banner->showMessage(tr("The clipboard holds no text."), ErrorBanner::Level::Info);
        return;
    }
    loadPlanData(text.toUtf8(), tr("clipboard"));
}

void ExplainPage::chooseFile() {
    auto *d = new QFileDialog(this, tr("Open a plan"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setFileMode(QFileDialog::ExistingFile);
    d->setNameFilters({tr("Plans (*.json *.txt *.log *.out)"), tr("All files (*)")});
    connect(d, &QFileDialog::fileSelected, this, &ExplainPage::loadPlanFile);
    d->open();
}

QCoro::Task<void> ExplainPage::prepareAndShow(QByteArray data, QString path, QString label, QString sql) {
    QPointer<ExplainPage> self(this);
    setBusy(true, tr("Reading the plan…"));
    // Parsing, metrics and layout of big plans take a while: a worker thread does them.
    QFuture<explain::PreparedPlan> future =
        path.isEmpty() ? explain::preparePlanAsync(data) : explain::preparePlanFileAsync(path);
    auto awaiter = pg::awaitFuture(future);
    explain::PreparedPlan prepared = co_await awaiter;
    if (!self)
        co_return;
    setBusy(false);
    if (!prepared.ok()) {
        m_banner->showMessage(prepared.parsed.error, ErrorBanner::Level::Error);
        Q_EMIT runFinished(false);
        co_return;
    }
    const QStringList notes = prepared.parsed.notes;
    showPrepared(std::move(prepared), label, sql);
    if (!notes.isEmpty())
        m_notice->showMessage(notes.join(QLatin1Char(' ')), ErrorBanner::Level::Info);
    Q_EMIT runFinished(true);
}

void ExplainPage::showPrepared(explain::PreparedPlan prepared, const QString &label, const QString &sql) {
    PlanHistoryEntry e;
    e.plan = std::make_shared<const explain::Plan>(std::move(prepared.parsed.plan));
    e.layout = std::move(prepared.layout);
    e.stats = std::move(prepared.stats);
    e.sql = sql;
    e.at = QDateTime::currentDateTime();
    const double total = e.plan->totalMs();
    e.label = QStringLiteral("%1 %2%3").arg(
        e.at.toString(QStringLiteral("HH:mm:ss")), label,
        total > 0 ? QStringLiteral(" (%1)").arg(explain::format::ms(total)) : QString());
    m_history << e;
    while (m_history.size() > 30)
        m_history.removeFirst();
    m_historyBox->clear();
    for (const PlanHistoryEntry &h : std::as_const(m_history))
        m_historyBox->addItem(h.label);
    m_compare->setHistory(m_history);
    showHistoryEntry(int(m_history.size()) - 1);
    markDataArrived();
    Q_EMIT planShown();
}

void ExplainPage::showHistoryEntry(int index) {
    if (index < 0 || index >= m_history.size())
        return;
    m_current = index;
    const PlanHistoryEntry &e = m_history[index];
    m_historyBox->setCurrentIndex(index);
    m_panel->setPlan(e.plan, e.layout);
    m_table->setPlan(e.plan);
    m_stats->setStats(e.stats);
    m_findings->setPlan(e.plan);
    m_findingsView->resizeRowsToContents();
    m_text->setPlainText(explain::toText(*e.plan));
    const int findings = int(e.plan->findings.size());
    m_tabs->setTabText(m_tabs->indexOf(m_findingsView),
                       findings ? tr("Findings (%1)").arg(findings) : tr("Findings"));
    updateSummary();
}

void ExplainPage::updateSummary() {
    const explain::PlanPtr p = currentPlan();
    if (!p) {
        m_summary->setText(tr("No plan yet: run a statement, open a plan file or paste one."));
        return;
    }
    namespace fmt = explain::format;
    QStringList parts;
    if (p->hasTiming())
        parts << tr("Total %1").arg(fmt::ms(p->totalMs()));
    if (p->planningMs >= 0)
        parts << tr("planning %1").arg(fmt::ms(p->planningMs));
    if (p->executionMs >= 0)
        parts << tr("execution %1").arg(fmt::ms(p->executionMs));
    if (!p->triggers.isEmpty())
        parts << tr("triggers %1").arg(fmt::ms(p->triggerMs()));
    if (p->jit.present)
        parts << tr("JIT %1").arg(fmt::ms(p->jit.totalMs));
    if (!p->isEmpty())
        parts << tr("buffers %1").arg(fmt::count(double(p->root().buffers.total())));
    parts << tr("%n node(s)", nullptr, int(p->nodes.size()));
    parts << tr("%n finding(s)", nullptr, int(p->findings.size()));
    m_summary->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

QString ExplainPage::summaryText() const {
    return m_summary->text();
}

void ExplainPage::setBusy(bool busy, const QString &what) {
    m_busy = busy;
    m_run->setEnabled(!busy);
    m_cancel->setEnabled(busy && m_session->isRunning());
    if (busy && !what.isEmpty())
        m_summary->setText(what);
    else if (!busy)
        updateSummary();
}

} // namespace ui
