#pragma once

#include <QSortFilterProxyModel>

namespace ui {

// Sorts the lock tree by the model's SortRole and makes root blockers stand out: bold, on a
// warm background, and red when the root is idle in transaction (the likely culprit).
class LockTreeProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LockTreeProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
};

} // namespace ui
