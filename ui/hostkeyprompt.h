#pragma once

#include "ssh/hostkey.h"

class QWidget;

namespace ui {

// Shows an unknown SSH host key (type and SHA256 fingerprint) and asks whether to trust it;
// never blocks (QMessageBox::open). answer is called exactly once: true only for "Accept and
// remember". Questions about the same key while one is open share its answer.
void askHostKey(QWidget *parent, const ssh::HostKeyQuestion &question, std::function<void(bool)> answer);
// A prompt for pg::Connection::Options / ssh::setDefaultHostKeyPrompt bound to a parent.
ssh::HostKeyPrompt hostKeyPrompt(QWidget *parent);

} // namespace ui
