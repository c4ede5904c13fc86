#pragma once

#include "core/profile.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

#include <qcoro/qcorotask.h>

class QLabel;
class QMenu;
class QListView;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace core {
class PasswordStore;
class ServerListModel;
class Workspace;
} // namespace core

namespace pg {
struct Error;
}

namespace ui {
class ElidedLabel;

class ConnectDialog;
class HelpViewer;
class Page;
class ShortcutsDialog;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(core::Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page *page(const QString &id) const;
    Page *currentPage() const;
    bool showPage(const QString &id);
    QStringList pageIds() const;
    // Adds (or finds) a profile for a DSN given on the command line and connects to it.
    // route: through an SSH tunnel (`pgdba --dsn DSN --ssh user@host`).
    QCoro::Task<std::optional<pg::Error>> connectDsn(QString dsn, QString name = {}, ssh::Route route = {});
    // Secrets not given are read from the keyring.
    QCoro::Task<std::optional<pg::Error>> connectProfile(QString profileId, QString password = {},
                                                         core::KeySecrets keys = {});
    ConnectDialog *newConnection(); // opens the dialog (non-modal)
    QString statusText() const;     // the status bar's texts joined, for tests
    void refreshCurrentPage();
    // Shows a plan file (JSON or text) in the Explain page, with or without a server:
    // `pgdba PLANFILE`, `pgdba --plan FILE`, a file dropped onto the window.
    bool openPlanFile(const QString &path);
    // F1: the user guide at the current page's section (in-app viewer, one per window).
    HelpViewer *showHelp();
    // Help → Keyboard shortcuts, generated from the window's actions.
    ShortcutsDialog *showShortcuts();

Q_SIGNALS:
    void connectedChanged();

protected:
    void closeEvent(QCloseEvent *e) override;
    void showEvent(QShowEvent *e) override;
    void hideEvent(QHideEvent *e) override;
    void changeEvent(QEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dragMoveEvent(QDragMoveEvent *e) override;
    void dropEvent(QDropEvent *e) override;

private:
    void buildActions();
    void buildViewAndHelpActions(QMenu *viewMenu);
    void buildLanguageMenu(QMenu *menu);
    void updateStatus();
    void updateActivePage();
    void editSelected();
    void removeSelected();
    QString selectedProfileId() const;
    // Fleet page as the landing page when more than one server is saved (ui/fleet).
    bool fleetMode() const;
    void updateLanding();
    QCoro::Task<void> openFromFleet(QString profileId);

    core::Workspace *m_workspace;
    core::PasswordStore *m_passwords;
    core::ServerListModel *m_serverModel;
    QSplitter *m_splitter;
    QListView *m_servers;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    QLabel *m_welcomeText;
    int tabIndex(const Page *p) const;
    QTabWidget *m_tabs;
    QListWidget *m_pageList;
    QList<Page *> m_pages;
    QPointer<Page> m_activePage;
    ElidedLabel *m_statusServer; // gives way first when the status bar is short
    QLabel *m_statusVersion;
    QLabel *m_statusRole;
    QLabel *m_statusState;
    QLabel *m_statusRtt;
    QPointer<HelpViewer> m_help;
};

} // namespace ui
