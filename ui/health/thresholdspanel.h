#pragma once

#include "monitor/healththresholds.h"

#include <QHash>
#include <QWidget>

class QDoubleSpinBox;

namespace ui {

// The health thresholds as a form, grouped; Save writes them to QSettings (the same
// settings `pgdba health` reads), Defaults restores the ticket's values.
class ThresholdsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ThresholdsPanel(QWidget *parent = nullptr);
    ~ThresholdsPanel() override;

    monitor::HealthThresholds thresholds() const { return m_saved; }
    QDoubleSpinBox *field(const QString &key) const { return m_fields.value(key); }
    void save();

Q_SIGNALS:
    void thresholdsChanged(const monitor::HealthThresholds &t);

private:
    void display(const monitor::HealthThresholds &t);
    monitor::HealthThresholds edited() const;
    monitor::HealthThresholds m_saved;
    QHash<QString, QDoubleSpinBox *> m_fields;
};

} // namespace ui
