#include "tuning/inputsform.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace ui {

InputsForm::InputsForm(QWidget *parent)
    : QGroupBox(tr("Server"), parent)
    , m_ram(new QDoubleSpinBox(this))
    , m_cpus(new QSpinBox(this))
    , m_storage(new QComboBox(this))
    , m_workload(new QComboBox(this))
    , m_connections(new QSpinBox(this))
    , m_version(new QSpinBox(this)) {
    m_ram->setObjectName(QStringLiteral("ram"));
    m_ram->setRange(0.25, 65536);
    m_ram->setDecimals(2);
    m_ram->setSuffix(tr(" GB"));
    m_cpus->setObjectName(QStringLiteral("cpus"));
    m_cpus->setRange(1, 1024);
    m_storage->setObjectName(QStringLiteral("storage"));
    for (auto s : tuning::allStorages())
        m_storage->addItem(tuning::storageLabel(s), tuning::storageKey(s));
    m_workload->setObjectName(QStringLiteral("workload"));
    for (auto w : tuning::allWorkloads())
        m_workload->addItem(tuning::workloadLabel(w), tuning::workloadKey(w));
    m_connections->setObjectName(QStringLiteral("connections"));
    m_connections->setRange(0, 100000);
    m_connections->setSpecialValueText(tr("PGTune default"));
    m_connections->setToolTip(tr("Connections you expect (with a pool: its size plus a margin)."));
    m_version->setObjectName(QStringLiteral("pgVersion"));
    m_version->setRange(9, 30);
    auto *reset = new QPushButton(tr("The ticket's VPS"), this);
    reset->setObjectName(QStringLiteral("resetInputs"));
    reset->setToolTip(tr("4 GB RAM, 2 vCPU, SSD, web application, 100 connections"));

    auto *form = new QFormLayout;
    form->addRow(tr("RAM:"), m_ram);
    form->addRow(tr("CPUs:"), m_cpus);
    form->addRow(tr("Storage:"), m_storage);
    auto *right = new QFormLayout;
    right->addRow(tr("Workload:"), m_workload);
    right->addRow(tr("Connections:"), m_connections);
    right->addRow(tr("PostgreSQL:"), m_version);
    auto *row = new QHBoxLayout(this);
    row->addLayout(form);
    row->addSpacing(12);
    row->addLayout(right);
    row->addSpacing(12);
    row->addWidget(reset, 0, Qt::AlignTop);

    QSettings s;
    tuning::Inputs in;
    in.ramMb = s.value(QStringLiteral("tuning/ram_mb"), in.ramMb).toLongLong();
    in.cpus = s.value(QStringLiteral("tuning/cpus"), in.cpus).toInt();
    in.storage =
        tuning::storageFromKey(s.value(QStringLiteral("tuning/storage")).toString()).value_or(in.storage);
    in.workload =
        tuning::workloadFromKey(s.value(QStringLiteral("tuning/workload")).toString()).value_or(in.workload);
    in.connections = s.value(QStringLiteral("tuning/connections"), in.connections).toInt();
    in.pgMajor = s.value(QStringLiteral("tuning/pg_version"), in.pgMajor).toInt();
    setInputs(in);

    auto emitChanged = [this] {
        if (m_loading)
            return;
        save();
        Q_EMIT changed();
    };
    connect(m_ram, &QDoubleSpinBox::valueChanged, this, emitChanged);
    connect(m_cpus, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_connections, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_version, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_storage, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_workload, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(reset, &QPushButton::clicked, this, [this] {
        tuning::Inputs ticket;
        ticket.pgMajor = m_version->value();
        setInputs(ticket);
        save();
        Q_EMIT changed();
    });
}

InputsForm::~InputsForm() = default;

tuning::Inputs InputsForm::inputs() const {
    tuning::Inputs in;
    in.ramMb = qint64(m_ram->value() * 1024 + 0.5);
    in.cpus = m_cpus->value();
    in.storage = tuning::storageFromKey(m_storage->currentData().toString()).value_or(tuning::Storage::Ssd);
    in.workload =
        tuning::workloadFromKey(m_workload->currentData().toString()).value_or(tuning::Workload::Web);
    in.connections = m_connections->value();
    in.pgMajor = m_version->value();
    return in;
}

void InputsForm::setInputs(const tuning::Inputs &in) {
    m_loading = true;
    m_ram->setValue(double(in.ramMb) / 1024.0);
    m_cpus->setValue(in.cpus);
    m_storage->setCurrentIndex(m_storage->findData(tuning::storageKey(in.storage)));
    m_workload->setCurrentIndex(m_workload->findData(tuning::workloadKey(in.workload)));
    m_connections->setValue(in.connections);
    m_version->setValue(in.pgMajor);
    m_loading = false;
}

void InputsForm::setServerMajor(int major) {
    m_version->setEnabled(major <= 0);
    m_version->setToolTip(major > 0 ? tr("Read from the connected server") : QString());
    if (major > 0 && major != m_version->value()) {
        m_loading = true;
        m_version->setValue(major);
        m_loading = false;
        Q_EMIT changed();
    }
}

void InputsForm::save() const {
    QSettings s;
    const tuning::Inputs in = inputs();
    s.setValue(QStringLiteral("tuning/ram_mb"), in.ramMb);
    s.setValue(QStringLiteral("tuning/cpus"), in.cpus);
    s.setValue(QStringLiteral("tuning/storage"), tuning::storageKey(in.storage));
    s.setValue(QStringLiteral("tuning/workload"), tuning::workloadKey(in.workload));
    s.setValue(QStringLiteral("tuning/connections"), in.connections);
    if (m_version->isEnabled())
        s.setValue(QStringLiteral("tuning/pg_version"), in.pgMajor);
}

} // namespace ui
