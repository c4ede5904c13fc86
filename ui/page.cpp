#include "page.h"

#include "core/workspace.h"
#include "monitor/poller.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

// Drawn over the whole page while its data is stale: a veil that greys what is shown (mouse
// events pass through, the data stays readable and selectable) and a line saying how old it is.
class StaleNotice : public QWidget {
public:
    explicit StaleNotice(QWidget *page)
        : QWidget(page)
        , m_label(new QLabel(this)) {
        setObjectName(QStringLiteral("staleNotice"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        m_label->setObjectName(QStringLiteral("staleText"));
        m_label->setStyleSheet(
            QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c36a;"
                           " border-radius: 4px; padding: 4px 10px; }"));
        auto *l = new QVBoxLayout(this);
        l->addWidget(m_label, 0, Qt::AlignHCenter | Qt::AlignTop);
        l->addStretch(1);
        hide();
    }
    void setText(const QString &t) { m_label->setText(t); }
    QString text() const { return m_label->text(); }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter p(this);
        QColor veil = palette().color(QPalette::Window);
        veil.setAlpha(150);
        p.fillRect(rect(), veil);
    }

private:
    QLabel *m_label;
};

Page::Page(core::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_staleTick(new QTimer(this)) {
    m_staleTick->setInterval(1000);
    connect(m_staleTick, &QTimer::timeout, this, &Page::updateStale);
    connect(m_workspace, &core::Workspace::sessionStateChanged, this, &Page::updateStale);
    connect(m_workspace, &core::Workspace::currentChanged, this, [this] {
        m_lastFresh = {};
        updateStale();
    });
}

Page::~Page() = default;

core::ServerSession *Page::session() const {
    return m_workspace->current();
}

void Page::markDataArrived() {
    m_hasData = true;
    Q_EMIT dataArrived();
}

void Page::setBadge(const QString &b) {
    if (b == m_badge)
        return;
    m_badge = b;
    Q_EMIT badgeChanged(b);
}

void Page::watchPoller(monitor::Poller *poller) {
    if (!poller || m_pollers.contains(poller))
        return;
    m_pollers << poller;
    connect(poller, &monitor::Poller::overdueChanged, this, &Page::updateStale);
    connect(poller, &monitor::Poller::refreshed, this, [this] {
        // Fresh only if the server really answered: a refresh that failed because the
        // connection is down finishes too, with nothing new.
        if (session() && session()->state() == pg::Connection::State::Ready)
            m_lastFresh = QDateTime::currentDateTimeUtc();
        updateStale();
    });
}

void Page::watchOwnPollers() {
    if (m_pollersFound)
        return;
    m_pollersFound = true; // the pages build their pollers in their constructors
    const auto own = findChildren<monitor::Poller *>();
    for (auto *p : own)
        watchPoller(p);
}

bool Page::event(QEvent *e) {
    switch (e->type()) {
    case QEvent::Show:
        watchOwnPollers();
        updateStale();
        break;
    case QEvent::Resize:
        if (m_notice)
            m_notice->setGeometry(rect());
        break;
    default:
        break;
    }
    return QWidget::event(e);
}

QString Page::staleText() const {
    if (!m_stale)
        return {};
    const auto *s = session();
    const bool down = s && s->state() != pg::Connection::State::Ready;
    const QString why = down ? tr("Server connection not ready") : tr("Server not answering");
    if (!m_lastFresh.isValid())
        return tr("%1 — data may be out of date").arg(why);
    const qint64 secs = qMax<qint64>(0, m_lastFresh.secsTo(QDateTime::currentDateTimeUtc()));
    return tr("%1 — last refreshed %2 s ago").arg(why).arg(secs);
}

void Page::updateStale() {
    bool overdue = false;
    bool polling = false;
    for (const auto &p : std::as_const(m_pollers))
        if (p && p->isActive()) {
            polling = true;
            overdue = overdue || p->isOverdue();
        }
    const auto *s = session();
    const bool down = s && s->state() != pg::Connection::State::Ready;
    const bool stale = m_hasData && polling && s && (overdue || down);
    if (stale != m_stale) {
        m_stale = stale;
        if (stale)
            m_staleTick->start();
        else
            m_staleTick->stop();
        Q_EMIT staleChanged(stale);
    }
    if (!stale) {
        if (m_notice)
            m_notice->hide();
        return;
    }
    if (!m_notice)
        m_notice = new StaleNotice(this);
    m_notice->setText(staleText());
    m_notice->setGeometry(rect());
    m_notice->raise();
    m_notice->show();
}

} // namespace ui
