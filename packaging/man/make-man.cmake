# Writes a man page from its template: @VERSION@ becomes the version, @COMMANDS@ countersign-cli's usage text (its
# --help), escaped for troff and kept in its own layout.
# Run as: cmake -DCLI=... -DTEMPLATE=... -DOUT=... -DVERSION=... -P make-man.cmake
cmake_minimum_required(VERSION 3.25) # @VERSION@ below is text to replace, not a variable (CMP0053)
file(READ ${TEMPLATE} page)
if(page MATCHES "@COMMANDS@")
    execute_process(COMMAND ${CLI} --help OUTPUT_VARIABLE usage ERROR_VARIABLE usage RESULT_VARIABLE result)
    if(NOT usage MATCHES "Commands:")
        message(FATAL_ERROR "${CLI} --help printed no commands (exit ${result}): ${usage}")
    endif()
    string(REGEX REPLACE "^.*Commands:[\r\n]+" "" usage "${usage}")
    string(REPLACE "\\" "\\e" usage "${usage}")
    string(REPLACE "-" "\\-" usage "${usage}")
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" usage "\n${usage}")
    set(commands ".nf\n.RS 2${usage}\n.RE\n.fi")
    string(REPLACE "@COMMANDS@" "${commands}" page "${page}")
endif()
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")
file(WRITE ${OUT} "${page}")
