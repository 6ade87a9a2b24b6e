#!/usr/bin/env bash
# Writes the data folders of earlier LawMonitor releases that the migration tests upgrade. Each is made by that
# release's own build (a git worktree of the commit, built and driven through its CLI and API), from texts we
# wrote; then zipped here. Run from anywhere; needs the repository's history, the .NET SDK, python3, curl.
#   schema-1-index.zip   aa64cb2  (index schema 1: three documents through index-jsonl)
#   schema-2-index.zip   e1e51f4~ (index schema 2, tokens in the index: two ingested files, one API token)
#   release-6701f83.zip  6701f83  (the release before store versions: the demo corpus ingested on first start,
#                                  its registers and detector store, an admin account, an API token, a saved
#                                  search, and a crawl run stopped with URLs still queued)
#   release-6474fbf.zip  6474fbf  (the release before the stored provision tree, every store versioned: the same,
#                                  with the 2026 plan's tasks and the duties to report, tokens in accounts.db, a
#                                  body watch beside the saved search)
#   release-eb7866c.zip  eb7866c  (the release before compressed version texts, index schema 5: the same as
#                                  release-6474fbf, each version's text stored as plain text)
#   release-d6b914d.zip  d6b914d  (the release before effects decided from a document's own day, index schema 6:
#                                  the same, each decision's effect stored as unknown)
#   release-7aad6df.zip  7aad6df  (the release before documents indexed by when they were indexed, index schema 7:
#                                  the same, with the demo province's letterhead set on first start)
# With names as arguments (schema-1 schema-2 release-6701f83 release-6474fbf release-eb7866c release-d6b914d
# release-7aad6df), writes only those.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(git -C "$here" rev-parse --show-toplevel)"
work="$(mktemp -d)"
trap 'rm -rf "$work"; git -C "$repo" worktree prune' EXIT

build() { # commit -> path of the CLI dll
  local commit="$1" tree="$work/tree-$1"
  git -C "$repo" worktree add --detach --force "$tree" "$commit" >/dev/null 2>&1
  dotnet build "$tree/src/SearchApi/LawMonitor.SearchApi.csproj" -c Release -o "$work/cli-$1" --nologo -v quiet -clp:NoSummary >&2
  echo "$work/cli-$1/LawMonitor.SearchApi.dll"
}

zipdata() { # folder zipfile
  (cd "$1" && rm -f ./*.db-wal ./*.db-shm && python3 -c "import shutil,sys; shutil.make_archive(sys.argv[1], 'zip', '.')" "${2%.zip}")
}

checkpoint() { # folder: fold every WAL into its database, so the zip holds whole files
  for db in "$1"/*.db; do python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_checkpoint(TRUNCATE)'); c.close()" "$db"; done
}

want() { # name: whether to write this fixture
  [ "$#" -gt 0 ] && { [ "${#names[@]}" -eq 0 ] || printf '%s\n' "${names[@]}" | grep -qx "$1"; }
}
names=("$@")

first_start() { # cli data port: serves a fresh data folder until its first start (demo corpus, registers, detectors) is done
  dotnet "$1" serve --data "$2" --urls "http://127.0.0.1:$3" > "$work/serve-$3.log" 2>&1 &
  serve=$!
  for _ in $(seq 1 300); do if grep -q "Detectors ran" "$work/serve-$3.log"; then break; fi; sleep 1; done
}

partial_crawl() { # cli data: a small site of three linked pages; the run stops after two URLs, leaving one queued
  mkdir -p "$work/site"
  for n in 1 2 3; do printf '<html><body><h1>QUYẾT ĐỊNH số %s/QĐ-UBND</h1><p>Điều 1. Nội dung %s</p><a href="/p%s.html">tiếp</a><a href="/p%s.html">nữa</a></body></html>' "$n" "$n" $(( n % 3 + 1 )) $(( (n + 1) % 3 + 1 )) > "$work/site/p$n.html"; done
  cp "$work/site/p1.html" "$work/site/index.html"
  (cd "$work/site" && python3 -m http.server 5392 --bind 127.0.0.1 >/dev/null 2>&1) &
  local site=$!
  sleep 1
  dotnet "$1" crawl --seed "http://127.0.0.1:5392/index.html" --allow-private --delay 0 --max-urls 2 --data "$2" >/dev/null 2>&1 || true
  kill "$site" || true
}

# Schema 1: three documents of our own through index-jsonl.
if want schema-1; then
cli=$(build aa64cb2)
data="$work/v1"; mkdir -p "$data"
cat > "$work/v1.jsonl" <<'JSONL'
{"id":"qd-1-2019","title":"Quy chế phối hợp theo dõi thi hành pháp luật","text":"QUYẾT ĐỊNH\nBan hành Quy chế phối hợp\nĐiều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc phối hợp theo dõi tình hình thi hành pháp luật.\nĐiều 2. Trách nhiệm báo cáo\n1. Các sở gửi báo cáo về Sở Tư pháp trước ngày 15 tháng 11 hằng năm."}
{"id":"kh-2-2020","title":"Kế hoạch kiểm tra năm 2020","text":"KẾ HOẠCH\nKiểm tra tình hình thi hành pháp luật năm 2020\nI. MỤC ĐÍCH\n1. Phát hiện quy định mâu thuẫn, chồng chéo.\nII. NỘI DUNG\n1. Kiểm tra tại ba sở trong Quý III năm 2020."}
{"id":"bc-3-2020","title":"Báo cáo kết quả kiểm tra","text":"BÁO CÁO\nKết quả kiểm tra thi hành pháp luật\n1. Đã kiểm tra ba sở.\n2. Phát hiện hai quy định chồng chéo về xử lý vi phạm hành chính."}
JSONL
dotnet "$cli" index-jsonl "$work/v1.jsonl" --data "$data" >/dev/null
checkpoint "$data"; zipdata "$data" "$here/schema-1-index.zip"
fi

# Schema 2: two files ingested, and an API token (kept in the index then).
if want schema-2; then
cli=$(build "$(git -C "$repo" rev-parse e1e51f4~1)")
data="$work/v2"; mkdir -p "$data" "$work/v2-files"
printf 'ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSố: 3/2020/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc phối hợp\nĐiều 1. Phạm vi\nCác sở phối hợp theo dõi thi hành pháp luật.\nĐiều 2. Báo cáo\nCác sở gửi báo cáo trước ngày 15 tháng 11 hằng năm.\n' > "$work/v2-files/qd-3-2020.txt"
printf 'ỦY BAN NHÂN DÂN TỈNH HÒA PHONG\nSố: 9/KH-UBND\nKẾ HOẠCH\nTheo dõi thi hành pháp luật năm 2021\nI. NỘI DUNG\n1. Sở Tư pháp chủ trì kiểm tra trong Quý III năm 2021.\n' > "$work/v2-files/kh-9-2021.txt"
dotnet "$cli" ingest "$work/v2-files" --data "$data" >/dev/null
dotnet "$cli" token create may-tich-hop --role analyst --data "$data" > "$here/schema-2-token.txt"
checkpoint "$data"; zipdata "$data" "$here/schema-2-index.zip"
fi

release() { # commit port [body]: a first start, an admin account, an API token, a saved search (and a body watch), a partial crawl
  local commit="$1" port="$2" body="${3:-}" cli data token
  cli=$(build "$commit")
  data="$work/release-$commit"; mkdir -p "$data"
  pushd "$work/tree-$commit" >/dev/null # the release's own corpus/, which serve reads relative to where it runs
  first_start "$cli" "$data" "$port"
  popd >/dev/null
  echo 'mật-khẩu-quản-trị-2026' | dotnet "$cli" user create quan.tri --role admin --display-name "Quản trị viên" --password-stdin --data "$data" >/dev/null
  token=$(dotnet "$cli" token create he-thong-bao-cao --role analyst --data "$data" | grep -o 'lm_[A-Za-z0-9_-]*')
  echo "$token" > "$here/release-$commit-token.txt"
  curl -sf -X POST "http://127.0.0.1:$port/api/alerts/saved-searches" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"name":"Báo cáo hằng năm","query":"gửi báo cáo trước ngày 15 tháng 11"}' >/dev/null
  if [ -n "$body" ]; then
    curl -sf -X POST "http://127.0.0.1:$port/api/alerts/body-watches" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"body\":\"$body\"}" >/dev/null
  fi
  kill "$serve"; wait "$serve" || true
  partial_crawl "$cli" "$data"
  checkpoint "$data"; zipdata "$data" "$here/release-$commit.zip"
}

# The release before store versions, and the release before the stored provision tree (with a body watch).
if want release-6701f83; then release 6701f83 5391; fi
if want release-6474fbf; then release 6474fbf 5393 "Sở Tư pháp"; fi
# The release before compressed version texts.
if want release-eb7866c; then release eb7866c 5394 "Sở Tư pháp"; fi
# The release before effects decided from a document's own day of effect.
if want release-d6b914d; then release d6b914d 5395 "Sở Tư pháp"; fi
# The release before documents indexed by when they were indexed.
if want release-7aad6df; then release 7aad6df 5396 "Sở Tư pháp"; fi
ls -la "$here"
