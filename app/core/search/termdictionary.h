// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace casebook {

/// Interns token strings as small integers so documents can be held and compared cheaply in memory. Id 0 means
/// "no such term".
class TermDictionary
{
public:
    TermDictionary() { m_terms.emplace_back(); }

    unsigned intern(std::string_view term)
    {
        m_key.assign(term);
        const auto found = m_ids.find(m_key);
        if (found != m_ids.end())
            return found->second;
        const auto id = unsigned(m_terms.size());
        m_terms.push_back(m_key);
        m_ids.emplace(m_key, id);
        return id;
    }

    unsigned find(std::string_view term) const
    {
        const auto found = m_ids.find(std::string(term));
        return found == m_ids.end() ? 0 : found->second;
    }

    /// Every term, indexed by id (entry 0 is empty).
    const std::vector<std::string> &terms() const { return m_terms; }

private:
    std::unordered_map<std::string, unsigned> m_ids;
    std::vector<std::string> m_terms;
    std::string m_key;
};

} // namespace casebook
