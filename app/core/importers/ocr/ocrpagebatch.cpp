// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrpagebatch.h"

namespace casebook {

OcrPageBatch::~OcrPageBatch()
{
    for (auto &page : m_pages) {
        page.second.cancel();
        try {
            page.second.waitForFinished(); // rethrows the task's error, which the read has reported already
        } catch (...) { }
    }
}

void OcrPageBatch::collectInto(QList<LaidOutPage> &pages, const std::function<void()> &pageDone)
{
    for (auto &[index, future] : m_pages) {
        pages[index] = future.result(); // rethrows the page's CasebookError
        if (pageDone)
            pageDone();
    }
    m_pages.clear();
}

} // namespace casebook
