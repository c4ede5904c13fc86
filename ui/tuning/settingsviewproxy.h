#pragma once

#include <QSortFilterProxyModel>

namespace ui {

// The advisor table as shown: colours by status, and optionally only the settings that
// differ from the server.
class SettingsViewProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SettingsViewProxy(QObject *parent = nullptr);
    void setOnlyChanges(bool on);
    bool onlyChanges() const { return m_onlyChanges; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyChanges = false;
};

} // namespace ui
