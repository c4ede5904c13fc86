#include "activity/activityfilterbar.h"

#include "monitor/activityfilter.h"
#include "monitor/activitymodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSpinBox>

namespace ui {

namespace {
QComboBox *textChoice(QWidget *parent, const char *name, const QString &placeholder) {
    auto *c = new QComboBox(parent);
    c->setObjectName(QString::fromLatin1(name));
    c->setEditable(true);
    c->setInsertPolicy(QComboBox::NoInsert);
    c->lineEdit()->setPlaceholderText(placeholder);
    c->lineEdit()->setClearButtonEnabled(true);
    c->setMinimumContentsLength(10);
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return c;
}

void setChoices(QComboBox *c, QStringList values) {
    values.sort(Qt::CaseInsensitive);
    values.prepend(QString());
    QStringList now;
    for (int i = 0; i < c->count(); ++i)
        now << c->itemText(i);
    if (now == values)
        return;
    const QString text = c->currentText();
    const QSignalBlocker block(c);
    c->clear();
    c->addItems(values);
    c->setEditText(text);
}
} // namespace

ActivityFilterBar::ActivityFilterBar(monitor::ActivityFilter *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_hideIdle(new QCheckBox(tr("Hide idle"), this))
    , m_state(new QComboBox(this))
    , m_database(textChoice(this, "filterDatabase", tr("database")))
    , m_user(textChoice(this, "filterUser", tr("user")))
    , m_application(textChoice(this, "filterApplication", tr("application")))
    , m_query(new QLineEdit(this))
    , m_minDuration(new QSpinBox(this)) {
    m_hideIdle->setObjectName(QStringLiteral("hideIdle"));
    m_hideIdle->setChecked(filter->hideIdle());
    m_hideIdle->setToolTip(tr("Hide idle sessions and background processes that have no state"));
    m_state->setObjectName(QStringLiteral("filterState"));
    m_state->addItem(tr("any state"), QString());
    for (const char *s : {"active", "idle", "idle in transaction", "idle in transaction (aborted)",
                          "fastpath function call", "disabled"})
        m_state->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    m_state->addItem(tr("waiting on a lock"), QString::fromLatin1(monitor::ActivityFilter::WaitingState));
    m_state->addItem(tr("blocking others"), QString::fromLatin1(monitor::ActivityFilter::BlockingState));
    m_query->setObjectName(QStringLiteral("filterQuery"));
    m_query->setPlaceholderText(tr("text in query"));
    m_query->setClearButtonEnabled(true);
    m_minDuration->setObjectName(QStringLiteral("filterMinDuration"));
    m_minDuration->setRange(0, 30 * 86400);
    m_minDuration->setSuffix(tr(" s"));
    m_minDuration->setSpecialValueText(tr("any duration"));
    m_minDuration->setToolTip(tr("Only sessions at least this long, in the chosen duration mode"));

    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_hideIdle);
    l->addWidget(m_state);
    l->addWidget(m_database);
    l->addWidget(m_user);
    l->addWidget(m_application);
    l->addWidget(m_query, 2);
    l->addWidget(new QLabel(tr("at least"), this));
    l->addWidget(m_minDuration);

    connect(m_hideIdle, &QCheckBox::toggled, filter, &monitor::ActivityFilter::setHideIdle);
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setState(m_state->currentData().toString()); });
    connect(m_database, &QComboBox::currentTextChanged, filter, &monitor::ActivityFilter::setDatabase);
    connect(m_user, &QComboBox::currentTextChanged, filter, &monitor::ActivityFilter::setUser);
    connect(m_application, &QComboBox::currentTextChanged, filter, &monitor::ActivityFilter::setApplication);
    connect(m_query, &QLineEdit::textChanged, filter, &monitor::ActivityFilter::setQueryText);
    connect(m_minDuration, &QSpinBox::valueChanged, this,
            [this](int s) { m_filter->setMinDurationMs(qint64(s) * 1000); });
}

ActivityFilterBar::~ActivityFilterBar() = default;

void ActivityFilterBar::updateChoices(const monitor::ActivityModel *model) {
    QSet<QString> dbs, users, apps;
    for (int r = 0; r < model->rowCount(); ++r) {
        const auto *s = model->sessionAt(r);
        if (!s->database.isEmpty())
            dbs.insert(s->database);
        if (!s->user.isEmpty())
            users.insert(s->user);
        if (!s->application.isEmpty())
            apps.insert(s->application);
    }
    setChoices(m_database, QStringList(dbs.begin(), dbs.end()));
    setChoices(m_user, QStringList(users.begin(), users.end()));
    setChoices(m_application, QStringList(apps.begin(), apps.end()));
}

} // namespace ui
