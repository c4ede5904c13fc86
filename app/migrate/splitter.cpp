#include "migrate/splitter.h"

#include "pg/sqllexer.h"

namespace migrate {

using pg::lex;
using pg::LexResult;
using pg::Token;

namespace {
// True for CREATE [OR REPLACE] FUNCTION|PROCEDURE: only there BEGIN ... END nests (psql rule).
bool isRoutineDefinition(const QList<Token> &words) {
    int i = 0;
    if (words.size() < 2 || !words.at(i).isWord("create"))
        return false;
    ++i;
    if (words.size() > i + 1 && words.at(i).isWord("or") && words.at(i + 1).isWord("replace"))
        i += 2;
    return words.size() > i && (words.at(i).isWord("function") || words.at(i).isWord("procedure"));
}

QString commentText(const Token &t) {
    QString s = t.text;
    if (s.startsWith(QLatin1String("--")))
        return s.mid(2).trimmed();
    return s.mid(2, s.size() - 4).trimmed();
}
} // namespace

SplitResult splitStatements(const QString &script) {
    SplitResult out;
    const LexResult lexed = lex(script, true);
    if (!lexed.ok()) {
        out.error = lexed.error;
        out.errorLine = lexed.errorLine;
        return out;
    }
    QList<Token> head;    // the first few words, to recognise CREATE FUNCTION
    QStringList comments; // comments since the last statement ended
    int lastCommentLine = 0;
    int first = -1; // index of the statement's first token
    int depth = 0;  // BEGIN ATOMIC nesting
    bool routine = false;
    const auto &toks = lexed.tokens;
    auto finish = [&](int lastIndex) {
        if (first < 0)
            return;
        const Token &a = toks.at(first);
        const Token &b = toks.at(lastIndex);
        Statement st;
        st.sql = script.mid(a.start, b.end - a.start);
        st.line = a.line;
        st.comment = comments.join(QLatin1Char('\n'));
        out.statements << st;
        first = -1;
        head.clear();
        comments.clear();
        depth = 0;
        routine = false;
    };
    for (int i = 0; i < toks.size(); ++i) {
        const Token &t = toks.at(i);
        if (t.type == Token::Type::Comment) {
            if (first < 0) {
                // A blank line between comment blocks starts a new block: keep only the last.
                if (lastCommentLine && t.line > lastCommentLine + 1)
                    comments.clear();
                comments << commentText(t);
                lastCommentLine = t.line + int(t.text.count(QLatin1Char('\n')));
            }
            continue;
        }
        if (t.isPunct(';') && depth == 0) {
            int last = i - 1;
            while (last >= 0 && toks.at(last).type == Token::Type::Comment)
                --last;
            if (first >= 0 && last >= first)
                finish(last);
            first = -1;
            comments.clear();
            lastCommentLine = 0;
            continue;
        }
        if (first < 0) {
            first = i;
            // Comments separated from the statement by a blank line are not about it.
            if (lastCommentLine && t.line > lastCommentLine + 1)
                comments.clear();
        }
        if (head.size() < 4 && t.type == Token::Type::Word) {
            head << t;
            routine = isRoutineDefinition(head);
        }
        if (routine && t.type == Token::Type::Word) {
            if (t.value == QLatin1String("begin") || t.value == QLatin1String("case"))
                ++depth;
            else if (t.value == QLatin1String("end") && depth > 0)
                --depth;
        }
    }
    if (first >= 0) {
        int last = toks.size() - 1;
        while (last > first && toks.at(last).type == Token::Type::Comment)
            --last;
        finish(last);
    }
    return out;
}

} // namespace migrate
