#pragma once

#include <QtGlobal>

namespace cs {

/// Source of the current time for everything that is recorded (audit events, checkpoints, reviews).
/// Replaceable so that tests and the demo generator control time; the system clock is the default.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;

    /// The process-wide system clock. Never null; lives for the whole program.
    static const Clock& system();
};

/// A clock that returns whatever it was set to; it advances only when told.
class ManualClock : public Clock
{
public:
    explicit ManualClock(qint64 startMs)
        : m_nowMs(startMs)
    { }
    qint64 nowMs() const override { return m_nowMs; }
    void set(qint64 ms) { m_nowMs = ms; }
    void advance(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace cs
