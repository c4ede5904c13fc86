#include "advisor/advicemodel.h"

#include <QLocale>

namespace advisor {

namespace {
QString size(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
double savedShare(const QList<Effect> &effects) {
    double before = 0, after = 0;
    for (const Effect &e : effects) {
        before += double(e.calls) * e.costBefore;
        after += double(e.calls) * e.costAfter;
    }
    return before > 0 ? (before - after) / before : 0;
}
} // namespace

ProposalModel::ProposalModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ProposalModel::setAdvice(const Advice &advice) {
    beginResetModel();
    m_advice = advice;
    m_checked.clear();
    for (qsizetype i = 0; i < advice.create.size(); ++i)
        m_checked << true;
    for (qsizetype i = 0; i < advice.drop.size(); ++i)
        m_checked << false;
    endResetModel();
    Q_EMIT checkedChanged();
}

const CreateProposal *ProposalModel::create(int row) const {
    return row >= 0 && row < m_advice.create.size() ? &m_advice.create[row] : nullptr;
}

const DropProposal *ProposalModel::drop(int row) const {
    const int d = row - int(m_advice.create.size());
    return d >= 0 && d < m_advice.drop.size() ? &m_advice.drop[d] : nullptr;
}

QList<Effect> ProposalModel::effects(int row) const {
    if (const CreateProposal *c = create(row))
        return c->statements;
    if (const DropProposal *d = drop(row))
        return d->statements;
    return {};
}

QList<CreateProposal> ProposalModel::checkedCreates() const {
    QList<CreateProposal> out;
    for (int i = 0; i < m_advice.create.size(); ++i)
        if (m_checked.value(i))
            out << m_advice.create[i];
    return out;
}

QList<DropProposal> ProposalModel::checkedDrops() const {
    QList<DropProposal> out;
    for (int i = 0; i < m_advice.drop.size(); ++i)
        if (m_checked.value(int(m_advice.create.size()) + i))
            out << m_advice.drop[i];
    return out;
}

int ProposalModel::checkedCount() const {
    return int(std::count(m_checked.cbegin(), m_checked.cend(), true));
}

int ProposalModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_advice.create.size() + m_advice.drop.size());
}

int ProposalModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const CreateProposal *c = create(row);
    const DropProposal *d = drop(row);
    if (role == KindRole)
        return c ? QStringLiteral("create") : d->kind;
    if (role == Qt::CheckStateRole && index.column() == Action)
        return m_checked.value(row) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() >= Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (c)
            return QString(c->definition + QStringLiteral("\n\n") +
                           c->candidate.reasons.join(QLatin1Char('\n')));
        return QString(d->reason + QStringLiteral("\n\n") + d->definition);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Action:
        if (c)
            return Advice::tr("Create");
        if (d->kind == QLatin1String("duplicate"))
            return Advice::tr("Drop (duplicate)");
        if (d->kind == QLatin1String("prefix"))
            return Advice::tr("Drop (redundant)");
        return Advice::tr("Drop (unused)");
    case Definition:
        // "public.orders (status, created_at DESC) INCLUDE (...) WHERE ...": what it indexes; the
        // full statement is the tool tip.
        return c ? c->candidate.hypotheticalDefinition().mid(int(qstrlen("CREATE INDEX ON "))) +
                       QStringLiteral("  · ") + c->name
                 : d->index;
    case Table:
        return c ? c->candidate.table : d->table;
    case Size:
        return size(c ? c->sizeBytes : d->sizeBytes);
    case Writes:
        if (!c)
            return Advice::tr("%n scan(s)", nullptr, int(std::min<qint64>(d->scans, INT_MAX)));
        return c->writesPerS < 0 ? QStringLiteral("—") : QLocale().toString(c->writesPerS, 'f', 1);
    case Statements:
        return QLocale().toString(qlonglong(c ? c->statements.size() : d->statements.size()));
    case Saved:
        return c ? QStringLiteral("%1 %").arg(QLocale().toString(100.0 * savedShare(c->statements), 'f', 1))
                 : QStringLiteral("—");
    default:
        return {};
    }
}

bool ProposalModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || index.column() != Action || role != Qt::CheckStateRole)
        return false;
    m_checked[index.row()] = value.toInt() == Qt::Checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags ProposalModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Action)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ProposalModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Action:
        return Advice::tr("Action");
    case Definition:
        return Advice::tr("Index");
    case Table:
        return Advice::tr("Table");
    case Size:
        return Advice::tr("Size (est.)");
    case Writes:
        return Advice::tr("Writes/s");
    case Statements:
        return Advice::tr("Statements");
    case Saved:
        return Advice::tr("Cost saved");
    default:
        return {};
    }
}

EffectModel::EffectModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void EffectModel::setEffects(const QList<Effect> &effects) {
    beginResetModel();
    m_effects = effects;
    endResetModel();
}

int EffectModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_effects.size());
}

int EffectModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EffectModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_effects.size())
        return {};
    const Effect &e = m_effects[index.row()];
    if (role == QueryTextRole)
        return e.query;
    if (role == Qt::ToolTipRole && index.column() == Query)
        return e.query;
    if (role == Qt::TextAlignmentRole && index.column() != Query)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale l;
    switch (index.column()) {
    case QueryId:
        return QString::number(e.queryid);
    case Calls:
        return l.toString(qlonglong(e.calls));
    case CostBefore:
        return l.toString(e.costBefore, 'f', 1);
    case CostAfter:
        return l.toString(e.costAfter, 'f', 1);
    case Change:
        return e.costBefore > 0 ? QStringLiteral("%1 %").arg(
                                      l.toString(100.0 * (e.costAfter - e.costBefore) / e.costBefore, 'f', 1))
                                : QStringLiteral("—");
    case Query:
        return e.query.simplified();
    default:
        return {};
    }
}

QVariant EffectModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QueryId:
        return Advice::tr("Query id");
    case Calls:
        return Advice::tr("Calls");
    case CostBefore:
        return Advice::tr("Cost before");
    case CostAfter:
        return Advice::tr("Cost after");
    case Change:
        return Advice::tr("Change");
    case Query:
        return Advice::tr("Statement");
    default:
        return {};
    }
}

} // namespace advisor
