#include "response_pipe.hpp"

namespace readiness::io {

ResponsePipe::ResponsePipe(Sink sink) : m_sink(std::move(sink)), m_free(k_batches - 1) {
    m_thread = std::thread([this] { run(); });
}

ResponsePipe::~ResponsePipe() {
    try {
        drain();
    } catch (...) { // drain() rethrows for the caller that asked; a destructor must not
    }
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ResponsePipe::push(const Response& response) {
    m_filling.add(response);
    if (m_filling.size() >= k_batch_rows || m_filling.text_bytes() >= k_batch_text_bytes) {
        hand_over();
    }
}

void ResponsePipe::hand_over() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_free.empty() || m_failure; });
    if (m_failure) {
        m_filling.clear(); // the sink failed: drain() reports it; what follows is not scored
        return;
    }
    m_full.push_back(std::move(m_filling));
    m_filling = std::move(m_free.back());
    m_free.pop_back();
    lock.unlock();
    m_changed.notify_all();
}

void ResponsePipe::drain() {
    if (!m_filling.empty()) {
        hand_over();
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return (m_full.empty() && m_in_sink == 0) || m_failure; });
    if (m_failure) {
        for (; !m_full.empty(); m_full.pop_front()) { // not scored: the sink failed
            m_full.front().clear();
            m_free.push_back(std::move(m_full.front()));
        }
        std::rethrow_exception(std::exchange(m_failure, nullptr));
    }
}

void ResponsePipe::run() {
    Response response;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return !m_full.empty() || m_stopping; });
        if (m_full.empty()) {
            return; // stopping, and nothing left
        }
        ResponseBatch batch = std::move(m_full.front());
        m_full.pop_front();
        const bool skip = m_failure != nullptr; // the sink failed: nothing after it is scored
        ++m_in_sink;
        lock.unlock();
        std::exception_ptr failure;
        try {
            for (std::size_t i = 0; i < batch.size() && !skip; ++i) {
                batch.load(i, response);
                m_sink(response);
            }
        } catch (...) {
            failure = std::current_exception();
        }
        batch.clear();
        lock.lock();
        --m_in_sink;
        if (failure && !m_failure) {
            m_failure = failure;
        }
        m_free.push_back(std::move(batch));
        m_changed.notify_all();
    }
}

} // namespace readiness::io
