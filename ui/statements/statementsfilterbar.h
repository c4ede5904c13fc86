#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ui {

// The statements page's controls: filters (database, user, text, only slow), the slow
// threshold, the window the rates and time charts cover, how many statements the charts
// show, and "Reset statistics…". Values persist in QSettings.
class StatementsFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit StatementsFilterBar(QWidget *parent = nullptr);
    ~StatementsFilterBar() override;

    // Keeps the current choice when it is still offered.
    void setDatabases(const QStringList &names);
    void setUsers(const QStringList &names);

    QString database() const; // empty: all
    QString user() const;
    QString text() const;
    bool onlySlow() const;
    double thresholdMs() const;
    qint64 windowMs() const;
    int topN() const;
    void setResetEnabled(bool enabled, const QString &toolTip);

    void setThresholdMs(double ms);
    void setWindowMs(qint64 ms);
    void setText(const QString &text);

Q_SIGNALS:
    void filtersChanged();
    void thresholdChanged(double ms);
    void windowChanged(qint64 ms);
    void topNChanged(int n);
    void resetRequested();

private:
    QComboBox *m_db;
    QComboBox *m_user;
    QLineEdit *m_text;
    QCheckBox *m_onlySlow;
    QDoubleSpinBox *m_threshold;
    QComboBox *m_window;
    QSpinBox *m_topN;
    QPushButton *m_reset;
};

} // namespace ui
