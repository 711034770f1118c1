"""The shared loader of shipped gzip-JSON files: built once under threads, one object, broken files fail closed."""

from __future__ import annotations

import gzip
import json
import shutil
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from guardrails_lite.validators._shared.package_data import (
    DataBuilderError,
    PackageDataError,
    shipped_bytes,
    shipped_json,
)
from guardrails_lite.validators.grounding import _words
from guardrails_lite.validators.pii._names import gazetteer, lexicon, tagger
from guardrails_lite.validators.speculation import _learned, _wordclasses

ROOT = Path(__file__).resolve().parents[2]


def _write(folder: Path, name: str, payload: bytes) -> None:
    (folder / "kind").mkdir(exist_ok=True)
    (folder / "kind" / name).write_bytes(payload)


def _getter(folder: Path, name: str, build: Callable[[Any], Any] = dict) -> Callable[[], Any]:
    return shipped_json(build, "kind", name, root=lambda: folder)


def test_many_threads_build_the_value_once_and_all_get_the_same_object(tmp_path: Path) -> None:
    _write(tmp_path, "a.json.gz", gzip.compress(json.dumps({"x": [1, 2]}).encode()))
    builds: list[int] = []
    gate = threading.Barrier(16)

    def build(data: Any) -> dict[str, Any]:
        builds.append(1)
        return {"x": tuple(data["x"])}

    get = _getter(tmp_path, "a.json.gz", build)
    got: list[Any] = []

    def worker() -> None:
        gate.wait()
        got.append(get())

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(builds) == 1
    assert len(got) == 16 and all(g is got[0] for g in got)
    assert got[0] == {"x": (1, 2)}
    assert get() is got[0]


@pytest.mark.parametrize(
    ("payload", "cause"),
    [
        (None, "FileNotFoundError"),
        (b"not gzip at all", "BadGzipFile"),
        (gzip.compress(b'{"x": [1, 2]}')[:-12], "EOFError"),
        (gzip.compress(b"{not json"), "JSONDecodeError"),
        (gzip.compress(b"\xff\xfe\xfa"), "UnicodeDecodeError"),
        (gzip.compress(b'{"y": 1}'), "ValueError"),
        (gzip.compress(b"[1, 2]"), "ValueError"),
    ],
    ids=["missing", "not gzip", "truncated", "not json", "not utf-8", "missing key", "wrong shape"],
)
def test_a_missing_or_broken_file_raises_a_clear_error_every_time(
    tmp_path: Path, payload: bytes | None, cause: str
) -> None:
    if payload is not None:
        _write(tmp_path, "b.json.gz", payload)
    get = shipped_json(lambda data: data["x"], "kind", "b.json.gz", keys=("x",), root=lambda: tmp_path)
    for _ in range(2):  # nothing broken is cached: the second call fails the same way
        with pytest.raises(PackageDataError) as e:
            get()
        assert "kind/b.json.gz" in str(e.value) and "reinstall" in str(e.value)
        assert type(e.value.__cause__).__name__ == cause


def _renamed_key(data: Any) -> Any:
    return data["renamed"]  # a builder that reads a key its file never had


def _no_such_method(data: Any) -> Any:
    return data.no_such_method()


def _off_the_end(data: Any) -> Any:
    return data["x"][5]


def _wrong_call(data: Any) -> Any:
    return len(data, 2)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("build", "cause"),
    [(_renamed_key, KeyError), (_no_such_method, AttributeError), (_off_the_end, IndexError), (_wrong_call, TypeError)],
    ids=["key", "attribute", "index", "type"],
)
def test_a_builders_programming_error_is_not_reported_as_a_broken_file(
    tmp_path: Path, build: Callable[[Any], Any], cause: type[Exception]
) -> None:
    """Review 12b L2: a bug in a builder (on a file that is whole and of the declared shape) used to read as
    "missing or broken, reinstall". It still fails (fail closed, nothing cached), but the error says what it is."""
    _write(tmp_path, "d.json.gz", gzip.compress(b'{"x": [1, 2]}'))
    get = shipped_json(build, "kind", "d.json.gz", keys=("x",), root=lambda: tmp_path)
    for _ in range(2):
        with pytest.raises(DataBuilderError) as e:
            get()
        assert not isinstance(e.value, PackageDataError)
        assert "kind/d.json.gz" in str(e.value) and "bug" in str(e.value) and cause.__name__ in str(e.value)
        assert "reinstall guardrails-lite" not in str(e.value)
        assert type(e.value.__cause__) is cause


def test_a_builders_value_error_is_a_broken_file_and_a_recursion_error_passes(tmp_path: Path) -> None:
    """`ValueError` is how a builder says the file is not of its shape (as the names lexicon's reader does)."""
    _write(tmp_path, "e.bin", b"\x00" * 8)

    def refuse(raw: bytes) -> Any:
        raise ValueError("bad magic")

    def recurse(raw: bytes) -> Any:
        raise RecursionError

    with pytest.raises(PackageDataError, match="missing or broken"):
        shipped_bytes(refuse, "kind", "e.bin", root=lambda: tmp_path)()
    with pytest.raises(RecursionError):
        shipped_bytes(recurse, "kind", "e.bin", root=lambda: tmp_path)()


@pytest.mark.parametrize(
    ("module", "getter", "file"),
    [
        ("guardrails_lite.validators.grounding._words", "wordnet", "grounding/lexicon.json.gz"),
        ("guardrails_lite.validators.pii._names.tagger", "tagger", "names/tagger.json.gz"),
        ("guardrails_lite.validators.speculation._learned", "learned_model", "speculation/learned.json.gz"),
        ("guardrails_lite.validators.speculation._wordclasses", "wordclasses", "speculation/wordclasses.json.gz"),
        ("guardrails_lite.validators.grounding._decide", "decider", "grounding/decider.json.gz"),
        ("guardrails_lite.validators.pii._names.feasts", "feasts", "names/holidays.json.gz"),
        ("guardrails_lite.validators.pii._names.feasts", "calendar", "names/calendar.json.gz"),
        ("guardrails_lite.validators.pii._names.airports", "airports", "names/airports.json.gz"),
    ],
    ids=["wordnet", "tagger", "learned", "wordclasses", "decider", "feasts", "calendar", "airports"],
)
def test_a_shipped_json_file_without_its_keys_is_a_broken_file(
    tmp_path: Path, module: str, getter: str, file: str
) -> None:
    """The shipped JSON getters declare their files' keys: a file of another shape is a damaged install (run in a
    fresh process: this one may have the files loaded already)."""
    # The other shipped files as installed (a module may read them as it is imported), this one of another shape.
    shutil.copytree(ROOT / "guardrails_lite" / "data", tmp_path, dirs_exist_ok=True)
    (tmp_path / file).write_bytes(gzip.compress(b'{"other": 1}'))
    code = f"""
from pathlib import Path
from guardrails_lite.validators._shared import package_data
package_data.data_root = lambda: Path({str(tmp_path)!r})
try:  # a module may read its data as it is imported
    from {module} import {getter} as get
    get()
except package_data.PackageDataError as e:
    print(type(e.__cause__).__name__, {file!r} in str(e), "reinstall" in str(e))
"""
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "ValueError True True"


def test_a_file_repaired_after_a_failure_is_read(tmp_path: Path) -> None:
    get = _getter(tmp_path, "c.json.gz", lambda data: data["x"])
    with pytest.raises(PackageDataError):
        get()
    _write(tmp_path, "c.json.gz", gzip.compress(b'{"x": [3]}'))
    assert get() == [3]


def test_a_truncated_binary_file_raises_a_clear_error(tmp_path: Path) -> None:
    """The names lexicon's reader on a file cut inside its header length: `struct.error`, reported as broken."""
    _write(tmp_path, "lexicon.bin", lexicon.MAGIC + b"\x01")
    get = shipped_bytes(lexicon.read, "kind", "lexicon.bin", root=lambda: tmp_path)
    with pytest.raises(PackageDataError, match=r"kind/lexicon\.bin is missing or broken") as e:
        get()
    assert isinstance(e.value.__cause__, struct.error)


@pytest.mark.parametrize("size", [0, 8, 8 * 1000, 8 * 1000 + 3], ids=["empty", "one hash", "cut short", "cut mid-hash"])
def test_an_empty_or_cut_places_file_raises_a_clear_error(tmp_path: Path, size: int) -> None:
    """places.bin has no header: an empty or cut file used to be read as "no places" (LOCATION quietly lost)."""
    _write(tmp_path, "places.bin", bytes(range(256)) * (size // 256) + bytes(size % 256))
    get = shipped_bytes(gazetteer._table, "kind", "places.bin", root=lambda: tmp_path)
    with pytest.raises(PackageDataError, match=r"kind/places\.bin is missing or broken"):
        get()


def test_the_shipped_places_file_is_read_whole() -> None:
    assert len(gazetteer.hashes()) > 2 * gazetteer._MIN_PLACES


def test_the_shipped_loaders_return_one_object_each() -> None:
    getters = (_words.wordnet, tagger.tagger, _learned.learned_model, _wordclasses.wordclasses)
    for get in (*getters, lexicon.lexicon, gazetteer.hashes):
        assert get() is get()
    assert isinstance(lexicon.lexicon(), lexicon.Lexicon)
    assert len(gazetteer.hashes()) > 1000 and list(gazetteer.hashes()[:100]) == sorted(gazetteer.hashes()[:100])
    assert isinstance(tagger.tagger(), tagger.Tagger)
    assert isinstance(_learned.learned_model(), _learned.LearnedModel)
    assert isinstance(_wordclasses.wordclasses(), _wordclasses.WordClasses)
    assert set(_words.wordnet()) == {"syn", "exc", "lemmas", "verbs"}


def test_a_validator_whose_data_file_is_missing_blocks_with_an_error_finding(tmp_path: Path) -> None:
    """A damaged install (no shipped data) fails closed: the speculation check cannot load its word classes, and its
    error blocks the answer (run in a fresh process: this one has the files loaded already)."""
    code = f"""
from pathlib import Path
from guardrails_lite import Blocked, Guard, parse_policy
from guardrails_lite.validators._shared import package_data
package_data.data_root = lambda: Path({str(tmp_path)!r})  # an empty folder: every data file is missing
guard = Guard(parse_policy({{"name": "t", "output": [{{"use": "speculation"}}]}}))
try:
    guard.run(lambda prompt: "Dana booked the Lakeside Hall.", "Summarise.")
except Blocked as e:
    (finding,) = e.findings
    print(finding.kind, finding.message)
else:
    print("passed")
"""
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "error validator could not be built (PackageDataError)"
