"""Refresh the office console's vendored JavaScript (`make vendor-js`).

The office pages load no script from a CDN: libsodium's JavaScript build (sealed boxes,
Argon2id) and a small .xlsx writer are copied from the npm registry into
central/office/static/vendor/, each package in its own folder with its LICENSE and VERSION, and
MANIFEST.json records the package versions, the registry's integrity hashes of the tarballs and
the SHA-256 of every file copied (tests/central/office/test_inbox_vendor.py checks the files
against it, without npm). Run it only to change the pinned versions below; commit what it writes.

`npm pack` downloads each tarball into a temporary folder and checks it against the registry's
integrity hash; nothing is installed and no package script runs. Needs Node's npm on PATH.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "central" / "office" / "static" / "vendor"
MANIFEST = "MANIFEST.json"


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    folder: str
    """The folder under vendor/ its files go to."""
    files: dict[str, str]
    """Path inside the tarball (under package/) -> file name in `folder`."""
    license: str
    """SPDX identifier, as the package declares it."""


PACKAGES = (
    Package(
        "libsodium-sumo",
        "0.8.4",
        "libsodium",
        {"dist/modules-sumo/libsodium-sumo.js": "libsodium-sumo.js", "LICENSE": "LICENSE"},
        "ISC",
    ),
    Package(
        "libsodium-wrappers-sumo",
        "0.8.4",
        "libsodium-wrappers",
        {"dist/modules-sumo/libsodium-wrappers.js": "libsodium-wrappers.js", "LICENSE": "LICENSE"},
        "ISC",
    ),
    Package(
        "write-excel-file",
        "4.1.1",
        "write-excel-file",
        {"bundle/write-excel-file.min.js": "write-excel-file.min.js", "LICENSE": "LICENSE"},
        "MIT",
    ),
    Package(  # bundled inside write-excel-file.min.js (the zip writer): its licence travels too
        "fflate",
        "0.8.2",
        "fflate",
        {"LICENSE": "LICENSE"},
        "MIT",
    ),
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pack(package: Package, into: Path) -> tuple[Path, str]:
    """Download `package`'s tarball into `into` with `npm pack`: (tarball, integrity)."""
    spec = f"{package.name}@{package.version}"
    done = subprocess.run(
        ["npm", "pack", "--json", "--ignore-scripts", "--pack-destination", str(into), spec],
        capture_output=True,
        text=True,
        cwd=into,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"npm pack {spec} failed: {done.stderr.strip()[-500:]}")
    (info,) = json.loads(done.stdout)
    return into / info["filename"], str(info["integrity"])


def extract(package: Package, tarball: Path, folder: Path) -> None:
    """Copy the chosen files of `tarball` into `folder` (never anything else it holds)."""
    folder.mkdir(parents=True)
    with tarfile.open(tarball, "r:gz") as archive:
        for inside, name in package.files.items():
            member = archive.getmember(f"package/{inside}")
            if not member.isfile():
                raise SystemExit(f"{package.name}: package/{inside} is not a regular file")
            source = archive.extractfile(member)
            assert source is not None
            (folder / name).write_bytes(source.read())
    (folder / "VERSION").write_text(f"{package.name} {package.version}\n", encoding="ascii")


def refresh(vendor: Path) -> dict[str, object]:
    """Download every package and replace `vendor` with their files and a new manifest."""
    with tempfile.TemporaryDirectory(prefix="pitstop-vendor-") as temp:
        work = Path(temp)
        staged = work / "vendor"
        staged.mkdir()
        entries = []
        for package in PACKAGES:
            tarball, integrity = pack(package, work)
            extract(package, tarball, staged / package.folder)
            files = {
                f"{package.folder}/{path.name}": sha256(path)
                for path in sorted((staged / package.folder).iterdir())
            }
            entries.append(
                {
                    "name": package.name,
                    "version": package.version,
                    "license": package.license,
                    "tarball": f"https://registry.npmjs.org/{package.name}/-/"
                    f"{package.name.split('/')[-1]}-{package.version}.tgz",
                    "integrity": integrity,
                    "files": files,
                }
            )
        manifest: dict[str, object] = {
            "about": "Vendored by tools/vendor_js.py (make vendor-js); do not edit by hand.",
            "packages": entries,
        }
        (staged / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        if vendor.exists():
            shutil.rmtree(vendor)
        shutil.copytree(staged, vendor)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=VENDOR, help="the vendor folder")
    args = parser.parse_args(argv)
    if shutil.which("npm") is None:
        print("npm is not on PATH: install Node.js (Debian: apt-get install npm)", file=sys.stderr)
        return 1
    manifest = refresh(args.out)
    for entry in manifest["packages"]:  # type: ignore[attr-defined]
        print(
            f"{entry['name']} {entry['version']} ({entry['license']}): {len(entry['files'])} files"
        )
    print(f"wrote {args.out / MANIFEST}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
