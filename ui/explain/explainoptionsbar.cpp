#include "explain/explainoptionsbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace ui {

ExplainOptionsBar::ExplainOptionsBar(QWidget *parent)
    : QWidget(parent)
    , m_timeout(new QSpinBox(this)) {
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    add(QStringLiteral("analyze"),
        tr("Execute the statement and report actual times and rows (data changes are rolled back)"), true);
    add(QStringLiteral("buffers"), tr("Report shared, local and temp buffer usage"), true);
    add(QStringLiteral("verbose"), tr("Output columns, schema-qualified names, per-worker details"), false);
    add(QStringLiteral("settings"), tr("Report planner settings that differ from the defaults"), false);
    add(QStringLiteral("wal"), tr("Report WAL records and bytes (needs ANALYZE)"), false);
    add(QStringLiteral("timing"), tr("Measure time per node (needs ANALYZE; off lowers the overhead)"), true);
    add(QStringLiteral("costs"), tr("Show the planner's cost estimates"), true);
    add(QStringLiteral("summary"), tr("Report planning and execution time"), true);
    auto *label = new QLabel(tr("Timeout:"), this);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(0, 24 * 3600);
    m_timeout->setValue(300);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("none"));
    m_timeout->setToolTip(tr("statement_timeout of the Explain connection"));
    l->addWidget(label);
    l->addWidget(m_timeout);
    l->addStretch(1);
    auto sync = [this] {
        const bool analyze = box(QStringLiteral("analyze"))->isChecked();
        box(QStringLiteral("wal"))->setEnabled(analyze);
        box(QStringLiteral("timing"))->setEnabled(analyze);
        Q_EMIT changed();
    };
    connect(box(QStringLiteral("analyze")), &QCheckBox::toggled, this, sync);
}

ExplainOptionsBar::~ExplainOptionsBar() = default;

QCheckBox *ExplainOptionsBar::add(const QString &name, const QString &tooltip, bool on) {
    auto *b = new QCheckBox(name.toUpper(), this);
    b->setObjectName(name);
    b->setToolTip(tooltip);
    b->setChecked(on);
    layout()->addWidget(b);
    m_boxes << b;
    connect(b, &QCheckBox::toggled, this, &ExplainOptionsBar::changed);
    return b;
}

QCheckBox *ExplainOptionsBar::box(const QString &name) const {
    for (QCheckBox *b : m_boxes)
        if (b->objectName() == name)
            return b;
    return nullptr;
}

explain::ExplainOptions ExplainOptionsBar::options() const {
    explain::ExplainOptions o;
    auto on = [this](const char *n) { return box(QString::fromLatin1(n))->isChecked(); };
    o.analyze = on("analyze");
    o.buffers = on("buffers");
    o.verbose = on("verbose");
    o.settings = on("settings");
    o.wal = on("wal");
    o.timing = on("timing");
    o.costs = on("costs");
    o.summary = on("summary");
    return o;
}

void ExplainOptionsBar::setOptions(const explain::ExplainOptions &o) {
    box(QStringLiteral("analyze"))->setChecked(o.analyze);
    box(QStringLiteral("buffers"))->setChecked(o.buffers);
    box(QStringLiteral("verbose"))->setChecked(o.verbose);
    box(QStringLiteral("settings"))->setChecked(o.settings);
    box(QStringLiteral("wal"))->setChecked(o.wal);
    box(QStringLiteral("timing"))->setChecked(o.timing);
    box(QStringLiteral("costs"))->setChecked(o.costs);
    box(QStringLiteral("summary"))->setChecked(o.summary);
}

int ExplainOptionsBar::timeoutMs() const {
    return m_timeout->value() * 1000;
}
void ExplainOptionsBar::setTimeoutMs(int ms) {
    m_timeout->setValue(ms / 1000);
}

} // namespace ui
