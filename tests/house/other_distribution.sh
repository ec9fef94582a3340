#!/bin/sh
# Issue #11 item 10: a distribution whose compiler predefines _FORTIFY_SOURCE (Ubuntu's and Fedora's do; emulated
# here by passing it first in CMAKE_CXX_FLAGS) must still build the project with -Werror on. Configures a fresh tree
# in a temporary folder and compiles the core source that includes the most of the C library (an object, not the
# whole project, to keep the suite short).
# Usage: other_distribution.sh SOURCE_DIR GENERATOR
set -eu
source_dir=$1
generator=$2
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
cmake -S "$source_dir" -B "$tree" -G "$generator" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOUNTERSIGN_WERROR=ON \
    -DCMAKE_CXX_FLAGS="-D_FORTIFY_SOURCE=3" >"$tree/configure.log" 2>&1 || { cat "$tree/configure.log"; exit 1; }
cmake --build "$tree" --target core/CMakeFiles/countersign_core.dir/store/PredictionImportStore.cpp.o
echo "built with a predefined _FORTIFY_SOURCE and -Werror"
