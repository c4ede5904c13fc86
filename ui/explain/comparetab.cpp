#include "explain/comparetab.h"

#include "explain/plancomparewidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

CompareTab::CompareTab(QWidget *parent)
    : QWidget(parent)
    , m_a(new QComboBox(this))
    , m_b(new QComboBox(this))
    , m_compare(new PlanCompareWidget(this)) {
    auto *l = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_a->setObjectName(QStringLiteral("compareA"));
    m_b->setObjectName(QStringLiteral("compareB"));
    m_a->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_b->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_a->setMinimumContentsLength(30);
    m_b->setMinimumContentsLength(30);
    auto *swap = new QPushButton(tr("Swap"), this);
    swap->setObjectName(QStringLiteral("compareSwap"));
    bar->addWidget(new QLabel(tr("A:"), this));
    bar->addWidget(m_a, 1);
    bar->addWidget(new QLabel(tr("B:"), this));
    bar->addWidget(m_b, 1);
    bar->addWidget(swap);
    l->addLayout(bar);
    l->addWidget(m_compare, 1);
    connect(m_a, &QComboBox::currentIndexChanged, this, &CompareTab::update);
    connect(m_b, &QComboBox::currentIndexChanged, this, &CompareTab::update);
    connect(swap, &QPushButton::clicked, this, [this] { choose(m_b->currentIndex(), m_a->currentIndex()); });
}

CompareTab::~CompareTab() = default;

void CompareTab::setHistory(const QList<PlanHistoryEntry> &history) {
    const int a = m_a->currentIndex(), b = m_b->currentIndex();
    m_history = history;
    const QSignalBlocker ba(m_a), bb(m_b);
    m_a->clear();
    m_b->clear();
    for (const PlanHistoryEntry &e : history) {
        m_a->addItem(e.label);
        m_b->addItem(e.label);
    }
    // By default: the previous plan against the newest one.
    const int n = int(history.size());
    choose(a >= 0 && a < n - 1 ? a : std::max(0, n - 2), n - 1);
    Q_UNUSED(b);
}

void CompareTab::choose(int a, int b) {
    {
        const QSignalBlocker ba(m_a), bb(m_b);
        m_a->setCurrentIndex(a);
        m_b->setCurrentIndex(b);
    }
    update();
}

void CompareTab::update() {
    const int a = m_a->currentIndex(), b = m_b->currentIndex();
    if (a < 0 || b < 0 || a >= m_history.size() || b >= m_history.size() || m_history.size() < 2) {
        m_compare->clear();
        return;
    }
    m_compare->setPlans(m_history[a].plan, m_history[b].plan, tr("A"), tr("B"));
}

} // namespace ui
