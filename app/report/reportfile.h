#pragma once

#include "report/report.h"

#include <optional>
#include <qcoro/qcorotask.h>

namespace core {
class Workspace;
}

namespace report {

// Collects and writes the report to file: HTML, or a PDF printed by Chromium (pdf; by default when
// the name ends in .pdf). An error message for the user, or nullopt.
QCoro::Task<std::optional<QString>> writeReport(pg::Connection *conn, Options options, QString file,
                                                std::optional<bool> pdf = std::nullopt);
// The same for the window's current server and its history store, for the last periodMs.
QCoro::Task<std::optional<QString>> writeReport(core::Workspace *workspace, QString file, qint64 periodMs);

} // namespace report
