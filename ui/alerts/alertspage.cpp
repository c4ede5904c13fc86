#include "alerts/alertspage.h"

#include "alerts/alerttray.h"
#include "alerts/ruledialog.h"
#include "widgets/errorbanner.h"
#include "widgets/theme.h"

#include "alerts/alertmonitor.h"
#include "alerts/alertservice.h"
#include "alerts/alertsmodel.h"
#include "alerts/commandhook.h"
#include "alerts/notifier.h"
#include "core/workspace.h"
#include "history/store.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

namespace {
// Open alerts coloured by severity (critical red, warning amber); resolved ones plain.
class AlertRowDelegate : public QStyledItemDelegate {
public:
    AlertRowDelegate(int severityRole, int openRole, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_severityRole(severityRole)
        , m_openRole(openRole) {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (m_openRole >= 0 && !index.data(m_openRole).toBool())
            return;
        const int severity = index.data(m_severityRole).toInt();
        if (severity == int(alerts::Severity::Critical)) {
            option->backgroundBrush = theme::tint(QColor(0xff, 0xeb, 0xee));
            option->palette.setColor(
                QPalette::Text, theme::readableOn(QColor(0xb7, 0x1c, 0x1c), option->backgroundBrush.color()));
        } else if (severity == int(alerts::Severity::Warning)) {
            option->backgroundBrush = theme::tint(QColor(0xff, 0xf8, 0xe1));
            option->palette.setColor(
                QPalette::Text, theme::readableOn(QColor(0x8d, 0x5b, 0x00), option->backgroundBrush.color()));
        }
    }

private:
    int m_severityRole;
    int m_openRole;
};

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent) {
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setWordWrap(false);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}
} // namespace

AlertsPage::AlertsPage(core::Workspace *workspace, QWidget *parent)
    : Page(workspace, parent)
    , m_service(new alerts::AlertService(workspace->history(), this))
    , m_model(new alerts::AlertsModel(this))
    , m_rules(new alerts::RulesModel(this))
    , m_notifier(new alerts::DesktopNotifier(this))
    , m_tray(new AlertTray(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_scope(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_hookLabel(new QLabel(this))
    , m_banner(new ErrorBanner(this))
    , m_ack(new QPushButton(tr("&Acknowledge…"), this))
    , m_mute(new QPushButton(tr("&Mute rule…"), this))
    , m_editRule(new QPushButton(tr("&Edit…"), this))
    , m_muteRule(new QPushButton(tr("M&ute / unmute…"), this))
    , m_deleteRule(new QPushButton(tr("&Delete…"), this)) {
    m_service->loadSettings();
    m_service->setDeferToRecorders(true);
    m_rules->setRules(m_service->rules());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(alerts::AlertsModel::SortRole);

    auto *intro = new QLabel(tr("Alerts of the rules below, evaluated every 10 s on the server you are "
                                "connected to (and by pgdba record for recorded servers), with the "
                                "history of each: when it fired, who acknowledged it, when it resolved."),
                             this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    m_scope->setObjectName(QStringLiteral("alertsScope"));
    m_scope->addItem(tr("This server"));
    m_scope->addItem(tr("All servers"));
    m_scope->setCurrentIndex(1);
    m_ack->setObjectName(QStringLiteral("alertsAcknowledge"));
    m_mute->setObjectName(QStringLiteral("alertsMute"));
    auto *reload = new QPushButton(tr("&Refresh"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_scope);
    top->addWidget(m_ack);
    top->addWidget(m_mute);
    top->addWidget(reload);

    m_view = makeTable(m_proxy, QStringLiteral("alertsTable"), this);
    m_view->setItemDelegate(
        new AlertRowDelegate(alerts::AlertsModel::SeverityRole, alerts::AlertsModel::OpenRole, m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(alerts::AlertsModel::State, Qt::DescendingOrder);
    const int widths[] = {75, 120, 170, 120, 120, 105, 160};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->setColumnWidth(c, widths[c]);

    auto *rulesBox = new QGroupBox(tr("Rules"), this);
    m_rulesView = makeTable(m_rules, QStringLiteral("rulesTable"), rulesBox);
    const int ruleWidths[] = {220, 460, 90, 120};
    for (int c = 0; c < int(std::size(ruleWidths)); ++c)
        m_rulesView->setColumnWidth(c, ruleWidths[c]);
    auto *add = new QPushButton(tr("A&dd rule…"), rulesBox);
    add->setObjectName(QStringLiteral("rulesAdd"));
    m_editRule->setObjectName(QStringLiteral("rulesEdit"));
    m_muteRule->setObjectName(QStringLiteral("rulesMute"));
    m_deleteRule->setObjectName(QStringLiteral("rulesDelete"));
    auto *hook = new QPushButton(tr("Command &hook…"), rulesBox);
    hook->setObjectName(QStringLiteral("rulesHook"));
    m_hookLabel->setObjectName(QStringLiteral("alertsHook"));
    m_hookLabel->setWordWrap(true);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(m_editRule);
    ruleButtons->addWidget(m_muteRule);
    ruleButtons->addWidget(m_deleteRule);
    ruleButtons->addSpacing(12);
    ruleButtons->addWidget(hook);
    ruleButtons->addWidget(m_hookLabel, 1);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_rulesView, 1);
    rulesLayout->addLayout(ruleButtons);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *alertsPane = new QWidget(split);
    auto *alertsLayout = new QVBoxLayout(alertsPane);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    alertsLayout->addLayout(top);
    alertsLayout->addWidget(m_view, 1);
    split->addWidget(alertsPane);
    split->addWidget(rulesBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    m_banner->clear();

    connect(m_ack, &QPushButton::clicked, this, &AlertsPage::acknowledgeSelected);
    connect(m_mute, &QPushButton::clicked, this, &AlertsPage::muteSelectedRule);
    connect(reload, &QPushButton::clicked, this, &AlertsPage::refresh);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AlertsPage::refresh);
    connect(add, &QPushButton::clicked, this, [this] { editRule(true); });
    connect(m_editRule, &QPushButton::clicked, this, [this] { editRule(false); });
    connect(m_rulesView, &QTableView::doubleClicked, this, [this] { editRule(false); });
    connect(m_muteRule, &QPushButton::clicked, this, [this] {
        m_view->clearSelection();
        muteSelectedRule();
    });
    connect(m_deleteRule, &QPushButton::clicked, this, &AlertsPage::deleteRule);
    connect(hook, &QPushButton::clicked, this, &AlertsPage::editHook);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateButtons);
    connect(m_rulesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateButtons);

    connect(m_service, &alerts::AlertService::alertsChanged, this, &AlertsPage::refresh);
    connect(m_service, &alerts::AlertService::rulesChanged, this, &AlertsPage::reloadRules);
    connect(m_service, &alerts::AlertService::error, this,
            [this](const QString &m) { m_banner->showMessage(m, ErrorBanner::Level::Warning); });
    connect(m_service, &alerts::AlertService::alertFired, this, [this](const alerts::Alert &a) {
        notifyFired(tr("%1 alert on %2").arg(alerts::severityLabel(a.severity), a.server), a.message(),
                    a.severity == alerts::Severity::Critical ? 2 : 1);
    });
    connect(m_service, &alerts::AlertService::alertResolved, this, [this](const alerts::Alert &a) {
        notifyFired(tr("Resolved on %1").arg(a.server), alerts::ruleDisplayName(a.ruleId, a.ruleName), 0);
    });
    connect(m_notifier, &alerts::DesktopNotifier::unavailable, m_tray, &AlertTray::showMessage);
    connect(m_tray, &AlertTray::activated, this, [this] {
        if (QWidget *w = window()) {
            w->showNormal();
            w->raise();
            w->activateWindow();
        }
        Q_EMIT navigate(pageId(), {});
    });
    connect(workspace, &core::Workspace::currentChanged, this, &AlertsPage::followSession);
    reloadRules();
    updateButtons();
    refresh();
}

AlertsPage::~AlertsPage() = default;

void AlertsPage::followSession() {
    core::ServerSession *s = session();
    const QString key = s ? s->historyKey() : QString();
    if (key != m_watched && !m_watched.isEmpty())
        m_service->unwatch(m_watched);
    m_watched = key;
    if (s)
        m_service->watch(s->monitor(), key, s->profile().name);
    refresh();
}

void AlertsPage::setActive(bool active) {
    Page::setActive(active);
    if (active)
        refresh();
}

void AlertsPage::refresh() {
    const bool thisServer = m_scope->currentIndex() == 0 && session();
    const QString server = thisServer ? session()->historyKey() : QString();
    const QList<alerts::Alert> open = m_service->openAlerts();
    m_tray->setOpenAlerts(open);
    const alerts::OpenSummary s = alerts::AlertStore::summarize(open);
    setBadge(s.unacknowledged > 0 ? QString::number(s.unacknowledged) : QString());
    if (s.open == 0)
        m_summary->setText(tr("No open alerts."));
    else
        m_summary->setText(tr("Open alerts: %1, not acknowledged: %2, worst: %3")
                               .arg(s.open)
                               .arg(s.unacknowledged)
                               .arg(alerts::severityLabel(alerts::Severity(s.worst))));
    QCoro::connect(m_model->load(workspace()->history(), server), this, [this](bool shown) {
        if (!shown)
            return;
        updateButtons();
        markDataArrived();
    });
}

void AlertsPage::reloadRules() {
    m_rules->setRules(m_service->rules());
    const QString hook = m_service->hook()->command();
    m_hookLabel->setText(hook.isEmpty() ? tr("No command hook.") : tr("Hook: %1").arg(hook));
    updateButtons();
}

void AlertsPage::updateButtons() {
    const QModelIndex a = m_view->currentIndex();
    const bool alertSelected = m_view->selectionModel()->hasSelection() && a.isValid();
    const bool open = alertSelected && a.data(alerts::AlertsModel::OpenRole).toBool();
    const bool acked = alertSelected && a.data(alerts::AlertsModel::AckedRole).toBool();
    m_ack->setEnabled(open && !acked);
    m_mute->setEnabled(alertSelected);
    const bool ruleSelected = m_rulesView->selectionModel()->hasSelection();
    m_editRule->setEnabled(ruleSelected);
    m_muteRule->setEnabled(ruleSelected);
    m_deleteRule->setEnabled(ruleSelected);
}

bool AlertsPage::confirm(const QString &title, const QString &text) {
    if (m_confirm)
        return m_confirm(title, text);
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void AlertsPage::notifyFired(const QString &title, const QString &body, int urgency) {
    m_notifier->notify(title, body, alerts::DesktopNotifier::Urgency(urgency));
}

bool AlertsPage::acknowledgeSelected() {
    const QModelIndex i = m_proxy->mapToSource(m_view->currentIndex());
    const alerts::Alert *a = m_model->alertAt(i.row());
    if (!a || !a->isOpen() || a->isAcked())
        return false;
    const QString who = alerts::AlertService::osUser();
    if (!confirm(
            tr("Acknowledge alert"),
            tr("Acknowledge \"%1\" on %2 as %3?\n\nThe alert stays open until its condition clears; it is "
               "marked as seen by %3 now, in the alert history of every pgdba that uses this store.")
                .arg(a->message(), a->server, who)))
        return false;
    if (!m_service->acknowledge(a->id, who)) {
        m_banner->showMessage(
            tr("The alert could not be acknowledged: %1").arg(m_service->store()->lastError()),
            ErrorBanner::Level::Warning);
        return false;
    }
    return true;
}

bool AlertsPage::muteSelectedRule() {
    QString ruleId;
    if (m_view->selectionModel()->hasSelection()) {
        if (const alerts::Alert *a = m_model->alertAt(m_proxy->mapToSource(m_view->currentIndex()).row()))
            ruleId = a->ruleId;
    } else if (const alerts::Rule *r = m_rules->ruleAt(m_rulesView->currentIndex().row())) {
        ruleId = r->id;
    }
    const alerts::Rule *rule = nullptr;
    const QList<alerts::Rule> rules = m_service->rules();
    for (const alerts::Rule &r : rules)
        if (r.id == ruleId)
            rule = &r;
    if (!rule)
        return false;
    const bool mute = !rule->muted;
    const QString text = mute
                             ? tr("Mute the rule \"%1\" (%2)?\n\nIt fires no new alert on any server until "
                                  "you unmute it; alerts "
                                  "of this rule that are open now still resolve when their condition clears.")
                                   .arg(rule->displayName(), rule->conditionText())
                             : tr("Unmute the rule \"%1\" (%2)?\n\nIt fires again when its condition holds.")
                                   .arg(rule->displayName(), rule->conditionText());
    if (!confirm(mute ? tr("Mute rule") : tr("Unmute rule"), text))
        return false;
    return m_service->setRuleMuted(ruleId, mute);
}

void AlertsPage::editRule(bool isNew) {
    alerts::Rule rule;
    if (!isNew) {
        const alerts::Rule *r = m_rules->ruleAt(m_rulesView->currentIndex().row());
        if (!r)
            return;
        rule = *r;
    } else {
        rule.metric = QString::fromLatin1(alerts::metric::ConnectionsPct);
        rule.threshold = 90;
        rule.forMs = 60000;
    }
    RuleDialog dialog(rule, isNew, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const alerts::Rule edited = dialog.rule();
    QList<alerts::Rule> rules = m_service->rules();
    bool replaced = false;
    for (alerts::Rule &r : rules)
        if (r.id == edited.id) {
            r = edited;
            replaced = true;
        }
    if (!replaced)
        rules << edited;
    m_service->setRules(rules);
    m_service->saveSettings();
}

void AlertsPage::deleteRule() {
    const alerts::Rule *r = m_rules->ruleAt(m_rulesView->currentIndex().row());
    if (!r)
        return;
    const QString id = r->id;
    if (!confirm(
            tr("Delete rule"),
            tr("Delete the rule \"%1\" (%2)?\n\nIts open alerts resolve at the next reading; its history "
               "stays. The shipped rules come back only if every rule is deleted.")
                .arg(r->displayName(), r->conditionText())))
        return;
    QList<alerts::Rule> rules = m_service->rules();
    rules.removeIf([&](const alerts::Rule &x) { return x.id == id; });
    m_service->setRules(rules);
    m_service->saveSettings();
}

void AlertsPage::editHook() {
    bool ok = false;
    const QString command = QInputDialog::getText(
        this, tr("Command hook"),
        tr("A program to run for every alert event (fired, acknowledged, resolved), with its arguments; it "
           "gets the alert as JSON on standard input. No shell is used. Empty: no hook."),
        QLineEdit::Normal, m_service->hook()->command(), &ok);
    if (!ok)
        return;
    m_service->setHookCommand(command);
    m_service->saveSettings();
    reloadRules();
}

} // namespace ui
