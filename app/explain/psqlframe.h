#pragma once

#include <QString>

namespace explain {

// Removes what psql (or a log) wraps around a plan so the text and JSON parsers see the bare
// plan: the "QUERY PLAN" header and its rule, "(N rows)", border characters of every \pset
// border and linestyle, "+"/"↵" newline marks, "."/"…" wrap marks of \pset format wrapped
// (wrapped pieces are joined back), expanded (\x) records, and pgAdmin's quoted lines.
// Text that is not framed comes back unchanged. Pure function.
QString unframePsql(const QString &text);

} // namespace explain
