#pragma once

#include <QLabel>

namespace ui {

// A one-line plain-text label that may be narrower than its text: it draws the text elided (…)
// and shows all of it as its tool tip. Where a row of labels must give way (the status bar at
// 200 % or with a long server name), this one gives way first and the others stay whole.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr, Qt::TextElideMode mode = Qt::ElideMiddle);
    QSize minimumSizeHint() const override;
    bool isElided() const; // the text is cut at the current width

protected:
    void paintEvent(QPaintEvent *e) override;

private:
    Qt::TextElideMode m_mode;
};

} // namespace ui
