#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;

namespace ui {

// Before handing a normalised statement ("... WHERE id = $1") to the Explain page: values for
// its $n parameters (the Explain page binds them as parameters), or the text alone (the
// Explain page then asks for them in its own parameter bar). Non-modal: open() it and
// listen to accepted().
class StatementParamsDialog : public QDialog {
    Q_OBJECT
public:
    StatementParamsDialog(const QString &sql, QWidget *parent = nullptr);
    ~StatementParamsDialog() override;

    // The highest $n in the text, outside strings, quoted identifiers and comments.
    static int parameterCount(const QString &sql);

    int count() const { return int(m_edits.size()); }
    void setValue(int n, const QString &value); // 1-based, for tests
    QStringList values() const;                 // "$1" first; empty when withoutValues()
    bool withoutValues() const { return m_withoutValues; }
    QString sql() const { return m_sql; }

private:
    QString m_sql;
    QList<QLineEdit *> m_edits;
    bool m_withoutValues = false;
};

} // namespace ui
