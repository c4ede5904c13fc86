#include "tuning/settingsmodel.h"

#include <QCoreApplication>

namespace tuning {

SettingsModel::SettingsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

SettingsModel::~SettingsModel() = default;

void SettingsModel::setDiffs(QList<SettingDiff> diffs, Evidence evidence) {
    beginResetModel();
    m_diffs = std::move(diffs);
    m_evidence = std::move(evidence);
    endResetModel();
}

SettingsModel::RowStatus SettingsModel::rowStatus(int row) const {
    const SettingDiff &d = m_diffs.at(row);
    if (!d.live)
        return RowStatus::Offline;
    if (d.pendingRestart())
        return RowStatus::PendingRestart;
    return d.differs ? RowStatus::Change : RowStatus::Same;
}

int SettingsModel::rowOf(const QString &name) const {
    for (int i = 0; i < m_diffs.size(); ++i)
        if (m_diffs.at(i).rec.name == name)
            return i;
    return -1;
}

bool SettingsModel::checkable(int row) const {
    const SettingDiff &d = m_diffs.at(row);
    return d.live && d.differs && d.takes != Takes::Never;
}

QList<SettingDiff> SettingsModel::checkedChanges() const {
    QList<SettingDiff> out;
    for (int i = 0; i < m_diffs.size(); ++i)
        if (checkable(i) && !m_unchecked.contains(m_diffs.at(i).rec.name))
            out << m_diffs.at(i);
    return out;
}

int SettingsModel::changeCount() const {
    int n = 0;
    for (const auto &d : m_diffs)
        n += d.live && d.differs ? 1 : 0;
    return n;
}

int SettingsModel::pendingRestartCount() const {
    int n = 0;
    for (const auto &d : m_diffs)
        n += d.pendingRestart() ? 1 : 0;
    return n;
}

int SettingsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_diffs.size());
}

int SettingsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SettingsModel::statusText(int row) const {
    switch (rowStatus(row)) {
    case RowStatus::Same:
        return tr("as recommended");
    case RowStatus::Change:
        return tr("change");
    case RowStatus::PendingRestart:
        return tr("pending restart");
    case RowStatus::Offline:
        return m_evidence.valid ? tr("not on this server") : tr("not compared");
    }
    return {};
}

QVariant SettingsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_diffs.size() ||
        index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    const SettingDiff &d = m_diffs.at(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d.rec.name;
        case CurrentColumn:
            return d.live ? d.live->shown : QString();
        case RecommendedColumn:
            return d.rec.value;
        case TakesColumn:
            return takesLabel(d.takes);
        case SourceColumn:
            return d.live ? d.live->source : QString();
        case StatusColumn:
            return statusText(row);
        case ReasonColumn: {
            const QString ev = evidenceFor(d.rec.name, m_evidence);
            return ev.isEmpty() ? d.rec.reason : ev;
        }
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip =
            QStringLiteral("<b>%1</b> = %2<br>%3<br><i>%4</i>")
                .arg(d.rec.name.toHtmlEscaped(), d.rec.value.toHtmlEscaped(), d.rec.reason.toHtmlEscaped(),
                     tr("Formula: %1").arg(d.rec.formula).toHtmlEscaped());
        const QString ev = evidenceFor(d.rec.name, m_evidence);
        if (!ev.isEmpty())
            tip += QStringLiteral("<br>") + ev.toHtmlEscaped();
        if (d.live && !d.live->sourceFile.isEmpty())
            tip += QStringLiteral("<br>") + tr("Set in %1").arg(d.live->sourceFile).toHtmlEscaped();
        return tip;
    }
    case Qt::CheckStateRole:
        if (index.column() == NameColumn && checkable(row))
            return m_unchecked.contains(d.rec.name) ? Qt::Unchecked : Qt::Checked;
        return {};
    case StatusRole:
        return QVariant::fromValue(rowStatus(row));
    case NameRole:
        return d.rec.name;
    case TakesRole:
        return int(d.takes);
    case ReasonRole:
        return d.rec.reason;
    case FormulaRole:
        return d.rec.formula;
    case EvidenceRole:
        return evidenceFor(d.rec.name, m_evidence);
    case CategoryRole:
        return d.rec.category;
    default:
        return {};
    }
}

bool SettingsModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_diffs.size() ||
        index.column() >= ColumnCount)
        return false;
    if (role != Qt::CheckStateRole || index.column() != NameColumn || !checkable(index.row()))
        return false;
    const QString name = m_diffs.at(index.row()).rec.name;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_unchecked.remove(name);
    else
        m_unchecked.insert(name);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

QVariant SettingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Setting");
    case CurrentColumn:
        return tr("Current");
    case RecommendedColumn:
        return tr("Recommended");
    case TakesColumn:
        return tr("Takes effect");
    case SourceColumn:
        return tr("Source");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason / evidence");
    }
    return {};
}

Qt::ItemFlags SettingsModel::flags(const QModelIndex &index) const {
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_diffs.size() ||
        index.column() >= ColumnCount)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn && checkable(index.row()))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace tuning
