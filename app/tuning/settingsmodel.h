#pragma once

#include "tuning/evidence.h"
#include "tuning/settingsdiff.h"

#include <QAbstractTableModel>
#include <QSet>

namespace tuning {

// The advisor's table: each recommended setting with the live value, when a change takes
// effect, and the reason and evidence. Rows that differ are checkable: checked rows are
// what Apply changes.
class SettingsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CurrentColumn,
        RecommendedColumn,
        TakesColumn,
        SourceColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Roles {
        StatusRole = Qt::UserRole + 1,
        NameRole,
        TakesRole,
        ReasonRole,
        FormulaRole,
        EvidenceRole,
        CategoryRole
    };
    enum class RowStatus { Same, Change, PendingRestart, Offline };
    Q_ENUM(RowStatus)

    explicit SettingsModel(QObject *parent = nullptr);
    ~SettingsModel() override;

    void setDiffs(QList<SettingDiff> diffs, Evidence evidence = {});
    const QList<SettingDiff> &diffs() const { return m_diffs; }
    const Evidence &evidence() const { return m_evidence; }
    RowStatus rowStatus(int row) const;
    int rowOf(const QString &name) const;
    // Differing rows the user left checked.
    QList<SettingDiff> checkedChanges() const;
    int changeCount() const;
    int pendingRestartCount() const;

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;
    Qt::ItemFlags flags(const QModelIndex &index) const final;

private:
    bool checkable(int row) const;
    QString statusText(int row) const;
    QList<SettingDiff> m_diffs;
    Evidence m_evidence;
    QSet<QString> m_unchecked; // kept by name across refreshes
};

} // namespace tuning
