#include "explain/paramsbar.h"

#include "explain/explainrunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace ui {

ParamsBar::ParamsBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_label(new QLabel(tr("Parameters:"), this)) {
    setObjectName(QStringLiteral("paramsBar"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_label);
    m_layout->addStretch(1);
    hide();
}

ParamsBar::~ParamsBar() = default;

int ParamsBar::placeholderCount(const QString &sql) {
    // The SQL lexer's $n tokens: strings, comments and dollar quotes are skipped.
    return std::min(explain::parameterCount(sql), 100);
}

void ParamsBar::updateFor(const QString &sql) {
    const int n = placeholderCount(sql);
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_kept.size() <= i)
            m_kept.resize(i + 1);
        m_kept[i] = m_fields[i]->text();
    }
    while (m_fields.size() > n)
        delete m_fields.takeLast();
    while (m_fields.size() < n) {
        auto *f = new QLineEdit(this);
        const int k = int(m_fields.size());
        f->setObjectName(QStringLiteral("param%1").arg(k + 1));
        f->setPlaceholderText(QStringLiteral("$%1").arg(k + 1));
        f->setText(m_kept.value(k));
        f->setMaximumWidth(180);
        m_layout->insertWidget(int(m_layout->count()) - 1, f);
        m_fields << f;
    }
    setVisible(n > 0);
}

QStringList ParamsBar::values() const {
    QStringList out;
    for (const QLineEdit *f : m_fields)
        out << f->text();
    return out;
}

void ParamsBar::setValues(const QStringList &values) {
    m_kept = values;
    for (int i = 0; i < m_fields.size(); ++i)
        m_fields[i]->setText(values.value(i));
}

} // namespace ui
