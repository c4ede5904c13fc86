#include "timeline/incidentdialog.h"

#include "monitor/lockwait.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

namespace {
// "ShareLock transaction 1234", "ExclusiveLock row (0,1) of orders": the live Locks page's words
// when the sample kept the lock's type (older samples: mode and relation as recorded).
QString lockText(const QJsonObject &n) {
    const QString mode = n.value(QStringLiteral("mode")).toString();
    const QString relation = n.value(QStringLiteral("relation")).toString();
    monitor::LockWait w;
    w.lockType = n.value(QStringLiteral("lock_type")).toString();
    if (w.lockType.isEmpty())
        return QString(mode + QLatin1Char(' ') + relation).trimmed();
    w.mode = mode;
    if (relation != w.lockType) {
        bool oid = false; // a relation of another database than the sampler's: its oid
        const qint64 n = relation.toLongLong(&oid);
        if (oid)
            w.relationOid = n;
        else
            w.relation = relation;
    }
    w.transactionId = n.value(QStringLiteral("xid")).toInteger();
    w.page = n.value(QStringLiteral("page")).toInteger(-1);
    w.tuple = n.value(QStringLiteral("tuple")).toInteger(-1);
    return QString(mode + QLatin1Char(' ') + w.target()).trimmed();
}
} // namespace

IncidentDialog::IncidentDialog(const sessionhistory::Incident &inc, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this)) {
    setWindowTitle(
        tr("Lock incident at %1").arg(QDateTime::fromMSecsSinceEpoch(inc.startMs).toString(Qt::ISODate)));
    auto *layout = new QVBoxLayout(this);
    auto *summary =
        new QLabel(tr("Root blocker pid %1 (%2) held a lock for %3 s; at worst %n session(s) waited (%4 %5).",
                      nullptr, inc.blockedMax)
                       .arg(inc.rootPid)
                       .arg(inc.rootState)
                       .arg(QLocale().toString(inc.durationS(), 'f', 1))
                       .arg(inc.waitMode, inc.relation),
                   this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    m_tree->setObjectName(QStringLiteral("forest"));
    m_tree->setHeaderLabels(
        {tr("pid"), tr("State"), tr("Wait"), tr("Lock"), tr("User"), tr("Application"), tr("Query")});
    QHash<int, QTreeWidgetItem *> items;
    QList<QJsonObject> nodes;
    for (const auto &v : inc.forest)
        nodes << v.toObject();
    // Parents first: a node's parent is the session it waits for; the root has parent 0.
    for (int pass = 0; pass < nodes.size() && items.size() < nodes.size(); ++pass) {
        for (const QJsonObject &n : std::as_const(nodes)) {
            const int pid = n.value(QStringLiteral("pid")).toInt();
            const int parent = n.value(QStringLiteral("parent")).toInt();
            if (items.contains(pid) || (parent != 0 && !items.contains(parent) && pass == 0))
                continue;
            const QStringList cols{QString::number(pid),
                                   n.value(QStringLiteral("state")).toString(),
                                   n.value(QStringLiteral("wait")).toString(),
                                   lockText(n),
                                   n.value(QStringLiteral("user")).toString(),
                                   n.value(QStringLiteral("application")).toString(),
                                   n.value(QStringLiteral("query")).toString().simplified()};
            QTreeWidgetItem *item = items.contains(parent) ? new QTreeWidgetItem(items.value(parent), cols)
                                                           : new QTreeWidgetItem(m_tree, cols);
            item->setToolTip(6, n.value(QStringLiteral("query")).toString());
            items.insert(pid, item);
        }
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *replay = buttons->addButton(tr("Replay in Locks"), QDialogButtonBox::ActionRole);
    replay->setObjectName(QStringLiteral("replay"));
    const qint64 worst = inc.endMs; // the forest is kept at its worst; its end is always recorded
    connect(replay, &QPushButton::clicked, this,
            [this, start = inc.startMs, worst] { Q_EMIT replayRequested(qMax(start + 1000, worst - 1000)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 400);
}

} // namespace ui
