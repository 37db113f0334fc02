# Included by the translation checks: a copy of ${TS} in ${WORK}, brought up to date with the
# sources' tr() strings by lupdate; its text in the variable ts.
get_filename_component(_name ${TS} NAME)
configure_file(${TS} ${WORK}/check_${_name} COPYONLY)
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none @${SOURCES} -ts ${WORK}/check_${_name}
                RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status})")
endif()
file(READ ${WORK}/check_${_name} ts)
