#include "vacuum/vacuummodels.h"

#include "replication/replicationsnapshot.h"

#include <cmath>

namespace vacuum {

namespace {
using replication::bytesText;
using replication::secondsText;

QString growthText(double g) {
    if (std::isnan(g))
        return QStringLiteral("–");
    return (g >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + bytesText(qint64(std::abs(g)));
}
QVariant growthSort(double g) {
    return std::isnan(g) ? QVariant() : QVariant(g);
}
} // namespace

RunningModel::RunningModel(QObject *parent)
    : RowsModel({tr("PID"), tr("Command"), tr("Relation"), tr("Phase"), tr("Progress"), tr("Detail")},
                parent) {
    setProgressColumn(Progress);
}

QString RunningModel::commandLabel(const QString &kind) {
    if (kind == QLatin1String("vacuum"))
        return tr("VACUUM");
    if (kind == QLatin1String("analyze"))
        return tr("ANALYZE");
    if (kind == QLatin1String("create_index"))
        return tr("CREATE INDEX");
    if (kind == QLatin1String("cluster"))
        return tr("CLUSTER / VACUUM FULL");
    if (kind == QLatin1String("basebackup"))
        return tr("base backup");
    if (kind == QLatin1String("copy"))
        return tr("COPY");
    return kind;
}

void RunningModel::setSnapshot(const VacuumSnapshot &s) {
    QList<ModelRow> rows;
    for (const auto &p : s.running) {
        ModelRow r;
        r.key = QStringLiteral("%1:%2").arg(p.kind).arg(p.pid);
        const double f = p.fraction();
        r.text = {QString::number(p.pid),
                  commandLabel(p.kind) + (p.autovacuum ? tr(" (auto)") : QString()),
                  p.relation.isEmpty() ? p.database : p.relation,
                  p.phase,
                  f < 0 ? tr("%1 %2").arg(p.done).arg(p.unit)
                        : tr("%1 % of %2 %3").arg(f * 100, 0, 'f', 0).arg(p.total).arg(p.unit),
                  p.detail};
        r.sort = {QVariant(p.pid), QVariant(), QVariant(), QVariant(), QVariant(f)};
        r.toolTips = {QString(), QString(), QString(), QString(),
                      tr("running for %1").arg(secondsText(p.runningS))};
        r.progress = f;
        rows << r;
    }
    setRows(rows);
}

HorizonModel::HorizonModel(QObject *parent)
    : RowsModel(
          {tr("Holder"), tr("Kind"), tr("Age (xids)"), tr("Age"), tr("Database"), tr("Who"), tr("Action")},
          parent) {}

QString HorizonModel::keyOf(const HorizonHolder &h) {
    return h.kindKey() + QLatin1Char(':') + h.holder;
}

const HorizonHolder *HorizonModel::holderAt(int row) const {
    const QString key = keyAt(row);
    for (const auto &h : m_holders)
        if (keyOf(h) == key)
            return &h;
    return nullptr;
}

void HorizonModel::setSnapshot(const VacuumSnapshot &s) {
    m_holders = s.horizon;
    QList<ModelRow> rows;
    for (const auto &h : s.horizon) {
        QStringList whoParts;
        for (const QString &part : {h.role, h.application, h.state})
            if (!part.isEmpty())
                whoParts << part;
        ModelRow r;
        r.key = keyOf(h);
        const bool backend =
            h.kind == HorizonHolder::Kind::Transaction || h.kind == HorizonHolder::Kind::Snapshot;
        r.text = {backend ? tr("pid %1").arg(h.pid) : h.holder,
                  h.kindLabel(),
                  QString::number(h.ageXids),
                  h.ageS < 0 ? QStringLiteral("–") : secondsText(h.ageS),
                  h.database,
                  whoParts.join(QStringLiteral(" · ")),
                  h.action()};
        r.sort = {QVariant(), QVariant(), QVariant(double(h.ageXids)), QVariant(h.ageS)};
        r.toolTips = {h.query, QString(), QString(), QString(), QString(), QString(), h.actionSql()};
        r.severity = h.ageS >= 300 || h.ageXids >= 1000000 ? 2 : 0;
        rows << r;
    }
    setRows(rows);
}

TablesModel::TablesModel(QObject *parent)
    : RowsModel({tr("Table"), tr("Dead tuples"), tr("Autovacuum at"), tr("% of threshold"), tr("Freeze age"),
                 tr("% of freeze max"), tr("Last vacuum")},
                parent) {}

void TablesModel::setSnapshot(const VacuumSnapshot &s) {
    QList<ModelRow> rows;
    for (const auto &t : s.tables) {
        ModelRow r;
        r.key = t.relation;
        r.text = {t.relation,
                  QString::number(t.deadTuples),
                  QString::number(qint64(t.threshold)),
                  QStringLiteral("%1 %").arg(t.vacuumRatio * 100, 0, 'f', 0),
                  QString::number(t.freezeAge),
                  QStringLiteral("%1 %").arg(t.freezeRatio * 100, 0, 'f', 1),
                  t.lastVacuum.isValid()
                      ? t.lastVacuum.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                      : tr("never")};
        r.sort = {QVariant(),
                  QVariant(double(t.deadTuples)),
                  QVariant(t.threshold),
                  QVariant(t.vacuumRatio),
                  QVariant(double(t.freezeAge)),
                  QVariant(t.freezeRatio),
                  QVariant(t.lastVacuum.isValid() ? t.lastVacuum.toMSecsSinceEpoch() : 0)};
        if (!t.autovacuumEnabled)
            r.toolTips = {tr("autovacuum is disabled for this table (reloptions)")};
        else if (t.hasReloptions)
            r.toolTips = {tr("per-table autovacuum settings apply")};
        r.severity = t.freezeRatio >= 1 || t.pastThreshold() ? 2 : t.vacuumRatio >= 0.8 ? 1 : 0;
        rows << r;
    }
    setRows(rows);
}

BloatModel::BloatModel(QObject *parent)
    : RowsModel({tr("Table"), tr("Size"), tr("Bloat"), tr("%"), tr("Source"), tr("Growth")}, parent) {}

void BloatModel::setSnapshot(const VacuumSnapshot &s) {
    QList<ModelRow> rows;
    for (const auto &b : s.bloat) {
        ModelRow r;
        r.key = b.relation;
        r.text = {b.relation,
                  bytesText(b.bytes),
                  bytesText(b.bloatBytes),
                  QStringLiteral("%1").arg(b.bloatPct, 0, 'f', 1),
                  b.exact ? tr("pgstattuple") : (b.statsComplete ? tr("estimate") : tr("estimate*")),
                  growthText(b.growthBytes)};
        r.sort = {QVariant(), QVariant(double(b.bytes)), QVariant(double(b.bloatBytes)), QVariant(b.bloatPct),
                  QVariant(), growthSort(b.growthBytes)};
        if (b.exact)
            r.toolTips = {
                QString(), QString(),
                tr("dead tuples %1 + free space %2").arg(bytesText(b.deadBytes), bytesText(b.freeBytes))};
        rows << r;
    }
    setRows(rows);
}

IndexBloatModel::IndexBloatModel(QObject *parent)
    : RowsModel({tr("Index"), tr("Table"), tr("Size"), tr("Bloat"), tr("%"), tr("Source"), tr("Growth")},
                parent) {}

void IndexBloatModel::setSnapshot(const VacuumSnapshot &s) {
    QList<ModelRow> rows;
    for (const auto &b : s.indexBloat) {
        ModelRow r;
        r.key = b.index;
        r.text = {b.index,
                  b.table,
                  bytesText(b.bytes),
                  bytesText(b.bloatBytes),
                  QStringLiteral("%1").arg(b.bloatPct, 0, 'f', 1),
                  b.exact ? tr("pgstatindex") : (b.statsComplete ? tr("estimate") : tr("estimate*")),
                  growthText(b.growthBytes)};
        r.sort = {QVariant(),           QVariant(), QVariant(double(b.bytes)), QVariant(double(b.bloatBytes)),
                  QVariant(b.bloatPct), QVariant(), growthSort(b.growthBytes)};
        if (b.exact)
            r.toolTips = {
                QString(), QString(), QString(),
                tr("leaf pages %1 % full (fillfactor %2); REINDEX INDEX CONCURRENTLY gives the room back")
                    .arg(b.leafDensity, 0, 'f', 1)
                    .arg(b.fillfactor, 0, 'f', 0)};
        else
            r.toolTips = {QString(), QString(), QString(),
                          tr("REINDEX INDEX CONCURRENTLY gives the room back")};
        rows << r;
    }
    setRows(rows);
}

} // namespace vacuum
