"""Export an approved plan's audience for the brand's email/SMS tool: one file per channel, CSV and
Parquet, plus the holdout as a suppression list.

Each channel file has one row per treated customer and scheduled send: the brand's own customer id,
the campaign id to import the touches under (``<plan id>-<channel>``), arm, variant, step, the send
time in the recipient's local time and in UTC, the time zone used, and an offer code placeholder.
Consent is read again from the live ``customers`` table at export time: a customer who opted out
since approval is left out (and counted). Contact details (``email`` for email and paid social,
``phone`` for SMS and paid social) are written only where the brand's data has them, and only into
these files: never into logs, the model's context or Slack.

Time zones: a region that is an IANA zone is used as is; the demo's US regions and common country
codes map through :data:`REGION_TIMEZONES` (US-South is taken as Central time, the zone most of its
customers live in); anything else falls back to UTC, and the export says how many rows did.

CSV cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or
carriage return) are prefixed with ``'`` (OWASP's advice); plain numbers and phone numbers such as
``+15550001`` are left alone, since they carry no formula. Parquet files keep values verbatim.
"""

from __future__ import annotations

import io
import re
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from copilot.errors import UsageError
from copilot.fsutil import atomic_write_bytes, atomic_write_text
from copilot.lifecycle.activation import live_consent, load_activation, plan_dir, reachable_now
from copilot.planner.offer_minimum import minimum_phrase
from copilot.planner.plan_schema import CampaignPlan, ScheduledSend

if TYPE_CHECKING:
    from copilot.workspace import Workspace

REGION_TIMEZONES: dict[str, str] = {
    "us-west": "America/Los_Angeles",
    "us-mountain": "America/Denver",
    "us-midwest": "America/Chicago",
    "us-south": "America/Chicago",
    "us-northeast": "America/New_York",
    "us-east": "America/New_York",
    "us": "America/Chicago",
    "ca": "America/Toronto",
    "gb": "Europe/London",
    "uk": "Europe/London",
    "ie": "Europe/Dublin",
    "de": "Europe/Berlin",
    "fr": "Europe/Paris",
    "es": "Europe/Madrid",
    "it": "Europe/Rome",
    "nl": "Europe/Amsterdam",
    "se": "Europe/Stockholm",
    "au": "Australia/Sydney",
    "nz": "Pacific/Auckland",
    "jp": "Asia/Tokyo",
    "cn": "Asia/Shanghai",
    "sg": "Asia/Singapore",
    "in": "Asia/Kolkata",
    "br": "America/Sao_Paulo",
    "mx": "America/Mexico_City",
}
DEFAULT_SEND_HOUR = 10
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d[\d ().-]*$")
CONTACT_COLUMNS = {"email": ("email",), "sms": ("phone",), "paid_social": ("email", "phone"), "push": ()}


class ExportedFile(BaseModel):
    channel: str = Field(max_length=20, description="A channel, or 'holdout' for the suppression list.")
    rows: int = Field(ge=0)
    customers: int = Field(ge=0)
    csv: Path
    parquet: Path


class ExportReport(BaseModel):
    """What ``copilot plans export`` wrote."""

    plan_id: str = Field(max_length=80)
    folder: Path
    files: list[ExportedFile] = Field(default_factory=list)
    consent_dropped: dict[str, int] = Field(default_factory=dict, description="Opted out since approval.")
    contact_columns: list[str] = Field(default_factory=list, max_length=2)
    utc_fallback: int = Field(0, ge=0, description="Customers whose region mapped to no time zone.")
    notes: list[str] = Field(default_factory=list, max_length=10)

    def to_markdown(self) -> str:
        lines = [f"**Export of plan `{self.plan_id}`** → `{self.folder}`", ""]
        lines += ["| file | rows | customers |", "|---|---|---|"]
        for f in self.files:
            lines.append(f"| {f.csv.name} (+ .parquet) | {f.rows:,} | {f.customers:,} |")
        lines.append("")
        lines += [f"- {n}" for n in self.notes]
        return "\n".join(lines) + "\n"


def timezone_for(region: str | None) -> tuple[str, bool]:
    """``(IANA zone, known?)`` for a customer's region (see the module docstring)."""
    if region:
        raw = region.strip()
        if "/" in raw:
            try:
                ZoneInfo(raw)
                return raw, True
            except (ZoneInfoNotFoundError, ValueError):
                pass
        key = raw.lower().replace("_", "-").replace(" ", "-")
        if key in REGION_TIMEZONES:
            return REGION_TIMEZONES[key], True
    return "UTC", False


def neutralise_cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run as a formula (see the module docstring)."""
    if not isinstance(value, str) or not value or not value.startswith(FORMULA_START):
        return value
    if _PLAIN_NUMBER.match(value):
        return value
    return "'" + value


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].astype(object).map(neutralise_cell)
    return out


def campaign_id(plan_id: str, channel: str) -> str:
    """The campaign id the brand imports this channel's touches under."""
    return f"{plan_id}-{channel}"


def _write(folder: Path, stem: str, df: pd.DataFrame) -> tuple[Path, Path]:
    csv_path, pq_path = folder / f"{stem}.csv", folder / f"{stem}.parquet"
    atomic_write_text(csv_path, neutralise_frame(df).to_csv(index=False))
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    atomic_write_bytes(pq_path, buf.getvalue())
    return csv_path, pq_path


def _customers(ws: Workspace, ids: list[str]) -> pd.DataFrame:
    with ws.connect() as con:
        cols = {
            r[0]
            for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'customers'"
            ).fetchall()
        }
        extra = [c for c in ("email", "phone") if c in cols]
        df = con.execute(f"SELECT customer_id, region{''.join(', ' + c for c in extra)} FROM customers").df()
    return df[df["customer_id"].isin(set(ids))].set_index("customer_id")


def export_plan(ws: Workspace, plan: CampaignPlan, folder: Path | None = None) -> ExportReport:
    """Write the channel files and the suppression list of an activated plan (see the module docstring)."""
    if plan.approval is None:
        raise UsageError(
            f"Plan '{plan.plan_id}' is not approved, so it has no frozen audience to export.",
            hint=f"Approve it first: `copilot plans approve {plan.plan_id}`.",
        )
    _, df = load_activation(ws, plan.plan_id)
    out = folder or plan_dir(ws, plan.plan_id) / "export"
    out.mkdir(parents=True, exist_ok=True)
    ids = [str(c) for c in df["customer_id"]]
    info = _customers(ws, ids).reindex(ids)
    consent = live_consent(ws, ids).set_index("customer_id").reindex(ids).reset_index()
    zones = [timezone_for(r if isinstance(r, str) else None) for r in info["region"]]
    tz_names = np.array([z for z, _ in zones], dtype=object)
    fallback = int(sum(1 for _, known in zones if not known))
    has = {c: c in info.columns and bool(info[c].notna().any()) for c in ("email", "phone")}
    report = ExportReport(
        plan_id=plan.plan_id,
        folder=out,
        utc_fallback=fallback,
        contact_columns=[c for c in ("email", "phone") if has[c]],
    )
    treated = (df["arm"] == "treated").to_numpy()
    for cp in plan.channels:
        ch = cp.channel
        sel = treated & df[f"reach_{ch}"].to_numpy(dtype=bool)
        still = reachable_now(consent, ch)
        dropped = int((sel & ~still).sum())
        sel &= still
        report.consent_dropped[ch] = dropped
        idx = np.flatnonzero(sel)
        frame = _channel_frame(plan, ch, idx, ids, df, tz_names, info, has)
        csv_path, pq_path = _write(out, ch, frame)
        report.files.append(
            ExportedFile(channel=ch, rows=len(frame), customers=len(idx), csv=csv_path, parquet=pq_path)
        )
    hold = np.flatnonzero(~treated)
    sup = pd.DataFrame(
        {
            "customer_id": pd.Series([ids[i] for i in hold], dtype=object),
            "arm": "holdout",
            "campaign_ids": ";".join(campaign_id(plan.plan_id, c.channel) for c in plan.channels),
            "reason": "holdout: never contact during this campaign",
        }
    )
    for col in ("email", "phone"):
        if has[col]:
            sup[col] = info[col].to_numpy(dtype=object)[hold]
    csv_path, pq_path = _write(out, "suppression_holdout", sup)
    report.files.append(
        ExportedFile(channel="holdout", rows=len(sup), customers=len(sup), csv=csv_path, parquet=pq_path)
    )
    report.notes = _notes(plan, report, fallback)
    return report


def _channel_frame(
    plan: CampaignPlan,
    ch: str,
    idx: np.ndarray,
    ids: list[str],
    df: pd.DataFrame,
    tz_names: np.ndarray,
    info: pd.DataFrame,
    has: dict[str, bool],
) -> pd.DataFrame:
    """One channel's rows: every treated, still-consented customer (``idx``) once per scheduled send,
    at the send's hour in the customer's local time, with variant, offer-code placeholder and contact."""
    sends: list[ScheduledSend | None] = [s for s in plan.schedule if s.channel == ch]
    frames = []
    for s in sends or [None]:
        day = s.send_date if s is not None else plan.start_date
        hour = s.send_hour if s is not None and s.send_hour is not None else DEFAULT_SEND_HOUR
        local = [datetime.combine(day, time(hour), tzinfo=ZoneInfo(str(tz_names[i]))) for i in idx]
        variants = df[f"variant_{ch}"].to_numpy(dtype=object)[idx]
        part = pd.DataFrame(
            {
                "customer_id": pd.Series([ids[i] for i in idx], dtype=object),
                "campaign_id": campaign_id(plan.plan_id, ch),
                "channel": ch,
                "arm": "treated",
                "variant": variants,
                "step": (s.step if s is not None else "launch"),
                "send_at_local": [t.isoformat() for t in local],
                "timezone": tz_names[idx],
                "send_at_utc": [t.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ") for t in local],
                "offer_code": [f"{{{{OFFER_CODE_{ch.upper()}_{v}}}}}" for v in variants],
            }
        )
        for col in CONTACT_COLUMNS.get(ch, ()):
            if has[col]:
                part[col] = info[col].to_numpy(dtype=object)[idx]
        frames.append(part)
    return pd.concat(frames, ignore_index=True)


def _notes(plan: CampaignPlan, report: ExportReport, fallback: int) -> list[str]:
    """What the export's reader must know: local send times, offer placeholders, how to read out, and
    who was left out or falls back to UTC."""
    notes = [
        "Send times are in each recipient's local time (time zone from the customer's region); "
        "send_at_utc is the same moment in UTC.",
        "offer_code holds a placeholder per channel and variant ({{OFFER_CODE_EMAIL_A}}): replace it in your tool.",
        "Import the touches under campaign_id and the window's orders with `copilot data import`, then run "
        f"`copilot plans readout {plan.plan_id}`.",
    ]
    if plan.offer is not None and plan.offer.min_order is not None:  # "orders of $75+", 满400减50 (decision 229)
        least = minimum_phrase(plan.offer).removeprefix("on ")
        notes.append(f"The offer needs {least}: set that minimum order on the code in your store.")
    if fallback:
        notes.append(f"{fallback:,} customers have a region with no known time zone: their times are in UTC.")
    dropped_total = sum(report.consent_dropped.values())
    if dropped_total:
        parts = ", ".join(f"{ch} {n:,}" for ch, n in report.consent_dropped.items() if n)
        notes.append(f"Left out because they opted out since approval: {parts}.")
    if report.contact_columns:
        notes.append(f"Contact columns ({', '.join(report.contact_columns)}) are PII: these files only.")
    return notes[:10]
