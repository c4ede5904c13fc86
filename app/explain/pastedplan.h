#pragma once

#include <QString>
#include <QStringList>

// What users paste is rarely a bare plan: a psql session with prompts, other statements and
// their results, \timing lines in any language, titles and comments around it; DBeaver's grid
// copy; pgAdmin 3's single-quoted rows; JSON out of a CSV log with doubled quotes; JSON
// followed by text. These functions find the plan in such text (planparser.cpp calls them).
namespace explain {

struct PastedPlan {
    QString text;      // the plan's own lines (still framed by psql if it was)
    QStringList notes; // translated sentences about what was left out ("2 plans: the first ...")
};

// The first plan in `text`, with the lines around it dropped. Text in which no plan is
// recognised comes back unchanged (the parsers then say what is wrong with it).
PastedPlan extractPlan(const QString &text);

// JSON that is not alone: doubled quotes from a CSV copy undone, text before the first
// "[" / "{" and after its matching bracket dropped. Empty when there is no JSON plan.
QString extractJson(const QString &text);

} // namespace explain
