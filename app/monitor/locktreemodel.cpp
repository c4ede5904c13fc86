#include "monitor/locktreemodel.h"

#include <QSet>

namespace monitor {

LockTreeModel::LockTreeModel(QObject *parent)
    : QAbstractItemModel(parent) {}

LockTreeModel::~LockTreeModel() = default;

void LockTreeModel::setForest(const LockForest &forest) {
    m_forest = forest;
    m_byKey.clear(); // items may go away during sync; lookups wait for reindex()
    sync(&m_root, QModelIndex(), m_forest.roots());
    reindex(&m_root);
}

void LockTreeModel::clear() {
    setForest(LockForest());
}

void LockTreeModel::reindex(Item *item) {
    for (auto &c : item->children) {
        m_byKey.insert(c->key, c.get());
        reindex(c.get());
    }
}

void LockTreeModel::sync(Item *parent, const QModelIndex &parentIndex, const QList<int> &nodes) {
    QSet<qint64> wanted;
    for (int i : nodes)
        wanted.insert(m_forest.nodes().at(i).key());
    auto &kids = parent->children;
    // Rows that left this parent, removed in contiguous runs from the end.
    for (int r = int(kids.size()) - 1; r >= 0; --r) {
        if (wanted.contains(kids[size_t(r)]->key))
            continue;
        int first = r;
        while (first > 0 && !wanted.contains(kids[size_t(first - 1)]->key))
            --first;
        beginRemoveRows(parentIndex, first, r);
        kids.erase(kids.begin() + first, kids.begin() + r + 1);
        for (size_t k = size_t(first); k < kids.size(); ++k)
            kids[k]->row = int(k);
        endRemoveRows();
        r = first;
    }
    QHash<qint64, Item *> present;
    for (auto &c : kids)
        present.insert(c->key, c.get());
    QList<int> fresh;
    for (int i : nodes)
        if (!present.contains(m_forest.nodes().at(i).key()))
            fresh << i;
    if (!fresh.isEmpty()) {
        const int first = int(kids.size());
        beginInsertRows(parentIndex, first, first + int(fresh.size()) - 1);
        for (int i : std::as_const(fresh)) {
            auto item = std::make_unique<Item>();
            item->key = m_forest.nodes().at(i).key();
            item->parent = parent;
            item->row = int(kids.size());
            item->node = m_forest.nodes().at(i);
            kids.push_back(std::move(item));
        }
        endInsertRows();
    }
    if (kids.empty())
        return;
    QHash<qint64, int> nodeOf;
    for (int i : nodes)
        nodeOf.insert(m_forest.nodes().at(i).key(), i);
    quint32 changed = 0;
    for (auto &c : kids) {
        const LockNode &fresh = m_forest.nodes().at(nodeOf.value(c->key));
        changed |= changedColumns(c->node, fresh);
        c->node = fresh;
    }
    // One signal per run of changed columns over the whole sibling range: usually just the
    // ages, so a view sorted by another column neither re-sorts nor repaints the rest.
    for (int first = 0; first < ColumnCount; ++first) {
        if (!(changed & (1u << first)))
            continue;
        int last = first;
        while (last + 1 < ColumnCount && (changed & (1u << (last + 1))))
            ++last;
        Q_EMIT dataChanged(index(0, first, parentIndex), index(int(kids.size()) - 1, last, parentIndex));
        first = last;
    }
    for (auto &c : kids)
        sync(c.get(), createIndex(c->row, 0, c.get()), c->node.children);
}

quint32 LockTreeModel::changedColumns(const LockNode &a, const LockNode &b) {
    const LockSession &x = a.session, &y = b.session;
    quint32 m = 0;
    auto mark = [&m](int column, bool differs) {
        if (differs)
            m |= 1u << column;
    };
    // Flags are shown through roles on every column (fonts, colours): any change repaints all.
    if (a.parent != b.parent || a.isRoot() != b.isRoot() || a.likelyCulprit != b.likelyCulprit ||
        a.inCycle != b.inCycle)
        return (1u << ColumnCount) - 1;
    // Ages are shown to the second (to the millisecond below one second).
    auto shown = [](qint64 ms) { return ms < 1000 ? ms : 1000000000 + ms / 1000; };
    mark(Session, x.kind != y.kind || x.leaderPid != y.leaderPid || x.parallelWorkers != y.parallelWorkers ||
                      x.preparedGid != y.preparedGid);
    mark(State, x.state != y.state);
    mark(WaitingFor, a.waitText() != b.waitText() || a.frees != b.frees);
    mark(Waiting, shown(x.wait.waitingMs) != shown(y.wait.waitingMs));
    mark(XactAge, shown(x.xactAgeMs) != shown(y.xactAgeMs));
    mark(Blocks, a.totalWaiters != b.totalWaiters || a.directWaiters != b.directWaiters);
    mark(User, x.user != y.user);
    mark(Application, x.application != y.application);
    mark(Query, x.query != y.query);
    return m;
}

LockTreeModel::Item *LockTreeModel::itemAt(const QModelIndex &index) const {
    return index.isValid() ? static_cast<Item *>(index.internalPointer()) : const_cast<Item *>(&m_root);
}

const LockNode *LockTreeModel::nodeAt(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &itemAt(index)->node;
}

QModelIndex LockTreeModel::indexOfKey(qint64 key, int column) const {
    Item *item = m_byKey.value(key);
    return item ? createIndex(item->row, column, item) : QModelIndex();
}

QModelIndex LockTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    Item *p = itemAt(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex LockTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    Item *p = itemAt(child)->parent;
    if (!p || p == &m_root)
        return {};
    return createIndex(p->row, 0, p);
}

int LockTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(itemAt(parent)->children.size());
}

int LockTreeModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QString LockTreeModel::sessionText(const LockNode &n) const {
    // Short forms: the column is narrow; the tooltip has the whole label.
    const LockSession &s = n.session;
    QString text;
    switch (s.kind) {
    case LockSession::Kind::PreparedTransaction:
        text = s.key == LockSession::UnknownPreparedKey ? tr("prepared transaction")
                                                        : tr("prepared '%1'").arg(s.preparedGid);
        break;
    case LockSession::Kind::ParallelWorker:
        text = s.leaderPid > 0 ? tr("pid %1 · worker of %2").arg(s.pid).arg(s.leaderPid)
                               : tr("pid %1 · parallel worker").arg(s.pid);
        break;
    case LockSession::Kind::Vanished:
        text = tr("pid %1 · gone").arg(s.pid);
        break;
    case LockSession::Kind::Backend:
        text = s.parallelWorkers > 0 ? tr("pid %1 · parallel ×%2").arg(s.pid).arg(s.parallelWorkers)
                                     : tr("pid %1").arg(s.pid);
        break;
    }
    if (n.inCycle)
        text += tr(" · wait cycle");
    return text;
}

QString LockTreeModel::blocksText(const LockNode &n) const {
    if (n.totalWaiters == 0)
        return {};
    if (n.directWaiters == n.totalWaiters)
        return QString::number(n.totalWaiters);
    return tr("%1 (%2 direct)").arg(n.totalWaiters).arg(n.directWaiters);
}

QString LockTreeModel::toolTip(const LockNode &n) const {
    const LockSession &s = n.session;
    QStringList lines;
    if (s.kind == LockSession::Kind::PreparedTransaction || s.label().isEmpty())
        lines << (s.kind == LockSession::Kind::PreparedTransaction ? s.label() : sessionText(n));
    else
        lines << tr("pid %1 · %2").arg(s.pid).arg(s.label());
    if (n.isRoot() && n.totalWaiters > 0)
        lines << tr("Root blocker: %n session(s) wait on it; ending it frees %1.", nullptr, n.totalWaiters)
                     .arg(n.frees);
    if (n.likelyCulprit)
        lines << tr("Likely culprit: idle in transaction for %1 while others wait.")
                     .arg(lockAgeText(s.stateAgeMs));
    if (n.isWaiting())
        lines << n.waitText();
    if (!s.user.isEmpty() || !s.application.isEmpty())
        lines << tr("%1 · %2 · %3")
                     .arg(s.user, s.application.isEmpty() ? tr("(no application)") : s.application,
                          s.clientAddr.isEmpty() ? tr("local") : s.clientAddr);
    if (s.kind != LockSession::Kind::Vanished)
        lines << s.doingText();
    return lines.join(QLatin1Char('\n'));
}

QVariant LockTreeModel::data(const QModelIndex &index, int role) const {
    const LockNode *np = nodeAt(index);
    if (!np)
        return {};
    const LockNode &n = *np;
    const LockSession &s = n.session;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Session:
            return sessionText(n);
        case State:
            return s.kind == LockSession::Kind::Vanished ? tr("gone") : s.state;
        case WaitingFor:
            if (n.isRoot() && !n.isWaiting() && n.totalWaiters > 0)
                return tr("root blocker: ending it frees %1").arg(n.frees);
            return n.waitText();
        case Waiting:
            return n.isWaiting() ? lockAgeText(s.wait.waitingMs) : QString();
        case XactAge:
            return lockAgeText(s.xactAgeMs);
        case Blocks:
            return blocksText(n);
        case User:
            return s.user;
        case Application:
            return s.application;
        case Query: {
            const QString q = s.query.simplified();
            return q.size() > 200 ? q.left(199) + QChar(0x2026) : q;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return toolTip(n);
    case Qt::TextAlignmentRole:
        if (index.column() == Waiting || index.column() == XactAge || index.column() == Blocks)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        switch (index.column()) {
        case Session:
            return s.key;
        case Waiting:
            return s.wait.waitingMs;
        case XactAge:
            return s.xactAgeMs;
        case Blocks:
            return n.totalWaiters;
        default:
            return data(index, Qt::DisplayRole);
        }
    case KeyRole:
        return s.key;
    case PidRole:
        return s.pid;
    case IsRootRole:
        return n.isRoot();
    case CulpritRole:
        return n.likelyCulprit;
    case InCycleRole:
        return n.inCycle;
    case KindRole:
        return int(s.kind);
    case WaitingRole:
        return n.isWaiting();
    default:
        return {};
    }
}

QVariant LockTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Session:
        return tr("Session");
    case State:
        return tr("State");
    case WaitingFor:
        return tr("Waiting for");
    case Waiting:
        return tr("Waiting");
    case XactAge:
        return tr("Transaction age");
    case Blocks:
        return tr("Blocks");
    case User:
        return tr("User");
    case Application:
        return tr("Application");
    case Query:
        return tr("Query");
    default:
        return {};
    }
}

} // namespace monitor
