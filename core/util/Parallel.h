#pragma once

#include <algorithm>
#include <thread>
#include <vector>

namespace cs {

/// The number of threads to use: `requested` when above 0, else one per core.
inline int workerCount(int requested = 0)
{
    return requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency()));
}

/// Runs job(0) ... job(workers - 1) at once, job(0) on the calling thread, and returns when all have finished.
template<typename Job>
void runParallel(int workers, const Job& job)
{
    std::vector<std::thread> pool;
    for (int t = 1; t < workers; ++t) {
        pool.emplace_back([&job, t] { job(t); });
    }
    job(0);
    for (std::thread& thread : pool) {
        thread.join();
    }
}

} // namespace cs
