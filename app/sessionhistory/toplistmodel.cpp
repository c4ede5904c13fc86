#include "sessionhistory/toplistmodel.h"

#include <QDateTime>
#include <QLocale>

namespace sessionhistory {

TopListModel::TopListModel(Dim dim, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dim(dim) {}

void TopListModel::setEntries(const QList<TopEntry> &entries) {
    beginResetModel(); // a new window: every row may differ
    m_entries = entries;
    endResetModel();
}

int TopListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TopListModel::columnCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    return m_dim == Dim::Query ? ColumnCount : Calls;
}

QVariant TopListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopEntry &e = m_entries.at(index.row());
    if (role == KeyRole)
        return e.key;
    if (role == SortRole) {
        switch (index.column()) {
        case Key:
            return e.key;
        case AvgActive:
            return e.avgActive;
        case Share:
            return e.share;
        case Samples:
            return e.samples;
        case Calls:
            return e.calls;
        case MeanMs:
            return e.calls > 0 ? e.meanMs : -1.0;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Key)
        return e.key;
    if (role == Qt::TextAlignmentRole && index.column() != Key)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Key:
        return e.key.isEmpty() ? tr("(none)") : e.key.simplified().left(300);
    case AvgActive:
        return QString::number(e.avgActive, 'f', 2);
    case Share:
        return QString(QString::number(e.share * 100.0, 'f', 1) + QLatin1Char('%'));
    case Samples:
        return e.samples;
    case Calls:
        return e.calls < 0 ? QString() : QLocale().toString(e.calls);
    case MeanMs:
        return e.calls > 0 ? tr("%1 ms").arg(QLocale().toString(e.meanMs, 'f', e.meanMs < 10 ? 2 : 1))
                           : QString();
    }
    return {};
}

QVariant TopListModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        switch (m_dim) {
        case Dim::Wait:
            return tr("Wait event");
        case Dim::Query:
            return tr("Query");
        case Dim::User:
            return tr("User");
        case Dim::Application:
            return tr("Application");
        case Dim::Database:
            return tr("Database");
        case Dim::Client:
            return tr("Client");
        case Dim::WaitClass:
            return tr("Wait class");
        }
        return {};
    case AvgActive:
        return tr("Avg active");
    case Share:
        return tr("Share");
    case Samples:
        return tr("Samples");
    case Calls:
        return tr("Calls");
    case MeanMs:
        return tr("Mean");
    }
    return {};
}

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void IncidentListModel::setIncidents(const QList<Incident> &incidents) {
    beginResetModel();
    m_incidents = incidents;
    endResetModel();
}

int IncidentListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &i = m_incidents.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == RootQuery)
        return i.rootQuery;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Start:
        return QDateTime::fromMSecsSinceEpoch(i.startMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Duration:
        return tr("%1 s").arg(i.durationS(), 0, 'f', 1);
    case Blocked:
        return i.blockedMax;
    case RootPid:
        return i.rootPid;
    case RootState:
        return i.rootState;
    case Lock:
        return i.relation.isEmpty() ? i.waitMode : QString(i.waitMode + QLatin1Char(' ') + i.relation);
    case RootQuery:
        return i.rootQuery.simplified().left(200);
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start:
        return tr("Start");
    case Duration:
        return tr("Duration");
    case Blocked:
        return tr("Blocked");
    case RootPid:
        return tr("Root pid");
    case RootState:
        return tr("Root state");
    case Lock:
        return tr("Lock");
    case RootQuery:
        return tr("Root query");
    }
    return {};
}

} // namespace sessionhistory
