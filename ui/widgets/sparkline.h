#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace ui {

// A small line chart without axes: the shape of the last hour at a glance. The line colour is a
// light-mode design colour made readable on the palette's Base (theme::series).
class Sparkline : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);
    ~Sparkline() override;

    void setValues(const QList<double> &values);
    const QList<double> &values() const { return m_values; }
    void setColor(const QColor &designed);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *e) override;

private:
    QList<double> m_values;
    QColor m_color{0x15, 0x65, 0xc0};
};

} // namespace ui
