# SPDX-License-Identifier: GPL-3.0-or-later
# Compile options shared by every Casebook target; applied per target, never directory-wide.
# clang (the fuzz build) has no -Wshadow=local.
function(casebook_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER QT_NO_FOREACH QT_NO_KEYWORDS QT_STRICT_ITERATORS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
            $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor
            -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
        if(CASEBOOK_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8 $<$<BOOL:${CASEBOOK_WERROR}>:/WX>)
    endif()
endfunction()
