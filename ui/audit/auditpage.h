#pragma once

#include "page.h"
#include "pageids.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace history {
class AuditModel;
}

namespace ui {

// The local audit log of cancel/terminate attempts (from the GUI and the CLI): who, when,
// on which server, which session, what happened. Read from the history store, no server needed.
class AuditPage : public Page {
    Q_OBJECT
public:
    explicit AuditPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~AuditPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Audit); }
    QString title() const override { return tr("Audit log"); }
    void setActive(bool active) override;
    void refresh() override;
    history::AuditModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    history::AuditModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_scope;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_view;
    bool m_connected = false;
};

} // namespace ui
