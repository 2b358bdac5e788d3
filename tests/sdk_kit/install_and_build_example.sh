#!/usr/bin/env bash
# The plugin author's path, end to end, as docs/writing-plugins.md tells it: install kiemtra into a temporary
# prefix, then — with nothing but that prefix (no path into the source or build tree) —
#   1. build sdk/examples/example-province, run its fixtures (kiemtra test-rules, ctest, GoogleTest through
#      kiemtra/testing.hpp), load it in kiemtra validate and find its finding;
#   2. write a project with `kiemtra new-plugin`, build and test it, add a rule with `kiemtra new-rule`, rebuild;
#   3. add a rule with `kiemtra new-rule` to a copy of the built-in structure plugin and build that copy;
#   4. with --deb (or KIEMTRA_TEST_DEB=1): build the .deb with cpack, unpack it, and build the example against it.
# Usage: install_and_build_example.sh BUILD_DIR SOURCE_DIR [--deb]
set -euo pipefail

build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
deb=${KIEMTRA_TEST_DEB:-0}
[ "${3:-}" = "--deb" ] && deb=1

work=$(mktemp -d "${TMPDIR:-/tmp}/kiemtra-sdk-kit.XXXXXX")
trap 'rm -rf "$work"' EXIT
export KIEMTRA_PLUGIN_PATH=
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
# An author builds with kiemtra's own compiler (gcc in the ordinary build, clang in the sanitizer build); the
# other one, when the machine has it, must be stopped at configure time.
cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build/CMakeCache.txt")
[ -n "$cxx" ] || cxx=c++
compiler=(-DCMAKE_CXX_COMPILER="$cxx")
if "$cxx" --version | grep -q clang; then
  other_cxx=g++ other_tag=gcc-
else
  other_cxx=clang++ other_tag=clang-
fi

step() { echo "== $*"; }
fail() {
  echo "FAILED: $*" >&2
  exit 1
}
# Runs a command that must exit with the given code; its output is kept in $work/out.
expect_exit() {
  local want=$1
  shift
  set +e
  "$@" >"$work/out" 2>&1
  local got=$?
  set -e
  if [ "$got" -ne "$want" ]; then
    cat "$work/out" >&2
    fail "exit $got (expected $want): $*"
  fi
}
expect_output() { grep -q -- "$1" "$work/out" || { cat "$work/out" >&2; fail "the output lacks: $1"; }; }
# Configures and builds an author's project against one prefix only.
build_project() {
  local source=$1 binary=$2 prefix=$3
  cmake -S "$source" -B "$binary" "${generator[@]}" "${compiler[@]}" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF >"$work/out" 2>&1 ||
    { cat "$work/out" >&2; fail "configure $source"; }
  local found
  found=$(grep '^kiemtra-sdk_DIR' "$binary/CMakeCache.txt" | cut -d= -f2)
  case "$found" in
    "$prefix"/*) ;;
    *) fail "kiemtra-sdk was found in '$found', not under $prefix" ;;
  esac
  if grep -rqs -e "$src" -e "$build" "$binary/CMakeCache.txt" "$binary/build.ninja" "$binary/Makefile"; then
    fail "the build of $source refers to kiemtra's source or build tree"
  fi
  cmake --build "$binary" -j 2 >"$work/out" 2>&1 || { cat "$work/out" >&2; fail "build $source"; }
}

step "cmake --install into a temporary prefix"
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
kiemtra=$prefix/bin/kiemtra
for f in bin/kiemtra lib/kiemtra/plugins/kiemtra_structure.so share/kiemtra/rules/default.yaml \
  include/kiemtra/sdk.hpp include/kiemtra/testing.hpp include/kiemtra/detail/enums_inline.hpp \
  share/cmake/kiemtra-sdk/kiemtra-sdkConfig.cmake share/cmake/kiemtra-sdk/KiemtraPlugin.cmake \
  share/doc/kiemtra/writing-plugins.md share/doc/kiemtra/rules/index.md; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done
[ -z "$(find "$prefix/include" -path '*core*')" ] || fail "core headers were installed"
expect_exit 0 "$kiemtra" plugins

step "1. the SDK example, built against the prefix only"
cp -r "$src/sdk/examples/example-province" "$work/example"
rm -rf "$work/example"/build*
build_project "$work/example" "$work/example-build" "$prefix"
plugin=$work/example-build/kiemtra_example-province.so
[ -f "$plugin" ] || fail "no $plugin"
# Hidden visibility: the descriptor and the rules alias are the only kiemtra symbols exported.
exported=$(nm -D --defined-only "$plugin" | awk '{print $3}' | grep -c kiemtra || true)
nm -D --defined-only "$plugin" | grep -q ' kiemtra_plugin_descriptor$' || fail "no exported descriptor"
nm -D --defined-only "$plugin" | grep -q ' kiemtra_plugin_rules$' || fail "no exported rules alias"
[ "$exported" -eq 2 ] || fail "the plugin exports $exported kiemtra symbols, expected 2"

expect_exit 0 "$kiemtra" test-rules "$work/example/tests" --plugins "$work/example-build"
expect_output "4 passed, 0 failed"
expect_exit 0 ctest --test-dir "$work/example-build" --output-on-failure
expect_output "example_province_gtest"
expect_output "100% tests passed"
expect_exit 1 "$kiemtra" validate "$work/example/data" --plugins "$work/example-build" --lang en --fail-on warning
expect_output "example-province/member-phone"
expect_output "Member Trần Thị Bình (DV02) has no phone number"
expect_output "The phone number '098765432' of member Hoàng Văn Em (DV05) is not valid"
expect_exit 0 "$kiemtra" plugins --plugins "$plugin" --lang en
expect_output "example-province"
# The plugin installs into kiemtra's built-in folder, where kiemtra finds it with no option.
cmake --install "$work/example-build" --prefix "$prefix" >/dev/null
expect_exit 0 "$kiemtra" rules explain example-province/member-phone --lang en
expect_output "Member with a missing or malformed phone number"
rm "$prefix/lib/kiemtra/plugins/kiemtra_example-province.so"

step "1b. a plugin built another way is stopped at configure or compile time"
# The C++ standard library's other ABI: the toolchain tag differs, so the generated check fails to compile.
cmake -S "$work/example" -B "$work/abi0-build" "${generator[@]}" "${compiler[@]}" -DCMAKE_PREFIX_PATH="$prefix" \
  -DCMAKE_CXX_FLAGS=-D_GLIBCXX_USE_CXX11_ABI=0 -DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON >/dev/null
expect_exit 1 cmake --build "$work/abi0-build"
expect_output "compiled with another compiler or C++ standard library than the installed kiemtra"
if command -v "$other_cxx" >/dev/null; then
  expect_exit 1 cmake -S "$work/example" -B "$work/other-build" "${generator[@]}" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_CXX_COMPILER="$other_cxx"
  expect_output "The installed kiemtra was built with"
  # Built anyway: kiemtra refuses it before running any of its code, naming both toolchains.
  cmake -S "$work/example" -B "$work/other-build" -DKIEMTRA_SKIP_TOOLCHAIN_CHECK=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON >/dev/null
  cmake --build "$work/other-build" >/dev/null
  expect_exit 3 "$kiemtra" plugins --plugins "$work/other-build" --lang en
  expect_output "was built with the toolchain '$other_tag"
fi

step "2. kiemtra new-plugin, then kiemtra new-rule in that project"
expect_exit 0 "$kiemtra" new-plugin my-province "$work/my"
build_project "$work/my" "$work/my-build" "$prefix"
expect_exit 0 ctest --test-dir "$work/my-build" --output-on-failure
expect_exit 0 "$kiemtra" test-rules "$work/my/tests" --plugins "$work/my-build"
expect_output "3 passed, 0 failed"
# Its scaffolded docs are what `rules docs` generates from the built plugin.
expect_exit 0 "$kiemtra" rules docs "$work/my/docs" --plugins "$work/my-build" --rules 'my-province/*' \
  --fixtures "$work/my/tests" --lang en
expect_output "0 pages written, 2 unchanged, 0 removed"
(cd "$work/my/src" && expect_exit 0 "$kiemtra" new-rule my-province/young-quota --severity warning)
cmake --build "$work/my-build" -j 2 >"$work/out" 2>&1 || { cat "$work/out" >&2; fail "rebuild after new-rule"; }
# The stub compiles and loads; its fires-example fails until the author writes the check.
expect_exit 1 "$kiemtra" test-rules "$work/my/tests" --plugins "$work/my-build"
expect_output "FAIL $work/my/tests/my-province/young-quota/fires-example"
expect_output "PASS $work/my/tests/my-province/young-quota/passes-example"
expect_output "4 passed, 1 failed"

step "2b. the steps kiemtra new-plugin prints, followed literally from the install"
(cd "$work" && "$kiemtra" new-plugin literal literal-plugin --lang en) >"$work/printed"
grep -q "^Needs: cmake 3.25" "$work/printed" || { cat "$work/printed" >&2; fail "new-plugin does not say what to install"; }
# The lines under "Next:", without their comments; the last one runs the example rule (a warning: exit 0).
sed -n '/^Next:/,$p' "$work/printed" | tail -n +2 | sed -e 's/^  //' -e 's/   # .*$//' >"$work/steps.sh"
[ "$(wc -l <"$work/steps.sh")" -ge 5 ] || { cat "$work/printed" >&2; fail "new-plugin printed no steps"; }
head -n -1 "$work/steps.sh" >"$work/steps-build.sh"
tail -n 1 "$work/steps.sh" >"$work/steps-run.sh"
(cd "$work" && bash -e "$work/steps-build.sh") >"$work/out" 2>&1 || { cat "$work/steps.sh" "$work/out" >&2; fail "a printed step failed"; }
(cd "$work/literal-plugin" && expect_exit 0 bash -e "$work/steps-run.sh")
expect_output "literal/member-required-column"

step "3. kiemtra new-rule in a copy of the built-in structure plugin, built against the prefix"
tree=$work/tree
mkdir -p "$tree/plugins" "$tree/tests/rules"
cp -r "$src/plugins/structure" "$tree/plugins/"
cp -r "$src/tests/rules/structure" "$tree/tests/rules/"
expect_exit 0 "$kiemtra" new-rule structure/branch-quota --source "$tree"
cat >"$tree/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.25)
project(structure-copy LANGUAGES CXX)
find_package(kiemtra-sdk 2.0 REQUIRED)
add_subdirectory(plugins/structure)
EOF
build_project "$tree" "$work/tree-build" "$prefix"
# A kiemtra with no built-in folder beside it loads only this copy of structure (the installed one would clash).
mkdir -p "$work/bare/bin"
cp "$kiemtra" "$work/bare/bin/kiemtra"
expect_exit 1 "$work/bare/bin/kiemtra" test-rules "$tree/tests/rules/structure" --plugins "$work/tree-build/plugins/structure"
expect_output "FAIL $tree/tests/rules/structure/branch-quota/fires-example"
expect_output "PASS $tree/tests/rules/structure/branch-quota/passes-example"
expect_output "PASS $tree/tests/rules/structure/secretary/fires-two-secretaries"
grep -q "^FAIL" "$work/out" && [ "$(grep -c '^FAIL' "$work/out")" -eq 1 ] || fail "only the stub's fires-example may fail"

if [ "$deb" = 1 ]; then
  step "4. cpack -G DEB, unpacked, and the example built against it"
  (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >"$work/out" 2>&1) ||
    { cat "$work/out" >&2; fail "cpack"; }
  package=$(ls "$work"/deb/kiemtra_*.deb)
  dpkg-deb -f "$package" Depends | tee "$work/out"
  expect_output "libyaml-cpp0.7"
  dpkg-deb -x "$package" "$work/root"
  [ -x "$work/root/usr/bin/kiemtra" ] || fail "the package has no usr/bin/kiemtra"
  # Its binaries are stripped: the built-in plugins must still load.
  expect_exit 0 "$work/root/usr/bin/kiemtra" plugins
  expect_output "structure"
  build_project "$work/example" "$work/deb-example-build" "$work/root/usr"
  expect_exit 0 "$work/root/usr/bin/kiemtra" test-rules "$work/example/tests" --plugins "$work/deb-example-build"
  expect_output "4 passed, 0 failed"
fi

step "all passed"
