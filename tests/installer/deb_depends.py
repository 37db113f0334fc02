#!/usr/bin/env python3
"""Every library the packaged executables use comes from the package's Depends.

deb_depends.py <work dir of the fixture "deb": sceau_*.deb and its extracted tree root/>

For usr/bin/sceau and usr/bin/sceau-cli of the extracted tree:
- each library they are linked with (ELF NEEDED) is in a package named in Depends;
- each library ldd finds (the NEEDED ones and theirs) is in a package named in Depends or in
  one those depend on, on this system (the Depends closure: what apt installs with Sceau);
- ldd finds every library ("not found" fails);
- each shared object sceau-cli loads at run time while it opens its SQLite workspace
  (LD_DEBUG=libs: the Qt SQL driver is a plugin no linker dependency shows) is in the closure.
The owner of a file is what `dpkg -S` says. Exit 0 when all hold, 1 with the reasons otherwise.
"""

import glob
import os
import re
import subprocess
import sys
import tempfile

EXECUTABLES = ("usr/bin/sceau", "usr/bin/sceau-cli")


def run(*command, env=None):
    return subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout


def package_names(field):
    """The package names of a Depends-like field: each alternative, without version or arch."""
    names = []
    for group in field.split(","):
        alternatives = []
        for alternative in group.split("|"):
            match = re.match(r"\s*([a-z0-9][a-z0-9+.-]*)", alternative)
            if match:
                alternatives.append(match.group(1))
        if alternatives:
            names.append(alternatives)
    return names


def installed_packages():
    """{name: (dependency groups, provided names)} of the packages installed here."""
    packages = {}
    listing = run("dpkg-query", "-W", "-f=${Package}\t${Pre-Depends}\t${Depends}\t${Provides}\n")
    for line in listing.splitlines():
        name, pre_depends, depends, provides = line.split("\t")
        groups = package_names(pre_depends) + package_names(depends)
        packages[name] = (groups, [p[0] for p in package_names(provides)])
    return packages


def closure(roots, packages):
    """The packages apt installs for these dependency groups: for each group the first
    alternative installed here (or a package providing it), then their dependencies."""
    providers = {}
    for name, (_, provided) in packages.items():
        for virtual in provided:
            providers.setdefault(virtual, name)
    seen = set()
    pending = list(roots)
    while pending:
        group = pending.pop()
        chosen = next((a for a in group if a in packages), None)
        if chosen is None:
            chosen = next((providers[a] for a in group if a in providers), None)
        if chosen is None or chosen in seen:
            continue
        seen.add(chosen)
        pending.extend(packages[chosen][0])
    return seen


def usr_variants(path):
    """A path and its other spelling on a usr-merged system (/lib is /usr/lib), then the same
    for the file it links to: dpkg knows each file under the one name its package ships."""
    paths = []
    for candidate in (path, os.path.realpath(path)):
        other = candidate[len("/usr"):] if candidate.startswith("/usr/") else "/usr" + candidate
        paths += [candidate, other]
    return paths


def owners_of(paths):
    """{path: set of owning packages} with one `dpkg -S` for all (it is slow to start)."""
    candidates = {path: usr_variants(path) for path in paths}
    every = sorted({c for variants in candidates.values() for c in variants})
    result = subprocess.run(["dpkg", "-S"] + every, capture_output=True, text=True)
    owned = {}
    for line in result.stdout.splitlines():
        packages, _, file = line.rpartition(": ")
        if packages and not packages.startswith("diversion "):
            owned[file] = {p.strip().split(":")[0] for p in packages.split(",")}
    return {path: next((owned[c] for c in variants if c in owned), set())
            for path, variants in candidates.items()}


def ldd(executable):
    """{soname: path} that ldd resolves, and the sonames it does not find."""
    found, missing = {}, []
    for line in run("ldd", executable).splitlines():
        line = line.strip()
        if "=> not found" in line:
            missing.append(line.split()[0])
        elif "=>" in line:
            soname, rest = line.split("=>", 1)
            if rest.strip().startswith("/"):
                found[soname.strip()] = rest.split()[0]
        elif line.startswith("/"):
            found[line.split()[0]] = line.split()[0]
    return found, missing


def needed(executable):
    return re.findall(r"NEEDED\s+(\S+)", run("objdump", "-p", executable))


def loaded_at_run_time(cli):
    """Shared objects sceau-cli loads while listing a fresh workspace's domains."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_DATA_HOME=home, XDG_CONFIG_HOME=home,
                   XDG_CACHE_HOME=home, LD_DEBUG="libs", LC_ALL="C.UTF-8")
        result = subprocess.run([cli, "domains", "list"], capture_output=True, text=True, env=env)
        if result.returncode != 0:
            raise SystemExit(f"FAIL: sceau-cli domains list exited {result.returncode}:\n"
                             + result.stdout + result.stderr[-2000:])
        return set(re.findall(r"calling init: (/\S+)", result.stderr))


def main():
    debs = glob.glob(os.path.join(sys.argv[1], "sceau_*.deb"))
    root = os.path.join(sys.argv[1], "root")
    if len(debs) != 1 or not os.path.isdir(root):
        print(f"FAIL: no package in {sys.argv[1]} (fixture deb)")
        return 1
    deb = debs[0]
    depends = package_names(run("dpkg-deb", "-f", deb, "Depends"))
    named = {name for group in depends for name in group}
    everything = closure(depends, installed_packages())
    print("Depends names:", " ".join(sorted(named)))
    print(f"Depends closure on this system: {len(everything)} packages")
    failures = []
    linked = {}
    for relative in EXECUTABLES:
        executable = os.path.join(root, relative)
        libraries, missing = ldd(executable)
        for soname in missing:
            failures.append(f"{relative}: ldd does not find {soname}")
        linked[relative] = (needed(executable), libraries)
    plugins = {p for p in loaded_at_run_time(os.path.join(root, "usr/bin/sceau-cli"))
               if not p.startswith(root)}
    paths = set(plugins)
    for _, libraries in linked.values():
        paths |= set(libraries.values())
    owners = owners_of(paths)
    for relative, (direct, libraries) in linked.items():
        for soname in direct:
            path = libraries.get(soname)
            owner = owners.get(path, set())
            if not owner & named:
                failures.append(f"{relative}: {soname} ({path}, from {sorted(owner)}) is linked "
                                "but no package named in Depends has it")
        for soname, path in sorted(libraries.items()):
            if not owners[path] & everything:
                failures.append(f"{relative}: ldd finds {path} (from "
                                f"{sorted(owners[path]) or 'no package'}), outside what Depends installs")
        print(f"{relative}: {len(direct)} linked libraries, {len(libraries)} found by ldd")
    for path in sorted(plugins):
        if not owners[path] & everything:
            failures.append(f"usr/bin/sceau-cli loads {path} at run time (from "
                            f"{sorted(owners[path]) or 'no package'}), outside what Depends installs")
    print(f"usr/bin/sceau-cli: {len(plugins)} shared objects of the system loaded while opening "
          "its workspace")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
