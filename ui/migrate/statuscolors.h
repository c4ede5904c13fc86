#pragma once

#include <QColor>
#include <QIdentityProxyModel>

namespace ui {

// Colours for status words in migration lists and preflight checks: green applied / pass,
// red failed / fail, amber drift / warn; readable on light and dark palettes.
class StatusColors final : public QIdentityProxyModel {
    Q_OBJECT
public:
    StatusColors(int statusColumn, int keyRole, QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;

    static QColor colorFor(const QString &key); // "applied", "pass", "failed", "fail", "drift", "warn", ...

private:
    int m_column;
    int m_keyRole;
};

} // namespace ui
