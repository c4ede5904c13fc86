#include "fleet/fleetmodel.h"

#include "fleet/fleetcollector.h"

#include <QDateTime>
#include <QLocale>

#include <utility>

namespace fleet {

namespace {
constexpr quintptr GroupNode = quintptr(-1);
}

FleetModel::FleetModel(FleetCollector *collector, QObject *parent)
    : QAbstractItemModel(parent)
    , m_collector(collector)
    , m_flush(new QTimer(this)) {
    connect(collector, &FleetCollector::serversChanged, this, &FleetModel::rebuild);
    connect(collector, &FleetCollector::serverUpdated, this, [this](const QString &id) {
        m_pending.insert(id);
        if (!m_flush->isActive())
            m_flush->start();
    });
    m_flush->setSingleShot(true);
    m_flush->setInterval(CoalesceMs);
    connect(m_flush, &QTimer::timeout, this, &FleetModel::flush);
    rebuild();
}

void FleetModel::rebuild() {
    beginResetModel();
    m_groups.clear();
    for (const ServerStatus &s : m_collector->statuses()) {
        auto it =
            std::find_if(m_groups.begin(), m_groups.end(), [&](const Group &g) { return g.name == s.group; });
        if (it == m_groups.end()) {
            m_groups.append({s.group, {}, {}});
            it = m_groups.end() - 1;
        }
        it->servers << s;
        it->sparklines << downsample(s.tpsHistory, SparklinePoints);
    }
    // Named groups in name order, the ungrouped servers last.
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty();
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_pending.clear();
    endResetModel();
}

QList<double> FleetModel::downsample(const QList<TpsPoint> &points, int buckets) {
    QList<double> out;
    if (points.size() <= buckets) {
        out.reserve(points.size());
        for (const TpsPoint &p : points)
            out << p.tps;
        return out;
    }
    out.reserve(buckets);
    const double per = double(points.size()) / double(buckets);
    for (int b = 0; b < buckets; ++b) {
        const qsizetype from = qsizetype(double(b) * per),
                        to = std::max(from + 1, qsizetype(double(b + 1) * per));
        double sum = 0;
        for (qsizetype i = from; i < to && i < points.size(); ++i)
            sum += points[i].tps;
        out << sum / double(to - from);
    }
    return out;
}

namespace {
// The columns whose cells show something else for `now` than for `was` (text, tooltip, colour,
// sort key); bit c for column c. A sample usually changes the TPS cell and little else.
quint32 changedColumns(const ServerStatus &was, const ServerStatus &now, bool sparklineChanged) {
    quint32 bits = 0;
    auto mark = [&bits](int column, bool changed) {
        if (changed)
            bits |= 1u << column;
    };
    // A server that fails again keeps its state and message; only the State cell's tool tip
    // (failures in a row, next attempt) moves.
    const bool stateChanged = was.state != now.state || was.error != now.error;
    const bool retryChanged = was.failures != now.failures || was.retryAtMs != now.retryAtMs;
    mark(FleetModel::Name, was.name != now.name);
    mark(FleetModel::State, stateChanged || retryChanged);
    mark(FleetModel::Version, was.version != now.version || was.versionNum != now.versionNum);
    mark(FleetModel::Role, stateChanged || was.standby != now.standby || was.versionNum != now.versionNum);
    mark(FleetModel::Active, was.active != now.active);
    mark(FleetModel::Waiting, was.waiting != now.waiting);
    mark(FleetModel::Tps, was.tps != now.tps || sparklineChanged);
    mark(FleetModel::CacheHit, was.cacheHit != now.cacheHit);
    mark(FleetModel::Lag, stateChanged || was.lagS != now.lagS || was.standby != now.standby);
    mark(FleetModel::Health,
         was.healthCritical != now.healthCritical || was.healthWarning != now.healthWarning);
    mark(FleetModel::Alerts,
         was.openAlerts != now.openAlerts || was.openCriticalAlerts != now.openCriticalAlerts);
    // The filter reads column 0 (FilterRole: name, group, state text, version, role): a change of
    // any of them is announced on column 0 too, so the proxy filters the row again. Only a change
    // of that text: column 0 is also the default sort column, and a change there makes the proxy
    // re-sort and the view lay out every row again (a server that fails again and again keeps
    // its text and only moves its retry time).
    if ((bits & ((1u << FleetModel::State) | (1u << FleetModel::Version) | (1u << FleetModel::Role))) &&
        (was.stateText() != now.stateText() || was.version != now.version ||
         was.roleText() != now.roleText()))
        bits |= 1u << FleetModel::Name;
    if (was.group != now.group)
        bits |= 1u << FleetModel::Name;
    return bits;
}
} // namespace

void FleetModel::flush() {
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (int g = 0; g < m_groups.size(); ++g) {
        Group &group = m_groups[g];
        bool groupChanged = false;
        const QModelIndex parentIndex = createIndex(g, 0, GroupNode);
        for (int r = 0; r < group.servers.size(); ++r) {
            ServerStatus &row = group.servers[r];
            if (!pending.contains(row.id))
                continue;
            std::optional<ServerStatus> s = m_collector->status(row.id);
            if (!s)
                continue;
            groupChanged = groupChanged || s->reachable() != row.reachable();
            // The sparkline is computed again only when the hour's points moved.
            const bool historyMoved =
                s->tpsHistory.size() != row.tpsHistory.size() ||
                (!s->tpsHistory.isEmpty() && (s->tpsHistory.first().tsMs != row.tpsHistory.first().tsMs ||
                                              s->tpsHistory.last().tsMs != row.tpsHistory.last().tsMs));
            QList<double> line =
                historyMoved ? downsample(s->tpsHistory, SparklinePoints) : group.sparklines[r];
            const bool lineChanged = line != group.sparklines[r];
            const quint32 columns = changedColumns(row, *s, lineChanged);
            row = std::move(*s);
            group.sparklines[r] = std::move(line);
            // One cell at a time: the view repaints those cells, not its whole viewport (which it
            // does for a range), and the proxy re-sorts only when the sort column is among them.
            for (int c = 0; c < ColumnCount; ++c)
                if (columns & (1u << c)) {
                    const QModelIndex cell = index(r, c, parentIndex);
                    Q_EMIT dataChanged(cell, cell);
                }
        }
        if (groupChanged) // "3 of 4 reachable"
            Q_EMIT dataChanged(createIndex(g, State, GroupNode), createIndex(g, State, GroupNode));
    }
    Q_EMIT rowsUpdated();
}

QModelIndex FleetModel::index(int row, int column, const QModelIndex &parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, GroupNode) : QModelIndex();
    if (parent.internalId() != GroupNode || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups[parent.row()].servers.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex FleetModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == GroupNode)
        return {};
    return createIndex(int(child.internalId()), 0, GroupNode);
}

int FleetModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupNode && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups[parent.row()].servers.size());
    return 0;
}

int FleetModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

const ServerStatus *FleetModel::server(const QModelIndex &i) const {
    if (!i.isValid() || i.internalId() == GroupNode)
        return nullptr;
    const int g = int(i.internalId());
    if (g >= m_groups.size() || i.row() >= m_groups[g].servers.size())
        return nullptr;
    return &m_groups[g].servers[i.row()];
}

int FleetModel::serverCount() const {
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.servers.size());
    return n;
}

QModelIndex FleetModel::indexOf(const QString &profileId, int column) const {
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups[g].servers.size(); ++r)
            if (m_groups[g].servers[r].id == profileId)
                return createIndex(r, column, quintptr(g));
    return {};
}

QString FleetModel::formatTps(const std::optional<double> &tps) {
    return tps ? QLocale().toString(*tps, 'f', *tps < 10 ? 1 : 0) : QString();
}

QString FleetModel::formatCacheHit(const std::optional<double> &hit) {
    return hit ? QLocale().toString(*hit * 100, 'f', 2) + QStringLiteral(" %") : QString();
}

QString FleetModel::formatLag(const std::optional<double> &lagS) {
    if (!lagS)
        return QString();
    if (*lagS < 60)
        return tr("%1 s").arg(QLocale().toString(*lagS, 'f', 1));
    return tr("%1 min").arg(QLocale().toString(*lagS / 60, 'f', 1));
}

QString FleetModel::formatHealth(const ServerStatus &s) {
    if (s.healthCritical < 0)
        return QString();
    return tr("%1 crit., %2 warn.").arg(s.healthCritical).arg(s.healthWarning);
}

QVariant FleetModel::serverData(const ServerStatus &s, int column, int role) const {
    switch (role) {
    case ProfileIdRole:
        return s.id;
    case ReachableRole:
        return s.reachable();
    case IsGroupRole:
        return false;
    case StateKindRole:
        return int(s.state);
    case HealthCriticalRole:
        return s.healthCritical;
    case TpsValuesRole:
        return {}; // filled by data() from the downsampled line
    case FilterRole:
        return QStringList{s.name, s.group, s.stateText(), s.version, s.roleText()}.join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (column == Lag && s.reachable() && !s.lagS && !s.standby)
            return tr("A primary without standbys");
        if (column == State && s.state == ServerStatus::State::Down)
            return tr("%1\nFailed %n time(s) in a row; next attempt at %2.", nullptr, s.failures)
                .arg(s.error, QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.retryAtMs).time(),
                                                 QLocale::LongFormat));
        return {};
    case Qt::TextAlignmentRole:
        if (column >= Active && column <= Alerts && column != Tps && column != Health)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case Name:
            return s.name.toLower();
        case State:
            return int(s.state == ServerStatus::State::Up        ? 0
                       : s.state == ServerStatus::State::Pending ? 1
                                                                 : 2);
        case Version:
            return s.versionNum;
        case Role:
            return s.roleText();
        case Active:
            return s.active;
        case Waiting:
            return s.waiting;
        case Tps:
            return s.tps.value_or(-1);
        case CacheHit:
            return s.cacheHit.value_or(-1);
        case Lag:
            return s.lagS.value_or(-1);
        case Health:
            return s.healthCritical * 1000 + s.healthWarning;
        case Alerts:
            return s.openAlerts;
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return s.name;
        case State:
            return s.stateText();
        case Version:
            return s.version;
        case Role:
            return s.roleText();
        case Active:
            return s.active < 0 ? QString() : QString::number(s.active);
        case Waiting:
            return s.waiting < 0 ? QString() : QString::number(s.waiting);
        case Tps:
            return formatTps(s.tps);
        case CacheHit:
            return formatCacheHit(s.cacheHit);
        case Lag:
            // A primary without standbys has no lag to show: a dash, not an empty cell.
            return s.reachable() && !s.lagS ? QStringLiteral("\u2014") : formatLag(s.lagS);
        case Health:
            return formatHealth(s);
        case Alerts:
            return QString::number(s.openAlerts);
        }
        return {};
    }
    return {};
}

QVariant FleetModel::data(const QModelIndex &i, int role) const {
    if (!i.isValid())
        return {};
    if (i.internalId() != GroupNode) {
        if (role == TpsValuesRole) {
            const int g = int(i.internalId());
            if (g < m_groups.size() && i.row() < m_groups[g].sparklines.size())
                return QVariant::fromValue(m_groups[g].sparklines[i.row()]);
            return {};
        }
        const ServerStatus *s = server(i);
        return s ? serverData(*s, i.column(), role) : QVariant();
    }
    if (i.row() >= m_groups.size())
        return {};
    const Group &g = m_groups[i.row()];
    switch (role) {
    case IsGroupRole:
        return true;
    case SortRole:
        return g.name.isEmpty() ? QStringLiteral("\uffff") : g.name.toLower();
    case FilterRole:
        return g.name;
    case Qt::DisplayRole:
        if (i.column() == Name)
            return g.name.isEmpty() ? tr("Ungrouped") : g.name;
        if (i.column() == State) {
            int up = 0;
            for (const ServerStatus &s : g.servers)
                up += s.reachable() ? 1 : 0;
            return tr("%1 of %n reachable", nullptr, int(g.servers.size())).arg(up);
        }
        return {};
    }
    return {};
}

QVariant FleetModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Name:
        return tr("Server");
    case State:
        return tr("Status");
    case Version:
        return tr("Version");
    case Role:
        return tr("Role");
    case Active:
        return tr("Active");
    case Waiting:
        return tr("Waiting");
    case Tps:
        return tr("Transactions/s (1 h)");
    case CacheHit:
        return tr("Cache hit");
    case Lag:
        return role == Qt::ToolTipRole
                   ? tr("Replication lag: a standby's replay delay, or a primary's slowest standby")
                   : tr("Repl. lag");
    case Health:
        return role == Qt::ToolTipRole ? tr("Health checks: critical and warnings (checked every 5 minutes)")
                                       : tr("Health");
    case Alerts:
        return role == Qt::ToolTipRole ? tr("Open alerts (from the alert rules)") : tr("Alerts");
    }
    return {};
}

FleetFilter::FleetFilter(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
    setSortRole(FleetModel::SortRole);
    setDynamicSortFilter(true);
}

void FleetFilter::setText(const QString &text) {
    m_text = text.trimmed();
    invalidateFilter();
}

bool FleetFilter::filterAcceptsRow(int row, const QModelIndex &parent) const {
    if (m_text.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (i.data(FleetModel::IsGroupRole).toBool())
        return false; // kept by recursive filtering when a server of it matches
    return i.data(FleetModel::FilterRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool FleetFilter::lessThan(const QModelIndex &a, const QModelIndex &b) const {
    if (a.data(FleetModel::IsGroupRole).toBool()) {
        // Groups keep their name order whatever column and direction the servers are sorted by.
        const bool less = a.data(FleetModel::SortRole).toString() < b.data(FleetModel::SortRole).toString();
        return sortOrder() == Qt::AscendingOrder ? less : !less;
    }
    const QVariant va = a.data(FleetModel::SortRole), vb = b.data(FleetModel::SortRole);
    if (va.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(va.toString(), vb.toString()) < 0;
    return va.toDouble() < vb.toDouble();
}

} // namespace fleet
