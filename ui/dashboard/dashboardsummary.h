#pragma once

#include <QWidget>

class QLabel;

namespace monitor {
struct ServerStatsPoint;
}

namespace ui {

// "Now": the latest point in words, next to the charts. Plain labels in a grid whose texts
// change only when the values do (rich text re-laid out every second cost more CPU than the
// charts themselves).
class DashboardSummary : public QWidget {
    Q_OBJECT
public:
    explicit DashboardSummary(QWidget *parent = nullptr);
    ~DashboardSummary() override;

    void setPoint(const monitor::ServerStatsPoint *p, const QString &database);
    void setFootnote(const QString &text);
    QString text() const; // everything shown, one "name: value" per line

private:
    QLabel *m_title;
    QList<QLabel *> m_names;
    QList<QLabel *> m_values;
    QLabel *m_footnote;
};

} // namespace ui
