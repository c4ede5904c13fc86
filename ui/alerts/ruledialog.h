#pragma once

#include "alerts/rule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ui {

// Add or edit an alert rule: name, metric, over/under, threshold, duration, severity, servers.
class RuleDialog : public QDialog {
    Q_OBJECT
public:
    explicit RuleDialog(const alerts::Rule &rule, bool isNew, QWidget *parent = nullptr);
    alerts::Rule rule() const;

private:
    void updateUnit();
    alerts::Rule m_rule;
    QLineEdit *m_name;
    QComboBox *m_metric;
    QComboBox *m_comparison;
    QDoubleSpinBox *m_threshold;
    QLabel *m_unit;
    QSpinBox *m_duration;
    QComboBox *m_severity;
    QLineEdit *m_servers;
    QCheckBox *m_muted;
    QLabel *m_summary;
};

} // namespace ui
