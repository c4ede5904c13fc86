#include "ssh/hostkey.h"

namespace ssh {

namespace {
HostKeyPrompt &defaultPrompt() {
    static HostKeyPrompt prompt; // set once by the GUI at start; read on the GUI thread only
    return prompt;
}
} // namespace

void setDefaultHostKeyPrompt(HostKeyPrompt prompt) {
    defaultPrompt() = std::move(prompt);
}

HostKeyPrompt defaultHostKeyPrompt() {
    return defaultPrompt();
}

} // namespace ssh
