#!/usr/bin/python3
"""Data-prep tool (run by hand, not at build or test time): converts the openspf/pyspf YAML
test suites to JSON, which the C++ tests read (Qt has no YAML parser).

    /usr/bin/python3 yaml2json.py rfc7208-tests.yml rfc7208-tests.json

Each YAML document (scenario) becomes {"description", "tests", "zonedata"}; zonedata keeps
the record order: a name maps to a list of {"TYPE": value} objects or the string "TIMEOUT".
Strings keep every character (JSON \\u escapes); the C++ side encodes TXT data as UTF-8,
as pyspf's test driver does.
"""
import json
import sys

import yaml


def main(source, target):
    with open(source, 'rb') as stream:
        documents = [d for d in yaml.safe_load_all(stream) if d]
    scenarios = []
    for doc in documents:
        scenarios.append({
            'description': doc.get('description') or doc.get('comment', ''),
            'tests': doc.get('tests', {}),
            'zonedata': doc.get('zonedata', {}),
        })
    with open(target, 'w', encoding='ascii') as out:
        json.dump(scenarios, out, indent=1, ensure_ascii=True, sort_keys=False)
        out.write('\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
