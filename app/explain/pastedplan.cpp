#include "explain/pastedplan.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace explain {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(explain)
};

bool isRule(QStringView t) {
    t = t.trimmed();
    if (t.size() < 3)
        return false;
    for (const QChar c : t) {
        const ushort u = c.unicode();
        if (!(c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('=') ||
              (u >= 0x2500 && u <= 0x257F)))
            return false;
    }
    return true;
}

// psql's prompts: "db=# ", "db=> ", "db-# " (continuation), "db=*# " (in a transaction),
// "[4242]user@db=# " (a custom PROMPT1). At the start of the line, never indented.
bool isPrompt(const QString &l) {
    static const QRegularExpression re(
        QStringLiteral(R"(^(\[[^\]\s]*\])?[^\s#>=|]+[=\-^!*'"$(]\*?[#>](\s|$))"));
    return re.match(l).hasMatch();
}

// \timing in any language: "Time: 0.210 ms", "Temps : 0,512 ms", "Time: 1234.5 ms (00:01.235)".
// Not the plan's own "Planning Time: ..." / "Execution Time: ..." / "Total runtime: ...".
bool isTiming(const QString &l) {
    static const QRegularExpression re(QStringLiteral(
        R"(^[^\s:\d.\x{2026}]{1,20}( [^\s:\d]{1,20})? ?: ?\d[\d.,]* ?(ms|\x{43C}\x{441}|\x{6BEB}\x{79D2}|\x{30DF}\x{30EA}\x{79D2})( \([\d:.,]+\))?\s*$)"));
    static const QRegularExpression plan(
        QStringLiteral(R"(^(planning|execution|total runtime|serialization))"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(l).hasMatch() && !plan.match(l).hasMatch();
}

// Results of other statements in a session: command tags and psql's \pset / \timing notices.
bool isCommandTag(const QString &l) {
    static const QRegularExpression re(QStringLiteral(
        R"(^(SET|RESET|BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SAVEPOINT|RELEASE|PREPARE|DEALLOCATE( ALL)?|)"
        R"(DISCARD ALL|LOAD|DO|ANALYZE|VACUUM|CHECKPOINT|LISTEN|NOTIFY|TRUNCATE TABLE|)"
        R"((CREATE|DROP|ALTER) [A-Z]+( [A-Z]+)?|SELECT \d+|INSERT \d+ \d+|UPDATE \d+|DELETE \d+|MERGE \d+|)"
        R"(COPY \d+|FETCH \d+|MOVE \d+|)"
        R"((Timing|Expanded display|Pager usage|Border style|Output format|Line style|Null display|)"
        R"(Target width|Field separator|Record separator|Title|Tuples only)\b.*\.)$)"));
    return re.match(l.trimmed()).hasMatch();
}

// "-- source: ..." and "# copied from ..." (a rule line "-----" is not a comment).
bool isComment(const QString &l) {
    const QString t = l.trimmed();
    if (isRule(t))
        return false;
    return (t.startsWith(QLatin1String("--")) && !t.startsWith(QLatin1String("->"))) ||
           t.startsWith(QLatin1String("# ")) || t == QLatin1String("#");
}

bool isSeparator(const QString &l) {
    // Prompts, timings and command tags start at the margin; plan lines mostly do not (this
    // runs on every line of 10,000-node plans: the regular expressions only where needed).
    if (l.isEmpty() || l.front().isSpace() || l.front() == QLatin1Char('|') || l.front() == QChar(0x2502) ||
        l.front() == QChar(0x2551))
        return isComment(l);
    return isPrompt(l) || isTiming(l) || isCommandTag(l) || isComment(l);
}

QString stripFrameChars(QString t) {
    t = t.trimmed();
    while (!t.isEmpty() &&
           (t.front() == QLatin1Char('|') || t.front() == QChar(0x2502) || t.front() == QChar(0x2551) ||
            t.front() == QLatin1Char('\'') || t.front() == QLatin1Char('"')))
        t.remove(0, 1);
    while (!t.isEmpty() &&
           (t.back() == QLatin1Char('|') || t.back() == QChar(0x2502) || t.back() == QChar(0x2551) ||
            t.back() == QLatin1Char('\'') || t.back() == QLatin1Char('"')))
        t.chop(1);
    return t.trimmed();
}

bool hasNodeMarker(const QString &l) {
    return l.contains(QLatin1String("(cost=")) || l.contains(QLatin1String("(actual ")) ||
           l.contains(QLatin1String("(never executed)")) || l.contains(QLatin1String("Node Type\"")) ||
           l.contains(QLatin1String("\"Plan\""));
}

// Where the plan starts in a block: psql's header (or the border line above it), an expanded
// record, JSON, or the first node line. -1: no plan in this block.
qsizetype planStart(const QStringList &lines, qsizetype from, qsizetype to) {
    bool marker = false;
    for (qsizetype i = from; i < to && !marker; ++i)
        marker = hasNodeMarker(lines[i]) || stripFrameChars(lines[i]) == QLatin1String("QUERY PLAN");
    if (!marker)
        return -1;
    for (qsizetype i = from; i < to; ++i) {
        const QString &l = lines[i];
        const QString t = stripFrameChars(l);
        if (t == QLatin1String("QUERY PLAN"))
            return i > from && isRule(lines[i - 1]) ? i - 1 : i;
        if (l.startsWith(QLatin1String("-[ RECORD")))
            return i;
        const QString lead = l.trimmed();
        if (lead.startsWith(QLatin1Char('[')) || lead.startsWith(QLatin1Char('{')))
            return i;
        if (hasNodeMarker(l) || t.startsWith(QLatin1String("->"))) {
            // The root's line re-wrapped before "(cost=": its node name is the line above.
            if (t.startsWith(QLatin1String("(cost=")) && i > from &&
                !stripFrameChars(lines[i - 1]).isEmpty() && !isRule(lines[i - 1]))
                return i - 1;
            return i;
        }
    }
    return -1;
}

} // namespace

PastedPlan extractPlan(const QString &input) {
    PastedPlan out;
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    // Blocks of lines between separators (prompts, timings, command tags, comments).
    struct Block {
        qsizetype start, end;
    };
    QList<Block> plans;
    qsizetype i = 0;
    while (i < lines.size()) {
        while (i < lines.size() && isSeparator(lines[i]))
            ++i;
        qsizetype end = i;
        while (end < lines.size() && !isSeparator(lines[end]))
            ++end;
        if (i < end) {
            const qsizetype s = planStart(lines, i, end);
            if (s >= 0)
                plans.append({s, end});
        }
        i = end;
    }
    if (plans.isEmpty()) {
        out.text = text;
        return out;
    }
    out.text =
        lines.mid(plans.first().start, plans.first().end - plans.first().start).join(QLatin1Char('\n'));
    if (plans.size() > 1)
        out.notes << Tr::tr("The text holds %n plans; the first is shown.", nullptr, int(plans.size()));
    return out;
}

QString extractJson(const QString &input) {
    QString text = input;
    if (text.contains(QLatin1String("\"\"Plan\"\"")) || text.contains(QLatin1String("\"\"Node Type\"\"")))
        text.replace(QLatin1String("\"\""), QLatin1String("\""));
    // The first "[" or "{" that opens a plan: "[" followed by "{", or "{" followed by a key.
    static const QRegularExpression open(QStringLiteral(R"((\[\s*\{|\{\s*")(?=[^"]*"))"));
    const QRegularExpressionMatch m = open.match(text);
    static const QRegularExpression anyOpen(QStringLiteral(R"([\[{])"));
    const qsizetype start = m.hasMatch() ? m.capturedStart() : text.indexOf(anyOpen);
    if (start < 0)
        return {};
    int depth = 0;
    bool inString = false, escaped = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if ((c == QLatin1Char(']') || c == QLatin1Char('}')) && --depth == 0)
            return text.mid(start, i - start + 1);
    }
    return text.mid(start); // unbalanced: the JSON parser says where it ends
}

} // namespace explain
