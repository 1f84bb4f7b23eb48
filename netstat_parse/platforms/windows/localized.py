"""Localized Windows netstat strings, with where each one was seen.

Sources (keys used in the comments):

* ``S:<file>`` - a real capture under ``../shared/samples/windows/`` (see its SOURCES.md
  and LOCALIZED-STRINGS.md); the strongest evidence.
* ``REF`` - ``../shared/docs/netstat-formats.md`` (rule 0.3 and §2).
* ``EN`` - the English strings of Windows netstat as documented in §2 of the reference.

Only strings with a source are listed; a language nobody listed is still parsed by the
shape of its rows (see ``connections.py``), with ``language: "unknown"``.
"""

from __future__ import annotations

from typing import Final

CONNECTION_TITLES: Final[dict[str, str]] = {
    "Active Connections": "en",  # EN
    "Aktive Verbindungen": "de",  # S:localized/de-netstat-an-cp850-mojibake
    "Conexiones activas": "es",  # S:localized/es-miguehm-*, es-senarifa-*
    "Conexões ativas": "pt-BR",  # S:localized/pt-br-netolima-*
    "活动连接": "zh-CN",  # S:localized/zh-cn-find-process-*
    "활성 연결": "ko",  # S:localized/ko-junsic-*
    "Активные подключения": "ru",  # S:localized/ru-netology-*
    "Connexions actives": "fr",  # LOCALIZED-STRINGS.md: seen in other real French captures
}
"""Title of the connections table -> language."""

CONNECTION_HEADERS: Final[dict[str, str]] = {
    "Proto Local Address Foreign Address State": "en",  # EN
    "Proto Lokale Adresse Remoteadresse Status": "de",  # S:localized/de-netstat-an-*
    "Proto Dirección local Dirección remota Estado": "es",  # S:localized/es-miguehm-*
    "Proto Endereço local Endereço externo Estado": "pt-BR",  # S:localized/pt-br-netolima-*
    "协议 本地地址 外部地址 状态": "zh-CN",  # S:localized/zh-cn-find-process-*
    "프로토콜 로컬 주소 외부 주소 상태": "ko",  # S:localized/ko-junsic-*
    "Имя Локальный адрес Внешний адрес Состояние": "ru",  # S:localized/ru-netology-*
    "Proto Adresse locale Adresse distante État": "fr",  # S:localized/fr-selffootprinting-*
}
"""Connections header (words single-spaced, without the optional trailing columns) -> language."""

TCP_STATE_WORDS: Final[dict[str, str]] = {
    "ABHÖREN": "LISTEN",  # S:localized/de-netstat-an (as cp850 mojibake ABH™REN)
    "HERGESTELLT": "ESTABLISHED",  # S:localized/de-netstat-an
    "WARTEND": "TIME_WAIT",  # S:localized/de-netstat-an
    "SCHLIESSEN_WARTEN": "CLOSE_WAIT",  # S:localized/de-netstat-an
    "FIN_WARTEN_2": "FIN_WAIT_2",  # S:localized/de-netstat-an
    "FIN_WARTEN_1": "FIN_WAIT_1",  # REF rule 0.3 pattern (German FIN_WARTEN_n)
}
"""Localized TCP state words -> canonical state. English spellings are in core/states.py."""

NETWORKDIRECT_TITLES: Final[dict[str, str]] = {
    # a Cisco UCS configuration guide (RoCEv2 / SMB Direct) shows real `netstat -xan` output
    "Active NetworkDirect Connections, Listeners, SharedEndpoints": "en",
}
"""Title of the ``-x`` NetworkDirect table -> language."""

NETWORKDIRECT_HEADERS: Final[dict[str, str]] = {
    "Mode IfIndex Type Local Address Foreign Address PID": "en",  # same source as the title
}

OWNER_UNAVAILABLE: Final[dict[str, str]] = {
    "Can not obtain ownership information": "en",  # REF §2.3.4 (older Windows)
    "Cannot obtain ownership information": "en",  # S:process-blocks/b2k-netstat-bno-cannot-obtain
    "No se puede obtener información de propiedad": "es",  # S:localized/es-miguehm-netstat-b
    "Impossible d’obtenir les informations de propriétaire": "fr",  # S:localized/fr-selffootprinting
    "Impossible d'obtenir les informations de propriétaire": "fr",  # the same, ASCII apostrophe
}
"""The ``-b`` line printed when a socket's owner is unknown -> language."""

ELEVATION_REQUIRED: Final[dict[str, str]] = {
    "The requested operation requires elevation.": "en",  # REF §2.1 (-b without elevation)
    "A kért művelethez magasabb felhasználói szint szükséges.": "hu",  # S:localized/hu-tomolya-*
}
"""What ``netstat -b`` prints instead of a table when not run elevated -> language."""

PAGER_PROMPTS: Final = ("-- More --",)  # `netstat | more` left in a capture (cmd.exe's more)
