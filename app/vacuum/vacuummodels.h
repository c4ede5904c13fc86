#pragma once

#include "replication/rowsmodel.h"
#include "vacuum/vacuumsnapshot.h"

namespace vacuum {

using replication::ModelRow;
using replication::RowsModel;

// Running maintenance (key "kind:pid"); the Progress column carries ProgressRole (0..1, -1
// when the total is unknown) and its text ("42 % of 1200 blocks").
class RunningModel final : public RowsModel {
    Q_OBJECT
public:
    enum Column { Pid, Command, Relation, Phase, Progress, Detail, ColumnCount };
    explicit RunningModel(QObject *parent = nullptr);
    void setSnapshot(const VacuumSnapshot &s);
    static QString commandLabel(const QString &kind); // "VACUUM", "CREATE INDEX", ...
};

// What holds back the xmin horizon (key "kind:holder", e.g. "transaction:4242",
// "prepared:gid"), ranked as the server sent it; old holders (5 min, a million transactions)
// are alerts. holderAt() gives the holder behind a row, for the actions.
class HorizonModel final : public RowsModel {
    Q_OBJECT
public:
    enum Column { Holder, Kind, AgeXids, Age, Database, Who, Action, ColumnCount };
    explicit HorizonModel(QObject *parent = nullptr);
    void setSnapshot(const VacuumSnapshot &s);
    const HorizonHolder *holderAt(int row) const;
    static QString keyOf(const HorizonHolder &h);

private:
    QList<HorizonHolder> m_holders;
};

// Tables closest to autovacuum (key: relation); past the threshold or the freeze max age is an
// alert, 80 % of the threshold a warning.
class TablesModel final : public RowsModel {
    Q_OBJECT
public:
    enum Column { Table, DeadTuples, Threshold, ThresholdPct, FreezeAge, FreezePct, LastVacuum, ColumnCount };
    explicit TablesModel(QObject *parent = nullptr);
    void setSnapshot(const VacuumSnapshot &s);
};

// Table bloat (key: relation): estimate or pgstattuple, growth from history.
class BloatModel final : public RowsModel {
    Q_OBJECT
public:
    enum Column { Table, Size, Bloat, Pct, Source, Growth, ColumnCount };
    explicit BloatModel(QObject *parent = nullptr);
    void setSnapshot(const VacuumSnapshot &s);
};

// B-tree index bloat (key: index): estimate or pgstatindex, growth from history.
class IndexBloatModel final : public RowsModel {
    Q_OBJECT
public:
    enum Column { Index, Table, Size, Bloat, Pct, Source, Growth, ColumnCount };
    explicit IndexBloatModel(QObject *parent = nullptr);
    void setSnapshot(const VacuumSnapshot &s);
};

} // namespace vacuum
