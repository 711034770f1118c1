"""`guardrails-lite chat`: one guarded chat completion against any OpenAI-compatible server.

Reads ``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` as the SDK does. Exit codes: 0 the validated
answer was printed; 1 the call was blocked (the reason on stderr) or the API call failed; 2 usage
or policy errors. ``--json`` prints the answer with the guard's result.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from guardrails_lite.cli.main import UsageError, warm_up
from guardrails_lite.errors import Blocked
from guardrails_lite.policy import load_policy
from guardrails_lite.verdict import Document

_DEFAULT_MODEL = "gpt-4o-mini"


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("chat", help="one guarded chat completion (OpenAI-compatible API)")
    p.add_argument("--policy", metavar="PATH", required=True, help="policy file")
    p.add_argument(
        "--model",
        default=os.environ.get("GUARDRAILS_LITE_MODEL", _DEFAULT_MODEL),
        help=f"model name (default: $GUARDRAILS_LITE_MODEL or {_DEFAULT_MODEL})",
    )
    p.add_argument("--system", metavar="TEXT", help="system message")
    p.add_argument("--context", metavar="FILE", action="append", default=[], help="untrusted context document")
    p.add_argument("--stream", action="store_true", help="print the answer as it is released")
    p.add_argument("--json", action="store_true", help="print the answer and the guard's result as JSON")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per HTTP request (default 60)")
    p.add_argument("prompt", metavar="PROMPT", help="the user message ('-' reads stdin)")
    p.set_defaults(func=run)


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise UsageError(f"cannot read {path}: {why}") from None


def _fail(message: str, as_json: bool, extra: dict[str, Any] | None = None) -> int:
    print(f"guardrails-lite: {message}", file=sys.stderr)
    if as_json:
        print(json.dumps({"answer": None, "action": "block", "reason": message, **(extra or {})}, ensure_ascii=False))
    return 1


def run(args: argparse.Namespace) -> int:
    policy = load_policy(args.policy)
    prompt = sys.stdin.read() if args.prompt == "-" else args.prompt
    if not prompt.strip():
        raise UsageError("the prompt is empty")
    documents = [Document(_read(path), path) for path in args.context]
    if not os.environ.get("OPENAI_API_KEY"):
        raise UsageError("set OPENAI_API_KEY (any value for local servers) and, for other servers, OPENAI_BASE_URL")

    import openai  # the SDK loads only for this command

    from guardrails_lite.integrations.openai import GuardedOpenAI, GuardInfo

    client = GuardedOpenAI(openai.OpenAI(timeout=args.timeout), policy)
    warm_up(client.guard.pipeline)
    messages = [{"role": "system", "content": args.system}] if args.system else []
    messages.append({"role": "user", "content": prompt})
    request: dict[str, Any] = {"model": args.model, "messages": messages, "guard_context": documents}
    info: GuardInfo | None
    try:
        if args.stream:
            stream = client.chat.completions.create(stream=True, **request)
            pieces: list[str] = []
            try:
                for chunk in stream:
                    text = chunk.choices[0].delta.content if chunk.choices else None
                    if text:
                        pieces.append(text)
                        if not args.json:
                            sys.stdout.write(text)
                            sys.stdout.flush()
            finally:
                if pieces and not args.json:
                    sys.stdout.write("\n")
            answer = "".join(pieces)
            info = stream.guard
        else:
            completion = client.chat.completions.create(**request)
            answer = completion.choices[0].message.content or ""
            info = completion.guard
            if not args.json:
                print(answer)
    except Blocked as e:
        reason = e.reason if e.reason.startswith(("blocked", "output rejected")) else f"blocked: {e.reason}"
        return _fail(reason, args.json, {"findings": [f.to_dict() for f in e.findings]})
    except openai.APIStatusError as e:
        return _fail(f"API error: HTTP {e.status_code}: {e.message}", args.json)
    except openai.APITimeoutError:
        return _fail(f"API error: no answer within {args.timeout:g} s", args.json)
    except openai.APIConnectionError as e:
        return _fail(f"API error: cannot connect to {client.base_url}: {e.message}", args.json)
    except openai.OpenAIError as e:
        return _fail(f"API error: {e}", args.json)
    if args.json:
        print(json.dumps({"answer": answer, **(info.to_dict() if info else {})}, ensure_ascii=False))
    return 0
