#include "statements/statementdetails.h"

#include "monitor/statementmodel.h"
#include "monitor/statementscollector.h"
#include "statements/plantimeline.h"
#include "widgets/sqlhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using monitor::StatementModel;

namespace ui {

namespace {
QTableWidget *makeTable(int columns, const QStringList &headers, QWidget *parent) {
    auto *t = new QTableWidget(0, columns, parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}
} // namespace

StatementDetails::StatementDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_explain(new QPushButton(tr("Explain…"), this))
    , m_reset(new QPushButton(tr("Reset this statement…"), this))
    , m_tabs(new QTabWidget(this))
    , m_counters(makeTable(3, {tr("Counter"), tr("Since reset"), tr("In the window")}, this))
    , m_sessionsLabel(new QLabel(this))
    , m_sessions(makeTable(
          6, {tr("PID"), tr("User"), tr("Application"), tr("State"), tr("Wait"), tr("Running for")}, this))
    , m_plansLabel(new QLabel(this))
    , m_planTimeline(new PlanTimeline(this))
    , m_planTable(makeTable(
          5, {tr("Plan"), tr("First seen"), tr("Last seen"), tr("Captures"), tr("Mean time")}, this))
    , m_comparePlans(new QPushButton(tr("Compare the last two plans"), this)) {
    setObjectName(QStringLiteral("statementDetails"));
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("statementText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    new SqlHighlighter(m_text->document());
    m_copy->setObjectName(QStringLiteral("copyStatement"));
    m_explain->setObjectName(QStringLiteral("explainStatement"));
    m_reset->setObjectName(QStringLiteral("resetStatement"));
    m_counters->setObjectName(QStringLiteral("statementCounters"));
    m_sessions->setObjectName(QStringLiteral("statementSessions"));
    m_counters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counters->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_counters->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_sessions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessions->horizontalHeader()->setStretchLastSection(true);
    m_sessionsLabel->setWordWrap(true);

    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_counters, tr("Counters"));
    auto *sessionsPage = new QWidget(m_tabs);
    auto *sl = new QVBoxLayout(sessionsPage);
    sl->setContentsMargins(0, 4, 0, 0);
    sl->addWidget(m_sessionsLabel);
    sl->addWidget(m_sessions, 1);
    m_tabs->addTab(sessionsPage, tr("Live sessions"));
    auto *plansPage = new QWidget(m_tabs);
    plansPage->setObjectName(QStringLiteral("plansTab"));
    auto *pl = new QVBoxLayout(plansPage);
    pl->setContentsMargins(0, 4, 0, 0);
    auto *planTop = new QHBoxLayout;
    m_plansLabel->setObjectName(QStringLiteral("plansNote"));
    m_plansLabel->setWordWrap(true);
    planTop->addWidget(m_plansLabel, 1);
    m_comparePlans->setObjectName(QStringLiteral("comparePlans"));
    planTop->addWidget(m_comparePlans);
    pl->addLayout(planTop);
    pl->addWidget(m_planTimeline);
    m_planTable->setObjectName(QStringLiteral("planHistory"));
    m_planTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_planTable->horizontalHeader()->setStretchLastSection(true);
    pl->addWidget(m_planTable, 1);
    m_tabs->addTab(plansPage, tr("Plans"));
    connect(m_comparePlans, &QPushButton::clicked, this, &StatementDetails::comparePlansRequested);
    setPlans({});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_explain);
    buttons->addStretch();
    buttons->addWidget(m_reset);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 3);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(text());
        Q_EMIT copied();
    });
    connect(m_explain, &QPushButton::clicked, this, &StatementDetails::explainRequested);
    connect(m_reset, &QPushButton::clicked, this, &StatementDetails::resetRequested);
    setStatement(nullptr, 0, {});
}

StatementDetails::~StatementDetails() = default;

QString StatementDetails::text() const {
    return m_text->toPlainText();
}

void StatementDetails::setPlans(const QList<plans::PlanShape> &shapes) {
    m_planShapes = shapes;
    m_planTimeline->setShapes(shapes);
    m_planTable->setRowCount(int(shapes.size()));
    const QLocale l;
    for (int i = 0; i < shapes.size(); ++i) {
        const auto &s = shapes[i];
        const QStringList cells{
            s.fingerprint, l.toString(QDateTime::fromMSecsSinceEpoch(s.firstSeenMs), QLocale::ShortFormat),
            l.toString(QDateTime::fromMSecsSinceEpoch(s.lastSeenMs), QLocale::ShortFormat),
            l.toString(s.seen), s.meanMs ? StatementModel::formatMs(*s.meanMs) : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(s.shape);
            m_planTable->setItem(i, c, item);
        }
    }
    m_comparePlans->setEnabled(shapes.size() >= 2);
    m_plansLabel->setText(
        shapes.isEmpty() ? tr("No plan captured for this statement yet: pgdba captures the generic plans of "
                              "the top statements while this page is open, and pgdba record always.")
        : shapes.size() == 1 ? tr("One plan so far: %1").arg(shapes.first().shape)
                             : tr("⇄ %n plans of this statement; the newest: %1", nullptr, int(shapes.size()))
                                   .arg(shapes.last().shape));
}

int StatementDetails::sessionCount() const {
    return m_sessions->rowCount();
}

QString StatementDetails::counter(const QString &name, int column) const {
    for (int r = 0; r < m_counters->rowCount(); ++r)
        if (m_counters->item(r, 0) && m_counters->item(r, 0)->text() == name)
            return m_counters->item(r, column) ? m_counters->item(r, column)->text() : QString();
    return {};
}

void StatementDetails::setStatement(const monitor::StatementRow *row, double windowSeconds,
                                    const monitor::StatementAvailability &av) {
    m_has = row != nullptr;
    m_copy->setEnabled(m_has && !row->text.isEmpty());
    m_explain->setEnabled(m_has && !row->text.isEmpty());
    m_reset->setEnabled(m_has && !row->totals.key.hidden && av.canResetOne());
    m_reset->setToolTip(
        !av.canReset ? tr("Role \"%1\" may not execute pg_stat_statements_reset().").arg(av.role)
        : av.serverVersionNum < 120000 ? tr("Resetting one statement needs PostgreSQL 12 or newer.")
                                       : tr("Discard this statement's counters."));
    if (!m_has) {
        m_title->setText(tr("Select a statement to see its text, counters and the sessions running it."));
        if (!m_text->toPlainText().isEmpty())
            m_text->clear();
        m_counters->setRowCount(0);
        m_sessions->setRowCount(0);
        m_sessionsLabel->clear();
        m_tabs->setTabText(1, tr("Live sessions"));
        return;
    }
    const auto &t = row->totals;
    m_key = t.key;
    m_title->setText(t.key.hidden
                         ? StatementModel::oneLine(*row)
                         : tr("<b>query id %1</b> · database <b>%2</b> · user <b>%3</b>%4")
                               .arg(t.key.queryid)
                               .arg(t.database.toHtmlEscaped(), t.user.toHtmlEscaped(),
                                    t.key.toplevel ? QString() : tr(" · run inside a function (nested)")));
    const QString body =
        t.key.hidden ? tr("-- The text and query id of these statements are hidden from role \"%1\".\n"
                          "-- GRANT pg_read_all_stats TO %1; shows them.")
                           .arg(av.role)
                     : row->text;
    if (m_text->toPlainText() != body)
        m_text->setPlainText(body);
    fillCounters(*row, windowSeconds);
}

void StatementDetails::fillCounters(const monitor::StatementRow &r, double w) {
    const QLocale loc;
    const auto &t = r.totals;
    const auto &d = r.window;
    const QString none = QStringLiteral("—");
    const auto num = [&](qint64 v) { return loc.toString(v); };
    const auto ms = [](double v) { return StatementModel::formatMs(v); };
    const auto rate = [&](double v) { return r.hasWindow && w > 0 ? loc.toString(v / w, 'f', 2) : none; };
    const auto win = [&](const QString &s) { return r.hasWindow ? s : none; };
    QList<QStringList> rows{
        {tr("Calls"), num(t.calls), win(num(d.calls))},
        {tr("Total execution time"), ms(t.totalExecMs), win(ms(d.execMs))},
        {tr("Mean execution time"), ms(t.meanExecMs),
         win(d.calls > 0 ? ms(d.execMs / double(d.calls)) : none)},
        {tr("Min execution time"), ms(t.minExecMs), none},
        {tr("Max execution time"), ms(t.maxExecMs), none},
        {tr("Stddev of execution time"), t.hiddenCount > 1 ? none : ms(t.stddevExecMs), none},
        {tr("Share of all execution time"),
         QStringLiteral("%1 %").arg(loc.toString(r.shareOfTotal * 100, 'f', 2)), none},
        {tr("Plans"), t.planTracked ? num(t.plans) : none, none},
        {tr("Total planning time"), t.planTracked ? ms(t.totalPlanMs) : none,
         win(t.planTracked ? ms(d.planMs) : none)},
        {tr("Mean planning time"), t.planTracked ? ms(t.meanPlanMs) : none, none},
        {tr("Rows"), num(t.rows), win(num(d.rows))},
        {tr("Rows per call"), t.calls > 0 ? loc.toString(double(t.rows) / double(t.calls), 'f', 1) : none,
         none},
        {tr("Cache hit ratio"),
         t.hitRatio() < 0 ? none : QStringLiteral("%1 %").arg(loc.toString(t.hitRatio() * 100, 'f', 2)),
         win(d.sharedHit + d.sharedRead > 0
                 ? QStringLiteral("%1 %").arg(
                       loc.toString(100.0 * double(d.sharedHit) / double(d.sharedHit + d.sharedRead), 'f', 2))
                 : none)},
        {tr("Shared blocks hit"), num(t.sharedHit), win(num(d.sharedHit))},
        {tr("Shared blocks read"), num(t.sharedRead), win(num(d.sharedRead))},
        {tr("Shared blocks dirtied"), num(t.sharedDirtied), none},
        {tr("Shared blocks written"), num(t.sharedWritten), none},
        {tr("Local blocks hit / read"), QStringLiteral("%1 / %2").arg(num(t.localHit), num(t.localRead)),
         none},
        {tr("Local blocks dirtied / written"),
         QStringLiteral("%1 / %2").arg(num(t.localDirtied), num(t.localWritten)), none},
        {tr("Temp blocks read"), num(t.tempRead), none},
        {tr("Temp blocks written"), num(t.tempWritten), none},
        {tr("Temp blocks read + written"), num(t.tempBlocks()), win(num(d.tempBlocks))},
        {tr("I/O read time"), ms(t.ioReadMs), none},
        {tr("I/O write time"), ms(t.ioWriteMs), none},
        {tr("I/O time (read + write)"), ms(t.ioMs()), win(ms(d.ioMs))},
        {tr("WAL records"), t.walTracked ? num(t.walRecords) : none, none},
        {tr("WAL full page images"), t.walTracked ? num(t.walFpi) : none, none},
        {tr("WAL bytes"), t.walTracked ? loc.formattedDataSize(qint64(t.walBytes)) : none,
         win(t.walTracked ? loc.formattedDataSize(qint64(d.walBytes)) : none)},
        {tr("Calls per second"), none, rate(double(d.calls))},
        {tr("Execution ms per second"), none, rate(d.execMs)},
        {tr("Rows per second"), none, rate(double(d.rows))},
        {tr("Blocks read per second"), none, rate(double(d.blocksRead()))},
    };
    m_counters->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        for (int c = 0; c < 3; ++c) {
            auto *item = m_counters->item(i, c);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                              : Qt::AlignRight | Qt::AlignVCenter);
                m_counters->setItem(i, c, item);
            }
            if (item->text() != rows[i][c])
                item->setText(rows[i][c]);
        }
    }
    if (r.hasWindow)
        m_counters->horizontalHeaderItem(2)->setText(
            tr("Last %1").arg(w >= 120 ? tr("%1 min").arg(qRound(w / 60)) : tr("%1 s").arg(qRound(w))));
}

void StatementDetails::setSessionsNote(const QString &note) {
    m_sessions->setRowCount(0);
    m_tabs->setTabText(1, tr("Live sessions"));
    m_sessionsLabel->setText(note);
}

void StatementDetails::setSessions(const monitor::StatementSessions &s) {
    const QLocale loc;
    const int n = int(s.sessions.size());
    m_sessions->setRowCount(n);
    for (int r = 0; r < n; ++r) {
        const monitor::StatementSession &x = s.sessions.at(r);
        const QStringList cells{QString::number(x.pid),
                                x.user,
                                x.application,
                                x.state,
                                x.wait,
                                StatementModel::formatMs(double(x.runningMs))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0 || c == 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_sessions->setItem(r, c, item);
        }
    }
    m_tabs->setTabText(1, n > 0 ? tr("Live sessions (%1)").arg(n) : tr("Live sessions"));
    m_sessionsLabel->setText(s.error  ? tr("Live sessions: %1").arg(s.error->message)
                             : n == 0 ? tr("No session is running this statement right now.")
                                      : tr("%n session(s) running this statement right now:", nullptr, n));
}

} // namespace ui
