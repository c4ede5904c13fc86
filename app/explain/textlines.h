#pragma once

#include "explain/plan.h"

#include <QString>
#include <QStringView>

// Pieces of the text-format parser (textparser.cpp): one line at a time.
namespace explain::textlines {

// "Index Scan Backward using i on s.t a  (cost=..) (actual ..)" -> the node's fields.
// False when the line does not look like a node.
bool parseNodeHeader(QStringView body, PlanNode &node);
// "(actual time=1.0..2.0 rows=3 loops=4)", "actual rows=3 loops=4", "never executed".
void parseActuals(QStringView text, double *startup, double *total, double *rows, double *loops, bool *timing,
                  bool *never);
// One property line of a node ("Sort Method: quicksort  Memory: 25kB", "Buffers: ...").
void applyNodeProperty(PlanNode &node, const QString &body);
// "shared hit=1 read=2, temp read=3 written=4"
void parseBuffers(QStringView value, Buffers &b);
void parseIoTimings(QStringView value, IoTimings &io);
void parseWal(QStringView value, WalUsage &w);
// Statement-level lines: "Planning Time: 1 ms", "Trigger t: time=1 calls=2", JIT, Settings.
// `section` is the block the line is indented under ("Planning", "JIT") or empty.
void applySummaryLine(Plan &plan, const QString &section, const QString &body);
// "InitPlan 1 (returns $0)", "SubPlan 2", "CTE name": the label above a subplan.
bool isSubplanLabel(const QString &body);
double number(QStringView text, bool *ok = nullptr);

} // namespace explain::textlines
