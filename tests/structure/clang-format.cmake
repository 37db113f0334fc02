# Fails when a C++ file under model/, widgets/, app/ or tests/ is not as clang-format (the
# repository's .clang-format, Debian 12 clang-format 14) would write it, listing those files.
# A missing clang-format is a failure, never a pass (.ci/packages.txt installs it).
#   cmake -DROOT=<source tree> -DCLANG_FORMAT=<clang-format or empty> -P clang-format.cmake
if(NOT CLANG_FORMAT OR NOT EXISTS "${CLANG_FORMAT}")
    message(FATAL_ERROR "clang-format not found (install the Debian package clang-format); "
                        "the format check cannot pass without it")
endif()
if(NOT EXISTS ${ROOT}/.clang-format)
    message(FATAL_ERROR "no .clang-format at ${ROOT}")
endif()

set(sources "")
foreach(folder model widgets app tests)
    file(GLOB_RECURSE found ${ROOT}/${folder}/*.h ${ROOT}/${folder}/*.cpp)
    list(APPEND sources ${found})
endforeach()
list(SORT sources)

# One run over all files; each difference is reported as "<file>:<line>:<col>: error: ...".
execute_process(COMMAND ${CLANG_FORMAT} --style=file --dry-run -Werror --ferror-limit=1 ${sources}
                WORKING_DIRECTORY ${ROOT}
                RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE diagnostics)
set(differ "")
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]+:[0-9]+:[0-9]+: error:" errors "${diagnostics}")
    foreach(error IN LISTS errors)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error:$" "" file "${error}")
        file(RELATIVE_PATH relative ${ROOT} ${file})
        list(APPEND differ ${relative})
    endforeach()
    list(REMOVE_DUPLICATES differ)
    if(NOT differ) # failed without naming a file: say why
        message(FATAL_ERROR "clang-format failed (${result}):\n${diagnostics}")
    endif()
endif()
list(LENGTH sources count)
if(differ)
    list(JOIN differ "\n  " differ)
    message(FATAL_ERROR "not clang-formatted (run clang-format -i on them):\n  ${differ}")
endif()
message(STATUS "${count} C++ files clang-formatted")
