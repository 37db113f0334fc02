# Proves clang-format.cmake can fail: a tree with a badly formatted file fails and names it (and
# only it), the same tree formatted passes, and a missing clang-format fails.
#   cmake -DCHECK=<clang-format.cmake> -DCLANG_FORMAT=<clang-format> -DSTYLE=<.clang-format>
#         -DWORK=<scratch dir> -P clang-format-can-fail.cmake
set(tree ${WORK}/clang-format-can-fail)
file(REMOVE_RECURSE ${tree})
configure_file(${STYLE} ${tree}/.clang-format COPYONLY)
file(WRITE ${tree}/model/core/good.h "#pragma once\n\nint f();\n")
file(WRITE ${tree}/tests/model/tst_good.cpp "int f()\n{\n    return 1;\n}\n")

function(run_check root clang_format result_var output_var)
    execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${root} -DCLANG_FORMAT=${clang_format}
                            -P ${CHECK}
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(${result_var} ${result} PARENT_SCOPE)
    set(${output_var} "${out}${err}" PARENT_SCOPE)
endfunction()

run_check(${tree} ${CLANG_FORMAT} result output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "a formatted tree failed:\n${output}")
endif()

file(WRITE ${tree}/widgets/views/bad.cpp "int  g( ){return 2;}\n")
run_check(${tree} ${CLANG_FORMAT} result output)
if(result EQUAL 0 OR NOT output MATCHES "widgets/views/bad.cpp" OR output MATCHES "good")
    message(FATAL_ERROR "a badly formatted file was not (only) named:\n${output}")
endif()

file(REMOVE ${tree}/widgets/views/bad.cpp)
run_check(${tree} ${tree}/no-clang-format result output)
if(result EQUAL 0)
    message(FATAL_ERROR "the check passed without clang-format:\n${output}")
endif()
message(STATUS "the format check passes a formatted tree, fails a difference and a missing tool")
