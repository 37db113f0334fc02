#pragma once

#include "model/export/exportedcheck.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace Sceau {
namespace Export {

// Checks as a table (issue 12 §4), one row per check, for spreadsheets and scripts. Values are
// tokens, never translated (docs/cli.md, `export`): domain, client, tags (joined with ";"),
// checked_at (ISO 8601, UTC), resolver, complete (true/false), state, score (empty when none),
// the state of each area (spf, dkim, dmarc, bimi, mx, transport, dnssec: AreaStates tokens),
// errors, warnings and could_not_check (counts of findings).
//
// CSV (RFC 4180): UTF-8, CRLF line ends, a header row; a field with a comma, quote or line
// break is quoted. A field that a spreadsheet would run as a formula (it starts with =, +, -,
// @, a tab or a carriage return: a client name is free text) is prefixed with ' (OWASP "CSV
// injection").
QByteArray checksCsv(const QList<ExportedCheck> &checks);

// A saved check's entry as JSON (`history`, `export`): id, at (ISO 8601, UTC), resolver, score
// (null when none), complete, state.
QJsonObject checkJson(const Storage::CheckEntry &check);

// The same checks as JSON: [{domain, client, tags, check: {id, at, resolver, score, complete,
// state}, report}], report being the saved JSON of `check`.
QJsonArray checksJson(const QList<ExportedCheck> &checks);

} // namespace Export
} // namespace Sceau
