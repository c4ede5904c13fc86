#include "bench/comparepanel.h"

#include "bench/comparisoncolors.h"
#include "bench/comparisonmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

ComparePanel::ComparePanel(QWidget *parent)
    : QWidget(parent)
    , m_a(new QComboBox(this))
    , m_b(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_model(new bench::ComparisonModel(this))
    , m_table(new QTableView(this)) {
    m_a->setObjectName(QStringLiteral("runA"));
    m_b->setObjectName(QStringLiteral("runB"));
    m_a->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_b->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_table->setObjectName(QStringLiteral("comparison"));
    auto *colors = new ComparisonColors(this);
    colors->setSourceModel(m_model);
    m_table->setModel(colors);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(bench::ComparisonModel::Query, QHeaderView::Stretch);
    m_hint->setWordWrap(true);
    m_hint->setText(
        tr("Ratios are B/A: below 1× B took less time (green), above 1× more (red); for throughput "
           "above 1× is better."));
    auto *form = new QFormLayout;
    form->addRow(tr("Run A (before):"), m_a);
    form->addRow(tr("Run B (after):"), m_b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    connect(m_a, &QComboBox::currentIndexChanged, this, &ComparePanel::update);
    connect(m_b, &QComboBox::currentIndexChanged, this, &ComparePanel::update);
}

ComparePanel::~ComparePanel() = default;

void ComparePanel::setRuns(const QList<bench::RunResult> &runs) {
    const QString a = m_a->currentData().toString(), b = m_b->currentData().toString();
    m_runs = runs;
    for (QComboBox *box : {m_a, m_b}) {
        const QSignalBlocker block(box);
        box->clear();
        for (const auto &r : runs)
            box->addItem(r.displayName(), r.id);
    }
    if (!a.isEmpty() && !b.isEmpty())
        select(a, b);
    else if (runs.size() >= 2)
        select(runs[runs.size() - 2].id, runs.constLast().id);
    else
        update();
}

void ComparePanel::select(const QString &idA, const QString &idB) {
    {
        const QSignalBlocker ba(m_a), bb(m_b);
        m_a->setCurrentIndex(m_a->findData(idA));
        m_b->setCurrentIndex(m_b->findData(idB));
    }
    update();
}

void ComparePanel::update() {
    const int a = m_a->currentIndex(), b = m_b->currentIndex();
    if (a < 0 || b < 0 || a >= m_runs.size() || b >= m_runs.size()) {
        m_model->clear();
        return;
    }
    m_model->setRuns(m_runs[a], m_runs[b]);
}

} // namespace ui
