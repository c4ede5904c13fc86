#include "alerts/ruledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace ui {

RuleDialog::RuleDialog(const alerts::Rule &rule, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_rule(rule)
    , m_name(new QLineEdit(this))
    , m_metric(new QComboBox(this))
    , m_comparison(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_unit(new QLabel(this))
    , m_duration(new QSpinBox(this))
    , m_severity(new QComboBox(this))
    , m_servers(new QLineEdit(this))
    , m_muted(new QCheckBox(tr("&Muted (fires nothing until unmuted)"), this))
    , m_summary(new QLabel(this)) {
    setWindowTitle(isNew ? tr("Add alert rule") : tr("Edit alert rule"));
    setObjectName(QStringLiteral("ruleDialog"));
    if (m_rule.id.isEmpty())
        m_rule.id = QStringLiteral("custom-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setText(m_rule.displayName());
    m_metric->setObjectName(QStringLiteral("ruleMetric"));
    for (const auto &m : alerts::metricInfos())
        m_metric->addItem(m.label, m.id);
    m_metric->setCurrentIndex(qMax(0, m_metric->findData(m_rule.metric)));
    m_comparison->setObjectName(QStringLiteral("ruleComparison"));
    m_comparison->addItem(tr("over"), alerts::comparisonKey(alerts::Comparison::Above));
    m_comparison->addItem(tr("under"), alerts::comparisonKey(alerts::Comparison::Below));
    m_comparison->setCurrentIndex(m_rule.comparison == alerts::Comparison::Below ? 1 : 0);
    m_threshold->setObjectName(QStringLiteral("ruleThreshold"));
    m_threshold->setRange(-1e12, 1e12);
    m_threshold->setDecimals(2);
    m_threshold->setValue(m_rule.threshold);
    m_duration->setObjectName(QStringLiteral("ruleDuration"));
    m_duration->setRange(0, 7 * 24 * 3600);
    m_duration->setSuffix(tr(" s"));
    m_duration->setValue(int(m_rule.forMs / 1000));
    m_severity->setObjectName(QStringLiteral("ruleSeverity"));
    m_severity->addItem(alerts::severityLabel(alerts::Severity::Warning),
                        alerts::severityKey(alerts::Severity::Warning));
    m_severity->addItem(alerts::severityLabel(alerts::Severity::Critical),
                        alerts::severityKey(alerts::Severity::Critical));
    m_severity->setCurrentIndex(m_rule.severity == alerts::Severity::Critical ? 1 : 0);
    m_servers->setObjectName(QStringLiteral("ruleServers"));
    m_servers->setPlaceholderText(tr("all servers"));
    m_servers->setText(m_rule.servers.join(QStringLiteral(", ")));
    m_muted->setChecked(m_rule.muted);
    m_summary->setWordWrap(true);

    auto *threshold = new QHBoxLayout;
    threshold->addWidget(m_comparison);
    threshold->addWidget(m_threshold, 1);
    threshold->addWidget(m_unit);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Me&tric:"), m_metric);
    form->addRow(tr("&Threshold:"), threshold);
    form->addRow(tr("&For at least:"), m_duration);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("Se&rvers:"), m_servers);
    form->addRow(QString(), m_muted);
    auto *hint = new QLabel(tr("Servers: saved names or host:port, separated by commas; empty means every "
                               "server. The alert resolves once the value is back past the threshold by "
                               "5 % for the same duration."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("&Add rule") : tr("&Save rule"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_name->text().trimmed().isEmpty()) {
            m_summary->setText(tr("Give the rule a name."));
            m_name->setFocus();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] {
        updateUnit();
        m_summary->setText(tr("Fires when: %1").arg(this->rule().conditionText()));
    };
    connect(m_metric, &QComboBox::currentIndexChanged, this, update);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, update);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, update);
    connect(m_duration, &QSpinBox::valueChanged, this, update);
    update();
}

void RuleDialog::updateUnit() {
    const alerts::MetricInfo *m = alerts::metricInfo(m_metric->currentData().toString());
    m_unit->setText(m ? m->unit : QString());
}

alerts::Rule RuleDialog::rule() const {
    alerts::Rule r = m_rule;
    r.name = m_name->text().trimmed();
    const QString metric = m_metric->currentData().toString();
    if (metric != r.metric)
        r.margin = -1; // a margin chosen for another metric does not carry over
    r.metric = metric;
    r.comparison = alerts::comparisonFromKey(m_comparison->currentData().toString());
    r.threshold = m_threshold->value();
    r.forMs = qint64(m_duration->value()) * 1000;
    r.severity = alerts::severityFromKey(m_severity->currentData().toString());
    r.servers.clear();
    for (const QString &s : m_servers->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            r.servers << s.trimmed();
    r.muted = m_muted->isChecked();
    return r;
}

} // namespace ui
