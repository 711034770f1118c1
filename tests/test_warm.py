"""Warm-up (issue 16, item 5): `Guard.warm()`, `Guard(policy, warm=True)`, and the CLI's progress on stderr."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import ClassVar, Literal

from guardrails_lite import Context, Guard, ValidatorSpec, Verdict, parse_policy
from guardrails_lite.verdict import Validator

ROOT = Path(__file__).resolve().parent.parent


class _SlowSpec(ValidatorSpec):
    """Counts its builds; building takes a while, like loading an engine."""

    use: Literal["t_warm_slow"] = "t_warm_slow"
    builds: ClassVar[list[str]] = []

    def build(self) -> Validator:
        time.sleep(0.05)
        _SlowSpec.builds.append(self.id or self.use)

        def check(text: str, ctx: Context) -> Verdict:
            return Verdict.ok()

        return check


POLICY = parse_policy(
    {
        "name": "warm",
        "input": [{"use": "t_warm_slow", "id": "a"}, {"use": "regex", "patterns": ["x"]}],
        "output": [{"use": "t_warm_slow", "id": "b"}],
    }
)


def test_warm_at_construction_builds_every_entry_once() -> None:
    _SlowSpec.builds.clear()
    guard = Guard(POLICY, warm=True)
    assert sorted(_SlowSpec.builds) == ["a", "b"]
    assert all(s.built for stage in ("input", "output") for s in guard.pipeline.steps[stage])
    guard.run(lambda p: "ok", "hello")
    guard.warm()
    assert sorted(_SlowSpec.builds) == ["a", "b"]  # idempotent: the call and a second warm build nothing


def test_warm_from_many_threads_builds_once_and_reports_progress_once() -> None:
    _SlowSpec.builds.clear()
    guard = Guard(POLICY)
    seen: list[str] = []
    threads = [threading.Thread(target=guard.warm, kwargs={"progress": seen.append}) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(_SlowSpec.builds) == ["a", "b"]
    assert set(seen) == {"a", "regex", "b"}  # threads racing may each announce an entry; none builds it twice


def test_cli_shows_progress_on_a_terminal_and_nothing_otherwise(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "hello"}\n')
    cmd = [sys.executable, "-m", "guardrails_lite", "scan", "--policy", "policies/default.yaml", "--stage", "input"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    quiet = subprocess.run([*cmd, str(src)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert quiet.returncode == 0 and quiet.stderr == ""
    proc, err = on_a_terminal([*cmd, str(src)], env)
    text = err.decode()
    out = proc.stdout
    assert proc.returncode == 0 and '"action": "allow"' in out
    assert text.startswith("guardrails-lite: loading default: prompt_injection pii - ready in ")


def test_chat_shows_progress_and_sends_its_context_file(tmp_path: Path) -> None:
    from openai_server import ScriptedServer

    doc = tmp_path / "email-3.txt"
    doc.write_text("From: Lee\nThe launch moved to Friday.\n")
    with ScriptedServer() as server:
        server.push("The launch moved to Friday.")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": "t"}
        cmd = [sys.executable, "-m", "guardrails_lite", "chat", "--policy", "policies/default.yaml"]
        proc, err = on_a_terminal([*cmd, "--context", str(doc), "When is the launch?"], env)
        sent = server.requests[0].body["messages"]
    assert proc.returncode == 0 and proc.stdout.strip() == "The launch moved to Friday."
    assert err.decode().startswith("guardrails-lite: loading default: prompt_injection pii - ready in ")
    assert "The launch moved to Friday." in sent[-1]["content"] and sent[-1]["content"].endswith("When is the launch?")
    assert "Cite them by their ids: doc-1." in sent[0]["content"]  # a file path is no id: numbered


def on_a_terminal(cmd: list[str], env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], bytes]:
    """Run `cmd` with stderr on a pseudo-terminal (stdout piped); return it and what it wrote to stderr."""
    main, child = pty.openpty()
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=child, cwd=ROOT, env=env, text=True)
        os.close(child)
        err = b""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 1.0)
            if ready:
                try:
                    chunk = os.read(main, 4096)
                except OSError:  # the child closed its end
                    break
                if not chunk:
                    break
                err += chunk
            elif proc.poll() is not None:
                break
        out, _ = proc.communicate(timeout=60)
    finally:
        os.close(main)
    return subprocess.CompletedProcess(cmd, proc.returncode, out, ""), err


class _DocumentsSpec(ValidatorSpec):
    """Records when its document-only engine loads, and whether a time budget was running then."""

    use: Literal["t_warm_documents"] = "t_warm_documents"
    screens_documents: ClassVar[bool] = True
    events: ClassVar[list[str]] = []

    def build(self) -> Validator:
        return _DocumentsValidator()


class _DocumentsValidator:
    def warm_documents(self) -> None:
        from guardrails_lite.verdict import _RUNNING_DEADLINE

        _DocumentsSpec.events.append("warm_documents" + (" in budget" if _RUNNING_DEADLINE.get() else ""))

    def __call__(self, text: str, ctx: Context) -> Verdict:
        _DocumentsSpec.events.append(f"check {ctx.target}")
        return Verdict.ok()


DOCUMENTS_POLICY = parse_policy({"name": "docs", "input": [{"use": "t_warm_documents"}]})


def test_document_engines_load_once_before_the_first_document_outside_the_budget() -> None:
    _DocumentsSpec.events.clear()
    guard = Guard(DOCUMENTS_POLICY)
    guard.run(lambda p: "ok", "a prompt")
    assert _DocumentsSpec.events == ["check prompt"]  # prompts only: the document engine never loads
    guard.run(lambda p: "ok", "a prompt", context=["doc one", "doc two"])
    guard.run(lambda p: "ok", "a prompt", context=["doc three"])
    assert _DocumentsSpec.events[1:] == [
        "check prompt",
        "warm_documents",
        "check context[0]",
        "check context[1]",
        "check prompt",
        "check context[0]",
    ]
    _DocumentsSpec.events.clear()
    Guard(DOCUMENTS_POLICY, warm=True)
    assert _DocumentsSpec.events == ["warm_documents"]  # a full warm-up loads them too


def test_the_injection_document_head_loads_only_for_documents() -> None:
    code = (
        "from guardrails_lite import Guard, parse_policy\n"
        "from guardrails_lite.validators.injection import lexical\n"
        "guard = Guard(parse_policy({'name': 't', 'input': [{'use': 'prompt_injection'}]}))\n"
        "guard.run(lambda p: 'ok', 'Summarise the meeting notes.')\n"
        "assert lexical.load_model().heads_read() == ('prompt',), lexical.load_model().heads_read()\n"
        "guard.run(lambda p: 'ok', 'Summarise this.', context=['The meeting moved to Tuesday.'])\n"
        "assert sorted(lexical.load_model().heads_read()) == ['document', 'prompt']\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120, cwd=ROOT)


def test_a_cold_call_reads_a_few_weights_and_a_warm_up_reads_them_all() -> None:
    """The injection model's weights are read as texts need them (a short cold call reads a few percent of the
    file); `Guard(warm=True)` reads both heads whole, so no call of a warmed guard reads the file."""
    code = (
        "from guardrails_lite import Guard, parse_policy\n"
        "from guardrails_lite.validators.injection import lexical\n"
        "policy = parse_policy({'name': 't', 'input': [{'use': 'prompt_injection'}]})\n"
        "Guard(policy).run(lambda p: 'ok', 'Summarise the meeting notes.')\n"
        "lazy = lexical.load_model().head('prompt').lazy\n"
        "assert not lazy.complete and 0 < len(lazy.weights) < 20_000, len(lazy.weights)\n"
        "Guard(policy, warm=True)\n"
        "assert all(lexical.load_model().head(h).lazy.complete for h in ('prompt', 'document'))\n"
        "from guardrails_lite.validators._shared import patterns\n"
        "assert patterns._MADE and all('_compiled' in vars(p) for p in patterns._MADE)  # nothing left to compile\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120, cwd=ROOT)


def test_pii_loads_what_a_text_needs_and_a_warm_up_loads_everything() -> None:
    """A cold call compiles the patterns of the entities whose anchors its text shows and imports libphonenumber
    only for a digit run; `Guard(warm=True)` loads all of it first (the engine's `preload`)."""
    code = (
        "import sys\n"
        "from guardrails_lite import Guard, parse_policy\n"
        "from guardrails_lite.validators.pii import _engine\n"
        "policy = parse_policy({'name': 't', 'input': [{'use': 'pii', 'on_fail': 'repair'}]})\n"
        "r = Guard(policy).run(lambda p: 'ok', 'Please write to jane.doe@example.com about it.')\n"
        "assert 'phonenumbers' not in sys.modules\n"
        "parts = {e: f for e, f, *_ in next(iter(_engine._ENGINES.values())).parts}\n"
        "assert parts['EMAIL_ADDRESS']._compiled is not None and parts['CREDIT_CARD']._compiled is None\n"
        "r = Guard(policy).run(lambda p: 'ok', 'Call me on (212) 555-0147 tomorrow.')\n"
        "assert r.findings and 'phonenumbers' in sys.modules\n"
        "Guard(policy, warm=True)\n"
        "assert all(f._compiled is not None for e, f in parts.items() if hasattr(f, '_compiled'))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120, cwd=ROOT)
