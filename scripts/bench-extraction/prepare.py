#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the pages of two public extraction sets and their gold into WORK for bench-extraction.sh.

usage: prepare.py SCRAPINGHUB_REPO TRAFILATURA_REPO WORK

Pages are read from each repository's HEAD with git (a mirror has no work tree) and written to WORK/pages/;
WORK/pages.list names them all, WORK/gold.json holds, per set, how it is scored and each page's gold keyed by
the page's path.
"""
import gzip
import json
import os
import subprocess
import sys


def git_show(repo, path):
    return subprocess.run(["git", "-C", repo, "show", f"HEAD:{path}"], check=True, capture_output=True).stdout


def git_files(repo, folder):
    out = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "-z", "--name-only", "HEAD", folder],
                         check=True, capture_output=True).stdout
    return {name.decode("utf-8") for name in out.split(b"\0") if name}


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    scrapinghub, trafilatura, work = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
    pages_dir = os.path.join(work, "pages")
    os.makedirs(pages_dir, exist_ok=True)
    paths = []
    gold = {}

    # scrapinghub/article-extraction-benchmark: html/<id>.html.gz and ground-truth.json {id: {articleBody}}
    truth = json.loads(git_show(scrapinghub, "ground-truth.json"))
    pages = {}
    for key in sorted(truth):
        path = os.path.join(pages_dir, f"scrapinghub-{key}.html")
        with open(path, "wb") as f:
            f.write(gzip.decompress(git_show(scrapinghub, f"html/{key}.html.gz")))
        paths.append(path)
        pages[path] = truth[key].get("articleBody", "")
    gold["scrapinghub article-extraction-benchmark"] = {"kind": "shingles", "pages": pages}

    # adbar/trafilatura: tests/evaldata.json {url: {file, with, without}}, pages in tests/cache or tests/eval
    evaldata = json.loads(git_show(trafilatura, "tests/evaldata.json"))
    present = git_files(trafilatura, "tests/cache") | git_files(trafilatura, "tests/eval")
    pages = {}
    for index, url in enumerate(sorted(evaldata)):
        item = evaldata[url]
        source = next((f"tests/{d}/{item['file']}" for d in ("cache", "eval")
                       if f"tests/{d}/{item['file']}" in present), None)
        if source is None:
            continue
        path = os.path.join(pages_dir, f"trafilatura-{index:04d}.html")
        with open(path, "wb") as f:
            f.write(git_show(trafilatura, source))
        paths.append(path)
        pages[path] = {"with": item["with"], "without": item["without"]}
    gold["trafilatura evaldata"] = {"kind": "snippets", "pages": pages}

    with open(os.path.join(work, "pages.list"), "w", encoding="utf-8") as f:
        f.write("\n".join(paths) + "\n")
    with open(os.path.join(work, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f)
    print(f"{len(paths)} pages written to {pages_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
