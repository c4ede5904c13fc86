#include "activity/activitythresholdsdialog.h"

#include "activity/activitydelegate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

namespace {
QSpinBox *seconds(QWidget *parent, int value, const char *name) {
    auto *s = new QSpinBox(parent);
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(0, 7 * 86400);
    s->setSuffix(QObject::tr(" s"));
    s->setValue(value);
    return s;
}

QLabel *swatch(monitor::ActivityModel::Highlight h, QWidget *parent) {
    auto *l = new QLabel(ActivityDelegate::label(h), parent);
    l->setStyleSheet(QStringLiteral("background:%1; padding:1px 6px").arg(ActivityDelegate::color(h).name()));
    return l;
}
} // namespace

ActivityThresholdsDialog::ActivityThresholdsDialog(const monitor::ActivityThresholds &t, QWidget *parent)
    : QDialog(parent)
    , m_long(seconds(this, t.longRunningS, "longRunning"))
    , m_idle(seconds(this, t.idleInTransactionS, "idleInTransaction"))
    , m_waiting(seconds(this, t.waitingS, "waiting")) {
    setObjectName(QStringLiteral("activityThresholds"));
    setWindowTitle(tr("Highlight thresholds"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Sessions stand out by colour once they pass these thresholds:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    using H = monitor::ActivityModel::Highlight;
    form->addRow(swatch(H::LongRunning, this), m_long);
    form->addRow(swatch(H::IdleInTransaction, this), m_idle);
    form->addRow(swatch(H::Waiting, this), m_waiting);
    form->addRow(swatch(H::Blocking, this), new QLabel(tr("always"), this));
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QSpinBox *s : {m_long, m_idle, m_waiting})
        connect(s, &QSpinBox::valueChanged, this, [this] {
            save(thresholds());
            Q_EMIT changed(thresholds());
        });
}

ActivityThresholdsDialog::~ActivityThresholdsDialog() = default;

monitor::ActivityThresholds ActivityThresholdsDialog::thresholds() const {
    monitor::ActivityThresholds t;
    t.longRunningS = m_long->value();
    t.idleInTransactionS = m_idle->value();
    t.waitingS = m_waiting->value();
    return t;
}

monitor::ActivityThresholds ActivityThresholdsDialog::load() {
    QSettings s;
    monitor::ActivityThresholds t;
    t.longRunningS = s.value(QStringLiteral("activity/longRunningS"), t.longRunningS).toInt();
    t.idleInTransactionS =
        s.value(QStringLiteral("activity/idleInTransactionS"), t.idleInTransactionS).toInt();
    t.waitingS = s.value(QStringLiteral("activity/waitingS"), t.waitingS).toInt();
    return t;
}

void ActivityThresholdsDialog::save(const monitor::ActivityThresholds &t) {
    QSettings s;
    s.setValue(QStringLiteral("activity/longRunningS"), t.longRunningS);
    s.setValue(QStringLiteral("activity/idleInTransactionS"), t.idleInTransactionS);
    s.setValue(QStringLiteral("activity/waitingS"), t.waitingS);
}

} // namespace ui
