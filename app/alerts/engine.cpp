#include "alerts/engine.h"

#include <cmath>
#include <limits>

namespace alerts {

QList<Transition> Engine::evaluate(const QString &server, const QString &serverName, qint64 tsMs,
                                   const Values &values) {
    QList<Transition> out;
    auto &states = m_states[server];
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = values.constFind(rule.metric);
        if (it == values.cend() || std::isnan(*it))
            continue;
        const double v = *it;
        State &s = states[rule.id];
        const bool applies = rule.appliesTo(server, serverName);
        switch (s.phase) {
        case Phase::Clear:
        case Phase::Pending:
            if (rule.muted || !applies || !rule.breached(v)) {
                s = State{};
                break;
            }
            if (s.phase == Phase::Clear) {
                s.phase = Phase::Pending;
                s.sinceMs = tsMs;
            }
            if (tsMs - s.sinceMs >= rule.forMs) {
                s.phase = Phase::Firing;
                s.alertId = 0;
                out.append({Transition::Fired, server, rule, v, tsMs, 0});
            }
            break;
        case Phase::Firing:
        case Phase::Clearing:
            if (!applies || !rule.cleared(v)) {
                // Out of scope now: resolve at once; else still bad: back to firing.
                if (!applies) {
                    out.append({Transition::Resolved, server, rule, v, tsMs, s.alertId});
                    s = State{};
                } else {
                    s.phase = Phase::Firing;
                }
                break;
            }
            if (s.phase == Phase::Firing) {
                s.phase = Phase::Clearing;
                s.sinceMs = tsMs;
            }
            if (tsMs - s.sinceMs >= rule.forMs) {
                out.append({Transition::Resolved, server, rule, v, tsMs, s.alertId});
                s = State{};
            }
            break;
        }
    }
    // Open alerts of rules that no longer exist resolve.
    for (auto it = states.begin(); it != states.end();) {
        bool known = false;
        for (const Rule &r : std::as_const(m_rules))
            known = known || r.id == it.key();
        if (known) {
            ++it;
            continue;
        }
        if (it->phase == Phase::Firing || it->phase == Phase::Clearing) {
            Rule gone;
            gone.id = it.key();
            out.append({Transition::Resolved, server, gone, std::numeric_limits<double>::quiet_NaN(), tsMs,
                        it->alertId});
        }
        it = states.erase(it);
    }
    return out;
}

void Engine::setAlertId(const QString &server, const QString &ruleId, qint64 id) {
    m_states[server][ruleId].alertId = id;
}

void Engine::restoreOpen(const QString &server, const QString &ruleId, qint64 id) {
    State &s = m_states[server][ruleId];
    s.phase = Phase::Firing;
    s.alertId = id;
}

bool Engine::isFiring(const QString &server, const QString &ruleId) const {
    const auto s = m_states.value(server).value(ruleId);
    return s.phase == Phase::Firing || s.phase == Phase::Clearing;
}

void Engine::forgetServer(const QString &server) {
    m_states.remove(server);
}

} // namespace alerts
