#pragma once

#include "plans/planstore.h"

#include "monitor/statementavailability.h"
#include "monitor/statementtracker.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace monitor {
struct StatementSessions;
}

namespace ui {
class PlanTimeline;

// The selected statement: its full text, every counter (since reset and in the window), the
// sessions running it right now, and the actions (copy, Explain, reset this statement).
class StatementDetails : public QWidget {
    Q_OBJECT
public:
    explicit StatementDetails(QWidget *parent = nullptr);
    ~StatementDetails() override;

    // row == nullptr: nothing selected.
    void setStatement(const monitor::StatementRow *row, double windowSeconds,
                      const monitor::StatementAvailability &availability);
    // Sessions with this query id (statements_sessions@14.sql), or a note why there are none.
    void setSessions(const monitor::StatementSessions &sessions);
    void setSessionsNote(const QString &note);
    // The statement's plan history (Plans tab): shapes oldest first, with a timeline; Compare
    // opens the last two in the Explain page's comparison.
    void setPlans(const QList<plans::PlanShape> &shapes);
    const QList<plans::PlanShape> &plans() const { return m_planShapes; }

    bool hasStatement() const { return m_has; }
    monitor::StatementKey key() const { return m_key; }
    QString text() const;
    int sessionCount() const;
    QString counter(const QString &name, int column = 1) const; // for tests: a cell by row title
    QPlainTextEdit *textView() const { return m_text; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void explainRequested();
    void resetRequested();
    void copied();
    void comparePlansRequested();

private:
    void fillCounters(const monitor::StatementRow &r, double windowSeconds);
    bool m_has = false;
    monitor::StatementKey m_key;
    QLabel *m_title;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
    QPushButton *m_explain;
    QPushButton *m_reset;
    QTabWidget *m_tabs;
    QTableWidget *m_counters;
    QLabel *m_sessionsLabel;
    QTableWidget *m_sessions;
    QLabel *m_plansLabel;
    PlanTimeline *m_planTimeline;
    QTableWidget *m_planTable;
    QPushButton *m_comparePlans;
    QList<plans::PlanShape> m_planShapes;
};

} // namespace ui
