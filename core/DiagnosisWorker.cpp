#include "DiagnosisWorker.h"

#include "Diagnosis.h"

#include <QThread>

namespace hd {

DiagnosisWorker::DiagnosisWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<hd::TimelineStep>();
    qRegisterMetaType<hd::DiagnosisResult>();
}

DiagnosisWorker::~DiagnosisWorker()
{
    stopAndWait();
}

void DiagnosisWorker::stopAndWait()
{
    if (!m_thread)
        return;
    m_cancel.cancel();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void DiagnosisWorker::start(const Target &target, const DiagnosisOptions &options)
{
    stopAndWait();
    m_cancel = CancelToken();
    const CancelToken cancel = m_cancel;
    m_thread = QThread::create([this, target, options, cancel] {
        const DiagnosisResult result = Diagnosis::run(target, options, cancel, [this, cancel](const TimelineStep &step) {
            if (!cancel.isCancelled())
                emit stepRecorded(step);
        });
        emit finished(result);
    });
    m_thread->setObjectName(QStringLiteral("diagnosis"));
    m_thread->start();
}

void DiagnosisWorker::cancel()
{
    m_cancel.cancel();
}

bool DiagnosisWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace hd
