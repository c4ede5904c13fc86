#include "health/thresholdspanel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace ui {

ThresholdsPanel::ThresholdsPanel(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("thresholds"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *layout = new QVBoxLayout(inner);
    QString group;
    QFormLayout *form = nullptr;
    for (const auto &f : monitor::thresholdFields()) {
        if (f.group != group) {
            group = f.group;
            auto *box = new QGroupBox(group, inner);
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
            layout->addWidget(box);
        }
        auto *spin = new QDoubleSpinBox(inner);
        spin->setObjectName(f.key);
        spin->setRange(f.min, f.max);
        spin->setDecimals(f.decimals);
        spin->setSuffix(QLatin1Char(' ') + f.unit);
        spin->setGroupSeparatorShown(true);
        spin->setFixedWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000,000 blocks")) +
                            40);
        spin->setToolTip(f.key);
        auto *label = new QLabel(f.label, inner);
        label->setWordWrap(true);
        form->addRow(label, spin);
        m_fields.insert(f.key, spin);
    }
    layout->addStretch(1);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);

    auto *buttons = new QHBoxLayout;
    auto *defaults = new QPushButton(tr("Defaults"), this);
    defaults->setObjectName(QStringLiteral("thresholdDefaults"));
    defaults->setToolTip(tr("The ticket's alerts: sequential scans above 10% on tables over 10,000 rows, "
                            "cache hit ratio below 99%, ..."));
    auto *saveButton = new QPushButton(tr("Save and re-check"), this);
    saveButton->setObjectName(QStringLiteral("thresholdSave"));
    buttons->addWidget(defaults);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    outer->addLayout(buttons);

    QSettings settings;
    m_saved = monitor::HealthThresholds::load(settings);
    display(m_saved);
    connect(defaults, &QPushButton::clicked, this, [this] { display(monitor::HealthThresholds{}); });
    connect(saveButton, &QPushButton::clicked, this, &ThresholdsPanel::save);
}

ThresholdsPanel::~ThresholdsPanel() = default;

void ThresholdsPanel::display(const monitor::HealthThresholds &t) {
    for (const auto &f : monitor::thresholdFields())
        m_fields.value(f.key)->setValue(t.*(f.member));
}

monitor::HealthThresholds ThresholdsPanel::edited() const {
    monitor::HealthThresholds t;
    for (const auto &f : monitor::thresholdFields())
        t.*(f.member) = m_fields.value(f.key)->value();
    return t;
}

void ThresholdsPanel::save() {
    m_saved = edited();
    QSettings settings;
    m_saved.save(settings);
    Q_EMIT thresholdsChanged(m_saved);
}

} // namespace ui
