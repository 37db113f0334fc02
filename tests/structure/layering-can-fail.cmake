# Proves each rule of layering.cmake can fail: for every rule, a tree with one offending file
# must make the check fail and name that file, and the same tree without it (with only what the
# rule allows: comments, other folders, model/session) must pass.
#   cmake -DCHECK=<layering.cmake> -DWORK=<scratch dir> -P layering-can-fail.cmake
cmake_policy(SET CMP0007 NEW)

function(write path text)
    file(WRITE "${path}" "${text}\n")
endfunction()

function(run_check tree rule result_var output_var)
    execute_process(COMMAND ${CMAKE_COMMAND} -DROOT=${tree} -DRULE=${rule} -P ${CHECK}
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(${result_var} ${result} PARENT_SCOPE)
    set(${output_var} "${out}${err}" PARENT_SCOPE)
endfunction()

# rule; allowed files (path=text); offending file path; offending line
set(cases
    "dns-below-protocols|model/dns/resolver.h=#include \"model/dns/lookupresult.h\"|model/spf/spfrecord.h=#include \"model/dns/resolver.h\"|model/dns/bad.cpp|#include \"model/spf/spfrecord.h\""
    "dns-below-protocols|model/dns/a.h=// #include \"model/dkim/keyrecord.h\" is not allowed here|model/dns/worse.h|#include \"model/audit/auditor.h\""
    "services-in-session|model/session/session.cpp=m_resolver = Dns::createResolver(settings, this)|widgets/views/a.cpp=// never call Dns::createResolver( here|widgets/views/view.cpp|auto r = Dns::createResolver(settings, this)"
    "services-in-session|model/audit/auditrun.cpp=new Dns::CachingResolver(resolver, this)|app/cli/spf/tree.cpp|auto *c = new Dns::CachingResolver(resolver, this)"
    "services-in-session|app/cli/a.cpp=Dns::Resolver *r = session.resolver()|app/cli/open.cpp|auto w = Storage::Workspace::open(path)"
    "services-in-session|widgets/a.h=Secrets::SecretStore *m_secrets = nullptr|widgets/dialogs/keys.cpp|m_secrets = new Secrets::SecretStore(service, this)"
    "services-in-session|widgets/a.h=QPointer<Secrets::SecretStore> m_s|widgets/b.cpp|auto job = new QKeychain::ReadPasswordJob(service)"
    "services-in-session|app/gui/a.cpp=auto s = Session::create(options)|app/gui/main.cpp|auto r = std::make_unique<Dns::LiveResolver>(config)"
    "services-in-session|widgets/x.cpp=int y = 0|widgets/zone.cpp|Dns::ZoneFileResolver zone{files}"
    "layers-point-down|model/core/a.h=#include \"model/core/result.h\"|app/cli/x.cpp=#include \"widgets/views/view.h\"|model/audit/bad.cpp|#include \"widgets/views/auditview.h\""
    "layers-point-down|widgets/a.h=#include \"model/core/result.h\"|model/spf/bad.h|#include \"app/cli/clicontext.h\""
    "layers-point-down|app/gui/main.cpp=#include \"widgets/mainwindow/mainwindow.h\"|widgets/views/bad.cpp|#include \"app/cli/exitcode.h\"")

set(n 0)
foreach(case IN LISTS cases)
    math(EXPR n "${n} + 1")
    string(REPLACE "|" ";" fields "${case}")
    list(POP_FRONT fields rule)
    list(POP_BACK fields bad_line)
    list(POP_BACK fields bad_path)
    set(tree ${WORK}/layering-can-fail/${n})
    file(REMOVE_RECURSE ${tree})
    foreach(allowed IN LISTS fields)
        string(FIND "${allowed}" "=" at)
        string(SUBSTRING "${allowed}" 0 ${at} path)
        math(EXPR at "${at} + 1")
        string(SUBSTRING "${allowed}" ${at} -1 text)
        write(${tree}/${path} "${text}")
    endforeach()
    run_check(${tree} ${rule} clean_result clean_output)
    if(NOT clean_result EQUAL 0)
        message(FATAL_ERROR "case ${n} (${rule}): the allowed tree failed:\n${clean_output}")
    endif()
    write(${tree}/${bad_path} "${bad_line}")
    run_check(${tree} ${rule} bad_result bad_output)
    if(bad_result EQUAL 0)
        message(FATAL_ERROR "case ${n} (${rule}): ${bad_path} was not caught:\n${bad_output}")
    endif()
    string(FIND "${bad_output}" "${bad_path}" named)
    if(named EQUAL -1)
        message(FATAL_ERROR "case ${n} (${rule}): the failure does not name ${bad_path}:\n${bad_output}")
    endif()
endforeach()
message(STATUS "${n} cases: every rule passes the allowed tree and fails the offending file")
