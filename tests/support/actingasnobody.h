// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <unistd.h>

namespace casebook::testing {

/// While it lives, the process (every thread: glibc applies seteuid to all) acts as the unprivileged user
/// "nobody" for file access, so that permissions stop it even when the tests run as root (as CI does), to whom a
/// folder with mode 000 and a file with mode 444 are open.
class ActingAsNobody
{
public:
    ActingAsNobody()
    {
        if (::geteuid() == 0)
            m_switched = ::seteuid(65534) == 0;
    }
    ~ActingAsNobody()
    {
        if (m_switched && ::seteuid(0) != 0)
            qFatal("could not return to the root user after acting as nobody");
    }
    ActingAsNobody(const ActingAsNobody &) = delete;
    ActingAsNobody &operator=(const ActingAsNobody &) = delete;
    /// False when the tests run as root and could not give up the privilege (no CAP_SETUID).
    bool permissionsApply() const { return ::geteuid() != 0; }

private:
    bool m_switched = false;
};

} // namespace casebook::testing
#endif
