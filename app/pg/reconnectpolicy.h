#pragma once

#include <algorithm>
#include <chrono>

namespace pg {

// Exponential backoff for re-establishing a lost connection: 0.5 s, 1 s, 2 s, ... capped.
class ReconnectPolicy {
public:
    using ms = std::chrono::milliseconds;
    ReconnectPolicy() = default;
    ReconnectPolicy(ms first, ms max, int maxAttempts = -1)
        : m_first(first), m_max(max), m_maxAttempts(maxAttempts) {}

    bool enabled() const { return m_enabled; }
    void setEnabled(bool on) { m_enabled = on; }
    // Delay before the given attempt (0-based); negative when we should give up.
    ms delayFor(int attempt) const
    {
        if (!m_enabled || (m_maxAttempts >= 0 && attempt >= m_maxAttempts))
            return ms(-1);
        auto d = m_first;
        for (int i = 0; i < attempt && d < m_max; ++i)
            d *= 2;
        return std::min(d, m_max);
    }

private:
    ms m_first{500};
    ms m_max{30000};
    int m_maxAttempts = -1;
    bool m_enabled = true;
};

} // namespace pg
