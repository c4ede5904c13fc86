#include "mainwindow.h"

#include "reportexport.h"
#include "widgets/elidedlabel.h"
#include "widgets/headerfit.h"
#include "widgets/theme.h"

#include "handover.h"

#include "connectdialog.h"
#include "core/language.h"
#include "core/passwordstore.h"
#include "core/serverlistmodel.h"
#include "core/workspace.h"
#include "fleet/fleetpage.h"
#include "hostkeyprompt.h"
#include "page.h"
#include "pageregistry.h"
#include "securitystatus.h"
#include "widgets/helpviewer.h"
#include "widgets/serverdelegate.h"
#include "widgets/shortcutsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace ui {

namespace {
// Holds one page: the page fills the viewport and never shrinks below its minimum size; when
// the window is smaller than that, the page scrolls. (QScrollArea's widgetResizable would give
// a page with word-wrapped labels its preferred height for the width, taller than the window,
// so the page's own table would stop scrolling.)
class PageScrollArea : public QScrollArea {
public:
    explicit PageScrollArea(QWidget *parent)
        : QScrollArea(parent) {
        setFrameShape(QFrame::NoFrame);
        setWidgetResizable(false);
    }
    void setPage(QWidget *page) {
        setWidget(page);
        page->installEventFilter(this);
        fit();
    }

protected:
    void resizeEvent(QResizeEvent *e) override {
        QScrollArea::resizeEvent(e);
        fit();
    }
    bool eventFilter(QObject *o, QEvent *e) override {
        if (o == widget() && e->type() == QEvent::LayoutRequest)
            fit();
        return QScrollArea::eventFilter(o, e);
    }
    QSize sizeHint() const override { return widget() ? widget()->sizeHint() : QScrollArea::sizeHint(); }
    QSize minimumSizeHint() const override { return {200, 150}; }

private:
    void fit() {
        if (QWidget *w = widget()) {
            const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
            QSize avail = maximumViewportSize(); // the viewport without scroll bars
            const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
            // A scroll bar in one direction takes room from the other.
            const bool needH = min.width() > avail.width();
            const bool needV = min.height() > avail.height() - (needH ? bar : 0);
            if (needV)
                avail.rwidth() -= bar;
            if (needH)
                avail.rheight() -= bar;
            w->resize(avail.expandedTo(min));
        }
    }
};
} // namespace

MainWindow::MainWindow(core::Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_passwords(new core::PasswordStore(this))
    , m_serverModel(new core::ServerListModel(workspace, this))
    , m_splitter(new QSplitter(this))
    , m_servers(new QListView(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
    , m_welcome(new QWidget(m_stack))
    , m_welcomeText(new QLabel(m_welcome))
    , m_tabs(new QTabWidget(m_stack))
    , m_pageList(new QListWidget(this))
    , m_statusServer(new ElidedLabel(this))
    , m_statusVersion(new QLabel(this))
    , m_statusRole(new QLabel(this))
    , m_statusState(new QLabel(this))
    , m_statusRtt(new QLabel(this)) {
    setWindowTitle(tr("pgdba"));
    setAcceptDrops(true); // a plan file dropped onto the window opens in the Explain page
    setWindowIcon(QIcon(QStringLiteral(":/icons/pgdba.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    // Left: saved servers with their state.
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *serversLabel = new QLabel(tr("<b>Servers</b>"), left);
    leftLayout->addWidget(serversLabel);
    m_servers->setParent(left);
    m_servers->setObjectName(QStringLiteral("serverList"));
    m_servers->setModel(m_serverModel);
    m_servers->setItemDelegate(new ServerDelegate(m_servers));
    m_servers->setContextMenuPolicy(Qt::CustomContextMenu);
    leftLayout->addWidget(m_servers, 1);
    auto *newButton = new QPushButton(tr("New connection…"), left);
    newButton->setObjectName(QStringLiteral("newConnectionButton"));
    leftLayout->addWidget(newButton);
    // The pages of the server, one per line: seventeen tabs do not fit a 1280 px window (they
    // scrolled, hiding the last pages), a list does at any language and scale.
    auto *pagesLabel = new QLabel(tr("<b>Pages</b>"), left);
    leftLayout->addSpacing(6);
    leftLayout->addWidget(pagesLabel);
    m_pageList->setParent(left);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_pageList->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_pageList->setUniformItemSizes(true);
    pagesLabel->setBuddy(m_pageList);
    leftLayout->addWidget(m_pageList);
    connect(newButton, &QPushButton::clicked, this, [this] { newConnection(); });
    connect(m_servers, &QListView::activated, this, [this](const QModelIndex &i) {
        connectProfile(i.data(core::ServerListModel::ProfileIdRole).toString());
    });
    connect(m_servers, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex i = m_servers->indexAt(pos);
        if (!i.isValid())
            return;
        const QString id = i.data(core::ServerListModel::ProfileIdRole).toString();
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Connect"), this, [this, id] { connectProfile(id); });
        menu->addAction(tr("Disconnect"), this, [this, id] { m_workspace->disconnectProfile(id); });
        menu->addAction(tr("Edit…"), this, [this] { editSelected(); });
        menu->addAction(tr("Remove"), this, [this] { removeSelected(); });
        menu->popup(m_servers->viewport()->mapToGlobal(pos));
    });

    // Right: the welcome text until a server is connected, then the pages.
    auto *wl = new QVBoxLayout(m_welcome);
    m_welcomeText->setAlignment(Qt::AlignCenter);
    m_welcomeText->setWordWrap(true);
    m_welcomeText->setText(tr("<h2>pgdba</h2><p>Choose a server on the left, or create a new connection "
                              "(Ctrl+N).</p><p>Connection details can also come from PG* environment "
                              "variables, ~/.pgpass and pg_service.conf, as in psql.</p>"));
    wl->addStretch();
    wl->addWidget(m_welcomeText);
    wl->addStretch();
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->hide(); // the page list on the left chooses the page
    for (const auto &f : pageFactories()) {
        // Each page sits in a scroll area: a page wider than a small screen scrolls instead of
        // forcing the whole window wider than the screen.
        auto *scroll = new PageScrollArea(m_tabs);
        Page *p = f.create(m_workspace, scroll);
        p->setObjectName(f.id);
        scroll->setObjectName(f.id + QStringLiteral("Scroll"));
        scroll->setPage(p);
        m_pages << p;
        m_tabs->addTab(scroll, p->title());
        auto *item = new QListWidgetItem(p->title(), m_pageList);
        item->setData(Qt::UserRole, f.id);
        connect(p, &Page::navigate, this, [this](const QString &id, const QVariantMap &request) {
            if (Page *target = page(id)) {
                showPage(id);
                target->openWith(request);
            }
        });
        connect(p, &Page::badgeChanged, this, [this, p](const QString &b) {
            const int i = tabIndex(p);
            if (i < 0)
                return;
            const QString text = b.isEmpty() ? p->title() : QStringLiteral("%1 (%2)").arg(p->title(), b);
            m_tabs->setTabText(i, text);
            if (auto *item = m_pageList->item(i)) {
                item->setText(text);
                QFont f = m_pageList->font();
                f.setBold(!b.isEmpty()); // a badge (sessions blocked, alerts) stands out
                item->setFont(f);
            }
        });
    }
    for (auto *p : std::as_const(m_pages))
        keepHeaderTitlesFitting(p); // translated column titles are longer
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActivePage);
    connect(m_tabs, &QTabWidget::currentChanged, m_pageList, [this](int i) { m_pageList->setCurrentRow(i); });
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_tabs->setCurrentIndex(row);
        // Reading a plan needs no server: the Explain page opens also before connecting.
        if (!m_workspace->current() && currentPage() &&
            currentPage()->pageId() == QLatin1String(pageid::Explain))
            m_stack->setCurrentWidget(m_tabs);
    });
    m_pageList->setCurrentRow(m_tabs->currentIndex());
    // The Fleet page opens a server: connect (or reuse the live session) and land on its Overview.
    if (auto *fleetPage = qobject_cast<FleetPage *>(page(QString::fromLatin1(pageid::Fleet))))
        connect(fleetPage, &FleetPage::openServer, this, [this](const QString &id) { openFromFleet(id); });
    connect(m_workspace->profiles(), &core::ProfileStore::changed, this, &MainWindow::updateLanding);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 1000});
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    setCentralWidget(m_splitter);

    for (QLabel *l : std::initializer_list<QLabel *>{m_statusServer, m_statusVersion, m_statusRole,
                                                     m_statusState, m_statusRtt})
        statusBar()->addPermanentWidget(l);
    m_statusServer->setObjectName(QStringLiteral("statusServer"));
    m_statusState->setObjectName(QStringLiteral("statusState"));
    m_statusRtt->setObjectName(QStringLiteral("statusRtt"));
    statusBar()->addPermanentWidget(new SecurityStatus(m_workspace, this)); // SSH and TLS
    ssh::setDefaultHostKeyPrompt(hostKeyPrompt(this)); // SSH tunnels ask about unknown keys here

    buildActions();
    connect(m_workspace, &core::Workspace::currentChanged, this, [this](core::ServerSession *s) {
        m_stack->setCurrentWidget(s || fleetMode() ? static_cast<QWidget *>(m_tabs) : m_welcome);
        updateLanding();
        if (s) {
            const QModelIndex i = m_serverModel->indexOf(s->profile().id);
            m_servers->setCurrentIndex(i);
        }
        updateStatus();
        updateActivePage();
        Q_EMIT connectedChanged();
    });
    connect(m_workspace, &core::Workspace::sessionStateChanged, this, [this] { updateStatus(); });
    // A frozen server sends no signal at all: the state line is re-read every second.
    auto *statusTick = new QTimer(this);
    statusTick->setInterval(1000);
    connect(statusTick, &QTimer::timeout, this, [this] {
        if (m_workspace->current())
            updateStatus();
    });
    statusTick->start();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    showPage(settings.value(QStringLiteral("window/page")).toString());
    updateLanding(); // several saved servers: the Fleet page is the first page shown
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions() {
    auto *fileMenu = menuBar()->addMenu(tr("&Server"));
    auto *newAct = fileMenu->addAction(tr("&New connection…"), this, [this] { newConnection(); });
    newAct->setShortcut(QKeySequence::New);
    newAct->setObjectName(QStringLiteral("actionNewConnection"));
    fileMenu->addAction(tr("&Edit selected…"), this, &MainWindow::editSelected);
    fileMenu->addAction(tr("&Disconnect"), this, [this] {
        if (auto *s = m_workspace->current())
            m_workspace->disconnectProfile(s->profile().id);
    });
    auto *reportAct = fileMenu->addAction(tr("Export &report…"), this, [this] {
        auto *d = new ReportExportDialog(m_workspace, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &ReportExportDialog::exported, this, [this](const QString &file) {
            statusBar()->showMessage(tr("Report written to %1").arg(file), 15000);
        });
        d->open();
    });
    reportAct->setObjectName(QStringLiteral("actionExportReport"));
    reportAct->setEnabled(false);
    connect(m_workspace, &core::Workspace::currentChanged, reportAct,
            [reportAct](core::ServerSession *s) { reportAct->setEnabled(s != nullptr); });
    fileMenu->addSeparator();
    auto *quitAct = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAct->setObjectName(QStringLiteral("actionQuit"));
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *refreshAct = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrentPage);
    refreshAct->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAct->setObjectName(QStringLiteral("actionRefresh"));
    buildLanguageMenu(viewMenu->addMenu(tr("&Language")));
    addAction(newAct);
    addAction(quitAct);
    addAction(refreshAct);
    buildViewAndHelpActions(viewMenu);
}

void MainWindow::buildViewAndHelpActions(QMenu *viewMenu) {
    // View → Appearance: System / Light / Dark, saved and applied at once.
    auto *appearance = viewMenu->addMenu(tr("&Appearance"));
    appearance->setObjectName(QStringLiteral("menuAppearance"));
    auto *group = new QActionGroup(appearance);
    const struct {
        Theme::Mode mode;
        QString text;
    } modes[] = {{Theme::Mode::System, tr("Follow the &system")},
                 {Theme::Mode::Light, tr("&Light")},
                 {Theme::Mode::Dark, tr("&Dark")}};
    for (const auto &m : modes) {
        QAction *a = appearance->addAction(m.text);
        a->setCheckable(true);
        a->setObjectName(QStringLiteral("actionAppearance_") + Theme::modeName(m.mode));
        a->setChecked(Theme::instance() && Theme::instance()->mode() == m.mode);
        group->addAction(a);
        const Theme::Mode mode = m.mode;
        connect(a, &QAction::triggered, this, [mode] {
            if (Theme *t = Theme::instance())
                t->setMode(mode);
        });
    }
    // Go: every page by key (Ctrl+1 … Ctrl+0 for the first ten, the menu's letters for all).
    auto *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->setObjectName(QStringLiteral("menuGo"));
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *p = m_pages.at(i);
        const QString id = p->pageId();
        QAction *a = goMenu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(p->title())
                                             : QStringLiteral("%1").arg(p->title()).prepend(QLatin1Char('&')),
                                       this, [this, id] {
                                           if (m_workspace->current() ||
                                               (fleetMode() && id == QLatin1String(pageid::Fleet)))
                                               showPage(id);
                                       });
        a->setObjectName(QStringLiteral("actionGo_") + id);
        if (i < 10)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + (i + 1) % 10)));
        addAction(a);
    }
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("menuHelp"));
    auto *guide = helpMenu->addAction(tr("&User guide for this page"), this, [this] { showHelp(); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("actionHelp"));
    auto *keys = helpMenu->addAction(tr("&Keyboard shortcuts"), this, [this] { showShortcuts(); });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    helpMenu->addAction(tr("&About pgdba"), this, [this] {
        QMessageBox::about(
            this, tr("About pgdba"),
            tr("<b>pgdba %1</b><p>A PostgreSQL DBA console.</p>").arg(QApplication::applicationVersion()));
    });
    addAction(guide);
    addAction(keys);
}

HelpViewer *MainWindow::showHelp() {
    if (!m_help) {
        m_help = new HelpViewer(this);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    Page *p = m_workspace->current() || m_stack->currentWidget() == m_tabs ? currentPage() : nullptr;
    m_help->showGuide(HelpViewer::guideFor(p ? p->pageId() : QString()));
    m_help->show();
    m_help->raise();
    return m_help;
}

ShortcutsDialog *MainWindow::showShortcuts() {
    auto *d = new ShortcutsDialog(this, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
    return d;
}

void MainWindow::buildLanguageMenu(QMenu *menu) {
    menu->setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(menu);
    const QString saved = core::language::savedChoice();
    auto add = [&](const QString &choice, const QString &text) {
        auto *a = menu->addAction(QLatin1Char('&') + text); // a keyboard path: its first letter
        a->setCheckable(true);
        a->setChecked(choice == saved);
        a->setData(choice);
        a->setObjectName(QStringLiteral("actionLanguage_") +
                         (choice.isEmpty() ? QStringLiteral("system") : choice));
        group->addAction(a);
    };
    add(QString(), tr("System (%1)").arg(QLocale::languageToString(QLocale::system().language())));
    for (const QString &c : core::language::choices())
        add(c, core::language::nativeName(c));
    menu->addSeparator();
    menu->addAction(tr("Takes effect when pgdba is restarted"))->setEnabled(false);
    connect(group, &QActionGroup::triggered, this, [this](QAction *a) {
        core::language::saveChoice(a->data().toString());
        statusBar()->showMessage(tr("The language changes when pgdba is restarted."), 15000);
    });
}

void MainWindow::refreshCurrentPage() {
    if (auto *p = currentPage())
        p->refresh();
}

Page *MainWindow::page(const QString &id) const {
    for (auto *p : m_pages)
        if (p->pageId() == id)
            return p;
    return nullptr;
}

int MainWindow::tabIndex(const Page *p) const {
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *scroll = qobject_cast<QScrollArea *>(m_tabs->widget(i)); scroll && scroll->widget() == p)
            return i;
    return -1;
}

Page *MainWindow::currentPage() const {
    auto *scroll = qobject_cast<QScrollArea *>(m_tabs->currentWidget());
    return scroll ? qobject_cast<Page *>(scroll->widget()) : nullptr;
}

QStringList MainWindow::pageIds() const {
    QStringList ids;
    for (auto *p : m_pages)
        ids << p->pageId();
    return ids;
}

bool MainWindow::openPlanFile(const QString &path) {
    Page *p = page(QString::fromLatin1(pageid::Explain));
    if (!p)
        return false;
    m_stack->setCurrentWidget(m_tabs); // also without a server: reading a plan needs none
    showPage(QString::fromLatin1(pageid::Explain));
    p->openWith(handover::pack(OpenPlanFileRequest(path)));
    return true;
}

namespace {
// The first local file of a drag, or empty.
QString droppedFile(const QMimeData *m) {
    if (!m || !m->hasUrls())
        return {};
    for (const QUrl &u : m->urls())
        if (u.isLocalFile() && QFileInfo(u.toLocalFile()).isFile())
            return u.toLocalFile();
    return {};
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *e) {
    if (!droppedFile(e->mimeData()).isEmpty())
        e->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *e) {
    if (!droppedFile(e->mimeData()).isEmpty())
        e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *e) {
    const QString file = droppedFile(e->mimeData());
    if (file.isEmpty())
        return;
    e->acceptProposedAction();
    openPlanFile(file);
}

bool MainWindow::showPage(const QString &id) {
    if (Page *p = page(id)) {
        m_tabs->setCurrentIndex(tabIndex(p));
        return true;
    }
    return false;
}

void MainWindow::updateActivePage() {
    // Only the visible page of a visible window with a server polls.
    Page *want = (isVisible() && !isMinimized() &&
                  (m_workspace->current() || (m_stack->currentWidget() == m_tabs && currentPage() &&
                                              currentPage()->pageId() == QLatin1String(pageid::Fleet))))
                     ? currentPage()
                     : nullptr;
    if (want == m_activePage)
        return;
    if (m_activePage)
        m_activePage->setActive(false);
    m_activePage = want;
    if (want)
        want->setActive(true);
}

bool MainWindow::fleetMode() const {
    return m_workspace->profiles()->profiles().size() > 1;
}

void MainWindow::updateLanding() {
    // Without a current server and with several saved ones, the tabs show with only the Fleet
    // page usable (it needs no connection); with one or none, the welcome text, as before.
    const Page *fleetPage = page(QString::fromLatin1(pageid::Fleet));
    const bool connected = m_workspace->current() != nullptr;
    const bool fleetOnly = !connected && fleetMode() && fleetPage;
    for (int i = 0; i < m_tabs->count(); ++i) { // (disabling the current tab moves to the Fleet tab)
        m_tabs->setTabEnabled(i, !fleetOnly || i == tabIndex(fleetPage));
        if (auto *item = m_pageList->item(i)) // the page list shows the same
            item->setFlags(m_tabs->isTabEnabled(i) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                   : Qt::NoItemFlags);
    }
    if (!connected) {
        const bool fleet = fleetMode() && fleetPage;
        m_stack->setCurrentWidget(fleet ? static_cast<QWidget *>(m_tabs) : m_welcome);
        if (fleet)
            showPage(QString::fromLatin1(pageid::Fleet));
    }
    updateActivePage();
}

QCoro::Task<void> MainWindow::openFromFleet(QString profileId) {
    QPointer<MainWindow> self(this);
    const std::optional<pg::Error> err = co_await connectProfile(profileId);
    if (self && !err)
        showPage(QString::fromLatin1(pageid::Overview));
}

void MainWindow::showEvent(QShowEvent *e) {
    QMainWindow::showEvent(e);
    updateActivePage();
}

void MainWindow::hideEvent(QHideEvent *e) {
    QMainWindow::hideEvent(e);
    updateActivePage();
}

void MainWindow::changeEvent(QEvent *e) {
    QMainWindow::changeEvent(e);
    if (e->type() == QEvent::WindowStateChange)
        updateActivePage();
}

void MainWindow::closeEvent(QCloseEvent *e) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    if (auto *p = currentPage())
        settings.setValue(QStringLiteral("window/page"), p->pageId());
    QMainWindow::closeEvent(e);
}

QString MainWindow::selectedProfileId() const {
    return m_servers->currentIndex().data(core::ServerListModel::ProfileIdRole).toString();
}

ConnectDialog *MainWindow::newConnection() {
    auto *d = new ConnectDialog(this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &QDialog::accepted, this, [this, d] {
        core::Profile p = d->profile();
        const QString pw = d->password();
        const bool save = d->savePassword();
        const QString id = m_workspace->profiles()->save(p);
        if (id.isEmpty()) {
            statusBar()->showMessage(m_workspace->profiles()->lastError(), 15000);
            return;
        }
        if (save && !pw.isEmpty())
            m_passwords->write(id, pw);
        const core::KeySecrets keys = d->keySecrets();
        if (save && !keys.sshPassphrase.isEmpty())
            m_passwords->write(core::Profile::sshPassphraseId(id), keys.sshPassphrase);
        if (save && !keys.sslKeyPassword.isEmpty())
            m_passwords->write(core::Profile::sslKeyPasswordId(id), keys.sslKeyPassword);
        connectProfile(id, pw, keys);
    });
    d->open();
    return d;
}

void MainWindow::editSelected() {
    const QString id = selectedProfileId();
    const core::Profile *p = m_workspace->profiles()->find(id);
    if (!p)
        return;
    auto *d = newConnection();
    d->setProfile(*p);
}

void MainWindow::removeSelected() {
    const QString id = selectedProfileId();
    if (id.isEmpty())
        return;
    m_workspace->disconnectProfile(id);
    m_workspace->profiles()->remove(id);
    m_passwords->remove(id);
    m_passwords->remove(core::Profile::sshPassphraseId(id));
    m_passwords->remove(core::Profile::sslKeyPasswordId(id));
}

QCoro::Task<std::optional<pg::Error>> MainWindow::connectProfile(QString profileId, QString password,
                                                                 core::KeySecrets keys) {
    QPointer<MainWindow> self(this);
    if (password.isEmpty()) {
        if (auto stored = co_await m_passwords->read(profileId); stored && self)
            password = *stored;
    }
    if (!self)
        co_return std::nullopt;
    const core::Profile *profile = m_workspace->profiles()->find(profileId);
    const bool wantsSshKey = profile && !profile->sshHost.isEmpty() && !profile->sshKeyFile.isEmpty();
    const bool wantsSslKey = profile && !profile->sslkey.isEmpty();
    if (keys.sshPassphrase.isEmpty() && wantsSshKey) {
        if (auto stored = co_await m_passwords->read(core::Profile::sshPassphraseId(profileId));
            stored && self)
            keys.sshPassphrase = *stored;
    }
    if (keys.sslKeyPassword.isEmpty() && wantsSslKey && self) {
        if (auto stored = co_await m_passwords->read(core::Profile::sslKeyPasswordId(profileId));
            stored && self)
            keys.sslKeyPassword = *stored;
    }
    if (!self)
        co_return std::nullopt;
    statusBar()->showMessage(tr("Connecting…"));
    auto err = co_await m_workspace->connectProfile(profileId, password, keys);
    if (!self)
        co_return err;
    if (err)
        statusBar()->showMessage(tr("Connection failed: %1").arg(err->message));
    else
        statusBar()->clearMessage();
    updateStatus();
    co_return err;
}

QCoro::Task<std::optional<pg::Error>> MainWindow::connectDsn(QString dsn, QString name, ssh::Route route) {
    QString password;
    core::Profile p = core::Profile::fromDsn(dsn, &password);
    if (route.isSet()) {
        p.sshHost = route.host;
        p.sshPort = route.port;
        p.sshUser = route.user;
        p.sshKeyFile = route.keyFile;
        if (route.hasJump())
            p.sshJump = (route.jumpUser.isEmpty() ? QString() : route.jumpUser + QLatin1Char('@')) +
                        route.jumpHost + QLatin1Char(':') + QString::number(route.jumpPort);
    }
    for (const auto &existing : m_workspace->profiles()->profiles())
        if (existing.dsn == p.dsn && existing.host.isEmpty() && existing.user.isEmpty() &&
            existing.sshHost == p.sshHost && existing.sshPort == p.sshPort)
            p.id = existing.id;
    p.name = name.isEmpty() ? p.connInfo().displayName() : name;
    const QString id = m_workspace->profiles()->save(p);
    if (id.isEmpty())
        co_return pg::Error::client(m_workspace->profiles()->lastError());
    co_return co_await connectProfile(id, password, core::KeySecrets{route.keyPassphrase, {}});
}

void MainWindow::updateStatus() {
    core::ServerSession *s = m_workspace->current();
    if (!s) {
        m_statusServer->setText(tr("not connected"));
        for (auto *l : {m_statusVersion, m_statusRole, m_statusState, m_statusRtt})
            l->clear();
        return;
    }
    const auto &f = s->facts();
    m_statusServer->setText(s->profile().displayName());
    m_statusVersion->setText(QStringLiteral("PostgreSQL %1").arg(f.shortVersion()));
    m_statusRole->setText(f.role + (f.superuser ? tr(" (superuser)") : QString()));
    // A request on the wire for this long is not "connected" in any useful sense; the
    // connection's deadline replaces it later (pg::Connection::Options::queryDeadlineMs).
    constexpr qint64 NotAnsweringAfterMs = 5000;
    const qint64 waitingMs = s->monitor()->pendingMs();
    m_statusState->setToolTip(s->monitor()->lastError());
    switch (s->state()) {
    case pg::Connection::State::Ready:
        if (waitingMs >= NotAnsweringAfterMs) {
            m_statusState->setText(tr("● not answering for %1 s").arg(waitingMs / 1000));
            theme::setTextColor(m_statusState, QColor(0xc6, 0x28, 0x28));
        } else {
            m_statusState->setText(tr("● connected"));
            theme::setTextColor(m_statusState, QColor(0x2e, 0x7d, 0x32));
        }
        break;
    case pg::Connection::State::Connecting:
        m_statusState->setText(tr("● connecting…"));
        theme::setTextColor(m_statusState, QColor(0xb2, 0x6a, 0x00));
        break;
    case pg::Connection::State::Lost:
        m_statusState->setText(tr("● connection lost — reconnecting"));
        theme::setTextColor(m_statusState, QColor(0xc6, 0x28, 0x28));
        break;
    case pg::Connection::State::Disconnected:
        m_statusState->setText(tr("● disconnected"));
        theme::setTextColor(m_statusState, QColor(0xc6, 0x28, 0x28));
        break;
    }
    m_statusRtt->setText(tr("RTT %1 ms").arg(QLocale().toString(s->lastRoundTripMs(), 'f', 1)));
}

QString MainWindow::statusText() const {
    QStringList parts;
    for (QLabel *l : std::initializer_list<QLabel *>{m_statusServer, m_statusVersion, m_statusRole,
                                                     m_statusState, m_statusRtt})
        if (!l->text().isEmpty())
            parts << l->text();
    return parts.join(QStringLiteral(" | "));
}

} // namespace ui
