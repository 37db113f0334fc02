#pragma once

#include "model/session/session.h"

#include <QString>

#include <memory>

namespace Sceau {
namespace Test {

// Resolver settings for the test Knot: its address, a short timeout, and its port for the
// authoritative check (the zones' NS records point at 127.0.0.1).
Dns::ResolverSettings knotSettings();

// A Session as a main() builds it, on settings, with its workspace at workspacePath and the
// test keychain service ("sceau-test"). A session that cannot be built ends the run.
std::unique_ptr<Session> session(const Dns::ResolverSettings &settings,
                                 const QString &workspacePath);

} // namespace Test
} // namespace Sceau
