"""Built-in validators.

Each public module or package here defines specs and is imported on first lookup (`spec._load_builtins`),
so importing one must stay cheap: engines and models load on first use. Validators with helpers are
packages (`injection`, `pii`, `speculation`, `grounding`) whose private modules sit behind their
`__init__`; small ones are single modules. `_shared` holds what several validators use.
"""
