"""Restore never writes outside its folder and never leaves half a data folder behind
(issue 13, finding 1): crafted ZIPs with true hashes, a garbage database, a future revision."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.backup.service import backup, restore
from desktop.core.errors import VanThuError
from desktop.kernel.office import Office
from tests.conftest import Cli, tiny_pdf


def _good_backup(cli: Cli, tmp_path: Path) -> Path:
    (tmp_path / "a.pdf").write_bytes(tiny_pdf("a scan"))
    r = cli("incoming", "add", "--received", "2026-01-05", "--from", "Sở Nội vụ", "--symbol",
            "15/HD-SNV", "--date", "2026-01-02", "--type", "Hướng dẫn", "--summary", "Hướng dẫn",
            "--file", str(tmp_path / "a.pdf"))
    assert r.code == 0, r.err
    office = Office.open(cli.data_dir)
    try:
        return backup(office, tmp_path / "good.zip").path
    finally:
        office.close()


def _rewrite(source: Path, target: Path, extra: dict[str, bytes],
             manifest_change: dict[str, object] | None = None,
             replace: dict[str, bytes] | None = None) -> Path:
    """A copy of a real backup with members added or replaced and a manifest that lists
    their true SHA-256 — what an attacker who read the format would build."""
    with zipfile.ZipFile(source) as z:
        manifest = json.loads(z.read("manifest.json"))
        members = {n: z.read(n) for n in z.namelist() if n != "manifest.json"}
    members.update(replace or {})
    members.update(extra)
    manifest["members"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}
    manifest.update(manifest_change or {})
    with zipfile.ZipFile(target, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
        z.writestr("manifest.json", json.dumps(manifest))
    return target


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.mark.parametrize("member", [
    "files/../../victim.txt",
    "files/ab/cd/../../../../victim.txt",
    "/tmp/victim-absolute.txt",
    "files/ab/cd/" + "0" * 64,  # a store name whose content does not match the name
    "database.pgdump",
    "CON",
])
def test_a_crafted_member_is_refused_and_nothing_is_written(
    init_cli: Cli, tmp_path: Path, member: str
) -> None:
    good = _good_backup(init_cli, tmp_path)
    crafted = _rewrite(good, tmp_path / "crafted.zip", {member: b"owned"})
    target = tmp_path / "nested" / "restored"
    before = _tree(tmp_path)
    r = Cli(target)("restore", str(crafted))
    assert r.code != 0 and r.code != 70, r.err
    assert "không phải bản sao lưu" in r.err or "không hợp lệ" in r.err
    assert not (tmp_path / "victim.txt").exists() and not Path("/tmp/victim-absolute.txt").exists()
    assert _tree(tmp_path) == before  # not even the empty target folder


@pytest.mark.parametrize("manifest", [[], {"members": []}, {"members": {}},
                                       {"members": {"vanthu.sqlite3": 5}, "dialect": "sqlite"}])
def test_a_manifest_of_the_wrong_shape_is_a_clear_refusal(tmp_path: Path, manifest) -> None:
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
    r = Cli(tmp_path / "restored")("restore", str(bad))
    assert r.code == 2 and "không phải bản sao lưu VănThư hợp lệ" in r.err, (r.code, r.err)
    assert not (tmp_path / "restored").exists()


def _future_revision(db: bytes, tmp_path: Path) -> bytes:
    path = tmp_path / "future.sqlite3"
    path.write_bytes(db)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    con.commit()
    con.close()
    return path.read_bytes()


def test_a_restore_that_fails_half_way_leaves_nothing_and_can_be_retried(
    init_cli: Cli, tmp_path: Path
) -> None:
    good = _good_backup(init_cli, tmp_path)
    with zipfile.ZipFile(good) as z:
        db = z.read("vanthu.sqlite3")
    target = tmp_path / "restored"
    target.mkdir()  # an empty folder chosen in the window is a valid target
    for i, broken in enumerate((b"not a database at all" * 100, _future_revision(db, tmp_path))):
        crafted = _rewrite(good, tmp_path / f"broken{i}.zip", {}, replace={"vanthu.sqlite3": broken})
        with pytest.raises(VanThuError):
            restore(crafted, target)
        assert target.is_dir() and not any(target.iterdir())
        assert [p.name for p in tmp_path.iterdir() if "khoi-phuc" in p.name] == []
    info = restore(good, target)
    assert info["check"]["ok"]
    r = Cli(target)("incoming", "list", "--json")
    assert r.code == 0 and len(r.json) == 1


_EMPTY: list[bytes] = []


def _empty_database(tmp_path: Path) -> bytes:
    """A real, current database of an office (made once), so a restore can succeed."""
    if not _EMPTY:
        office = Office.open(Path(tempfile.mkdtemp(dir=tmp_path)) / "empty")
        try:
            path = office.location.sqlite_path
            assert path is not None
        finally:
            office.close()
        _EMPTY.append(path.read_bytes())
    return _EMPTY[0]


NAMES = st.one_of(
    st.just("files/ab/cd/ab" + "cd" * 31),
    st.sampled_from(["..", ".", "", "files", "ab", "cd", "CON", "nul", "/", "\\", "a:b"]),
    st.text(alphabet="abcdef0123456789./\\:", min_size=1, max_size=70),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(NAMES, min_size=1, max_size=6), data=st.binary(max_size=64),
       canonical=st.booleans())
def test_any_member_name_stays_inside_or_is_refused(
    tmp_path: Path, parts, data, canonical
) -> None:
    """Whatever names a ZIP carries, either the restore refuses before writing anything, or
    every file it wrote is inside the data folder."""
    case = Path(tempfile.mkdtemp(dir=tmp_path))
    sha = hashlib.sha256(data).hexdigest()
    name = f"files/{sha[:2]}/{sha[2:4]}/{sha}" if canonical else "/".join(parts)
    assume(name and name != "vanthu.sqlite3")  # zipfile cannot write a member without a name
    zpath = case / "crafted.zip"
    members = {"vanthu.sqlite3": _empty_database(tmp_path), name: data}
    with zipfile.ZipFile(zpath, "w") as z:
        for n, d in members.items():
            z.writestr(n, d)
        z.writestr("manifest.json", json.dumps({
            "dialect": "sqlite", "database": "vanthu.sqlite3",
            "members": {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}}))
    target = case / "inside" / "restored"
    outside_before = _tree(case)
    try:
        restore(zpath, target)
    except VanThuError:
        assert _tree(case) == outside_before
    else:
        written = [p.resolve() for p in target.rglob("*")]
        assert all(target.resolve() in p.parents for p in written)
        assert {p for p in _tree(case) if not p.startswith("inside")} == set(outside_before)
        assert canonical and (target / name).read_bytes() == data
