#pragma once

#include <QDateTime>

#include <optional>

namespace hd {

struct Observations;
struct CertificateInfo;

// Clocks kept by NTP agree within seconds: beyond five minutes one of them is wrong.
constexpr qint64 kClockSkewLimitSecs = 5 * 60;

// The server's clock (its HTTP Date header), when it differs from this computer's by more
// than kClockSkewLimitSecs; nothing when it agrees or gave no usable date.
std::optional<QDateTime> skewedServerTime(const Observations &obs);

bool isValidAt(const CertificateInfo &cert, const QDateTime &time);

} // namespace hd
