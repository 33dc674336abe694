"""Settings: environment (``COPILOT_*``) over the workspace's ``copilot.toml`` over defaults.

Secrets are :class:`pydantic.SecretStr` and never rendered in logs, prompts or ``repr``.
Settings are *resolved where they are used* (``Settings.require_*``), with a message that says
how to fix them, so importing copilot never fails because a key is missing.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from copilot.errors import SettingsError

DEFAULT_WORKSPACE = Path(".copilot")
#: The chat-model providers ``model`` may name, each with the module that registers it
#: (:func:`copilot.llm.providers.register_provider`): a new provider is one module and one line here.
MODEL_PROVIDERS: dict[str, str] = {
    "local": "copilot.llm.providers",
    "openai": "copilot.llm.providers",
    "openai-compatible": "copilot.llm.providers",
    "openai_compatible": "copilot.llm.providers",
    "compatible": "copilot.llm.providers",
}
SETTINGS_FILE = "copilot.toml"


class Settings(BaseSettings):
    """Every knob copilot has. Environment variables use the ``COPILOT_`` prefix unless noted."""

    model_config = SettingsConfigDict(env_prefix="COPILOT_", extra="ignore", populate_by_name=True)

    workspace: Path = Field(DEFAULT_WORKSPACE, description="Folder holding data, models and indexes.")

    # --- language model -------------------------------------------------------------------
    model: str = Field(
        "local",
        description=(
            "Which chat model: 'local' (embedded, default), 'local:qwen2.5-coder-0.5b', "
            "'openai:<model>' (needs OPENAI_API_KEY) or 'openai-compatible:<model>' (needs COPILOT_BASE_URL)."
        ),
    )
    base_url: str | None = Field(None, description="Base URL of an OpenAI-compatible server (vLLM, Ollama...).")
    api_key: SecretStr | None = Field(None, description="Key for the OpenAI-compatible server, if it needs one.")
    openai_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("OPENAI_API_KEY", "COPILOT_OPENAI_API_KEY")
    )
    temperature: float = Field(0.2, ge=0, le=2)
    max_tokens: int = Field(768, ge=16, le=16384)
    context_tokens: int = Field(4096, ge=1024, description="Context window of the local model.")
    history_token_budget: int = Field(2500, ge=256, description="Conversation history kept in the prompt.")
    max_agent_steps: int = Field(6, ge=1, le=50)
    llm_timeout_s: float = Field(600.0, gt=0)
    copy_strategy: Literal["auto", "constrained", "rich"] = Field(
        "auto",
        description=(
            "How the plan's copy is written. 'constrained': the model writes questions and invitations only "
            "(grammar-bound) and code writes every claim from a fact; 'rich': the model writes whole sentences "
            "citing facts inline ([fact:F1]), each sentence checked by the claim checker, unsupported ones "
            "repaired once, then removed. 'auto' (default): rich for 'openai:' models, constrained for the "
            "embedded local model and for 'openai-compatible:' servers (declare a capable one with 'rich')."
        ),
    )
    price_per_1k_input: dict[str, float] = Field(
        default_factory=lambda: {"gpt-4o-mini": 0.00015, "gpt-4o": 0.0025, "gpt-4.1-mini": 0.0004},
        description="USD per 1,000 input tokens by model name; local models cost nothing.",
    )
    price_per_1k_output: dict[str, float] = Field(
        default_factory=lambda: {"gpt-4o-mini": 0.0006, "gpt-4o": 0.01, "gpt-4.1-mini": 0.0016},
    )

    # --- data and scale-out ---------------------------------------------------------------
    horizon_days: Literal[7, 14, 30, 60, 90] = Field(
        30, description="Days ahead the propensity model predicts a purchase over; `copilot train` honours it. "
                        "A shorter horizon separates weekly buyers (groceries, subscriptions).")
    data_backend: Literal["duckdb", "spark"] = "duckdb"
    duckdb_memory_limit: str | None = Field(
        None,
        pattern=r"^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$",
        description=(
            "Most memory the embedded DuckDB may use, e.g. '4GB'; past it DuckDB spills to disk beside the "
            "database. Unset = DuckDB's default, 80% of RAM. Bounds the footprint of large workspaces."
        ),
    )
    duckdb_threads: int | None = Field(None, ge=1, le=1024, description="DuckDB worker threads; unset = one per core.")
    spark_master: str = "local[2]"
    spark_remote: str | None = Field(None, description="Spark Connect URL, e.g. sc://host:15002.")

    # --- knowledge base -------------------------------------------------------------------
    chroma_host: str | None = Field(None, description="Chroma server host; unset = embedded store.")
    chroma_port: int = 8000
    chroma_collection: str = "product_facts"

    # --- brand and compliance -------------------------------------------------------------
    brand_name: str = "Northtrail Outfitters"
    sender_name: str = "Northtrail Outfitters"
    sender_address: str = "Northtrail Outfitters, 1200 Alder St, Portland, OR 97205"
    currency: str = "USD"
    fx_rates: dict[str, float] = Field(
        default_factory=dict,
        description="Store-currency units per one unit of another currency, e.g. {CNY = 0.14} for a USD store: "
        "a budget stated in CNY is converted with it. No rate: a foreign-currency budget is listed as not applied "
        "(copilot has no network, so it never guesses a rate).",
    )

    # --- Slack (env names as Slack documents them) ---------------------------------------
    slack_bot_token: SecretStr | None = Field(
        None, validation_alias=AliasChoices("SLACK_BOT_TOKEN", "COPILOT_SLACK_BOT_TOKEN")
    )
    slack_app_token: SecretStr | None = Field(
        None, validation_alias=AliasChoices("SLACK_APP_TOKEN", "COPILOT_SLACK_APP_TOKEN")
    )
    slack_signing_secret: SecretStr | None = Field(
        None, validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "COPILOT_SLACK_SIGNING_SECRET")
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _TomlSource(settings_cls))

    @field_validator("model")
    @classmethod
    def _known_provider(cls, value: str) -> str:
        provider = value.strip().partition("?")[0].partition(":")[0].strip().lower()
        if provider not in MODEL_PROVIDERS:
            raise ValueError(f"'{value}' is not a model copilot knows: use 'local', 'local:<name>', "
                             "'openai:<model>' or 'openai-compatible:<model>'")
        return value

    # --- resolution helpers ----------------------------------------------------------------
    def check_model(self) -> None:
        """Raise SettingsError now when the model setting cannot work (an OpenAI model without
        OPENAI_API_KEY, an OpenAI-compatible one without COPILOT_BASE_URL): first-run set-up calls
        it before building the demo, so a bad setting is reported before minutes of work."""
        provider = self.model.strip().partition("?")[0].partition(":")[0].strip().lower()
        if provider == "openai":
            self.require_openai_key()
        elif provider in ("openai-compatible", "openai_compatible", "compatible"):
            self.require_base_url()

    def require_openai_key(self) -> SecretStr:
        if self.openai_api_key is None or not self.openai_api_key.get_secret_value():
            raise SettingsError(
                "The model is set to OpenAI but no key is configured.",
                hint="Set OPENAI_API_KEY, or choose the embedded model with COPILOT_MODEL=local.",
            )
        return self.openai_api_key

    def require_base_url(self) -> str:
        if not self.base_url:
            raise SettingsError(
                "The model is set to 'openai-compatible' but COPILOT_BASE_URL is not set.",
                hint="Set COPILOT_BASE_URL=http://host:port/v1, or use COPILOT_MODEL=local.",
            )
        return self.base_url


class _TomlSource(PydanticBaseSettingsSource):
    """Reads ``<workspace>/copilot.toml``; the workspace itself comes from init args or the env."""

    def __init__(self, settings_cls: type[BaseSettings]) -> None:
        super().__init__(settings_cls)
        self._data: dict[str, Any] | None = None

    def _load(self) -> dict[str, Any]:
        if self._data is None:
            state = getattr(self, "current_state", {}) or {}
            ws = Path(state.get("workspace") or os.environ.get("COPILOT_WORKSPACE") or DEFAULT_WORKSPACE)
            self._data = read_settings_file(ws / SETTINGS_FILE)
        return self._data

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return self._load().get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return {k: v for k, v in self._load().items() if k in self.settings_cls.model_fields}


def read_settings_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path} is not valid TOML ({exc}).", hint="Fix or delete the file.") from exc
    secret_fields = {"api_key", "openai_api_key", "slack_bot_token", "slack_app_token", "slack_signing_secret"}
    # whatever their case or prefix (OPENAI_API_KEY, Copilot_Api_Key): a key never belongs in the file
    leaked = sorted(k for k in data if k.lower().removeprefix("copilot_") in secret_fields)
    if leaked:
        raise SettingsError(
            f"{path} contains secrets ({', '.join(leaked)}); the file was not used.",
            hint="Delete them from the file and set them in the environment (e.g. export OPENAI_API_KEY=...).",
        )
    known = [name for name in Settings.model_fields if name not in secret_fields]
    for key in data:
        if key not in known:
            near = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
            did_you_mean = f" Did you mean '{near[0]}'?" if near else ""
            raise SettingsError(
                f"{path}: unknown setting '{key}'.{did_you_mean}",
                hint=f"Fix or remove it; the settings are: {', '.join(known)}.",
            )
    return data


def load_settings(workspace: Path | None = None, **overrides: Any) -> Settings:
    """Resolve settings; ``workspace`` (from ``--workspace``) wins over ``COPILOT_WORKSPACE``."""
    if workspace is not None:
        overrides["workspace"] = workspace
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise SettingsError(
            f"Setting '{loc}' is invalid: {first['msg']}.",
            hint=f"Fix COPILOT_{loc.upper()} or '{loc}' in {SETTINGS_FILE}.",
        ) from exc
