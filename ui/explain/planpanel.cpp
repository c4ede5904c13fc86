#include "explain/planpanel.h"

#include "explain/format.h"
#include "explain/nodedetailswidget.h"
#include "explain/planexport.h"
#include "explain/planimage.h"
#include "explain/planscene.h"
#include "explain/planview.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {
QToolButton *button(QWidget *parent, const QString &name, const QString &text, const QString &tip) {
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}
} // namespace

PlanPanel::PlanPanel(QWidget *parent)
    : QWidget(parent)
    , m_scene(new PlanScene(this))
    , m_view(new PlanView(m_scene, this))
    , m_details(new NodeDetailsWidget(this))
    , m_search(new QLineEdit(this))
    , m_matchLabel(new QLabel(this))
    , m_slowest(button(this, QStringLiteral("slowest"), tr("Slowest"),
                       tr("Jump to the nodes with the most exclusive time"))) {
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("nodeSearch"));
    m_search->setPlaceholderText(tr("Search nodes (type, table, index, condition)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    bar->addWidget(m_search);
    bar->addWidget(m_matchLabel);
    m_slowest->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(m_slowest);
    bar->addSpacing(12);
    auto *zoomOut = button(this, QStringLiteral("zoomOut"), QStringLiteral("\u2212"), tr("Zoom out (-)"));
    auto *zoomIn = button(this, QStringLiteral("zoomIn"), QStringLiteral("+"), tr("Zoom in (+)"));
    auto *fit = button(this, QStringLiteral("fit"), tr("Fit"), tr("Fit the plan in the window (0)"));
    auto *actual = button(this, QStringLiteral("actualSize"), tr("100 %"), tr("Cards at their natural size"));
    auto *collapse = button(this, QStringLiteral("collapseAll"), tr("Collapse"),
                            tr("Collapse everything below the top levels"));
    auto *expand = button(this, QStringLiteral("expandAll"), tr("Expand"), tr("Expand every node"));
    auto *png = button(this, QStringLiteral("exportPng"), tr("PNG…"), tr("Export the plan as a PNG image"));
    auto *svg =
        button(this, QStringLiteral("exportSvg"), tr("SVG…"), tr("Export the plan as an SVG drawing"));
    auto *copy =
        button(this, QStringLiteral("copyText"), tr("Copy as text"), tr("Copy the annotated plan as text"));
    for (QToolButton *b : {zoomOut, zoomIn, fit, actual, collapse, expand})
        bar->addWidget(b);
    bar->addStretch(1);
    for (QToolButton *b : {png, svg, copy})
        bar->addWidget(b);
    l->addLayout(bar);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 340});
    l->addWidget(split, 1);

    connect(zoomIn, &QToolButton::clicked, this, [this] { m_view->zoomBy(1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_view->zoomBy(0.8); });
    connect(fit, &QToolButton::clicked, m_view, &PlanView::fit);
    connect(actual, &QToolButton::clicked, this, [this] { m_view->setZoom(1.0); });
    connect(collapse, &QToolButton::clicked, this, [this] {
        m_scene->collapseBelowDepth(2);
        m_view->fit();
    });
    connect(expand, &QToolButton::clicked, this, [this] {
        m_scene->expandAll();
        m_view->fit();
    });
    connect(png, &QToolButton::clicked, this, [this] { chooseExportFile(false); });
    connect(svg, &QToolButton::clicked, this, [this] { chooseExportFile(true); });
    connect(copy, &QToolButton::clicked, this, &PlanPanel::copyAsText);
    connect(m_scene, &PlanScene::nodeClicked, this, [this](int id) {
        m_details->showNode(m_plan, id);
        Q_EMIT nodeSelected(id);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_matches = m_scene->search(t);
        m_matchIndex = -1;
        m_matchLabel->setText(t.trimmed().isEmpty() ? QString()
                                                    : tr("%n match(es)", nullptr, int(m_matches.size())));
    });
    connect(m_search, &QLineEdit::returnPressed, this, &PlanPanel::nextMatch);
}

PlanPanel::~PlanPanel() = default;

void PlanPanel::setPlan(const explain::PlanPtr &plan, explain::PlanLayout layout) {
    m_plan = plan;
    m_scene->setPlan(plan, std::move(layout));
    m_details->clear();
    m_search->clear();
    buildSlowestMenu();
    m_view->showInitialView();
}

void PlanPanel::clear() {
    m_plan.reset();
    m_scene->clearPlan();
    m_details->clear();
    buildSlowestMenu();
}

void PlanPanel::showNode(int nodeId) {
    if (!m_plan)
        return;
    m_view->centerOnNode(nodeId);
    m_details->showNode(m_plan, nodeId);
    Q_EMIT nodeSelected(nodeId);
}

void PlanPanel::nextMatch() {
    if (m_matches.isEmpty())
        return;
    m_matchIndex = (m_matchIndex + 1) % int(m_matches.size());
    showNode(m_matches[m_matchIndex]);
    m_matchLabel->setText(tr("%1 of %2").arg(m_matchIndex + 1).arg(m_matches.size()));
}

void PlanPanel::buildSlowestMenu() {
    auto *menu = new QMenu(m_slowest);
    if (m_plan && m_plan->hasTiming()) {
        for (int id : m_plan->slowestNodes(8)) {
            const auto &n = m_plan->nodes[id];
            if (n.exclusiveMs <= 0)
                continue;
            QAction *a = menu->addAction(QStringLiteral("%1  %2 %3  (%4)")
                                             .arg(explain::format::ms(n.exclusiveMs), n.operationName(),
                                                  n.target(), explain::format::share(n.shareOfTotal)));
            connect(a, &QAction::triggered, this, [this, id] { showNode(id); });
        }
    }
    if (menu->isEmpty())
        menu->addAction(tr("No timing in this plan"))->setEnabled(false);
    delete m_slowest->menu();
    m_slowest->setMenu(menu);
}

QString PlanPanel::exportPng(const QString &path) {
    return exportPlanPng(m_scene, path);
}
QString PlanPanel::exportSvg(const QString &path) {
    return exportPlanSvg(m_scene, path);
}

void PlanPanel::chooseExportFile(bool svg) {
    if (!m_plan)
        return;
    // Non-modal: open() and the fileSelected signal, never exec().
    auto *d = new QFileDialog(this, svg ? tr("Export plan as SVG") : tr("Export plan as PNG"));
    d->setAcceptMode(QFileDialog::AcceptSave);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setNameFilter(svg ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)"));
    d->setDefaultSuffix(svg ? QStringLiteral("svg") : QStringLiteral("png"));
    connect(d, &QFileDialog::fileSelected, this, [this, svg](const QString &path) {
        const QString err = svg ? exportSvg(path) : exportPng(path);
        Q_EMIT message(err.isEmpty() ? tr("Plan exported to %1.").arg(path) : err);
    });
    d->open();
}

void PlanPanel::copyAsText() {
    if (!m_plan)
        return;
    QApplication::clipboard()->setText(explain::toText(*m_plan));
    Q_EMIT message(tr("The annotated plan was copied as text."));
}

} // namespace ui
