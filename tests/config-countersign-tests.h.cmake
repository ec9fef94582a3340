#pragma once
// Paths the tests find their fixtures and the programs under test by (configured by CMake).
#define COUNTERSIGN_TEST_DATA_DIR "@CMAKE_CURRENT_SOURCE_DIR@/data"
#define COUNTERSIGN_SOURCE_DIR "@CMAKE_SOURCE_DIR@"
#define COUNTERSIGN_CLI_PATH "@CMAKE_BINARY_DIR@/bin/countersign-cli"
#define COUNTERSIGN_CRASH_WRITER_PATH "@CMAKE_BINARY_DIR@/tests/crash_writer"
