#pragma once

#include "util/Result.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace cs {

/// A hand-over between one producing thread and one consuming thread that holds at most `capacity` items, so a
/// producer that runs ahead waits instead of filling memory. The producer ends with an end marker of its choosing
/// (e.g. a null pointer) or fail(); the consumer cancels when it stops early, which releases a waiting producer.
template<typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(size_t capacity)
        : m_capacity(capacity)
    { }

    /// Producer: false when the consumer has cancelled (the item is dropped).
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return m_cancelled || m_items.size() < m_capacity; });
        if (m_cancelled) {
            return false;
        }
        m_items.push_back(std::move(item));
        m_cv.notify_all();
        return true;
    }
    /// Producer: ends the hand-over with an error, returned by pop() once the items before it are taken.
    void fail(Error error)
    {
        std::lock_guard lock(m_mutex);
        m_error = std::move(error);
        m_cv.notify_all();
    }
    /// Consumer: the next item, or the producer's error.
    Result<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return !m_items.empty() || m_error; });
        if (!m_items.empty()) {
            T item = std::move(m_items.front());
            m_items.pop_front();
            m_cv.notify_all();
            return item;
        }
        return *m_error;
    }
    /// Consumer: stops taking items; a waiting or later push() returns false.
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_cv.notify_all();
    }

private:
    size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<T> m_items;
    std::optional<Error> m_error;
    bool m_cancelled = false;
};

} // namespace cs
