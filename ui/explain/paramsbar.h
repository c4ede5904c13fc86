#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace ui {

// One field per $n placeholder of the statement in the editor: the values are bound as
// parameters when the statement is explained.
class ParamsBar : public QWidget {
    Q_OBJECT
public:
    explicit ParamsBar(QWidget *parent = nullptr);
    ~ParamsBar() override;

    // Shows as many fields as the highest $n in sql (0 hides the bar); keeps typed values.
    void updateFor(const QString &sql);
    QStringList values() const;
    void setValues(const QStringList &values);
    static int placeholderCount(const QString &sql); // highest $n outside strings and comments

private:
    QHBoxLayout *m_layout;
    QLabel *m_label;
    QList<QLineEdit *> m_fields;
    QStringList m_kept;
};

} // namespace ui
