#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the two libraries that neither MSYS2 nor Homebrew packages, as static libraries into PREFIX (lib/,
# include/), for the Windows and macOS builds (.github/workflows/desktop-packages.yml): Snowball's libstemmer (search
# stemming) and Google's CLD2 (language detection). Debian packages both (libstemmer-dev, libcld2-dev).
# Usage: build-missing-libraries.sh PREFIX
set -euo pipefail
prefix=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$prefix/lib" "$prefix/include/cld2"
cxx=${CXX:-c++}

# libstemmer: the release's own Makefile makes libstemmer.a.
curl -fsSL https://snowballstem.org/dist/libstemmer_c-2.2.0.tar.gz | tar -xz -C "$work"
make -C "$work/libstemmer_c-2.2.0" libstemmer.a CFLAGS="-O2 -Iinclude"
cp "$work/libstemmer_c-2.2.0/libstemmer.a" "$prefix/lib/"
cp "$work/libstemmer_c-2.2.0/include/libstemmer.h" "$prefix/include/"

# CLD2: no build system upstream; the sources of its small (0122) tables, as internal/compile_libs.sh lists them,
# compiled into libcld2.a. Casebook includes <cld2/public/compact_lang_det.h>, as Debian installs it.
git clone --quiet --depth 1 https://github.com/CLD2Owners/cld2.git "$work/cld2"
(
    cd "$work/cld2/internal"
    sources=(cldutil.cc cldutil_shared.cc compact_lang_det.cc compact_lang_det_hint_code.cc compact_lang_det_impl.cc
        debug.cc fixunicodevalue.cc generated_entities.cc generated_language.cc generated_ulscript.cc
        getonescriptspan.cc lang_script.cc offsetmap.cc scoreonescriptspan.cc tote.cc utf8statetable.cc
        cld_generated_cjk_uni_prop_80.cc cld2_generated_cjk_compatible.cc cld_generated_cjk_delta_bi_4.cc
        generated_distinct_bi_0.cc cld2_generated_quadchrome0122_2.cc cld2_generated_deltaoctachrome0122.cc
        cld2_generated_distinctoctachrome0122.cc cld_generated_score_quad_octa_0122_2.cc)
    for source in "${sources[@]}"; do
        "$cxx" -O2 -std=c++98 -w -c "$source" -o "${source%.cc}.o"
    done
    ar rcs "$prefix/lib/libcld2.a" ./*.o
)
cp -R "$work/cld2/public" "$work/cld2/internal" "$prefix/include/cld2/"
echo "libstemmer.a and libcld2.a are in $prefix/lib"
