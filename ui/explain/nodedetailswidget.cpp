#include "explain/nodedetailswidget.h"

#include "explain/findingsmodel.h"
#include "explain/format.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

NodeDetailsWidget::NodeDetailsWidget(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_copyIndex(new QPushButton(tr("Copy CREATE INDEX"), this)) {
    setObjectName(QStringLiteral("nodeDetails"));
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Property"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_copyIndex->setObjectName(QStringLiteral("copyIndex"));
    m_copyIndex->setToolTip(tr("Copies the candidate index of the sequential-scan finding"));
    m_copyIndex->hide();
    connect(m_copyIndex, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_indexStatement);
        Q_EMIT indexStatementCopied(m_indexStatement);
    });
    l->addWidget(m_title);
    l->addWidget(m_tree, 1);
    l->addWidget(m_copyIndex);
    clear();
}

NodeDetailsWidget::~NodeDetailsWidget() = default;

void NodeDetailsWidget::clear() {
    m_nodeId = -1;
    m_tree->clear();
    m_title->setText(tr("Click a node to see all its properties."));
    m_indexStatement.clear();
    m_copyIndex->hide();
}

void NodeDetailsWidget::showNode(const explain::PlanPtr &plan, int nodeId) {
    if (!plan || nodeId < 0 || nodeId >= plan->nodes.size()) {
        clear();
        return;
    }
    namespace fmt = explain::format;
    const explain::PlanNode &n = plan->nodes[nodeId];
    m_nodeId = nodeId;
    m_tree->clear();
    m_title->setText(QStringLiteral("#%1 %2 %3").arg(nodeId).arg(n.operationName(), n.target()));
    auto section = [this](const QString &name) {
        auto *s = new QTreeWidgetItem(m_tree, {name});
        QFont f = s->font(0);
        f.setBold(true);
        s->setFont(0, f);
        s->setFirstColumnSpanned(true);
        s->setExpanded(true);
        return s;
    };
    auto row = [](QTreeWidgetItem *s, const QString &k, const QString &v) {
        if (!v.isEmpty())
            new QTreeWidgetItem(s, {k, v});
    };
    const QLocale loc;
    QTreeWidgetItem *time = section(tr("Time"));
    if (n.hasTiming) {
        row(time, tr("Exclusive"),
            fmt::ms(n.exclusiveMs) + QStringLiteral(" (") + fmt::share(n.shareOfTotal) + QLatin1Char(')'));
        row(time, tr("Inclusive"), fmt::ms(n.inclusiveMs));
        row(time, tr("Per loop"), tr("%1 .. %2").arg(fmt::ms(n.actualStartupMs), fmt::ms(n.actualTotalMs)));
        if (n.parallelProcesses > 1)
            row(time, tr("Parallel processes"), QString::number(n.parallelProcesses));
    } else {
        row(time, tr("Timing"), n.neverExecuted ? tr("never executed") : tr("not measured"));
    }
    row(time, tr("Cost"),
        tr("%1 .. %2").arg(loc.toString(n.startupCost, 'f', 2), loc.toString(n.totalCost, 'f', 2)));
    QTreeWidgetItem *rows = section(tr("Rows"));
    if (n.hasActuals) {
        row(rows, tr("Actual per loop"), fmt::count(n.actualRows));
        row(rows, tr("Loops"), fmt::count(n.loops));
        row(rows, tr("Actual total"), fmt::count(n.totalRows));
    }
    row(rows, tr("Estimated per loop"), fmt::count(n.planRows));
    row(rows, tr("Misestimate"), fmt::misestimate(n));
    if (n.rowsRemovedByFilter > 0)
        row(rows, tr("Removed by filter"), fmt::count(n.rowsRemovedByFilter * std::max(1.0, n.loops)));
    if (n.rowsRemovedByIndexRecheck > 0)
        row(rows, tr("Removed by index recheck"),
            fmt::count(n.rowsRemovedByIndexRecheck * std::max(1.0, n.loops)));
    if (n.rowsRemovedByJoinFilter > 0)
        row(rows, tr("Removed by join filter"),
            fmt::count(n.rowsRemovedByJoinFilter * std::max(1.0, n.loops)));
    if (!n.buffers.isZero()) {
        QTreeWidgetItem *b = section(tr("Buffers"));
        row(b, tr("Inclusive"), fmt::buffers(n.buffers));
        row(b, tr("Exclusive"), fmt::buffers(n.exclusiveBuffers));
        if (!n.io.isZero())
            row(b, tr("I/O time"),
                tr("read %1, write %2")
                    .arg(fmt::ms(n.io.readMs + n.io.tempReadMs), fmt::ms(n.io.writeMs + n.io.tempWriteMs)));
        if (!n.wal.isZero())
            row(b, tr("WAL"),
                tr("%1 records, %2 bytes").arg(loc.toString(n.wal.records), loc.toString(n.wal.bytes)));
    }
    const QList<explain::Finding> findings = plan->findingsFor(nodeId);
    m_indexStatement.clear();
    if (!findings.isEmpty()) {
        QTreeWidgetItem *f = section(tr("Findings"));
        for (const explain::Finding &x : findings) {
            row(f, explain::FindingsModel::severityText(x.severity), x.message);
            if (x.index.isValid()) {
                m_indexStatement = x.index.createStatement();
                row(f, tr("Candidate index"), m_indexStatement);
            }
        }
    }
    for (const explain::WorkerStats &w : n.workers)
        if (w.loops > 0)
            row(section(tr("Worker %1").arg(w.number)), tr("Time, rows, loops"),
                tr("%1, %2 rows, %3 loops").arg(fmt::ms(w.totalMs), fmt::count(w.rows), fmt::count(w.loops)));
    QTreeWidgetItem *all = section(tr("All properties"));
    for (const auto &p : n.properties)
        new QTreeWidgetItem(all, {p.first, p.second});
    m_copyIndex->setVisible(!m_indexStatement.isEmpty());
    m_tree->resizeColumnToContents(0);
}

QString NodeDetailsWidget::text() const {
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *s = m_tree->topLevelItem(i);
        lines << s->text(0);
        for (int c = 0; c < s->childCount(); ++c)
            lines << s->child(c)->text(0) + QLatin1Char('\t') + s->child(c)->text(1);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ui
