#include "audit/auditpage.h"

#include "core/workspace.h"
#include "history/auditmodel.h"
#include "history/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

AuditPage::AuditPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_model(new history::AuditModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scope(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(history::AuditModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_scope->setObjectName(QStringLiteral("auditScope"));
    m_scope->addItem(tr("This server"));
    m_scope->addItem(tr("All servers"));
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("search (pid, user, application, query, outcome…)"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("auditCount"));
    auto *reload = new QToolButton(this);
    reload->setText(tr("Refresh"));

    auto *intro = new QLabel(
        tr("Every cancel and terminate attempt made with pgdba on this computer, from the window and "
           "from the command line: when, on which server, as which role and OS user, which session, "
           "and what happened."),
        this);
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_scope);
    top->addWidget(m_search, 1);
    top->addWidget(reload);
    top->addWidget(m_count);

    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(history::AuditModel::Time, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {140, 120, 90, 90, 80, 70, 90, 120, 80, 100, 300};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->setColumnWidth(c, widths[c]);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        m_count->setText(tr("%1 of %2 entries").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(reload, &QToolButton::clicked, this, &AuditPage::refresh);
    connect(workspace, &core::Workspace::currentChanged, this, [this] {
        if (isActive())
            refresh();
    });
}

AuditPage::~AuditPage() = default;

void AuditPage::setActive(bool active) {
    Page::setActive(active);
    if (!active)
        return;
    if (!m_connected) {
        // The store is opened on first use; follow new entries from then on.
        if (history::Store *store = workspace()->history()) {
            connect(store, &history::Store::auditAppended, this, [this] {
                if (isActive())
                    refresh();
            });
            m_connected = true;
        }
    }
    refresh();
}

void AuditPage::refresh() {
    history::Store *store = workspace()->history();
    const bool thisServer = m_scope->currentIndex() == 0 && session();
    const QString server = thisServer ? session()->historyKey() : QString();
    QCoro::connect(m_model->load(store, server), this, [this](bool shown) {
        if (!shown)
            return;
        m_count->setText(tr("%1 of %2 entries").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
        markDataArrived();
    });
}

} // namespace ui
