#pragma once

#include "tuning/inputs.h"
#include "tuning/settingsdiff.h"

#include <QList>
#include <QString>

namespace tuning {

// A string literal for SQL and postgresql.conf ('' doubles a quote).
QString quoteLiteral(const QString &value);
// A setting name for a statement typed by hand: plain when it is a plain name, else each
// dotted part quoted as an identifier.
QString settingNameForScript(const QString &name);
// One statement: ALTER SYSTEM SET name = 'value'; (list settings get one literal per item).
QString alterSystemStatement(const Recommendation &rec);

// Which recommendations go into a script: when connected, only those that differ from the
// server (onlyChanged); offline all of them.
QList<SettingDiff> scriptSettings(const QList<SettingDiff> &diffs, bool onlyChanged);

// A psql script: ALTER SYSTEM for each setting, then pg_reload_conf(), with a comment on
// every line saying whether it takes effect on reload or needs a restart.
QString alterSystemScript(const QList<SettingDiff> &diffs, const Inputs &in, bool onlyChanged);
// The same settings as a file for conf.d/ (include_dir), e.g. conf.d/50-pgdba-tuning.conf.
QString confSnippet(const QList<SettingDiff> &diffs, const Inputs &in, bool onlyChanged);

} // namespace tuning
