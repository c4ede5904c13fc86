#pragma once

#include "tuning/inputs.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace ui {

// The advisor's inputs: RAM, CPUs, storage, workload, connections, PostgreSQL version.
// Remembered in QSettings ("tuning/..."); the version follows the server when connected.
class InputsForm : public QGroupBox {
    Q_OBJECT
public:
    explicit InputsForm(QWidget *parent = nullptr);
    ~InputsForm() override;

    tuning::Inputs inputs() const;
    void setInputs(const tuning::Inputs &in);
    // Connected: the version comes from the server and cannot be edited. 0: offline.
    void setServerMajor(int major);

Q_SIGNALS:
    void changed();

private:
    void save() const;
    QDoubleSpinBox *m_ram;
    QSpinBox *m_cpus;
    QComboBox *m_storage;
    QComboBox *m_workload;
    QSpinBox *m_connections;
    QSpinBox *m_version;
    bool m_loading = false;
};

} // namespace ui
