#pragma once

#include "monitor/activitysession.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace monitor {
class ActivityModel;
}

namespace ui {

class SqlHighlighter;

// The selected session in full: its query with SQL highlighting, timestamps, what its wait
// event means, with copy and Explain.
class ActivityDetails : public QWidget {
    Q_OBJECT
public:
    explicit ActivityDetails(QWidget *parent = nullptr);
    ~ActivityDetails() override;

    // nullptr: nothing selected. The model gives "now" and the blocker set.
    void showSession(const monitor::ActivitySession *s, const monitor::ActivityModel *model);
    void markEnded(); // the shown session is gone from pg_stat_activity
    int pid() const { return m_pid; }
    QString queryText() const;
    QString detailsText() const; // every field as "name: value" lines
    QString fieldText(const QString &field) const;

Q_SIGNALS:
    void explainRequested(const QString &sql);

private:
    QLabel *addField(QFormLayout *form, const QString &key, const QString &label);
    int m_pid = 0;
    QHash<QString, QLabel *> m_fields;
    QStringList m_order;
    QLabel *m_title;
    QLabel *m_waitExplanation;
    QPlainTextEdit *m_query;
    SqlHighlighter *m_highlighter;
    QPushButton *m_copyQuery;
    QPushButton *m_copyDetails;
    QPushButton *m_explain;
};

} // namespace ui
