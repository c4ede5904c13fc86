#pragma once

#include "explain/layout.h"
#include "explain/plan.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace ui {

class NodeDetailsWidget;
class PlanScene;
class PlanView;

// The graphical plan tab: search, jump to the slowest nodes, zoom/fit, collapse/expand,
// export PNG/SVG, copy as text; the plan view with the clicked node's details beside it.
class PlanPanel : public QWidget {
    Q_OBJECT
public:
    explicit PlanPanel(QWidget *parent = nullptr);
    ~PlanPanel() override;

    void setPlan(const explain::PlanPtr &plan, explain::PlanLayout layout);
    void clear();
    void showNode(int nodeId); // reveal, centre, select, details
    PlanScene *scene() const { return m_scene; }
    PlanView *view() const { return m_view; }
    NodeDetailsWidget *details() const { return m_details; }
    QLineEdit *searchBox() const { return m_search; }
    QList<int> searchMatches() const { return m_matches; }
    QString exportPng(const QString &path);
    QString exportSvg(const QString &path);
    void copyAsText();

Q_SIGNALS:
    void nodeSelected(int nodeId);
    void message(const QString &text); // a short status for the page's banner

private:
    void buildSlowestMenu();
    void chooseExportFile(bool svg);
    void nextMatch();

    PlanScene *m_scene;
    PlanView *m_view;
    NodeDetailsWidget *m_details;
    QLineEdit *m_search;
    QLabel *m_matchLabel;
    QToolButton *m_slowest;
    explain::PlanPtr m_plan;
    QList<int> m_matches;
    int m_matchIndex = -1;
};

} // namespace ui
