#pragma once

#include "explain/plan.h"

#include <QString>

namespace explain {

// A parser's answer: the plan, or a sentence saying why there is none.
struct ParseResult {
    Plan plan;
    QString error;
    bool ok() const { return error.isEmpty(); }
    static ParseResult failure(const QString &message)
    {
        ParseResult r;
        r.error = message;
        return r;
    }
};

} // namespace explain
