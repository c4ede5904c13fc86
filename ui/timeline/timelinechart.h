#pragma once

#include "sessionhistory/sessionstore.h"

#include <QWidget>

namespace ui {

// Average active sessions over time as stacked areas, one band per wait-event class with CPU
// (active, no wait event) at the bottom, and reference lines (max_connections, CPU count).
// Painted directly from the buckets (no scene): a 30-day range redraws in a few milliseconds.
// Mouse: wheel zooms around the pointer, right- or middle-drag (or Shift+drag) pans, left-drag
// selects a window, a click picks a moment. The chart only asks: the page reads and sets data.
class TimelineChart : public QWidget {
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);

    void setData(const sessionhistory::TimelineData &data);
    const sessionhistory::TimelineData &data() const { return m_data; }
    void setRange(qint64 fromMs, qint64 toMs); // what the x axis shows
    qint64 fromMs() const { return m_from; }
    qint64 toMs() const { return m_to; }
    void setSelection(qint64 fromMs, qint64 toMs); // 0, 0: none
    qint64 selectionFrom() const { return m_selFrom; }
    qint64 selectionTo() const { return m_selTo; }
    void setMarker(qint64 tsMs); // the replayed moment; 0: none
    // Horizontal lines with a label (e.g. {100, "max_connections"}).
    void setReferenceLines(const QList<QPair<double, QString>> &lines);
    static QColor classColor(sessionhistory::WaitClass c);
    QSize sizeHint() const override { return {900, 300}; }
    QSize minimumSizeHint() const override { return {400, 180}; }

    // Geometry, public for the tests' mouse events.
    QRect plotRect() const;
    qint64 timeAt(int x) const;
    int xAt(qint64 tsMs) const;

Q_SIGNALS:
    void rangeRequested(qint64 fromMs, qint64 toMs); // zoom or pan
    void windowSelected(qint64 fromMs, qint64 toMs);
    void momentClicked(qint64 tsMs);

protected:
    void paintEvent(QPaintEvent *) override;
    void wheelEvent(QWheelEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;

private:
    double yMax() const;
    sessionhistory::TimelineData m_data;
    qint64 m_from = 0, m_to = 1;
    qint64 m_selFrom = 0, m_selTo = 0;
    qint64 m_marker = 0;
    QList<QPair<double, QString>> m_refs;
    enum class Drag { None, Select, Pan } m_drag = Drag::None;
    QPoint m_pressPos;
    qint64 m_pressFrom = 0, m_pressTo = 0;
    bool m_moved = false;
};

} // namespace ui
