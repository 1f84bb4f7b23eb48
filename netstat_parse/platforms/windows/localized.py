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


# -- netstat -s / -e ------------------------------------------------------------------------
# ``CRWD`` - the German Windows 8.1 capture printed in ChristianRe/CRWinNetDiag ``README.md``
# @ 107610016e1872da23f7af68f40c73ba6c33b7bc ("Sample Output", sections ``netstat -e`` and
# ``netstat -s``; GPL-3.0, so only these strings are used, the capture is not copied).

STATS_TITLES: Final[dict[str, tuple[str, str]]] = {
    "IPv4-Statistik": ("IPv4 Statistics", "de"),  # CRWD
    "IPv6-Statistik": ("IPv6 Statistics", "de"),  # CRWD
    "ICMPv4-Statistik": ("ICMPv4 Statistics", "de"),  # CRWD
    "ICMPv6-Statistik": ("ICMPv6 Statistics", "de"),  # CRWD
    "TCP-Statistik für IPv4": ("TCP Statistics for IPv4", "de"),  # CRWD
    "TCP-Statistik für IPv6": ("TCP Statistics for IPv6", "de"),  # CRWD
    "UDP-Statistik für IPv4": ("UDP Statistics for IPv4", "de"),  # CRWD
    "UDP-Statistik für IPv6": ("UDP Statistics for IPv6", "de"),  # CRWD
}
"""Localized ``netstat -s`` section title -> (English title, language)."""

STATS_LABELS: Final[dict[str, tuple[str, str]]] = {
    # IPv4/IPv6 sections, CRWD
    "Empfangene Pakete": ("Packets Received", "de"),
    "Empfangene Vorspannfehler": ("Received Header Errors", "de"),
    "Empfangene Adressfehler": ("Received Address Errors", "de"),
    "Weitergeleitete Datagramme": ("Datagrams Forwarded", "de"),
    "Empfangene unbekannte Protokolle": ("Unknown Protocols Received", "de"),
    "Empfangene verworfene Pakete": ("Received Packets Discarded", "de"),
    "Empfangene übermittelte Pakete": ("Received Packets Delivered", "de"),
    "Ausgabeanforderungen": ("Output Requests", "de"),
    "Verworfene Routingpakete": ("Routing Discards", "de"),
    "Verworfene Ausgabepakete": ("Discarded Output Packets", "de"),
    "Ausgabepakete ohne Routing": ("Output Packet No Route", "de"),
    "Reassemblierung erforderlich": ("Reassembly Required", "de"),
    "Reassemblierung erfolgreich": ("Reassembly Successful", "de"),
    "Reassemblierung erfolglos": ("Reassembly Failures", "de"),
    "Erfolgreiche Datagrammfragmentierung": ("Datagrams Successfully Fragmented", "de"),
    "Erfolglose Datagrammfragmentierung": ("Datagrams Failing Fragmentation", "de"),
    "Erzeugte Fragmente": ("Fragments Created", "de"),
    # ICMPv4/ICMPv6 sections, CRWD (rows in the same order as the English ones)
    "Meldungen": ("Messages", "de"),
    "Fehler": ("Errors", "de"),
    "Ziel nicht erreichbar": ("Destination Unreachable", "de"),
    "Paket zu groß": ("Packet Too Big", "de"),
    "Zeitüberschreitung": ("Time Exceeded", "de"),
    "Parameterprobleme": ("Parameter Problems", "de"),
    "Quelldrosselung": ("Source Quenches", "de"),
    "Umleitungen": ("Redirects", "de"),
    "Echoantworten": ("Echo Replies", "de"),
    "Zeiteinträge": ("Timestamps", "de"),
    "Zeiteintragantworten": ("Timestamp Replies", "de"),
    "Adressmasken": ("Address Masks", "de"),
    "Adressmaskenantworten": ("Address Mask Replies", "de"),
    "MLD-Abfragen": ("MLD Queries", "de"),
    "MLD-Berichte": ("MLD Reports", "de"),
    "MLD-Beendigungen": ("MLD Dones", "de"),
    "Routeranfragen": ("Router Solicitations", "de"),
    "Routerankündigungen": ("Router Advertisements", "de"),
    "Nachbaranfragen": ("Neighbor Solicitations", "de"),
    "Nachbarankündigungen": ("Neighbor Advertisements", "de"),
    "Routerneunummerierungen": ("Router Renumberings", "de"),
    # TCP sections, CRWD
    "Aktiv geöffnet": ("Active Opens", "de"),
    "Passiv geöffnet": ("Passive Opens", "de"),
    "Erfolglose Verbindungsversuche": ("Failed Connection Attempts", "de"),
    "Zurückgesetzte Verbindungen": ("Reset Connections", "de"),
    "Aktuelle Verbindungen": ("Current Connections", "de"),
    "Empfangene Segmente": ("Segments Received", "de"),
    "Gesendete Segmente": ("Segments Sent", "de"),
    "Erneut übertragene Segmente": ("Segments Retransmitted", "de"),
    # UDP sections, CRWD
    "Empfangene Datagramme": ("Datagrams Received", "de"),
    "Keine Anschlüsse": ("No Ports", "de"),
    "Empfangsfehler": ("Receive Errors", "de"),
    "Gesendete Datagramme": ("Datagrams Sent", "de"),
}
"""Localized ``netstat -s`` counter label -> (English label, language). German ``Echos`` is
spelled as in English and needs no entry."""

ETHERNET_TITLES: Final[dict[str, tuple[str, str]]] = {
    "Schnittstellenstatistik": ("Interface Statistics", "de"),  # CRWD
}
"""Localized ``netstat -e`` title -> (English title, language)."""

ETHERNET_LABELS: Final[dict[str, tuple[str, str]]] = {
    "Unicastpakete": ("Unicast packets", "de"),  # CRWD
    "Nicht-Unicastpakete": ("Non-unicast packets", "de"),  # CRWD
    "Verworfen": ("Discards", "de"),  # CRWD
    "Fehler": ("Errors", "de"),  # CRWD
    "Unbekannte Protok.": ("Unknown protocols", "de"),  # CRWD (abbreviated as printed)
}
"""Localized ``netstat -e`` row label -> (English label, language); German ``Bytes`` is
spelled as in English. The column header words (``Empfangen``/``Gesendet``) are recognized
by position, in any language."""


# -- route print / netstat -r -----------------------------------------------------------
# ``PLC4X`` - S:localized/de-plc4x-netstat-rn-route-table (German Windows 7).
# ``REDES`` - the Spanish ``route print`` (and ``route print 148*``) in miguehm/redes
# ``src/practices/prac2.md`` (the file of the es-miguehm samples; no licence, so only these
# strings are used); the same strings in a Spanish Windows 7 capture in a public Puppet course
# write-up (host cli2alu22), found by searching GitHub text, repository not identified.
# ``YNOV`` - French Windows 10 ``route print`` captures in public Ynov network lab write-ups
# (GitHub markdown found by searching for the strings, repositories not identified); they keep
# ``On-link`` and the IPv6 column header in English.

INTERFACE_LIST_TITLES: Final[dict[str, str]] = {
    "Interface List": "en",  # REF §2.6
    "Schnittstellenliste": "de",  # PLC4X
    "ILista de interfaces": "es",  # REDES (sic: Windows prints the stray "I")
    "Liste d'Interfaces": "fr",  # YNOV
}
"""Title of the route print Interface List -> language."""

ROUTE_TABLE_TITLES: Final[dict[str, tuple[str, int]]] = {
    "IPv4 Route Table": ("en", 4),  # REF §2.6
    "IPv6 Route Table": ("en", 6),  # REF §2.6
    "IPv4-Routentabelle": ("de", 4),  # PLC4X
    "IPv6-Routentabelle": ("de", 6),  # PLC4X
    "IPv4 Tabla de enrutamiento": ("es", 4),  # REDES
    "IPv6 Tabla de enrutamiento": ("es", 6),  # REDES
    "IPv4 Table de routage": ("fr", 4),  # YNOV
    "IPv6 Table de routage": ("fr", 6),  # YNOV
}
"""Route table title -> (language, IP version)."""

ROUTE_PRINT_TITLES: Final[dict[str, str]] = {
    "Route Table": "en",  # XP/2003 `netstat -r`, above the Interface List: a real XP `netstat -nr` paste in a
    # forum-thread archive on GitHub (found by searching the text; repository not identified)
}
"""The title ``netstat -r`` of XP/2003 prints above the whole output -> language."""

ACTIVE_ROUTES_LABELS: Final[dict[str, str]] = {
    "Active Routes:": "en",  # REF §2.6
    "Aktive Routen:": "de",  # PLC4X
    "Rutas activas:": "es",  # REDES
    "Itinéraires actifs :": "fr",  # YNOV
}
"""The label above a table's active routes -> language."""

PERSISTENT_ROUTES_LABELS: Final[dict[str, str]] = {
    "Persistent Routes:": "en",  # REF §2.6
    "Ständige Routen:": "de",  # PLC4X
    "Rutas persistentes:": "es",  # REDES
    "Itinéraires persistants :": "fr",  # YNOV
}
"""The label above a table's persistent routes -> language."""

ROUTE_HEADERS: Final[dict[str, str]] = {
    "Network Destination Netmask Gateway Interface Metric": "en",  # REF §2.6
    "Network Address Netmask Gateway Address Metric": "en",  # REF §2.6 (persistent routes)
    "If Metric Network Destination Gateway": "en",  # REF §2.6 (IPv6; also printed by French Windows, YNOV)
    "Netzwerkziel Netzwerkmaske Gateway Schnittstelle Metrik": "de",  # PLC4X
    "If Metrik Netzwerkziel Gateway": "de",  # PLC4X
    "Destino de red Máscara de red Puerta de enlace Interfaz Métrica": "es",  # REDES
    "Dirección de red Máscara de red Dirección de puerta de enlace Métrica": "es",  # REDES (persistent)
    "Cuando destino de red métrica Puerta de enlace": "es",  # REDES (IPv6; "If" translated as "Cuando")
    "Destination réseau Masque réseau Adr. passerelle Adr. interface Métrique": "fr",  # YNOV
    "Adresse réseau Masque réseau Adresse passerelle Métrique": "fr",  # YNOV (persistent)
}
"""Route table column headers (words single-spaced) -> language."""

NO_ROUTES: Final[dict[str, str]] = {
    "None": "en",  # REF §2.6
    "Keine": "de",  # PLC4X
    "Ninguno": "es",  # REDES
    "Aucun": "fr",  # YNOV
}
"""The word printed under an empty Active/Persistent Routes label -> language."""

ON_LINK: Final[dict[str, str]] = {
    "On-link": "en",  # REF §2.6 (French Windows prints it too, YNOV)
    "Auf Verbindung": "de",  # PLC4X
    "En vínculo": "es",  # REDES
}
"""The gateway word of a directly connected route -> language. Any gateway that is not an
address is read as on-link, so these only document what is known."""

DEFAULT_METRICS: Final[dict[str, str]] = {
    "Default": "en",  # REF §2.6 (persistent route metric)
    "Predeterminada": "es",  # REDES (Puppet course capture)
    "Par défaut": "fr",  # YNOV
}
"""The word a persistent route shows for its metric -> language (metric null, metric_raw kept)."""

DEFAULT_GATEWAY_LABELS: Final[dict[str, str]] = {
    "Default Gateway:": "en",  # REF §2.6 (XP/2003, after the active routes)
}
"""The XP/2003 line after the active routes, before the address -> language."""
