#pragma once

#include <QTableView>

namespace ui {

// The activity table: row selection (several rows), sort by any column, session colours, and a
// header whose columns can be shown or hidden (right-click); widths, order, visibility and sort
// are remembered.
class ActivityTable : public QTableView {
    Q_OBJECT
public:
    explicit ActivityTable(QWidget *parent = nullptr);
    ~ActivityTable() override;
    // Sets the model, then the remembered header (or the default columns, widths and sort).
    void setModel(QAbstractItemModel *model) override;

private:
    void saveHeader();
    void headerMenu(const QPoint &pos);
};

} // namespace ui
