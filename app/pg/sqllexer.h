#pragma once

#include <QList>
#include <QString>

namespace pg {

// One lexical token of PostgreSQL SQL, enough to split scripts and to read index DDL.
struct Token {
    enum class Type {
        Word,         // keyword or unquoted identifier; value is lower-cased
        QuotedIdent,  // "Name"; value is unescaped
        String,       // '...', E'...', B'...', X'...'; value is the raw text
        DollarString, // $tag$...$tag$
        Number,
        Param,    // $1
        Punct,    // ( ) , ; [ ] . :
        Operator, // + - * / < > = ~ ! @ # % ^ & | ` ? and runs of them, ::
        Comment,  // -- ... or /* ... */ (only when asked for)
    };
    Type type = Type::Word;
    QString text;  // exactly as written
    QString value; // see Type
    int start = 0; // offset of the first character
    int end = 0;   // offset one past the last character
    int line = 1;  // 1-based line of the first character

    bool isWord(const char *lowerKeyword) const {
        return type == Type::Word && value == QLatin1String(lowerKeyword);
    }
    bool isPunct(char c) const {
        return type == Type::Punct && text.size() == 1 && text.at(0) == QLatin1Char(c);
    }
    bool isIdentifier() const { return type == Type::Word || type == Type::QuotedIdent; }
};

struct LexResult {
    QList<Token> tokens;
    QString error; // empty when the whole text was read
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};

// Reads SQL the way the server's scanner does for the parts that matter when splitting:
// -- and nested /* */ comments, 'strings' with '' (and backslashes in E''), "identifiers",
// and $tag$ dollar quoting. An unterminated string, identifier, comment or dollar quote is
// an error naming the line where it started.
LexResult lex(const QString &sql, bool keepComments = false);

} // namespace pg
