"""The optional Hugging Face classifier tier of `prompt_injection` (``backend: transformers``).

Needs the ``transformers`` extra and a model already on disk (e.g. ProtectAI's DeBERTa v2
prompt-injection model or Llama Prompt Guard 2): it is loaded with ``local_files_only`` so nothing
downloads at run time. Loaded on first use, once per validator, under a lock. Text is cut into
windows of `window_chars` so the model's token limit never truncates it silently.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["HfClassifier"]


class HfClassifier:
    def __init__(self, model: str, label: str, window_chars: int) -> None:
        self.model = model
        self.label = label.casefold()
        self.window_chars = window_chars
        self._pipe: Any = None
        self._lock = threading.Lock()

    def _get_pipe(self) -> Any:
        if self._pipe is None:
            with self._lock:
                if self._pipe is None:
                    try:
                        from transformers import pipeline  # type: ignore[import-not-found,unused-ignore]
                    except ImportError as e:
                        raise RuntimeError("backend 'transformers' needs: pip install transformers torch") from e
                    self._pipe = pipeline(
                        "text-classification", model=self.model, top_k=None, model_kwargs={"local_files_only": True}
                    )
        return self._pipe

    def score(self, text: str) -> float:
        step = self.window_chars
        windows = [text[i : i + step] for i in range(0, max(1, len(text)), step // 2 or 1)] or [text]
        best = 0.0
        for result in self._get_pipe()(windows):
            rows = result if isinstance(result, list) else [result]
            match = [float(r["score"]) for r in rows if str(r.get("label", "")).casefold() == self.label]
            if not match:
                raise ValueError("classifier output has no label named by hf_label")
            best = max(best, match[0])
        return best
