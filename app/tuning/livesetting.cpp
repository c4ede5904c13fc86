#include "tuning/livesetting.h"

#include "pg/result.h"

namespace tuning {

LiveSettings liveSettingsFrom(const pg::Result &r) {
    LiveSettings out;
    for (int i = 0; i < r.rows(); ++i) {
        LiveSetting s;
        s.name = r.text(i, "name");
        s.setting = r.text(i, "setting");
        s.unit = r.text(i, "unit");
        s.vartype = r.text(i, "vartype");
        s.context = r.text(i, "context");
        s.source = r.text(i, "source");
        s.sourceFile = r.text(i, "sourcefile");
        s.bootValue = r.text(i, "boot_val");
        s.resetValue = r.text(i, "reset_val");
        s.shown = r.text(i, "shown");
        s.description = r.text(i, "short_desc");
        s.pendingRestart = r.boolean(i, "pending_restart");
        out.insert(s.name, s);
    }
    return out;
}

} // namespace tuning
