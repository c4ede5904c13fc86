#pragma once

#include "advisor/advisor.h"

#include <QAbstractTableModel>

namespace advisor {

// The advice as rows: every proposed index to create, then every proposed drop; the first column
// is checkable (what goes into the migration). Creates start ticked, drops unticked (a drop is
// never made without the user asking for it).
class ProposalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Action, Definition, Table, Size, Writes, Statements, Saved, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit ProposalModel(QObject *parent = nullptr);
    void setAdvice(const Advice &advice);
    const Advice &advice() const { return m_advice; }

    bool isCreate(int row) const { return row < m_advice.create.size(); }
    const CreateProposal *create(int row) const;
    const DropProposal *drop(int row) const;
    QList<Effect> effects(int row) const; // the statements a row helps (create) or that use it (drop)
    QList<CreateProposal> checkedCreates() const;
    QList<DropProposal> checkedDrops() const;
    int checkedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    Advice m_advice;
    QList<bool> m_checked;
};

// The statements of one proposal: query id, calls, cost before and after, the change, the text.
class EffectModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { QueryId, Calls, CostBefore, CostAfter, Change, Query, ColumnCount };
    enum Role { QueryTextRole = Qt::UserRole + 1 };
    explicit EffectModel(QObject *parent = nullptr);
    void setEffects(const QList<Effect> &effects);
    const QList<Effect> &effects() const { return m_effects; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<Effect> m_effects;
};

} // namespace advisor
