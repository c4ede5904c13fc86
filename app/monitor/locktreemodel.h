#pragma once

#include "monitor/lockforest.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace monitor {

// The lock forest as a tree: root blockers at the top, their waiters below. setForest()
// updates in place: rows whose key (pid) stays under the same parent keep their QModelIndex,
// so a view keeps expansion and selection across refreshes; only rows that appear, vanish or
// move to another blocker are inserted or removed.
class LockTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        Session,
        State,
        WaitingFor,
        Waiting,
        XactAge,
        Blocks,
        User,
        Application,
        Query,
        ColumnCount
    };
    enum Roles {
        KeyRole = Qt::UserRole + 1, // qint64 node key (pid; negative for prepared transactions)
        PidRole,
        IsRootRole,
        CulpritRole, // a root that is idle in transaction
        InCycleRole,
        KindRole,    // int(LockSession::Kind)
        WaitingRole, // the session waits for a lock
        SortRole,    // numbers for the numeric columns
    };
    Q_ENUM(Roles)

    explicit LockTreeModel(QObject *parent = nullptr);
    ~LockTreeModel() override;

    void setForest(const LockForest &forest);
    void clear();
    const LockForest &forest() const { return m_forest; }
    int blockedCount() const { return m_forest.blockedCount(); }

    QModelIndex indexOfKey(qint64 key, int column = 0) const;
    const LockNode *nodeAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const final;
    QModelIndex parent(const QModelIndex &child) const final;
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    QString sessionText(const LockNode &n) const;
    QString blocksText(const LockNode &n) const;
    QString toolTip(const LockNode &n) const;

private:
    struct Item {
        qint64 key = 0;
        Item *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Item>> children;
        LockNode node;
    };
    Item *itemAt(const QModelIndex &index) const;
    void sync(Item *parent, const QModelIndex &parentIndex, const QList<int> &nodes);
    void reindex(Item *item);
    static quint32 changedColumns(const LockNode &a, const LockNode &b); // bit per Column

    LockForest m_forest;
    Item m_root;
    QHash<qint64, Item *> m_byKey;
};

} // namespace monitor
