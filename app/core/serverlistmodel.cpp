#include "core/serverlistmodel.h"

#include "core/workspace.h"

namespace core {

ServerListModel::ServerListModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    connect(workspace->profiles(), &ProfileStore::changed, this, [this] {
        beginResetModel(); // the profile list itself changed (rare, user action)
        endResetModel();
    });
    connect(workspace, &Workspace::sessionStateChanged, this, [this](const QString &id) {
        const QModelIndex i = indexOf(id);
        if (i.isValid())
            Q_EMIT dataChanged(i, i);
    });
    connect(workspace, &Workspace::currentChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workspace->profiles()->profiles().size());
}

QModelIndex ServerListModel::indexOf(const QString &profileId) const
{
    const auto &ps = m_workspace->profiles()->profiles();
    for (int i = 0; i < ps.size(); ++i)
        if (ps[i].id == profileId)
            return index(i);
    return {};
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile &p = m_workspace->profiles()->profiles().at(index.row());
    const ServerSession *s = m_workspace->session(p.id);
    const auto state = s ? s->state() : pg::Connection::State::Disconnected;
    auto stateText = [&]() -> QString {
        switch (state) {
        case pg::Connection::State::Ready:
            return tr("connected");
        case pg::Connection::State::Connecting:
            return tr("connecting…");
        case pg::Connection::State::Lost:
            return tr("connection lost, retrying");
        case pg::Connection::State::Disconnected:
            break;
        }
        return m_workspace->lastError(p.id).isEmpty() ? tr("not connected") : tr("failed");
    };
    switch (role) {
    case Qt::DisplayRole:
        return p.displayName();
    case Qt::ToolTipRole: {
        QString tip = p.connInfo().displayName() + QLatin1Char('\n') + stateText();
        if (!m_workspace->lastError(p.id).isEmpty())
            tip += QLatin1Char('\n') + m_workspace->lastError(p.id);
        return tip;
    }
    case ProfileIdRole:
        return p.id;
    case StateRole:
        return int(state);
    case StateTextRole:
        return stateText();
    case DetailRole:
        if (s && state == pg::Connection::State::Ready)
            return QStringLiteral("%1 · %2").arg(s->facts().shortVersion(), stateText());
        return stateText();
    case Qt::FontRole:
        return {};
    default:
        return {};
    }
}

QHash<int, QByteArray> ServerListModel::roleNames() const
{
    auto r = QAbstractListModel::roleNames();
    r.insert(ProfileIdRole, "profileId");
    r.insert(StateRole, "state");
    r.insert(StateTextRole, "stateText");
    r.insert(DetailRole, "detail");
    return r;
}

} // namespace core
