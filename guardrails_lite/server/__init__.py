"""`guardrails-lite serve`: an OpenAI-compatible gateway that runs every call under a policy.

Needs the ``server`` extra (``pip install "guardrails-lite[server]"``: Starlette, uvicorn,
prometheus-client); nothing else in the package imports this one.

    guardrails-lite serve --policy policies/default.yaml --upstream https://api.openai.com/v1

Clients change only their base URL. See the README's "Gateway" section for the contract.
"""

from __future__ import annotations

from guardrails_lite.server.app import app_from_env, create_app
from guardrails_lite.server.policies import load_policies
from guardrails_lite.server.run import serve
from guardrails_lite.server.settings import Settings

__all__ = ["Settings", "app_from_env", "create_app", "load_policies", "serve"]
