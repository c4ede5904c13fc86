#pragma once

#include <QAbstractListModel>

namespace core {

class Workspace;

// Saved servers with their live connection state, for the list on the left.
class ServerListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { ProfileIdRole = Qt::UserRole + 1, StateRole, StateTextRole, DetailRole };

    explicit ServerListModel(Workspace *workspace, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QHash<int, QByteArray> roleNames() const final;
    QModelIndex indexOf(const QString &profileId) const;

private:
    Workspace *m_workspace;
};

} // namespace core
