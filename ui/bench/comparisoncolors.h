#pragma once

#include <QIdentityProxyModel>

namespace ui {

// Colours the ratio cells of a bench::ComparisonModel: green where run B is better,
// red where it is worse (the model says which through BetterRole; core has no colours).
class ComparisonColors : public QIdentityProxyModel {
    Q_OBJECT
public:
    explicit ComparisonColors(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace ui
