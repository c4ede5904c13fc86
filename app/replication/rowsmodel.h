#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace replication {

// One row of a RowsModel: what each column shows, already formatted (the data behind it stays
// with the subclass, found again by key).
struct ModelRow {
    QString key;          // stable across refreshes: selection and scroll follow it
    QStringList text;     // Qt::DisplayRole per column
    QVariantList sort;    // SortRole per column (numbers as numbers); text when absent
    QStringList toolTips; // Qt::ToolTipRole per column (may be shorter)
    int severity = 0;     // SeverityRole: 0 normal, 1 warning, 2 alert (the view colours it)
    double progress = -2; // ProgressRole of the progress column: 0..1, -1 unknown total, -2 none
    bool operator==(const ModelRow &o) const = default;
};

// The table models of the replication and vacuum pages (pgdba_core, no widgets): subclasses turn
// a snapshot into rows; setRows() updates in place by key (rows whose key is gone are removed,
// changed rows emit dataChanged, new ones are inserted, then the order of the snapshot is applied
// with a layout change), never a reset, so a view keeps its selection across refreshes.
class RowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        SortRole = Qt::UserRole + 1,
        KeyRole,      // the row's key (every column)
        SeverityRole, // int, 0 normal / 1 warning / 2 alert
        ProgressRole, // double on the progress column (see ModelRow::progress)
    };
    Q_ENUM(Roles)

    RowsModel(QStringList headers, QObject *parent = nullptr);

    void clearRows() { setRows({}); }
    int rowOf(const QString &key) const; // -1 when absent
    QString keyAt(int row) const;
    const ModelRow *rowAt(int row) const;
    // The column that carries ProgressRole (-1 none).
    void setProgressColumn(int column) { m_progressColumn = column; }
    int progressColumn() const { return m_progressColumn; }

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

protected:
    void setRows(QList<ModelRow> rows);

private:
    QStringList m_headers;
    QList<ModelRow> m_rows;
    int m_progressColumn = -1;
};

} // namespace replication
