#pragma once

#include "page.h"
#include "pageids.h"

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace alerts {
class AlertService;
class AlertsModel;
class DesktopNotifier;
class RulesModel;
} // namespace alerts

namespace ui {

class AlertTray;
class ErrorBanner;

// Open alerts and the alert history (fired, acknowledged by whom, resolved), the rules (add,
// edit, mute, delete) and the command hook. A view: the rules are evaluated by the
// alerts::AlertService the page owns (on the current server's monitoring connection, whether the
// page is visible or not); desktop notifications and the tray icon follow it.
class AlertsPage : public Page {
    Q_OBJECT
public:
    explicit AlertsPage(core::Workspace *workspace, QWidget *parent = nullptr);
    ~AlertsPage() override;

    QString pageId() const override { return QString::fromLatin1(pageid::Alerts); }
    QString title() const override { return tr("Alerts"); }
    void setActive(bool active) override;
    void refresh() override;

    alerts::AlertService *service() const { return m_service; }
    alerts::AlertsModel *model() const { return m_model; }
    QTableView *alertsView() const { return m_view; }
    QTableView *rulesView() const { return m_rulesView; }
    AlertTray *tray() const { return m_tray; }
    alerts::DesktopNotifier *notifier() const { return m_notifier; }
    // Asked before a change (acknowledge, mute, delete); a message box unless a test sets it.
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    bool acknowledgeSelected();
    bool muteSelectedRule(); // the selected alert's rule, or the selected rule (toggles)

private:
    void followSession();
    void updateButtons();
    void reloadRules();
    void notifyFired(const QString &title, const QString &body, int urgency);
    void editRule(bool isNew);
    void deleteRule();
    void editHook();
    bool confirm(const QString &title, const QString &text);

    alerts::AlertService *m_service;
    alerts::AlertsModel *m_model;
    alerts::RulesModel *m_rules;
    alerts::DesktopNotifier *m_notifier;
    AlertTray *m_tray;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_scope;
    QLabel *m_summary;
    QLabel *m_hookLabel;
    ErrorBanner *m_banner;
    QTableView *m_view;
    QTableView *m_rulesView;
    QPushButton *m_ack;
    QPushButton *m_mute;
    QPushButton *m_editRule;
    QPushButton *m_muteRule;
    QPushButton *m_deleteRule;
    QString m_watched; // server key being watched
    Confirm m_confirm;
};

} // namespace ui
