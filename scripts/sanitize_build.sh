# Sourced by scripts/test.sh --sanitize and scripts/fuzz.sh: the one sanitizer build both use, so CI compiles
# the code twice (normal, sanitized), not three times. clang, ASan + UBSan everywhere, libFuzzer's coverage in
# every library (the fuzz_ harnesses link libFuzzer's main; the tests link none); -O1 with line tables only:
# the sanitizers' reports keep their file:line, and the tree builds in half the time of -O2 -g.
sanitize_dir=build-asan
sanitize_args=(-DCMAKE_CXX_COMPILER=clang++ -DKIEMTRA_FUZZ=ON -DKIEMTRA_BUILD_BENCH=OFF
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only")
# A build-asan configured otherwise (gcc, before this build was shared) cannot change compilers in place.
if [ -f "$sanitize_dir/CMakeCache.txt" ] && ! grep -q '^KIEMTRA_FUZZ:BOOL=ON' "$sanitize_dir/CMakeCache.txt"; then
  echo "$sanitize_dir was configured without KIEMTRA_FUZZ (an older gcc build): configuring it afresh" >&2
  rm -rf "$sanitize_dir"
fi
