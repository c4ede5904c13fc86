#pragma once

#include <QStringList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace ui {

// PostgreSQL syntax highlighting for any QTextDocument (a QPlainTextEdit's, a QTextEdit's):
// keywords, strings (incl. E'..' and dollar quoting), quoted identifiers, numbers, $n
// parameters, -- and nested /* */ comments. Strings and comments may span lines.
class SqlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    enum class Token { Plain, Keyword, String, Identifier, Number, Parameter, Comment };

    explicit SqlHighlighter(QTextDocument *document);
    ~SqlHighlighter() override;

    static bool isKeyword(const QString &word);
    QTextCharFormat format(Token t) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void applyColors();
    // Block states: 0 plain; 1..99 inside /* */ at that depth; 100 inside '..'; 101 inside E'..';
    // 102 inside ".."; 1000 + n inside the dollar quote m_tags[n].
    int scanComment(const QString &text, int from, int depth, int *endDepth);
    int scanQuoted(const QString &text, int from, QChar quote, bool backslash, bool *closed);
    int tagIndex(const QString &tag);

    QTextCharFormat m_keyword, m_string, m_identifier, m_number, m_parameter, m_comment;
    QStringList m_tags;
};

} // namespace ui
