#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTreeWidget;

namespace ui {

// Help → Keyboard shortcuts: every action of the window with its key, read from the actions
// themselves (menus, page actions, QShortcuts with a whatsThis), never from a hand-kept list.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString group; // the menu or page
        QString text;  // what it does, without the '&'
        QKeySequence key;
    };
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    static QList<Entry> collect(QWidget *window);
    QTreeWidget *table() const { return m_table; }

private:
    QTreeWidget *m_table;
};

} // namespace ui
