#include "widgets/replaybanner.h"

#include "widgets/theme.h"

#include "sessionhistory/timelinecontroller.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace ui {

ReplayBanner::ReplayBanner(QWidget *page)
    : QFrame(page)
    , m_reader(new sessionhistory::TimelineController(this))
    , m_label(new QLabel(this))
    , m_prev(new QPushButton(QStringLiteral("◀"), this))
    , m_next(new QPushButton(QStringLiteral("▶"), this))
    , m_live(new QPushButton(tr("Back to live"), this)) {
    setObjectName(QStringLiteral("replayBanner"));
    m_reader->setSamplingEnabled(false); // it only reads
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyColours();
    if (auto *t = Theme::instance())
        connect(t, &Theme::changed, this, &ReplayBanner::applyColours);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    m_label->setObjectName(QStringLiteral("replayText"));
    row->addWidget(m_label, 1);
    m_prev->setToolTip(tr("One sample back (Ctrl+Left)"));
    m_next->setToolTip(tr("One sample on (Ctrl+Right)"));
    m_live->setObjectName(QStringLiteral("backToLive"));
    for (auto *b : {m_prev, m_next, m_live})
        row->addWidget(b);
    connect(m_prev, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { step(+1); });
    connect(m_live, &QPushButton::clicked, this, &ReplayBanner::stop);
    auto *back = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left), page);
    auto *on = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right), page);
    for (auto *s : {back, on})
        s->setContext(Qt::WidgetWithChildrenShortcut);
    back->setWhatsThis(tr("Replay: one sample back"));
    on->setWhatsThis(tr("Replay: one sample on"));
    connect(back, &QShortcut::activated, this, [this] { step(-1); });
    connect(on, &QShortcut::activated, this, [this] { step(+1); });
    connect(
        m_reader, &sessionhistory::TimelineController::momentReady, this,
        [this](const sessionhistory::SessionSample &s) {
            if (!m_replaying)
                return;
            m_shownMs = s.tsMs;
            m_label->setText(
                text() + QStringLiteral(" · ") +
                tr("%n busy session(s), %1 idle (counted only)", nullptr, int(s.rows.size())).arg(s.idle));
            Q_EMIT momentShown(s);
        });
    connect(m_reader, &sessionhistory::TimelineController::momentMissing, this, [this](qint64 ts) {
        if (m_replaying && m_shownMs == 0)
            m_label->setText(tr("Nothing recorded at or before %1")
                                 .arg(QDateTime::fromMSecsSinceEpoch(ts).toString(Qt::ISODate)));
    });
    hide();
}

ReplayBanner::~ReplayBanner() = default;

void ReplayBanner::applyColours() {
    // An amber band, designed for light mode; the theme turns it into a dark amber in dark mode.
    const QColor band = theme::tint(QColor(0xff, 0xf3, 0xc4));
    QPalette pal = QApplication::palette();
    pal.setColor(QPalette::Window, band);
    pal.setColor(QPalette::WindowText, theme::readableOn(QColor(0x3e, 0x2c, 0x00), band, 7.0));
    setPalette(pal);
}

QString ReplayBanner::text() const {
    return tr("Recorded at %1 — read-only")
        .arg(QDateTime::fromMSecsSinceEpoch(m_shownMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

void ReplayBanner::start(history::Store *store, const QString &serverKey, qint64 tsMs) {
    m_replaying = true;
    m_shownMs = 0;
    m_reader->setHistory(store);
    m_reader->setServer(nullptr, serverKey);
    m_label->setText(tr("Reading the recorded moment…"));
    show();
    m_reader->requestMoment(tsMs);
}

void ReplayBanner::step(int direction) {
    if (m_replaying && m_shownMs > 0)
        m_reader->requestMoment(m_shownMs, direction);
}

void ReplayBanner::stop() {
    if (!m_replaying)
        return;
    m_replaying = false;
    m_shownMs = 0;
    hide();
    Q_EMIT liveRequested();
}

} // namespace ui
