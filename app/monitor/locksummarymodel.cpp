#include "monitor/locksummarymodel.h"

#include "monitor/lockwait.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace monitor {

namespace {
// Ages are shown to the second (to the millisecond below one second).
qint64 shownAge(qint64 ms) {
    return ms < 1000 ? ms : 1000000000 + ms / 1000;
}
} // namespace

LockSummaryModel::LockSummaryModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void LockSummaryModel::setSummary(const LockSummary &summary) {
    m_loaded = !summary.rows.isEmpty() || summary.groupsTotal > 0 || m_loaded;
    QHash<QString, int> fresh;
    for (int i = 0; i < summary.rows.size(); ++i)
        fresh.insert(summary.rows.at(i).key(), i);
    auto &rows = m_summary.rows;
    for (int r = int(rows.size()) - 1; r >= 0; --r) {
        if (fresh.contains(rows.at(r).key()))
            continue;
        int first = r;
        while (first > 0 && !fresh.contains(rows.at(first - 1).key()))
            --first;
        beginRemoveRows({}, first, r);
        rows.remove(first, r - first + 1);
        endRemoveRows();
        r = first;
    }
    QSet<QString> kept;
    for (int r = 0; r < rows.size(); ++r) {
        kept.insert(rows.at(r).key());
        const LockSummaryRow &now = summary.rows.at(fresh.value(rows.at(r).key()));
        if (!sameRow(rows.at(r), now)) {
            rows[r] = now;
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
    QList<LockSummaryRow> added;
    for (const auto &row : summary.rows)
        if (!kept.contains(row.key()))
            added << row;
    if (!added.isEmpty()) {
        beginInsertRows({}, int(rows.size()), int(rows.size() + added.size()) - 1);
        rows += added;
        endInsertRows();
    }
    m_summary.groupsTotal = summary.groupsTotal;
    m_summary.locksTotal = summary.locksTotal;
}

bool LockSummaryModel::sameRow(const LockSummaryRow &a, const LockSummaryRow &b) {
    return a.granted == b.granted && a.waiting == b.waiting && a.transactions == b.transactions &&
           a.prepared == b.prepared && shownAge(a.oldestXactMs) == shownAge(b.oldestXactMs) &&
           a.pids == b.pids && a.applications == b.applications && a.relation == b.relation;
}

void LockSummaryModel::clear() {
    setSummary(LockSummary());
    m_loaded = false;
}

const LockSummaryRow *LockSummaryModel::rowAt(int row) const {
    return row >= 0 && row < m_summary.rows.size() ? &m_summary.rows.at(row) : nullptr;
}

QString LockSummaryModel::statusText() const {
    if (!m_loaded)
        return {};
    const QLocale loc;
    if (m_summary.truncated())
        return tr("%1 of %2 groups shown (the busiest) · %3 locks in all")
            .arg(loc.toString(m_summary.rows.size()), loc.toString(m_summary.groupsTotal),
                 loc.toString(m_summary.locksTotal));
    return tr("%1 groups · %2 locks in all")
        .arg(loc.toString(m_summary.rows.size()), loc.toString(m_summary.locksTotal));
}

int LockSummaryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_summary.rows.size());
}

int LockSummaryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LockSummaryModel::data(const QModelIndex &index, int role) const {
    const LockSummaryRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const QLocale loc;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Database:
            return r->database;
        case Object:
            return r->objectText();
        case LockType:
            return r->lockType;
        case Mode:
            return r->mode;
        case Granted:
            return loc.toString(r->granted);
        case Waiting:
            return r->waiting > 0 ? loc.toString(r->waiting) : QString();
        case Transactions:
            return r->prepared > 0
                       ? tr("%1 (%2 prepared)").arg(loc.toString(r->transactions)).arg(r->prepared)
                       : loc.toString(r->transactions);
        case OldestXact:
            return lockAgeText(r->oldestXactMs);
        case Pids: {
            QStringList p;
            for (qint64 pid : r->pids)
                p << QString::number(pid);
            if (r->transactions > r->pids.size() && !p.isEmpty())
                p << QString(QChar(0x2026));
            return p.join(QStringLiteral(", "));
        }
        case Applications:
            return r->applications.join(QStringLiteral(", "));
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= Granted && index.column() <= OldestXact)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        return tr("%1 %2 on %3: %4 granted, %5 waiting, in %6 transaction(s)")
            .arg(r->lockType, r->mode, r->objectText())
            .arg(r->granted)
            .arg(r->waiting)
            .arg(r->transactions);
    case SortRole:
        switch (index.column()) {
        case Granted:
            return r->granted;
        case Waiting:
            return r->waiting;
        case Transactions:
            return r->transactions;
        case OldestXact:
            return r->oldestXactMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case KeyRole:
        return r->key();
    case HasWaitersRole:
        return r->waiting > 0;
    default:
        return {};
    }
}

QVariant LockSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Database:
        return tr("Database");
    case Object:
        return tr("Relation / object");
    case LockType:
        return tr("Lock type");
    case Mode:
        return tr("Mode");
    case Granted:
        return tr("Granted");
    case Waiting:
        return tr("Waiting");
    case Transactions:
        return tr("Transactions");
    case OldestXact:
        return tr("Oldest transaction");
    case Pids:
        return tr("Sessions");
    case Applications:
        return tr("Applications");
    default:
        return {};
    }
}

} // namespace monitor
