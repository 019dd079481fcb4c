"""Words printed in the exported documents, per report language.

These are document content (they end up on paper delivered to the petition's target), so
they live with the reports rather than in the Qt translation files. Adding a language is
adding one table to :data:`TABLES`; a key missing from a table falls back to English.
"""

from __future__ import annotations

from datetime import date as Day
from datetime import datetime

DEFAULT_LANGUAGE = "en"

_EN: dict[str, str] = {
    # Tally
    "tally.title": "Signature tally",
    "tally.campaign": "Campaign",
    "tally.organization": "Organization",
    "tally.target": "Target",
    "tally.period": "Signatures from",
    "tally.period_none": "no signatures",
    "tally.filters": "Filters",
    "tally.filter_event": "event",
    "tally.filter_since": "from",
    "tally.filter_until": "until",
    "tally.no_filters": "none (every signature of this campaign)",
    "tally.generated": "Generated",
    "tally.time_zone": "Times are local to this kiosk",
    "tally.totals": "Totals",
    "tally.collected": "Collected",
    "tally.synced": "Synced to the server",
    "tally.waiting": "Waiting to sync",
    "tally.rejected": "Rejected by the server",
    "tally.opted_in": "Opted in to updates",
    "tally.opted_in_email": "Opted in to email updates",
    "tally.opted_in_sms": "Opted in to text messages",
    "tally.not_sent": "Not sent upstream (no contact)",
    "tally.purged": "Personal data purged after upload",
    "tally.progress": "Campaign goal",
    "tally.progress_text": "{earlier} earlier + {collected} at kiosks = {total} of {goal} ({share})",
    "tally.by_event": "By event",
    "tally.by_day": "By day",
    "tally.by_hour": "By hour of the day",
    "tally.by_canvasser": "By canvasser and kiosk",
    "tally.top_postal": "Top postal codes",
    "tally.languages": "Languages used",
    "tally.rejections": "Rejections by reason",
    "tally.no_event": "(no event)",
    "tally.no_label": "(not set)",
    "tally.none": "(none)",
    "col.event": "Event",
    "col.place": "Place",
    "col.date": "Date",
    "col.canvasser": "Canvasser / team",
    "col.kiosk": "Kiosk",
    "col.count": "Signatures",
    "col.synced": "Synced",
    "col.waiting": "Waiting",
    "col.opted_in": "Opted in",
    "col.day": "Day",
    "col.hour": "Hour",
    "col.postal": "Postal code",
    "col.language": "Language",
    "col.share": "Share",
    "col.reason": "Reason",
    "page": "Page {page} of {pages}",
    "destruction.title": "Record of destruction of personal data",
    "destruction.statement": "The personal data of {count} signature records was destroyed on this device.",
    "destruction.what": "Destroyed: names, email addresses, phone numbers, street addresses and drawn signatures, "
                        "after the petition server had confirmed receiving each signature.",
    "destruction.kept": "Kept, so that the totals stay right: the date, event, language and ZIP code of each "
                        "signature, its consent answers and its sync state. No name or contact detail is kept "
                        "in readable form.",
    "destruction.records": "Records destroyed",
    "destruction.device": "Device (kiosk id)",
    "destruction.period": "Destroyed between",
    "destruction.all_purges": "none (every purge on this device)",
    "destruction.each": "Each purge",
    "destruction.col_when": "When",
    "destruction.col_records": "Records",
    "destruction.col_rule": "Rule",
    "destruction.col_device": "Device",
    "destruction.rule_immediate": "Immediately after confirmed upload",
    "destruction.rule_days": "{days} days after confirmed upload",
    "destruction.rule_manual": "By a coordinator (purge now)",
    "destruction.none": "No personal data has been destroyed on this device yet.",
    # Signature sheets
    "sheets.heading": "Signatures",
    "sheets.to": "To",
    "sheets.from": "From",
    "sheets.count": "{count} signatures on the following pages.",
    "sheets.purged": "{count} further signatures were collected and delivered to the server; "
                     "their personal data was deleted from this kiosk after upload, so they are "
                     "not listed here.",
    "sheets.none_purged": "Every matching signature is listed.",
    "sheets.col_number": "No.",
    "sheets.col_name": "Name",
    "sheets.col_place": "City or ZIP",
    "sheets.col_date": "Date",
    "sheets.col_signature": "Signature",
    "sheets.no_drawing": "(no drawn signature)",
    # CSV: our own columns (Action Network's columns keep Action Network's names)
    "csv.signed_at": "signed_at",
    "csv.event": "event",
    "csv.event_place": "event_place",
    "csv.event_date": "event_date",
    "csv.canvasser": "canvasser",
    "csv.kiosk": "kiosk",
    "csv.language": "language",
    "csv.opted_in": "opted_in_to_updates",
    "csv.opted_in_email": "opted_in_to_email",
    "csv.email_consent_sha256": "email_consent_text_sha256",
    "csv.opted_in_sms": "opted_in_to_texts",
    "csv.sms_consent_sha256": "text_consent_text_sha256",
    "csv.sync_state": "sync_state",
    "csv.reject_reason": "reject_reason",
    "csv.purged": "personal_data_purged",
    "csv.uuid": "kiosk_signature_id",
    "csv.yes": "yes",
    "csv.no": "no",
    "state.pending": "waiting",
    "state.synced": "synced",
    "state.rejected": "rejected",
    "state.not_sent": "not sent upstream (no contact)",
    # Language names
    "lang.en": "English",
    "lang.es": "Spanish",
    "months": "January February March April May June July August September October November December",
    "date_format": "{month} {day}, {year}",
    "short_date_format": "{month:02d}/{day:02d}/{year}",
}

_ES: dict[str, str] = {
    "tally.title": "Recuento de firmas",
    "tally.campaign": "Campaña",
    "tally.organization": "Organización",
    "tally.target": "Destinatario",
    "tally.period": "Firmas del",
    "tally.period_none": "sin firmas",
    "tally.filters": "Filtros",
    "tally.filter_event": "evento",
    "tally.filter_since": "desde",
    "tally.filter_until": "hasta",
    "tally.no_filters": "ninguno (todas las firmas de esta campaña)",
    "tally.generated": "Generado",
    "tally.time_zone": "Horas locales de este quiosco",
    "tally.totals": "Totales",
    "tally.collected": "Recogidas",
    "tally.synced": "Enviadas al servidor",
    "tally.waiting": "Pendientes de envío",
    "tally.rejected": "Rechazadas por el servidor",
    "tally.opted_in": "Aceptaron recibir noticias",
    "tally.opted_in_email": "Aceptaron noticias por correo",
    "tally.opted_in_sms": "Aceptaron mensajes de texto",
    "tally.not_sent": "No enviadas al servidor (sin contacto)",
    "tally.purged": "Datos personales borrados tras el envío",
    "tally.progress": "Meta de la campaña",
    "tally.progress_text": "{earlier} previas + {collected} en quioscos = {total} de {goal} ({share})",
    "tally.by_event": "Por evento",
    "tally.by_day": "Por día",
    "tally.by_hour": "Por hora del día",
    "tally.by_canvasser": "Por promotor y quiosco",
    "tally.top_postal": "Códigos postales principales",
    "tally.languages": "Idiomas usados",
    "tally.rejections": "Rechazos por motivo",
    "tally.no_event": "(sin evento)",
    "tally.no_label": "(sin definir)",
    "tally.none": "(ninguno)",
    "col.event": "Evento",
    "col.place": "Lugar",
    "col.date": "Fecha",
    "col.canvasser": "Promotor / equipo",
    "col.kiosk": "Quiosco",
    "col.count": "Firmas",
    "col.synced": "Enviadas",
    "col.waiting": "Pendientes",
    "col.opted_in": "Aceptaron",
    "col.day": "Día",
    "col.hour": "Hora",
    "col.postal": "Código postal",
    "col.language": "Idioma",
    "col.share": "Porcentaje",
    "col.reason": "Motivo",
    "page": "Página {page} de {pages}",
    "destruction.title": "Constancia de destrucción de datos personales",
    "destruction.statement": "En este dispositivo se destruyeron los datos personales de {count} registros de firmas.",
    "destruction.what": "Se destruyeron: nombres, correos electrónicos, teléfonos, direcciones y firmas dibujadas, "
                        "después de que el servidor de la petición confirmara haber recibido cada firma.",
    "destruction.kept": "Se conserva, para que los totales sigan siendo correctos: la fecha, el evento, el idioma y "
                        "el código postal de cada firma, sus respuestas de consentimiento y su estado de envío. "
                        "Ningún nombre ni dato de contacto se conserva en forma legible.",
    "destruction.records": "Registros destruidos",
    "destruction.device": "Dispositivo (id del quiosco)",
    "destruction.period": "Destruidos entre",
    "destruction.all_purges": "ninguno (todos los borrados de este dispositivo)",
    "destruction.each": "Cada borrado",
    "destruction.col_when": "Cuándo",
    "destruction.col_records": "Registros",
    "destruction.col_rule": "Regla",
    "destruction.col_device": "Dispositivo",
    "destruction.rule_immediate": "En cuanto se confirmó el envío",
    "destruction.rule_days": "{days} días después de confirmado el envío",
    "destruction.rule_manual": "Por un coordinador (borrar ahora)",
    "destruction.none": "Todavía no se ha destruido ningún dato personal en este dispositivo.",
    "sheets.heading": "Firmas",
    "sheets.to": "Para",
    "sheets.from": "De",
    "sheets.count": "{count} firmas en las páginas siguientes.",
    "sheets.purged": "Otras {count} firmas se recogieron y se entregaron al servidor; sus datos "
                     "personales se borraron de este quiosco después del envío, por eso no "
                     "aparecen aquí.",
    "sheets.none_purged": "Aparecen todas las firmas que coinciden.",
    "sheets.col_number": "N.º",
    "sheets.col_name": "Nombre",
    "sheets.col_place": "Ciudad o C.P.",
    "sheets.col_date": "Fecha",
    "sheets.col_signature": "Firma",
    "sheets.no_drawing": "(sin firma dibujada)",
    "csv.signed_at": "fecha_firma",
    "csv.event": "evento",
    "csv.event_place": "lugar_evento",
    "csv.event_date": "fecha_evento",
    "csv.canvasser": "promotor",
    "csv.kiosk": "quiosco",
    "csv.language": "idioma",
    "csv.opted_in": "acepta_noticias",
    "csv.opted_in_email": "acepta_correo",
    "csv.email_consent_sha256": "hash_texto_consentimiento_correo",
    "csv.opted_in_sms": "acepta_mensajes_de_texto",
    "csv.sms_consent_sha256": "hash_texto_consentimiento_mensajes",
    "csv.sync_state": "estado_envio",
    "csv.reject_reason": "motivo_rechazo",
    "csv.purged": "datos_personales_borrados",
    "csv.uuid": "id_firma_quiosco",
    "csv.yes": "sí",
    "csv.no": "no",
    "state.pending": "pendiente",
    "state.synced": "enviada",
    "state.rejected": "rechazada",
    "state.not_sent": "no enviada (sin contacto)",
    "lang.en": "Inglés",
    "lang.es": "Español",
    "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "date_format": "{day} de {month} de {year}",
    "short_date_format": "{day:02d}/{month:02d}/{year}",
}

TABLES: dict[str, dict[str, str]] = {"en": _EN, "es": _ES}


def report_languages() -> tuple[str, ...]:
    """Languages the documents can be labelled in."""
    return tuple(TABLES)


class Labels:
    """The label table of one report language, with number and date formatting."""

    def __init__(self, language: str) -> None:
        self.language = language if language in TABLES else DEFAULT_LANGUAGE
        self._table = TABLES[self.language]

    def __getitem__(self, key: str) -> str:
        return self._table.get(key) or _EN[key]

    def get(self, key: str, default: str) -> str:
        """A label, or ``default`` when no table has ``key``."""
        return self._table.get(key) or _EN.get(key) or default

    def format(self, key: str, **values: object) -> str:
        """A label with ``{placeholders}`` filled in."""
        return self[key].format(**values)

    @staticmethod
    def number(value: int) -> str:
        """Thousands grouped with commas, as both US English and Mexican Spanish write them."""
        return f"{value:,}"

    @staticmethod
    def percent(part: int, whole: int) -> str:
        """``part`` as a share of ``whole`` with one decimal (0 of 0 is 0.0 %)."""
        share = 100.0 * part / whole if whole else 0.0
        return f"{share:.1f} %"

    def filter_parts(self, event: str | None, since: Day | None, until: Day | None) -> list[str]:
        """The filters of an export, one phrase each ("Event: …", "from …", "to …")."""
        parts = []
        if event:
            parts.append(f"{self['tally.filter_event']}: {event}")
        if since:
            parts.append(f"{self['tally.filter_since']} {self.date(since)}")
        if until:
            parts.append(f"{self['tally.filter_until']} {self.date(until)}")
        return parts

    def date(self, day: Day) -> str:
        """A day written out the way the report language writes it."""
        month = self["months"].split()[day.month - 1]
        return self["date_format"].format(month=month, day=day.day, year=day.year)

    def short_date(self, day: Day) -> str:
        """A day in digits, in the order the report language uses."""
        return self["short_date_format"].format(month=day.month, day=day.day, year=day.year)

    def date_time(self, moment: datetime) -> str:
        """A local date and a 24-hour time."""
        return f"{self.date(moment.date())} {moment:%H:%M}"

    def language_name(self, code: str) -> str:
        """A signer language's name in the report language (the code if unknown)."""
        return self.get(f"lang.{code}", code)
