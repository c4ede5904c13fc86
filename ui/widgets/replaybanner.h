#pragma once

#include "sessionhistory/sessionsample.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace history {
class Store;
}
namespace sessionhistory {
class TimelineController;
}

namespace ui {

// The bar a live page shows while it replays a recorded moment of the session history:
// "Recorded at 03:12:05 — read-only", ◀ ▶ (also Ctrl+Left / Ctrl+Right on the page) to step one
// sample, and "Back to live". It reads the moments on a worker thread (TimelineController) and
// hands each one to the page through momentShown.
class ReplayBanner : public QFrame {
    Q_OBJECT
public:
    explicit ReplayBanner(QWidget *page);
    ~ReplayBanner() override;

    void start(history::Store *store, const QString &serverKey, qint64 tsMs);
    void step(int direction); // -1 / +1 sample
    void stop();              // back to live
    bool isReplaying() const { return m_replaying; }
    qint64 shownMs() const { return m_shownMs; }
    QString text() const;

Q_SIGNALS:
    void momentShown(const sessionhistory::SessionSample &sample);
    void liveRequested();

private:
    void applyColours(); // again when light/dark switches

    sessionhistory::TimelineController *m_reader;
    QLabel *m_label;
    QPushButton *m_prev, *m_next, *m_live;
    bool m_replaying = false;
    qint64 m_shownMs = 0;
};

} // namespace ui
