#include "monitor/statementmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace monitor {

StatementModel::StatementModel(QObject *parent)
    : QAbstractTableModel(parent) {}

StatementModel::~StatementModel() = default;

int StatementModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatementModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString StatementModel::formatMs(double ms) {
    const QLocale loc;
    if (ms < 1.0)
        return tr("%1 ms").arg(loc.toString(ms, 'f', 3));
    if (ms < 1000.0)
        return tr("%1 ms").arg(loc.toString(ms, 'f', 2));
    if (ms < 60000.0)
        return tr("%1 s").arg(loc.toString(ms / 1000.0, 'f', 2));
    if (ms < 3600000.0)
        return tr("%1 min").arg(loc.toString(ms / 60000.0, 'f', 1));
    return tr("%1 h").arg(loc.toString(ms / 3600000.0, 'f', 2));
}

QString StatementModel::oneLine(const StatementRow &r, int maxChars) {
    if (r.totals.key.hidden)
        return tr("‹%n statement(s) of role %1 in %2, text hidden›", nullptr, r.totals.hiddenCount)
            .arg(r.totals.user, r.totals.database);
    if (r.text.isEmpty())
        return tr("‹query id %1›").arg(r.totals.key.queryid);
    // Leading comments (many tools start their SQL with one) say nothing about the statement.
    QStringView t(r.text);
    for (;;) {
        t = t.trimmed();
        if (t.startsWith(QLatin1String("--"))) {
            const qsizetype nl = t.indexOf(QLatin1Char('\n'));
            if (nl < 0)
                break;
            t = t.mid(nl + 1);
        } else if (t.startsWith(QLatin1String("/*"))) {
            const qsizetype end = t.indexOf(QLatin1String("*/"));
            if (end < 0)
                break;
            t = t.mid(end + 2);
        } else {
            break;
        }
    }
    if (t.isEmpty())
        t = QStringView(r.text);
    QString s = t.left(maxChars * 4).toString().simplified();
    if (s.size() > maxChars)
        s = s.left(maxChars - 1) + QChar(0x2026);
    return s;
}

double StatementModel::sortValue(const StatementRow &r, double windowSeconds, int column) {
    const StatementCounters &t = r.totals;
    const double w = windowSeconds > 0 ? windowSeconds : 1.0;
    switch (column) {
    case Calls:
        return double(t.calls);
    case TotalTime:
        return t.totalExecMs;
    case Share:
        return r.shareOfTotal;
    case MeanTime:
        return t.meanExecMs;
    case MinTime:
        return t.minExecMs;
    case MaxTime:
        return t.maxExecMs;
    case StddevTime:
        return t.stddevExecMs;
    case PlanTime:
        return t.totalPlanMs;
    case Rows:
        return double(t.rows);
    case HitRatio:
        return t.hitRatio();
    case SharedRead:
        return double(t.sharedRead);
    case TempBlocks:
        return double(t.tempBlocks());
    case IoTime:
        return t.ioMs();
    case WalBytes:
        return t.walBytes;
    case CallsPerSec:
        return r.hasWindow ? double(r.window.calls) / w : -1.0;
    case TimePerSec:
        return r.hasWindow ? r.window.execMs / w : -1.0;
    case RowsPerSec:
        return r.hasWindow ? double(r.window.rows) / w : -1.0;
    case ReadsPerSec:
        return r.hasWindow ? double(r.window.blocksRead()) / w : -1.0;
    default:
        return 0.0;
    }
}

QString StatementModel::displayText(const StatementRow &r, double windowSeconds, int column) {
    const QLocale loc;
    const StatementCounters &t = r.totals;
    const QString none = QStringLiteral("—");
    switch (column) {
    case Query:
        return oneLine(r);
    case Database:
        return t.database;
    case User:
        return t.user;
    case Calls:
        return loc.toString(t.calls);
    case TotalTime:
        return formatMs(t.totalExecMs);
    case Share:
        return QStringLiteral("%1 %").arg(loc.toString(r.shareOfTotal * 100.0, 'f', 1));
    case MeanTime:
        return formatMs(t.meanExecMs);
    case MinTime:
        return formatMs(t.minExecMs);
    case MaxTime:
        return formatMs(t.maxExecMs);
    case StddevTime:
        return t.hiddenCount > 1 ? none : formatMs(t.stddevExecMs);
    case PlanTime:
        return (!t.planTracked || (t.plans == 0 && t.totalPlanMs <= 0)) ? none : formatMs(t.totalPlanMs);
    case Rows:
        return loc.toString(t.rows);
    case HitRatio:
        return t.hitRatio() < 0 ? none
                                : QStringLiteral("%1 %").arg(loc.toString(t.hitRatio() * 100.0, 'f', 2));
    case SharedRead:
        return loc.toString(t.sharedRead);
    case TempBlocks:
        return loc.toString(t.tempBlocks());
    case IoTime:
        return formatMs(t.ioMs());
    case WalBytes:
        return t.walTracked ? loc.formattedDataSize(qint64(t.walBytes)) : none;
    case CallsPerSec:
    case TimePerSec:
    case RowsPerSec:
    case ReadsPerSec: {
        if (!r.hasWindow)
            return none;
        const double v = sortValue(r, windowSeconds, column);
        return loc.toString(v, 'f', v >= 100 ? 0 : 2);
    }
    default:
        return {};
    }
}

QString StatementModel::columnTitle(int column) {
    switch (column) {
    case Query:
        return tr("Query");
    case Database:
        return tr("Database");
    case User:
        return tr("User");
    case Calls:
        return tr("Calls");
    case TotalTime:
        return tr("Total time");
    case Share:
        return tr("Share");
    case MeanTime:
        return tr("Mean");
    case MinTime:
        return tr("Min");
    case MaxTime:
        return tr("Max");
    case StddevTime:
        return tr("Stddev");
    case PlanTime:
        return tr("Planning");
    case Rows:
        return tr("Rows");
    case HitRatio:
        return tr("Hit %");
    case SharedRead:
        return tr("Shared read");
    case TempBlocks:
        return tr("Temp blocks");
    case IoTime:
        return tr("I/O time");
    case WalBytes:
        return tr("WAL");
    case CallsPerSec:
        return tr("Calls/s");
    case TimePerSec:
        return tr("Time ms/s");
    case RowsPerSec:
        return tr("Rows/s");
    case ReadsPerSec:
        return tr("Reads/s");
    default:
        return {};
    }
}

QString StatementModel::columnToolTip(int column) {
    switch (column) {
    case Calls:
        return tr("Executions since the last reset");
    case TotalTime:
        return tr("Execution time since the last reset (total_exec_time)");
    case Share:
        return tr("This statement's share of all statements' execution time");
    case MeanTime:
        return tr("Mean execution time (mean_exec_time); highlighted above the threshold");
    case StddevTime:
        return tr("Standard deviation of the execution time; pg_stat_statements keeps no percentiles");
    case PlanTime:
        return tr("Planning time, when pg_stat_statements.track_planning is on");
    case HitRatio:
        return tr("shared_blks_hit / (shared_blks_hit + shared_blks_read)");
    case SharedRead:
        return tr("Shared blocks read from the OS or disk (shared_blks_read)");
    case TempBlocks:
        return tr("Temporary file blocks read and written (sorts and hashes that spilled)");
    case IoTime:
        return tr("Time reading and writing blocks; needs track_io_timing = on");
    case WalBytes:
        return tr("WAL generated (PostgreSQL 13+)");
    case CallsPerSec:
    case TimePerSec:
    case RowsPerSec:
    case ReadsPerSec:
        return tr("Per second over the chosen window, from the differences between samples");
    default:
        return columnTitle(column);
    }
}

QVariant StatementModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatementRow &r = m_rows.at(index.row());
    const int c = index.column();
    const double w = m_snapshot.windowSeconds;
    switch (role) {
    case Qt::DisplayRole:
        if (c == Query && !r.totals.key.hidden && m_planChanges.contains(r.totals.key.queryid))
            return QString(QStringLiteral("⇄ ") + displayText(r, w, c));
        return displayText(r, w, c);
    case Qt::ToolTipRole:
        if (c == Query) {
            const QString text = r.text.isEmpty() ? oneLine(r) : r.text.left(2000);
            if (const qint64 at = m_planChanges.value(r.totals.key.queryid, 0);
                at > 0 && !r.totals.key.hidden)
                return QString(
                    tr("⇄ The plan changed at %1 (Plans tab: both plans).")
                        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat)) +
                    QStringLiteral("\n\n") + text);
            return text;
        }
        return {};
    case PlanChangedRole:
        return r.totals.key.hidden ? qint64(0) : m_planChanges.value(r.totals.key.queryid, 0);
    case Qt::TextAlignmentRole:
        return int((c <= User ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    case SortRole:
        if (c == Query)
            return oneLine(r).toLower();
        if (c == Database)
            return r.totals.database.toLower();
        if (c == User)
            return r.totals.user.toLower();
        return sortValue(r, w, c);
    case KeyRole:
        return r.totals.key.toString();
    case QueryIdRole:
        return r.totals.key.queryid;
    case QueryTextRole:
        return r.text;
    case SlowRole:
        return r.totals.meanExecMs > m_slowMs;
    case DatabaseNameRole:
        return r.totals.database;
    case UserNameRole:
        return r.totals.user;
    case HiddenRole:
        return r.totals.key.hidden;
    default:
        return {};
    }
}

void StatementModel::setPlanChanges(const QHash<qint64, qint64> &changedMsByQueryId) {
    if (changedMsByQueryId == m_planChanges)
        return;
    m_planChanges = changedMsByQueryId;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Query), index(int(m_rows.size()) - 1, Query));
}

QVariant StatementModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, o, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole)
        return columnToolTip(section);
    return {};
}

void StatementModel::setSlowThresholdMs(double ms) {
    if (qFuzzyCompare(ms, m_slowMs))
        return;
    m_slowMs = ms;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {SlowRole});
}

int StatementModel::slowCount() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [this](const StatementRow &r) { return r.totals.meanExecMs > m_slowMs; }));
}

void StatementModel::reindex() {
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].totals.key, i);
}

void StatementModel::setSnapshot(const StatementSnapshot &snapshot) {
    QHash<StatementKey, int> incoming;
    incoming.reserve(snapshot.rows.size());
    for (int i = 0; i < snapshot.rows.size(); ++i)
        incoming.insert(snapshot.rows[i].totals.key, i);
    m_snapshot = snapshot;
    m_snapshot.rows.clear(); // the rows live in m_rows

    QList<int> gone;
    for (int i = 0; i < m_rows.size(); ++i)
        if (!incoming.contains(m_rows[i].totals.key))
            gone << i;
    // Many scattered removals (a reset, another server) are cheaper and clearer as a reset.
    if (m_rows.isEmpty() || (gone.size() > 64 && gone.size() * 4 > m_rows.size())) {
        beginResetModel();
        m_rows = snapshot.rows;
        resort();
        endResetModel();
        return;
    }
    for (int i = int(gone.size()) - 1; i >= 0;) {
        int first = gone[i];
        const int last = first;
        while (i > 0 && gone[i - 1] == first - 1)
            first = gone[--i];
        --i;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    QList<bool> used(snapshot.rows.size(), false);
    for (auto &r : m_rows) {
        const int j = incoming.value(r.totals.key);
        r = snapshot.rows[j];
        used[j] = true;
    }
    QList<StatementRow> added;
    for (int j = 0; j < snapshot.rows.size(); ++j)
        if (!used[j])
            added << snapshot.rows[j];
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        endInsertRows();
    }
    reindex();
    // Every counter moved, so the rows are sorted again: one layoutChanged tells the proxy and
    // the views to re-read (and re-filter) every row. A dataChanged for all rows before it
    // would make the filter proxy test all 10,000 rows twice.
    if (!m_rows.isEmpty() && m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
    else if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void StatementModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_rows.isEmpty())
        return;
    const QList<QPersistentModelIndex> parents;
    Q_EMIT layoutAboutToBeChanged(parents, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<StatementKey> keys;
    keys.reserve(before.size());
    for (const auto &i : before)
        keys << m_rows[i.row()].totals.key;
    resort();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after << index(m_rowOf.value(keys[i]), before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged(parents, QAbstractItemModel::VerticalSortHint);
}

void StatementModel::resort() {
    const int n = int(m_rows.size());
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    const bool desc = m_sortOrder == Qt::DescendingOrder;
    const double w = m_snapshot.windowSeconds;
    if (m_sortColumn <= User) {
        QList<QString> keys(n);
        for (int i = 0; i < n; ++i)
            keys[i] = m_sortColumn == Query      ? oneLine(m_rows[i])
                      : m_sortColumn == Database ? m_rows[i].totals.database
                                                 : m_rows[i].totals.user;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int c = keys[a].compare(keys[b], Qt::CaseInsensitive);
            return desc ? c > 0 : c < 0;
        });
    } else {
        QList<double> keys(n);
        for (int i = 0; i < n; ++i)
            keys[i] = sortValue(m_rows[i], w, m_sortColumn);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return desc ? keys[a] > keys[b] : keys[a] < keys[b]; });
    }
    QList<StatementRow> sorted;
    sorted.reserve(n);
    for (int i : std::as_const(order))
        sorted.append(std::move(m_rows[i]));
    m_rows = std::move(sorted);
    reindex();
}

} // namespace monitor
