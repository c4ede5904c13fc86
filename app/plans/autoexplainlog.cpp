#include "plans/autoexplainlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace plans {

LogFormat logFormatOf(const QString &fileName) {
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return LogFormat::Csv;
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return LogFormat::Json;
    return LogFormat::Stderr;
}

namespace {
// "duration: 12.345 ms  plan:\n<plan>" -> duration and plan; false when it is not auto_explain's.
bool splitMessage(const QByteArray &message, LoggedPlan *out) {
    static const QRegularExpression re(QStringLiteral(R"(duration: ([0-9.]+) ms\s+plan:\s*)"));
    const QString text = QString::fromUtf8(message);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    out->durationMs = m.captured(1).toDouble();
    out->plan = text.mid(m.capturedEnd()).toUtf8();
    return !out->plan.trimmed().isEmpty();
}

// "2026-12-06 18:00:00.123 UTC" (log_line_prefix %m / %t) at the start of a line.
qint64 prefixTime(const QByteArray &line) {
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?)(?: ([A-Z]{2,5}|[+-]\d\d))?)"));
    const auto m = re.match(QString::fromUtf8(line.left(40)));
    if (!m.hasMatch())
        return 0;
    QDateTime t = QDateTime::fromString(m.captured(1), m.captured(1).contains(QLatin1Char('.'))
                                                           ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                                           : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!t.isValid())
        return 0;
    if (m.captured(2) == QLatin1String("UTC") || m.captured(2) == QLatin1String("GMT"))
        t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

// stderr: an entry is its first line (prefix, "LOG:  duration: … plan:") and the lines after it
// that start with a tab (how the server indents the rest of a multi-line message).
QList<LoggedPlan> parseStderr(const QByteArray &data, qsizetype *consumed, bool complete) {
    QList<LoggedPlan> out;
    const qsizetype end = data.lastIndexOf('\n') + 1; // only whole lines
    qsizetype pos = 0, done = 0;
    while (pos < end) {
        qsizetype nl = data.indexOf('\n', pos);
        const QByteArray line = data.mid(pos, nl - pos);
        const qsizetype at = line.indexOf("duration: ");
        if (at < 0 || !line.contains("plan:")) {
            pos = nl + 1;
            done = pos;
            continue;
        }
        QByteArray message = line.mid(at);
        qsizetype next = nl + 1;
        while (next < end && data.at(next) == '\t') {
            const qsizetype nl2 = data.indexOf('\n', next);
            message += '\n' + data.mid(next + 1, nl2 - next - 1);
            next = nl2 + 1;
        }
        if (next >= end && !complete)
            break; // the entry may go on in the next read: a later line ends it
        LoggedPlan p;
        p.tsMs = prefixTime(line);
        if (splitMessage(message, &p))
            out << p;
        pos = next;
        done = pos;
    }
    if (consumed)
        *consumed = done;
    return out;
}

// csvlog: RFC 4180 records (quoted fields, "" for a quote, newlines inside quotes); column 0 is
// the time, column 13 the message.
QList<LoggedPlan> parseCsv(const QByteArray &data, qsizetype *consumed) {
    QList<LoggedPlan> out;
    qsizetype pos = 0, done = 0;
    const qsizetype n = data.size();
    while (pos < n) {
        QList<QByteArray> fields;
        QByteArray field;
        bool quoted = false, complete = false;
        qsizetype i = pos;
        for (; i < n; ++i) {
            const char c = data.at(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && data.at(i + 1) == '"') {
                        field += '"';
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields << field;
                field.clear();
            } else if (c == '\n') {
                fields << field;
                complete = true;
                ++i;
                break;
            } else if (c != '\r') {
                field += c;
            }
        }
        if (!complete)
            break; // a record cut at the end: next read
        pos = i;
        done = pos;
        if (fields.size() < 14)
            continue;
        LoggedPlan p;
        p.tsMs = prefixTime(fields.at(0));
        if (splitMessage(fields.at(13), &p))
            out << p;
    }
    if (consumed)
        *consumed = done;
    return out;
}

// jsonlog: one object per line with "timestamp" and "message".
QList<LoggedPlan> parseJson(const QByteArray &data, qsizetype *consumed) {
    QList<LoggedPlan> out;
    const qsizetype end = data.lastIndexOf('\n') + 1;
    qsizetype pos = 0;
    while (pos < end) {
        const qsizetype nl = data.indexOf('\n', pos);
        const QByteArray line = data.mid(pos, nl - pos);
        pos = nl + 1;
        if (!line.contains("duration: "))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        LoggedPlan p;
        p.tsMs = prefixTime(o.value(QStringLiteral("timestamp")).toString().toUtf8());
        if (splitMessage(o.value(QStringLiteral("message")).toString().toUtf8(), &p))
            out << p;
    }
    if (consumed)
        *consumed = end;
    return out;
}
} // namespace

QList<LoggedPlan> parseAutoExplainLog(const QByteArray &data, LogFormat format, qsizetype *consumed,
                                      bool complete) {
    switch (format) {
    case LogFormat::Csv:
        return parseCsv(data, consumed);
    case LogFormat::Json:
        return parseJson(data, consumed);
    case LogFormat::Stderr:
        break;
    }
    return parseStderr(data, consumed, complete);
}

} // namespace plans
