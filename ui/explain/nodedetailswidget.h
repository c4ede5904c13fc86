#pragma once

#include "explain/plan.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ui {

// Everything about the clicked node: timing, rows, buffers, I/O, findings (with the candidate
// index, copyable as CREATE INDEX CONCURRENTLY) and every property PostgreSQL printed.
class NodeDetailsWidget : public QWidget {
    Q_OBJECT
public:
    explicit NodeDetailsWidget(QWidget *parent = nullptr);
    ~NodeDetailsWidget() override;

    void showNode(const explain::PlanPtr &plan, int nodeId);
    void clear();
    int nodeId() const { return m_nodeId; }
    QString indexStatement() const { return m_indexStatement; }
    // "Property\tValue" lines of what is shown (tests, copy).
    QString text() const;

Q_SIGNALS:
    void indexStatementCopied(const QString &sql);

private:
    QLabel *m_title;
    QTreeWidget *m_tree;
    QPushButton *m_copyIndex;
    QString m_indexStatement;
    int m_nodeId = -1;
};

} // namespace ui
