"""deploy/ stays in step with the CLI and the app (Docker cannot run here, so this is what is checked)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from guardrails_lite import parse_policy
from guardrails_lite.cli.main import build_parser
from guardrails_lite.server import Settings, create_app
from tests.server.conftest import LIGHT

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = (ROOT / "deploy" / "Dockerfile").read_text()
DOCUMENTS = list(yaml.safe_load_all((ROOT / "deploy" / "kubernetes.yaml").read_text()))


def instruction(name: str) -> list[str]:
    """A Dockerfile instruction in exec form (continuation lines joined)."""
    m = re.search(rf"^{name} (\[.*?\])\s*$", DOCKERFILE.replace("\\\n", " "), re.M | re.S)
    assert m is not None, name
    return list(json.loads(m.group(1)))


def kind(name: str) -> dict[str, Any]:
    return next(d for d in DOCUMENTS if d["kind"] == name)


def test_the_image_command_and_the_kubernetes_args_parse() -> None:
    entry, default = instruction("ENTRYPOINT"), instruction("CMD")
    assert entry[:2] == ["guardrails-lite", "serve"]
    parser = build_parser()
    assert parser.parse_args(entry[1:] + default).upstream == "https://api.openai.com/v1"
    pod = kind("Deployment")["spec"]["template"]["spec"]
    args = parser.parse_args(entry[1:] + pod["containers"][0]["args"])
    assert (args.port, args.host, args.workers) == (8000, "0.0.0.0", 2)
    assert pod["terminationGracePeriodSeconds"] > args.shutdown_timeout + 5  # drain, plus the preStop pause
    for src in re.findall(r"^COPY (\S+)", DOCKERFILE, re.M):
        assert (ROOT / src).exists(), src


def test_the_probes_and_the_port_are_the_apps() -> None:
    container = kind("Deployment")["spec"]["template"]["spec"]["containers"][0]
    probes = {name: container[name]["httpGet"]["path"] for name in ("startupProbe", "livenessProbe", "readinessProbe")}
    app = create_app(Settings(policy=LIGHT, upstream="http://127.0.0.1:9/v1"))
    paths = {getattr(r, "path", None) for r in app.routes}
    assert set(probes.values()) <= paths and {"/metrics", "/v1/chat/completions", "/v1/responses"} <= paths
    # kubernetes' default 1 s probe timeout restarts a pod whose CPU is busy checking (review F13)
    assert all(container[name].get("timeoutSeconds", 1) >= 3 for name in probes)
    assert container["ports"][0]["containerPort"] == 8000 and "EXPOSE 8000" in DOCKERFILE
    assert kind("Service")["spec"]["ports"][0]["targetPort"] == "http"


def test_the_configmap_policy_is_valid() -> None:
    for name, text in kind("ConfigMap")["data"].items():
        assert parse_policy(yaml.safe_load(text), source=name).name == Path(name).stem
