// libFuzzer target for the one SQL lexer (pg/sqllexer.h) and what reads its tokens: every token
// lies inside the text, in order, and its text is exactly that slice; the EXPLAIN-safety and
// destructive-statement readers and the script splitter never crash or loop on any input.
#include "explain/sideeffects.h"
#include "explain/statementsafety.h"
#include "migrate/destructive.h"
#include "migrate/statementinfo.h"
#include "pg/sqllexer.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString sql = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (bool comments : {false, true}) {
        const pg::LexResult r = pg::lex(sql, comments);
        int previousEnd = 0;
        for (const pg::Token &t : r.tokens) {
            if (t.start < previousEnd || t.end < t.start || t.end > sql.size() ||
                sql.mid(t.start, t.end - t.start) != t.text)
                std::abort();
            previousEnd = t.end;
        }
    }
    (void)explain::calledNames(sql);
    (void)explain::classifyStatement(sql);
    (void)migrate::destructiveOf(sql);
    (void)migrate::analyzeScript(sql);
    return 0;
}
