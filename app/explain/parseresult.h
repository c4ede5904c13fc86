#pragma once

#include "explain/plan.h"

#include <QString>
#include <QStringList>

namespace explain {

// A parser's answer: the plan, or a sentence saying why there is none.
struct ParseResult {
    Plan plan;
    QString error;
    // Said to the user beside the plan: what was read around it ("3 plans in the text: the
    // first is shown."). Translated sentences.
    QStringList notes;
    bool ok() const { return error.isEmpty(); }
    static ParseResult failure(const QString &message) {
        ParseResult r;
        r.error = message;
        return r;
    }
};

} // namespace explain
