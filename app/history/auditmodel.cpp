#include "history/auditmodel.h"

#include "pg/awaitfuture.h"

#include <QDateTime>
#include <QtConcurrent>

namespace history {

namespace {
bool same(const AuditEntry &a, const AuditEntry &b) {
    return a.tsMs == b.tsMs && a.pid == b.pid && a.action == b.action && a.outcome == b.outcome &&
           a.server == b.server;
}
} // namespace

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent) {}

AuditModel::~AuditModel() = default;

int AuditModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}
int AuditModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const AuditEntry *AuditModel::entryAt(int row) const {
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Server:
        return tr("Server");
    case Database:
        return tr("Database");
    case Role:
        return tr("pgdba role");
    case OsUser:
        return tr("OS user");
    case Pid:
        return tr("PID");
    case TargetUser:
        return tr("Target user");
    case TargetApplication:
        return tr("Application");
    case Action:
        return tr("Action");
    case Outcome:
        return tr("Outcome");
    case Message:
        return tr("Details");
    case Query:
        return tr("Query");
    default:
        return {};
    }
}

QVariant AuditModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == OutcomeRole)
        return e.outcome;
    if (role == SortRole) {
        if (index.column() == Time)
            return e.tsMs;
        if (index.column() == Pid)
            return e.pid;
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Query)
            return e.targetQuery;
        if (index.column() == Message)
            return e.message;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(e.tsMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Server:
        return e.server;
    case Database:
        return e.database;
    case Role:
        return e.dbRole;
    case OsUser:
        return e.osUser;
    case Pid:
        return e.pid;
    case TargetUser:
        return e.targetUser;
    case TargetApplication:
        return e.targetApplication;
    case Action:
        return e.action;
    case Outcome:
        return e.outcome;
    case Message:
        return e.message;
    case Query:
        return e.targetQuery.simplified();
    default:
        return {};
    }
}

QCoro::Task<bool> AuditModel::load(history::Store *store, QString server, int limit) {
    QPointer<AuditModel> self(this);
    const quint64 mine = ++m_loads;
    QList<AuditEntry> entries;
    if (store && store->isOpen()) {
        const QString connection = store->database().connectionName();
        auto work = QtConcurrent::run(
            [connection, limit, server] { return Store::readAudit(connection, limit, server); });
        entries = co_await pg::awaitFuture(work);
    }
    if (!self || mine != m_loads)
        co_return false;
    setEntries(entries);
    co_return true;
}

void AuditModel::setEntries(const QList<AuditEntry> &entries) {
    // The usual case: a few new entries on top of the ones shown.
    qsizetype added = -1;
    if (!m_entries.isEmpty() && entries.size() >= m_entries.size()) {
        const qsizetype k = entries.size() - m_entries.size();
        bool tailSame = true;
        for (qsizetype i = 0; i < m_entries.size() && tailSame; ++i)
            tailSame = same(entries.at(k + i), m_entries.at(i));
        if (tailSame)
            added = k;
    }
    if (added == 0)
        return;
    if (added > 0) {
        beginInsertRows({}, 0, int(added) - 1);
        m_entries = entries;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

} // namespace history
