#pragma once

#include <QIdentityProxyModel>

namespace ui {

// The health tree as shown: a coloured dot and text colour per status.
class HealthViewProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    explicit HealthViewProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace ui
