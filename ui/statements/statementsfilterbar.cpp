#include "statements/statementsfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace ui {

namespace {
void setChoices(QComboBox *box, const QString &allText, const QStringList &names) {
    QStringList want{QString()};
    want += names;
    QStringList have;
    for (int i = 0; i < box->count(); ++i)
        have << box->itemData(i).toString();
    if (have == want)
        return;
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allText, QString());
    for (const auto &n : names)
        box->addItem(n, n);
    const int i = box->findData(current);
    box->setCurrentIndex(i < 0 ? 0 : i);
}
} // namespace

StatementsFilterBar::StatementsFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_db(new QComboBox(this))
    , m_user(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_onlySlow(new QCheckBox(tr("Only slow"), this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_window(new QComboBox(this))
    , m_topN(new QSpinBox(this))
    , m_reset(new QPushButton(tr("Reset statistics…"), this)) {
    m_db->setObjectName(QStringLiteral("filterDatabase"));
    m_user->setObjectName(QStringLiteral("filterUser"));
    m_text->setObjectName(QStringLiteral("filterText"));
    m_onlySlow->setObjectName(QStringLiteral("onlySlow"));
    m_threshold->setObjectName(QStringLiteral("slowThreshold"));
    m_window->setObjectName(QStringLiteral("window"));
    m_topN->setObjectName(QStringLiteral("topN"));
    m_reset->setObjectName(QStringLiteral("resetAll"));
    m_db->addItem(tr("All databases"), QString());
    m_user->addItem(tr("All users"), QString());
    m_db->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text->setPlaceholderText(tr("Filter by text or query id…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(180);
    m_threshold->setRange(0.1, 3600000);
    m_threshold->setDecimals(1);
    m_threshold->setSuffix(tr(" ms"));
    m_threshold->setToolTip(tr("Statements whose mean execution time is above this are highlighted "
                               "(the ticket's alert: 100 ms)"));
    m_window->addItem(tr("5 min"), qint64(5 * 60000));
    m_window->addItem(tr("15 min"), qint64(15 * 60000));
    m_window->addItem(tr("1 h"), qint64(3600000));
    m_window->addItem(tr("6 h"), qint64(6 * 3600000));
    m_window->setToolTip(
        tr("Rates (calls/s, ms/s, …) and the time charts cover this much of the recent past"));
    m_topN->setRange(3, 30);
    m_topN->setToolTip(tr("How many statements the charts show"));

    QSettings s;
    m_threshold->setValue(s.value(QStringLiteral("statements/slowMs"), 100.0).toDouble());
    setWindowMs(s.value(QStringLiteral("statements/windowMs"), qint64(5 * 60000)).toLongLong());
    m_topN->setValue(s.value(QStringLiteral("statements/topN"), 10).toInt());

    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_db);
    l->addWidget(m_user);
    l->addWidget(m_text, 1);
    l->addWidget(m_onlySlow);
    l->addSpacing(8);
    l->addWidget(new QLabel(tr("Slow above"), this));
    l->addWidget(m_threshold);
    l->addSpacing(8);
    l->addWidget(new QLabel(tr("Window"), this));
    l->addWidget(m_window);
    l->addWidget(new QLabel(tr("Top"), this));
    l->addWidget(m_topN);
    l->addSpacing(8);
    l->addWidget(m_reset);

    connect(m_db, &QComboBox::currentIndexChanged, this, &StatementsFilterBar::filtersChanged);
    connect(m_user, &QComboBox::currentIndexChanged, this, &StatementsFilterBar::filtersChanged);
    connect(m_text, &QLineEdit::textChanged, this, &StatementsFilterBar::filtersChanged);
    connect(m_onlySlow, &QCheckBox::toggled, this, &StatementsFilterBar::filtersChanged);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        QSettings().setValue(QStringLiteral("statements/slowMs"), v);
        Q_EMIT thresholdChanged(v);
    });
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QStringLiteral("statements/windowMs"), windowMs());
        Q_EMIT windowChanged(windowMs());
    });
    connect(m_topN, &QSpinBox::valueChanged, this, [this](int n) {
        QSettings().setValue(QStringLiteral("statements/topN"), n);
        Q_EMIT topNChanged(n);
    });
    connect(m_reset, &QPushButton::clicked, this, &StatementsFilterBar::resetRequested);
}

StatementsFilterBar::~StatementsFilterBar() = default;

void StatementsFilterBar::setDatabases(const QStringList &names) {
    setChoices(m_db, tr("All databases"), names);
}
void StatementsFilterBar::setUsers(const QStringList &names) {
    setChoices(m_user, tr("All users"), names);
}
QString StatementsFilterBar::database() const {
    return m_db->currentData().toString();
}
QString StatementsFilterBar::user() const {
    return m_user->currentData().toString();
}
QString StatementsFilterBar::text() const {
    return m_text->text();
}
bool StatementsFilterBar::onlySlow() const {
    return m_onlySlow->isChecked();
}
double StatementsFilterBar::thresholdMs() const {
    return m_threshold->value();
}
qint64 StatementsFilterBar::windowMs() const {
    return m_window->currentData().toLongLong();
}
int StatementsFilterBar::topN() const {
    return m_topN->value();
}
void StatementsFilterBar::setThresholdMs(double ms) {
    m_threshold->setValue(ms);
}
void StatementsFilterBar::setText(const QString &text) {
    m_text->setText(text);
}

void StatementsFilterBar::setWindowMs(qint64 ms) {
    const int i = m_window->findData(ms);
    m_window->setCurrentIndex(i < 0 ? 0 : i);
}

void StatementsFilterBar::setResetEnabled(bool enabled, const QString &toolTip) {
    m_reset->setEnabled(enabled);
    m_reset->setToolTip(toolTip);
}

} // namespace ui
