# Run at install time (install(SCRIPT), so also by cpack) on Windows and macOS: puts the Qt
# libraries and plugins, and the other libraries the executables link with, beside them.
# SCEAU_DEPLOYQT (windeployqt or macdeployqt) and SCEAU_LIBRARY_DIRS (where the non-Qt
# libraries are: CMAKE_PREFIX_PATH) are set by an install(CODE) before. The translations are
# compiled into the executables (translations/), so the tools copy none.
set(prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")

function(deploy)
    execute_process(COMMAND ${SCEAU_DEPLOYQT} ${ARGN} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${SCEAU_DEPLOYQT} failed (${rc})")
    endif()
endfunction()

if(WIN32)
    set(executables "${prefix}/bin/sceau.exe" "${prefix}/bin/sceau-cli.exe")
    deploy(--no-translations --no-compiler-runtime --dir "${prefix}/bin" ${executables})
    # OpenSSL, ldns, libzip, zlib, QtKeychain: the DLLs found in the prefixes, not the system's.
    set(library_dirs)
    foreach(dir IN LISTS SCEAU_LIBRARY_DIRS)
        list(APPEND library_dirs "${dir}/bin")
    endforeach()
    file(GET_RUNTIME_DEPENDENCIES EXECUTABLES ${executables} DIRECTORIES ${library_dirs}
         RESOLVED_DEPENDENCIES_VAR libraries UNRESOLVED_DEPENDENCIES_VAR unresolved
         PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
         POST_EXCLUDE_REGEXES "[Ss]ystem32")
    if(unresolved)
        message(FATAL_ERROR "Libraries not found in ${library_dirs}: ${unresolved}")
    endif()
    file(INSTALL ${libraries} DESTINATION "${prefix}/bin")
elseif(APPLE)
    # sceau-cli is inside the bundle (app/cli), so one run gives both the frameworks they need.
    deploy("${prefix}/sceau.app" "-executable=${prefix}/sceau.app/Contents/MacOS/sceau-cli")
endif()
