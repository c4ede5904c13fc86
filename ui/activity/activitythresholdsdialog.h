#pragma once

#include "monitor/activitymodel.h"

#include <QDialog>

class QSpinBox;

namespace ui {

// Thresholds above which sessions stand out by colour; applied while the user edits them and
// remembered in the settings. Non-modal.
class ActivityThresholdsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ActivityThresholdsDialog(const monitor::ActivityThresholds &t, QWidget *parent = nullptr);
    ~ActivityThresholdsDialog() override;
    monitor::ActivityThresholds thresholds() const;

    static monitor::ActivityThresholds load();
    static void save(const monitor::ActivityThresholds &t);

Q_SIGNALS:
    void changed(const monitor::ActivityThresholds &t);

private:
    QSpinBox *m_long;
    QSpinBox *m_idle;
    QSpinBox *m_waiting;
};

} // namespace ui
