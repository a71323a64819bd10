#pragma once

#include "CancelToken.h"
#include "DiagnosisOptions.h"
#include "DiagnosisResult.h"

#include <QObject>

class QThread;

namespace hd {

// Runs diagnoses on a thread of their own and reports back with signals, which reach
// receivers on their own threads (queued). Destroying it cancels and waits, so a window
// can close mid-diagnosis.
class DiagnosisWorker : public QObject
{
    Q_OBJECT
public:
    explicit DiagnosisWorker(QObject *parent = nullptr);
    ~DiagnosisWorker() override;

    void start(const Target &target, const DiagnosisOptions &options);
    void cancel();
    bool isRunning() const;

signals:
    void stepRecorded(const hd::TimelineStep &step);
    void finished(const hd::DiagnosisResult &result);

private:
    void stopAndWait();

    QThread *m_thread = nullptr;
    CancelToken m_cancel;
};

} // namespace hd
