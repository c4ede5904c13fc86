#include "statements/statementparamsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ui {

int StatementParamsDialog::parameterCount(const QString &sql) {
    int maxN = 0;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql[i];
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) { // string or quoted identifier
            for (++i; i < n; ++i) {
                if (sql[i] == c) {
                    if (i + 1 < n && sql[i + 1] == c)
                        ++i; // doubled quote
                    else
                        break;
                }
            }
        } else if (c == QLatin1Char('-') && i + 1 < n && sql[i + 1] == QLatin1Char('-')) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && sql[i + 1] == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 1;
        } else if (c == QLatin1Char('$') && i + 1 < n && sql[i + 1].isDigit()) {
            qsizetype j = i + 1;
            int v = 0;
            while (j < n && sql[j].isDigit() && v < 100000)
                v = v * 10 + sql[j++].digitValue();
            maxN = std::max(maxN, v);
            i = j - 1;
        }
    }
    return maxN;
}

StatementParamsDialog::StatementParamsDialog(const QString &sql, QWidget *parent)
    : QDialog(parent)
    , m_sql(sql) {
    setObjectName(QStringLiteral("statementParamsDialog"));
    setWindowTitle(tr("Parameters for Explain"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("pg_stat_statements replaced the constants of this statement with $1, $2, …. "
                                "Give the values to explain it as it ran; they are bound as parameters, the "
                                "server infers their types."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *formHost = new QWidget(this);
    auto *form = new QFormLayout(formHost);
    const int n = std::min(parameterCount(sql), 100);
    for (int i = 1; i <= n; ++i) {
        auto *e = new QLineEdit(formHost);
        e->setObjectName(QStringLiteral("param%1").arg(i));
        e->setPlaceholderText(tr("value of $%1").arg(i));
        form->addRow(QStringLiteral("$%1").arg(i), e);
        m_edits << e;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Explain with these values"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("explainOk"));
    auto *bare = buttons->addButton(tr("Open without values"), QDialogButtonBox::ActionRole);
    bare->setObjectName(QStringLiteral("explainWithoutValues"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(bare, &QPushButton::clicked, this, [this] {
        m_withoutValues = true;
        accept();
    });
    resize(560, std::min(160 + 34 * n, 560) + 120);
}

StatementParamsDialog::~StatementParamsDialog() = default;

void StatementParamsDialog::setValue(int n, const QString &value) {
    if (n >= 1 && n <= m_edits.size())
        m_edits[n - 1]->setText(value);
}

QStringList StatementParamsDialog::values() const {
    QStringList out;
    if (m_withoutValues)
        return out;
    for (auto *e : m_edits)
        out << e->text();
    return out;
}

} // namespace ui
