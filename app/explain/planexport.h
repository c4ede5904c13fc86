#pragma once

#include "explain/plan.h"

#include <QJsonObject>
#include <QString>

namespace explain {

// "Copy as text": the annotated tree as aligned plain text (exclusive, inclusive, rows x,
// rows, loops, node), then the findings. Translated headings.
QString toText(const Plan &plan);

// The annotated tree with stable field names for scripts (pgdba explain --output json);
// documented in docs/guide/explain.md. Field names never change between versions.
QJsonObject toAnnotatedJson(const Plan &plan);
// The same document as UTF-8 text, compact (one line) or indented. Compact output is written
// node by node, without building the whole tree as QJsonObjects first (a 10,000-node plan's
// document tree cost hundreds of megabytes).
QByteArray toAnnotatedJsonText(const Plan &plan, bool pretty = false);
QJsonObject nodeJson(const Plan &plan, int nodeId); // one node, without children
QJsonObject findingJson(const Finding &f);
QJsonObject buffersJson(const Buffers &b);

} // namespace explain
