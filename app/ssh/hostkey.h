#pragma once

#include <QString>

#include <functional>

namespace ssh {

// A server key that ~/.ssh/known_hosts does not list yet. The user must accept it (it is
// then written to known_hosts) before anything is sent; a key that differs from the one on
// file is never asked about: it is refused (Tunnel::open's error names both fingerprints).
struct HostKeyQuestion {
    QString host; // as written to known_hosts: "host" or "[host]:port"
    int port = 22;
    QString keyType;     // "ssh-ed25519", ...
    QString fingerprint; // "SHA256:..." as ssh-keygen -lf prints it
    QString knownHostsFile;
};

// Asked on the thread that opened the tunnel (the GUI thread in the window); calls answer
// exactly once, now or later, with true to accept and remember the key.
using HostKeyPrompt = std::function<void(const HostKeyQuestion &, std::function<void(bool)> answer)>;

// The prompt tunnels use when their connection gives none (the main window installs one that
// shows a dialog). Without any, an unknown key is refused with its fingerprint in the error.
void setDefaultHostKeyPrompt(HostKeyPrompt prompt);
HostKeyPrompt defaultHostKeyPrompt();

} // namespace ssh
