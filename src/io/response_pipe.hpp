#pragma once

#include "readiness/response_batch.hpp"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace readiness::io {

// Hands responses read on this thread to `sink` on a second one, in the order pushed, so that reading a
// CSV export and scoring it use both cores. The sink sees exactly the responses, in exactly the order, it
// would have seen called directly; what it touches must not be touched by the pushing thread before
// drain() returns. Memory is bounded: a few batches of copied responses.
class ResponsePipe {
public:
    using Sink = std::function<void(const Response&)>;

    explicit ResponsePipe(Sink sink);
    ~ResponsePipe(); // drains, then stops the second thread
    ResponsePipe(const ResponsePipe&) = delete;
    ResponsePipe& operator=(const ResponsePipe&) = delete;

    void push(const Response& response); // copies it; blocks while every batch is in use
    void drain();                        // returns when the sink has seen every response pushed; rethrows
                                         // what the sink threw

private:
    void hand_over(); // the batch being filled, to the second thread
    void run();       // the second thread

    static constexpr std::size_t k_batch_rows = 256;
    static constexpr std::size_t k_batch_text_bytes = std::size_t{1} << 20;
    static constexpr std::size_t k_batches = 4;

    Sink m_sink;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<ResponseBatch> m_free; // batches to fill
    std::deque<ResponseBatch> m_full;  // batches for the sink, oldest first
    ResponseBatch m_filling;           // owned by the pushing thread
    std::size_t m_in_sink = 0;         // batches the second thread holds
    bool m_stopping = false;
    std::exception_ptr m_failure;
    std::thread m_thread; // last: started once everything above exists
};

} // namespace readiness::io
