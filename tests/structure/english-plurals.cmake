# Fails when a plural tr() string of the sources has no English forms (issue 12 §5: "(s)" shown
# to English readers): after lupdate, every numerus message of sceau_en.ts has both forms filled.
include(${CMAKE_CURRENT_LIST_DIR}/refreshed-ts.cmake)
string(REGEX MATCHALL "<message numerus=\"yes\">" plurals "${ts}")
list(LENGTH plurals total)
if(total EQUAL 0)
    message(FATAL_ERROR "no plural messages found: is lupdate working?")
endif()
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<[a-z]*comment>[^<]*</[a-z]*comment>[^<]*)*<translation[^>]*>[^<]*<numerusform></numerusform>" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
    list(JOIN missing "\n  " listed)
    message(FATAL_ERROR "${count} of ${total} plural messages have no English forms (fill their "
                        "numerusform in translations/sceau_en.ts):\n  ${listed}")
endif()
message(STATUS "all ${total} plural messages have their English forms")
