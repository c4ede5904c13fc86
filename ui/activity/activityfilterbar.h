#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace monitor {
class ActivityFilter;
class ActivityModel;
} // namespace monitor

namespace ui {

// The filter row above the activity table, bound to an ActivityFilter.
class ActivityFilterBar : public QWidget {
    Q_OBJECT
public:
    ActivityFilterBar(monitor::ActivityFilter *filter, QWidget *parent = nullptr);
    ~ActivityFilterBar() override;
    // Offer the databases, users and applications now present (the typed text stays).
    void updateChoices(const monitor::ActivityModel *model);

private:
    monitor::ActivityFilter *m_filter;
    QCheckBox *m_hideIdle;
    QComboBox *m_state;
    QComboBox *m_database;
    QComboBox *m_user;
    QComboBox *m_application;
    QLineEdit *m_query;
    QSpinBox *m_minDuration;
};

} // namespace ui
