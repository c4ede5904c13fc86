#pragma once

#include <QString>

namespace explain {

// The EXPLAIN options of the page's check boxes. ANALYZE and BUFFERS are on by default.
struct ExplainOptions {
    bool analyze = true, buffers = true, verbose = false, settings = false, wal = false;
    bool timing = true, costs = true, summary = true;

    // "ANALYZE true, BUFFERS true, ... " for the server version: options the server does not
    // know are left out (SETTINGS < 12, WAL and BUFFERS without ANALYZE < 13), and so are the
    // ones that need ANALYZE when it is off (TIMING, WAL).
    QString optionList(int serverVersionNum) const;
    bool operator==(const ExplainOptions &) const = default;
};

} // namespace explain
