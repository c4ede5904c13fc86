#include "explain/psqlframe.h"

#include <QStringList>

namespace explain {

namespace {

const QChar kBoxVertical(0x2502);       // │
const QChar kBoxDoubleVertical(0x2551); // ║
const QChar kNewlineMark(0x21B5);       // ↵
const QChar kEllipsis(0x2026);          // …

bool isRuleLine(const QString &line) {
    // "-----", "+----+", "┌───┐", "├───┤", "└───┘", "═══", with nothing else.
    const QString t = line.trimmed();
    if (t.isEmpty())
        return false;
    for (const QChar c : t) {
        const ushort u = c.unicode();
        const bool box = u >= 0x2500 && u <= 0x257F;
        if (!(c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('=') || box))
            return false;
    }
    return true;
}

bool isFooter(const QString &line) {
    const QString t = line.trimmed();
    if (!t.startsWith(QLatin1Char('(')) || !t.endsWith(QLatin1Char(')')))
        return false;
    // "(17 rows)", "(1 row)", and in other languages "(1 ligne)", "(17 Zeilen)".
    const QString inner = t.mid(1, t.size() - 2);
    if (inner.count(QLatin1Char(' ')) != 1)
        return false;
    bool ok = false;
    inner.section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
    return ok;
}

bool isVerticalBar(QChar c) {
    return c == QLatin1Char('|') || c == kBoxVertical || c == kBoxDoubleVertical;
}
bool isWrapMark(QChar c) {
    return c == QLatin1Char('.') || c == kEllipsis;
}
bool isNewlineMark(QChar c) {
    return c == QLatin1Char('+') || c == kNewlineMark;
}

QString headerText(const QString &line) {
    QString t = line.trimmed();
    if (!t.isEmpty() && isVerticalBar(t.front()))
        t.remove(0, 1);
    if (!t.isEmpty() && isVerticalBar(t.back()))
        t.chop(1);
    return t.trimmed();
}

QString rstrip(QString s) {
    qsizetype n = s.size();
    while (n > 0 && s[n - 1].isSpace())
        --n;
    s.truncate(n);
    return s;
}

// Expanded output (\x): "-[ RECORD 1 ]---" then "QUERY PLAN | text+" and "           | text".
QString unframeExpanded(const QStringList &lines) {
    QStringList out;
    int bar = -1;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("-[ RECORD")))
            continue;
        if (bar < 0 && line.startsWith(QLatin1String("QUERY PLAN")))
            bar = int(line.indexOf(QLatin1Char('|')));
        if (bar < 0 || line.size() <= bar || !isVerticalBar(line[bar]))
            continue;
        QString cell = line.mid(bar + 2);
        if (!cell.isEmpty() && isNewlineMark(cell.back()))
            cell.chop(1);
        out << rstrip(cell);
    }
    return out.join(QLatin1Char('\n'));
}

// pgAdmin copies each row in double quotes: "Seq Scan on t  (cost=...)"; pgAdmin 3 and some
// CSV exports in single quotes: 'Seq Scan on t  (cost=...)' (quotes inside doubled).
QChar allQuoted(const QStringList &lines) {
    for (const QChar q : {QLatin1Char('"'), QLatin1Char('\'')}) {
        int quoted = 0;
        bool all = true;
        for (const QString &l : lines) {
            const QString t = l.trimmed();
            if (t.isEmpty())
                continue;
            if (t.size() < 2 || !t.startsWith(q) || !t.endsWith(q)) {
                all = false;
                break;
            }
            ++quoted;
        }
        if (all && quoted > 0)
            return q;
    }
    return {};
}

// DBeaver's grid copy: "QUERY PLAN   |", a "----+" rule, every row padded and ended by "|".
bool isDBeaverGrid(const QStringList &lines) {
    int rows = 0;
    for (const QString &l : lines) {
        const QString t = rstrip(l);
        if (t.isEmpty())
            continue;
        if (t.endsWith(QLatin1Char('+')) && isRuleLine(t))
            continue;
        if (!t.endsWith(QLatin1Char('|')) || isVerticalBar(t.trimmed().front()))
            return false;
        ++rows;
    }
    return rows > 1;
}

// psql --csv: a row with a comma or a quote is quoted, quotes inside doubled.
QString unquoteCsv(const QString &l) {
    if (l.size() >= 2 && l.startsWith(QLatin1Char('"')) && l.endsWith(QLatin1Char('"')))
        return l.mid(1, l.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
    return l;
}

} // namespace

QString unframePsql(const QString &input) {
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return {};

    for (const QString &l : std::as_const(lines))
        if (l.startsWith(QLatin1String("-[ RECORD")))
            return unframeExpanded(lines);

    if (const QChar q = allQuoted(lines); !q.isNull()) {
        const QString doubled(2, q);
        QStringList out;
        for (const QString &l : std::as_const(lines)) {
            QString t = l.trimmed();
            out << t.mid(1, t.size() - 2).replace(doubled, QString(q));
        }
        return out.join(QLatin1Char('\n'));
    }

    if (isDBeaverGrid(lines)) {
        QStringList out;
        for (const QString &l : std::as_const(lines)) {
            const QString t = rstrip(l);
            if (t.isEmpty() || isRuleLine(t) || headerText(t) == QLatin1String("QUERY PLAN"))
                continue;
            out << rstrip(t.chopped(1));
        }
        return out.join(QLatin1Char('\n'));
    }

    // Find the header; without one, the text is taken as it is (tuples-only output works too,
    // the parsers ignore a uniform indentation).
    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size() && i < 4; ++i) {
        if (headerText(lines[i]) == QLatin1String("QUERY PLAN")) {
            header = i;
            break;
        }
    }
    if (header < 0)
        return lines.join(QLatin1Char('\n'));

    const bool border2 = !lines[header].trimmed().isEmpty() && isVerticalBar(lines[header].trimmed().front());
    bool aligned = border2;
    qsizetype ruleLength = 0;
    QStringList data;
    for (qsizetype i = header + 1; i < lines.size(); ++i) {
        const QString &l = lines[i];
        if (isRuleLine(l)) {
            if (i == header + 1) {
                aligned = true;
                ruleLength = rstrip(l).size();
            }
            continue;
        }
        if (isFooter(l))
            break;
        data << l;
    }
    if (!aligned) { // unaligned (-A) or --csv: rows are printed as they are (csv quotes some)
        for (QString &l : data)
            l = unquoteCsv(l);
        return data.join(QLatin1Char('\n'));
    }

    if (border2) {
        for (QString &l : data) {
            QString t = rstrip(l);
            if (!t.isEmpty() && isVerticalBar(t.front()))
                t.remove(0, 1);
            if (!t.isEmpty() && isVerticalBar(t.back()))
                t.chop(1);
            l = t;
        }
    }
    // Border 1 and 2 put a marker column left of the text: a space, or a wrap mark.
    bool leftMarker = border2;
    if (!border2) {
        leftMarker = true;
        for (const QString &l : std::as_const(data))
            if (!l.isEmpty() && !(l.front() == QLatin1Char(' ') || isWrapMark(l.front())))
                leftMarker = false;
    }
    // Marks sit in the last column: border 1 lines are as wide as the rule under the header,
    // border 0 lines one wider; border 2 lines are all equally wide.
    qsizetype width = 0;
    if (border2 || ruleLength == 0) {
        for (const QString &l : std::as_const(data))
            width = qMax(width, l.size());
    } else {
        width = leftMarker ? ruleLength : ruleLength + 1;
    }

    QStringList out;
    QString current;
    bool open = false;      // `current` holds a line not yet finished
    bool continues = false; // the previous piece ended with a wrap mark
    for (const QString &raw : std::as_const(data)) {
        QString l = raw;
        QChar right;
        if (l.size() == width && width > 0 && (isWrapMark(l.back()) || isNewlineMark(l.back()))) {
            right = l.back();
            l.chop(1);
        }
        bool wrappedHere = continues;
        if (leftMarker && !l.isEmpty()) {
            if (isWrapMark(l.front()))
                wrappedHere = true;
            l.remove(0, 1);
        }
        if (wrappedHere && open) {
            current += l;
        } else {
            if (open)
                out << rstrip(current);
            current = l;
            open = true;
        }
        continues = !right.isNull() && isWrapMark(right);
    }
    if (open)
        out << rstrip(current);
    return out.join(QLatin1Char('\n'));
}

} // namespace explain
