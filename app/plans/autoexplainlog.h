#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace plans {

// The server log formats auto_explain writes into: stderr (plain lines), csvlog, jsonlog.
enum class LogFormat { Stderr, Csv, Json };
LogFormat logFormatOf(const QString &fileName); // *.csv, *.json, else stderr

// One plan auto_explain logged: when, how long the statement ran, and the plan as logged (text
// or JSON, with its "Query Text"), for explain::parsePlan.
struct LoggedPlan {
    qint64 tsMs = 0;        // the log line's time; 0 when the prefix has none
    double durationMs = -1; // auto_explain's "duration: … ms"
    QByteArray plan;        // the plan part of the message
};

// Every auto_explain entry of a piece of log. While a file still grows (complete false) an entry
// that may go on in the next read is left for it; *consumed says how far entries were complete.
// Lines that are not auto_explain's are skipped. Pure, safe on any thread.
QList<LoggedPlan> parseAutoExplainLog(const QByteArray &data, LogFormat format, qsizetype *consumed = nullptr,
                                      bool complete = true);

} // namespace plans
