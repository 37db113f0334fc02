# The module rules a grep can check (DESIGN.md §1, issue 8). Run as
#   cmake -DROOT=<source tree> -DRULE=<rule> -P layering.cmake
# and fails listing every offending line. The rules:
#   dns-below-protocols   model/dns includes nothing from model/spf, model/dkim, model/audit:
#                         the protocols sit on DNS, never the other way round.
#   services-in-session   nothing under widgets/ or app/ constructs a resolver, a workspace or a
#                         keychain: model/session (Session) owns them and hands them out.
#   layers-point-down     model/ includes nothing from widgets/ or app/; widgets/ nothing from app/.
# Lines whose first non-blank characters are // are comments and not checked.
if(NOT ROOT OR NOT RULE)
    message(FATAL_ERROR "usage: cmake -DROOT=<tree> -DRULE=<rule> -P layering.cmake")
endif()

set(include_line "^[ \t]*#[ \t]*include[ \t]*\"")
if(RULE STREQUAL "dns-below-protocols")
    set(folders model/dns)
    set(pattern "${include_line}model/(spf|dkim|audit)/")
    set(what "model/dns must not include model/spf, model/dkim or model/audit")
elseif(RULE STREQUAL "services-in-session")
    set(folders widgets app)
    set(pattern "(createResolver[ \t]*\\(|LiveResolver[ \t]*[({]|CachingResolver[ \t]*[({]|ZoneFileResolver[ \t]*[({]|make_(unique|shared)<[A-Za-z:]*(LiveResolver|CachingResolver|ZoneFileResolver|SecretStore)>|(LiveResolver|CachingResolver|ZoneFileResolver|SecretStore)[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*[({]|Workspace::open|SecretStore[ \t]*[({]|QKeychain::)")
    set(what "widgets/ and app/ must not construct a resolver, a workspace or a keychain "
             "(ask the Session)")
elseif(RULE STREQUAL "layers-point-down")
    set(folders model widgets)
    set(pattern "") # per folder, below
    set(what "model/ must not include widgets/ or app/; widgets/ must not include app/")
else()
    message(FATAL_ERROR "unknown rule ${RULE}")
endif()

set(offenders "")
set(count 0)
foreach(folder IN LISTS folders)
    file(GLOB_RECURSE sources ${ROOT}/${folder}/*.h ${ROOT}/${folder}/*.cpp)
    set(folder_pattern "${pattern}")
    if(RULE STREQUAL "layers-point-down")
        if(folder STREQUAL "model")
            set(folder_pattern "${include_line}(widgets|app)/")
        else()
            set(folder_pattern "${include_line}app/")
        endif()
    endif()
    foreach(source IN LISTS sources)
        math(EXPR count "${count} + 1")
        file(STRINGS ${source} lines REGEX "${folder_pattern}")
        foreach(line IN LISTS lines)
            # file(STRINGS) splits a line at ';': keep the pieces that match, outside comments.
            if(line MATCHES "${folder_pattern}" AND NOT line MATCHES "^[ \t]*//")
                string(STRIP "${line}" line)
                file(RELATIVE_PATH relative ${ROOT} ${source})
                string(APPEND offenders "  ${relative}: ${line}\n")
            endif()
        endforeach()
    endforeach()
endforeach()

string(JOIN "" what ${what})
if(offenders)
    message(FATAL_ERROR "${what}:\n${offenders}")
endif()
message(STATUS "${RULE}: ${count} files checked under ${folders}")
