# Writes a man page from its template: @VERSION@ becomes the version, @COMMANDS@ countersign-cli's usage text (its
# --help) in the page's language, escaped for troff and kept in its own layout.
# Run as: cmake -DCLI=... -DTEMPLATE=... -DOUT=... -DVERSION=... [-DLOCALE=de_DE.UTF-8 -DHEADING=Befehle:] -P make-man.cmake
# LOCALE is the environment the program runs in (default C.UTF-8, English, whatever the build machine's language);
# HEADING the line of its usage text after which the commands come (default Commands:).
cmake_minimum_required(VERSION 3.25) # @VERSION@ below is text to replace, not a variable (CMP0053)
if(NOT LOCALE)
    set(LOCALE C.UTF-8)
endif()
if(NOT HEADING)
    set(HEADING "Commands:")
endif()
file(READ ${TEMPLATE} page)
if(page MATCHES "@COMMANDS@")
    execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE --unset=LC_MESSAGES LC_ALL=${LOCALE} LANG=${LOCALE}
                            ${CLI} --help
                    OUTPUT_VARIABLE usage ERROR_VARIABLE usage RESULT_VARIABLE result)
    string(FIND "${usage}" "\n${HEADING}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${CLI} --help in ${LOCALE} printed no \"${HEADING}\" (exit ${result}): ${usage}")
    endif()
    string(LENGTH "\n${HEADING}\n" skip)
    math(EXPR at "${at} + ${skip}")
    string(SUBSTRING "${usage}" ${at} -1 usage)
    string(REPLACE "\\" "\\e" usage "${usage}")
    string(REPLACE "-" "\\-" usage "${usage}")
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" usage "\n${usage}")
    set(commands ".nf\n.RS 2${usage}\n.RE\n.fi")
    string(REPLACE "@COMMANDS@" "${commands}" page "${page}")
endif()
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")
file(WRITE ${OUT} "${page}")
