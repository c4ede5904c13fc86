#pragma once

#include "monitor/statementavailability.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ui {

// Shown instead of the table when pg_stat_statements cannot be used: why, the exact lines
// that fix it (copyable), and, when this role may, a button that runs CREATE EXTENSION.
class StatementGuidance : public QWidget {
    Q_OBJECT
public:
    explicit StatementGuidance(QWidget *parent = nullptr);
    ~StatementGuidance() override;

    void setAvailability(const monitor::StatementAvailability &a);
    void setStatus(const QString &text); // e.g. the outcome of CREATE EXTENSION
    QString headline() const;
    QString explanation() const;
    QString fixSql() const;
    bool offersCreate() const;

Q_SIGNALS:
    void createExtensionRequested();
    void recheckRequested();

private:
    QLabel *m_headline;
    QLabel *m_explanation;
    QLabel *m_fixLabel;
    QPlainTextEdit *m_fix;
    QPushButton *m_copy;
    QPushButton *m_create;
    QPushButton *m_recheck;
    QLabel *m_status;
};

} // namespace ui
