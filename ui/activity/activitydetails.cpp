#include "activity/activitydetails.h"

#include "widgets/theme.h"

#include "monitor/activitymodel.h"
#include "monitor/activitywaitevents.h"
#include "widgets/sqlhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

namespace {
QString since(qint64 t, qint64 now) {
    if (t <= 0)
        return QStringLiteral("—");
    return QStringLiteral("%1  (%2)")
        .arg(monitor::ActivityModel::formatTime(t),
             monitor::ActivityModel::formatDuration(qMax<qint64>(0, now - t)));
}
} // namespace

ActivityDetails::ActivityDetails(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_waitExplanation(new QLabel(this))
    , m_query(new QPlainTextEdit(this))
    , m_highlighter(new SqlHighlighter(m_query->document()))
    , m_copyQuery(new QPushButton(tr("Copy query"), this))
    , m_copyDetails(new QPushButton(tr("Copy details"), this))
    , m_explain(new QPushButton(tr("Explain"), this)) {
    setObjectName(QStringLiteral("activityDetails"));
    m_query->setObjectName(QStringLiteral("detailsQuery"));
    m_query->setReadOnly(true);
    m_query->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_query->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_waitExplanation->setObjectName(QStringLiteral("waitExplanation"));
    m_waitExplanation->setWordWrap(true);
    m_waitExplanation->setStyleSheet(QStringLiteral("font-style:italic"));
    theme::setTextColor(m_waitExplanation, QColor(0x44, 0x44, 0x44));
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_copyQuery->setObjectName(QStringLiteral("copyQuery"));
    m_copyDetails->setObjectName(QStringLiteral("copyDetails"));
    m_explain->setObjectName(QStringLiteral("detailsExplain"));
    m_explain->setToolTip(tr("Open this query on the Explain page"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    auto *forms = new QHBoxLayout;
    auto *f1 = new QFormLayout;
    auto *f2 = new QFormLayout;
    for (auto *f : {f1, f2}) {
        f->setLabelAlignment(Qt::AlignRight);
        f->setVerticalSpacing(2);
    }
    addField(f1, QStringLiteral("user"), tr("User:"));
    addField(f1, QStringLiteral("database"), tr("Database:"));
    addField(f1, QStringLiteral("application"), tr("Application:"));
    addField(f1, QStringLiteral("client"), tr("Client:"));
    addField(f1, QStringLiteral("backend_type"), tr("Backend type:"));
    addField(f1, QStringLiteral("state"), tr("State:"));
    addField(f1, QStringLiteral("wait"), tr("Wait event:"));
    addField(f1, QStringLiteral("blocked_by"), tr("Blocked by:"));
    addField(f2, QStringLiteral("backend_start"), tr("Connected:"));
    addField(f2, QStringLiteral("xact_start"), tr("Transaction start:"));
    addField(f2, QStringLiteral("query_start"), tr("Query start:"));
    addField(f2, QStringLiteral("state_change"), tr("State change:"));
    addField(f2, QStringLiteral("xid_age"), tr("XID age:"));
    addField(f2, QStringLiteral("xmin_age"), tr("Xmin age:"));
    addField(f2, QStringLiteral("query_id"), tr("Query ID:"));
    forms->addLayout(f1);
    forms->addSpacing(12);
    forms->addLayout(f2);
    left->addLayout(forms);
    left->addWidget(m_waitExplanation);
    left->addStretch();

    auto *right = new QVBoxLayout;
    right->addWidget(m_query, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyQuery);
    buttons->addWidget(m_copyDetails);
    buttons->addStretch();
    buttons->addWidget(m_explain);
    right->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_copyQuery, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(queryText()); });
    connect(m_copyDetails, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(detailsText()); });
    connect(m_explain, &QPushButton::clicked, this, [this] { Q_EMIT explainRequested(queryText()); });
    showSession(nullptr, nullptr);
}

ActivityDetails::~ActivityDetails() = default;

QLabel *ActivityDetails::addField(QFormLayout *form, const QString &key, const QString &label) {
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("field_") + key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    m_fields.insert(key, value);
    m_order << key;
    return value;
}

QString ActivityDetails::queryText() const {
    return m_query->toPlainText();
}
QString ActivityDetails::fieldText(const QString &field) const {
    const QLabel *l = m_fields.value(field);
    return l ? l->text() : QString();
}

QString ActivityDetails::detailsText() const {
    QStringList lines;
    lines << m_title->text();
    for (const QString &k : m_order)
        lines << QStringLiteral("%1: %2").arg(k, m_fields.value(k)->text());
    lines << QStringLiteral("wait_explanation: %1").arg(m_waitExplanation->text());
    lines << QStringLiteral("query:") << queryText();
    return lines.join(QLatin1Char('\n'));
}

void ActivityDetails::showSession(const monitor::ActivitySession *s, const monitor::ActivityModel *model) {
    const bool have = s && model;
    m_copyQuery->setEnabled(have);
    m_copyDetails->setEnabled(have);
    if (!have) {
        m_pid = 0;
        m_title->setText(tr("<i>Select a session to see its details.</i>"));
        for (QLabel *l : std::as_const(m_fields))
            l->clear();
        m_waitExplanation->clear();
        m_query->clear();
        m_explain->setEnabled(false);
        return;
    }
    const qint64 now = model->nowMs();
    const QLocale loc;
    const bool changed = m_pid != s->pid;
    m_pid = s->pid;
    m_title->setText(tr("<b>Session %1</b>").arg(s->pid));
    QStringList blockers;
    for (int b : s->blockingPids)
        blockers << QString::number(b);
    auto set = [this](const char *k, const QString &v) {
        m_fields.value(QLatin1String(k))->setText(v.isEmpty() ? QStringLiteral("—") : v);
    };
    set("user", s->user);
    set("database", s->database);
    set("application", s->application);
    set("client", s->clientAddr);
    set("backend_type", s->backendType);
    set("state", s->state + (model->isBlocker(s->pid) ? tr(" — blocking other sessions") : QString()));
    set("wait", s->waitText());
    set("blocked_by", blockers.join(QStringLiteral(", ")));
    set("backend_start", since(s->backendStartMs, now));
    set("xact_start", since(s->xactStartMs, now));
    set("query_start", since(s->queryStartMs, now));
    set("state_change", since(s->stateChangeMs, now));
    set("xid_age", s->xidAge >= 0 ? loc.toString(s->xidAge) : QString());
    set("xmin_age", s->xminAge >= 0 ? loc.toString(s->xminAge) : QString());
    set("query_id", s->hasQueryId ? QString::number(s->queryId) : QString());
    m_waitExplanation->setText(monitor::waitEventExplanation(s->waitEventType, s->waitEvent));
    if (changed || m_query->toPlainText() != s->query)
        m_query->setPlainText(s->query); // keep the reader's scroll position while the text stays
    const bool explainable = !s->query.trimmed().isEmpty() && !s->query.startsWith(QLatin1Char('<'));
    m_explain->setEnabled(explainable);
}

void ActivityDetails::markEnded() {
    if (m_pid != 0)
        theme::setRichText(m_title,
                           tr("<b>Session %1</b> — <span style='color:#c62828'>ended</span>").arg(m_pid));
}

} // namespace ui
