#pragma once

#include "explain/explainoptions.h"

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace ui {

// The EXPLAIN options as check boxes (ANALYZE and BUFFERS on by default) and the statement
// timeout. Options that need ANALYZE are disabled without it.
class ExplainOptionsBar : public QWidget {
    Q_OBJECT
public:
    explicit ExplainOptionsBar(QWidget *parent = nullptr);
    ~ExplainOptionsBar() override;

    explain::ExplainOptions options() const;
    void setOptions(const explain::ExplainOptions &o);
    int timeoutMs() const;
    void setTimeoutMs(int ms);
    QCheckBox *box(const QString &name) const; // "analyze", "buffers", ...

Q_SIGNALS:
    void changed();

private:
    QCheckBox *add(const QString &name, const QString &tooltip, bool on);
    QList<QCheckBox *> m_boxes;
    QSpinBox *m_timeout;
};

} // namespace ui
