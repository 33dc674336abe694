"""The data contract: the tables a brand's workspace holds, their columns, types and rules.

This module is the single source of truth used by the importer (validation and clear errors),
the demo builder, the DuckDB schema, the Spark backend and the README's data-contract section
(``copilot data contract`` prints it).

PII columns (``email``, ``phone``, ``first_name``) may be stored but never leave the tools:
tools return aggregates and pseudonymous ids only.

``customer_attributes`` is the one table with open columns: ``customer_id`` plus whatever typed
columns a brand has (see :mod:`copilot.data.attributes`); PII is refused there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

ColumnType = Literal["string", "int", "float", "bool", "date", "timestamp", "json"]

DUCKDB_TYPES: dict[str, str] = {
    "string": "VARCHAR",
    "int": "BIGINT",
    "float": "DOUBLE",
    "bool": "BOOLEAN",
    "date": "DATE",
    "timestamp": "TIMESTAMP",
    "json": "VARCHAR",
}

#: The marketing channels, the one definition every layer uses (tools, reading and planner import these).
Channel = Literal["email", "sms", "push", "paid_social"]
ConsentChannel = Literal["email", "sms", "push"]  # paid social needs no consent
CHANNELS: tuple[Channel, ...] = get_args(Channel)
STRING_MAX_LENGTH = 2000  # characters; a string column's default cap at import (Column.max_length)
CONSENT_CHANNELS: tuple[ConsentChannel, ...] = get_args(ConsentChannel)


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    description: str
    required: bool = True  # must be present in an imported file
    nullable: bool = False
    min: float | None = None
    max: float | None = None
    allowed: tuple[str, ...] | None = None
    pii: bool = False
    max_length: int | None = None  # strings: longer values are cut at import (default STRING_MAX_LENGTH)


@dataclass(frozen=True)
class TableSpec:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    open_columns: bool = False  # any further typed columns are the table's own (customer_attributes)

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def required_columns(self) -> list[str]:
        return [c.name for c in self.columns if c.required]

    def ddl(self) -> str:
        cols = [
            f'"{c.name}" {DUCKDB_TYPES[c.type]}{"" if c.nullable else " NOT NULL"}' for c in self.columns
        ]
        cols.append("PRIMARY KEY (" + ", ".join(f'"{k}"' for k in self.primary_key) + ")")
        return f'CREATE TABLE IF NOT EXISTS "{self.name}" (\n  ' + ",\n  ".join(cols) + "\n)"


CUSTOMERS = TableSpec(
    "customers",
    "One row per customer.",
    (
        Column("customer_id", "string", "Stable customer id (pseudonymous outside the workspace)."),
        Column("signup_date", "date", "Date the customer joined."),
        Column("region", "string", "Sales region or country code."),
        Column("age_band", "string", "Age band such as 25-34.", required=False, nullable=True),
        Column("consent_email", "bool", "Opted in to marketing email."),
        Column("consent_sms", "bool", "Opted in to marketing SMS."),
        Column("consent_push", "bool", "Opted in to push notifications."),
        Column("email", "string", "Email address (PII, never sent to the LLM).", required=False,
               nullable=True, pii=True),
        Column("phone", "string", "Phone number (PII, never sent to the LLM).", required=False,
               nullable=True, pii=True),
        Column("first_name", "string", "First name (PII, never sent to the LLM).", required=False,
               nullable=True, pii=True),
    ),
    ("customer_id",),
)

PRODUCTS = TableSpec(
    "products",
    "One row per product.",
    (
        Column("product_id", "string", "Stable product id."),
        Column("name", "string", "Product name."),
        Column("category", "string", "Category slug, e.g. trail-running-shoes."),
        Column("price", "float", "List price.", min=0),
        Column("attributes", "json", "JSON object of attributes (materials, features...).", required=False,
               nullable=True),
    ),
    ("product_id",),
)

ORDERS = TableSpec(
    "orders",
    "One row per order.",
    (
        Column("order_id", "string", "Stable order id."),
        Column("customer_id", "string", "Who ordered."),
        Column("order_ts", "timestamp", "When the order was placed."),
        Column("amount", "float", "Order total after discounts.", min=0),
    ),
    ("order_id",),
    {"customer_id": ("customers", "customer_id")},
)

ORDER_LINES = TableSpec(
    "order_lines",
    "One row per product in an order.",
    (
        Column("order_id", "string", "The order."),
        Column("line_no", "int", "Line number within the order.", min=1),
        Column("product_id", "string", "The product."),
        Column("quantity", "int", "Units.", min=1),
        Column("amount", "float", "Line total.", min=0),
    ),
    ("order_id", "line_no"),
    {"order_id": ("orders", "order_id"), "product_id": ("products", "product_id")},
)

CAMPAIGNS = TableSpec(
    "campaigns",
    "One row per past campaign send.",
    (
        Column("campaign_id", "string", "Stable campaign id."),
        Column("name", "string", "Campaign name."),
        Column("channel", "string", "Channel.", allowed=CHANNELS),
        Column("start_date", "date", "First send date."),
        Column("category", "string", "Product category promoted, if any.", required=False, nullable=True),
        Column("cost", "float", "Total media and send cost.", required=False, nullable=True, min=0),
    ),
    ("campaign_id",),
)

TOUCHES = TableSpec(
    "touches",
    "One row per customer reached by a campaign, with the funnel timestamps.",
    (
        Column("campaign_id", "string", "The campaign."),
        Column("customer_id", "string", "The customer."),
        Column("channel", "string", "Channel.", allowed=CHANNELS),
        Column("sent_ts", "timestamp", "When it was sent."),
        Column("delivered_ts", "timestamp", "Delivery time; empty if bounced.", required=False, nullable=True),
        Column("opened_ts", "timestamp", "Open time (email/push) or view.", required=False, nullable=True),
        Column("clicked_ts", "timestamp", "Click time.", required=False, nullable=True),
        Column("converted_ts", "timestamp", "Attributed purchase time.", required=False, nullable=True),
        Column("revenue", "float", "Attributed revenue.", required=False, nullable=True, min=0),
        Column("unsubscribed", "bool", "Unsubscribed from this touch.", required=False, nullable=True),
    ),
    ("campaign_id", "customer_id"),
    {"campaign_id": ("campaigns", "campaign_id"), "customer_id": ("customers", "customer_id")},
)

REVIEWS = TableSpec(
    "reviews",
    "Product reviews, where available.",
    (
        Column("review_id", "string", "Stable review id."),
        Column("product_id", "string", "The product."),
        Column("customer_id", "string", "Reviewer (never exposed).", required=False, nullable=True, pii=True),
        Column("rating", "int", "Stars 1-5.", min=1, max=5),
        Column("review_date", "date", "When it was written."),
        Column("text", "string", "Review text.", required=False, nullable=True),
    ),
    ("review_id",),
    {"product_id": ("products", "product_id"), "customer_id": ("customers", "customer_id")},
)

ATTRIBUTES = "customer_attributes"
CUSTOMER_ATTRIBUTES = TableSpec(
    ATTRIBUTES,
    "Optional: one row per customer with any further typed columns (loyalty tier, birth year, preferred "
    "store...); no PII",
    (Column("customer_id", "string", "The customer."),),
    ("customer_id",),
    {"customer_id": ("customers", "customer_id")},
    open_columns=True,
)

CONTRACT: dict[str, TableSpec] = {
    t.name: t for t in (CUSTOMERS, PRODUCTS, ORDERS, ORDER_LINES, CAMPAIGNS, TOUCHES, REVIEWS, CUSTOMER_ATTRIBUTES)
}
# Tables in dependency order: a table's foreign keys point only to earlier tables.
LOAD_ORDER: tuple[str, ...] = (
    "customers", "products", "orders", "order_lines", "campaigns", "touches", "reviews",
)
#: Every table an import may write, in dependency order: the fixed-schema tables (``LOAD_ORDER``, which
#: the demo and the schema are built from), then the optional customer attributes, whose table is created
#: by its first import (:mod:`copilot.data.attributes`).
TABLES: tuple[str, ...] = (*LOAD_ORDER, ATTRIBUTES)
CORE_TABLES: tuple[str, ...] = ("customers", "products", "orders", "order_lines")


def create_schema(con: object) -> None:
    """Create every contract table (if missing) on a DuckDB connection."""
    for name in LOAD_ORDER:
        con.execute(CONTRACT[name].ddl())  # type: ignore[attr-defined]


def contract_markdown() -> str:
    """The contract as Markdown (README section and ``copilot data contract``)."""
    out: list[str] = []
    for name in TABLES:
        t = CONTRACT[name]
        out.append(f"### `{t.name}` ({t.description})\n")
        out.append(f"Primary key: {', '.join(t.primary_key)}.")
        if t.foreign_keys:
            fks = ", ".join(f"{c} → {tt}.{tc}" for c, (tt, tc) in t.foreign_keys.items())
            out.append(f" Foreign keys: {fks}.")
        out.append("\n\n| column | type | required | rule | meaning |\n|---|---|---|---|---|\n")
        for c in t.columns:
            rule = []
            if c.min is not None:
                rule.append(f">= {c.min:g}")
            if c.max is not None:
                rule.append(f"<= {c.max:g}")
            if c.allowed:
                rule.append(" / ".join(c.allowed))
            if not c.nullable:
                rule.append("not empty")
            if c.pii:
                rule.append("PII")
            out.append(
                f"| {c.name} | {c.type} | {'yes' if c.required else 'no'} | {'; '.join(rule)} | {c.description} |\n"
            )
        if t.open_columns:
            out.append("| *(any other)* | read off the values: int, float, bool, date, timestamp or string | no | "
                       "no PII (e-mail, phone, name, address are refused: drop or hash them) | "
                       "Model features and audience filters. |\n")
        out.append("\n")
    return "".join(out)
