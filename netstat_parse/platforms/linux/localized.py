"""Localized net-tools strings (gettext translations), with where each one was verified."""

from __future__ import annotations

from typing import Final

# -- netstat -i / -ie, -r, -g (interfaces.py, routes.py, groups.py) -----------------------
# Source NT-mo: the net-tools 2.10 message catalogues of this machine's Debian build
# (/usr/share/locale/<lang>/LC_MESSAGES/net-tools.mo); every title below was also seen in
# `LANGUAGE=<lang> netstat -i / -r / -r -6 / -rC / -g` output there (fixtures/linux/*/).
# Headers are not listed: their language is not needed to read the rows, whose shape is
# the same in every language.

INTERFACE_TITLES: Final[dict[str, str]] = {
    "Kernel Interface table": "en",
    "Kernel-Schnittstellentabelle": "de",
    "Table d'interfaces noyau": "fr",
    "Tabela de Interfaces do Kernel": "pt-BR",
    "Tabulka rozhraní v jádru": "cs",
    "カーネルインタフェーステーブル": "ja",
    "Tuuma liideste tabel": "et",
}
"""``Kernel Interface table`` (-i, -ie) -> language."""

ROUTE_TITLES: Final[dict[str, tuple[str, str]]] = {
    "Kernel IP routing table": ("en", "ipv4"),
    "Kernel IP routing cache": ("en", "ipv4_cache"),
    "Kernel IPv6 routing table": ("en", "ipv6"),
    "Kernel IPv6 routing cache": ("en", "ipv6_cache"),
    "Kernel-IP-Routentabelle": ("de", "ipv4"),
    "Kernel-IP-Routencache": ("de", "ipv4_cache"),
    "Kernel-IPv6-Routentabelle": ("de", "ipv6"),
    "Table de routage IP du noyau": ("fr", "ipv4"),
    "cache de routage IP du noyau": ("fr", "ipv4_cache"),
    "Table de routage IPv6 du noyau": ("fr", "ipv6"),
    # pt_BR translates the cache title as the table title: -rC reads as a table there
    "Tabela de Roteamento IP do Kernel": ("pt-BR", "ipv4"),
    "Tabela de Roteamento IPv6 do Kernel": ("pt-BR", "ipv6"),
    "Směrovací tabulka v jádru pro IP": ("cs", "ipv4"),
    "Směrovací cache v jádru pro IP": ("cs", "ipv4_cache"),
    "Směrovací tabulka v jádru pro IPv6": ("cs", "ipv6"),
    "Směrovací cache v jádru pro IPv6": ("cs", "ipv6_cache"),
    "カーネルIP経路テーブル": ("ja", "ipv4"),
    "カーネルIP経路キャッシュ": ("ja", "ipv4_cache"),
    "カーネルIPv6 経路テーブル": ("ja", "ipv6"),
    "Tuuma IP ruutingutabel": ("et", "ipv4"),
    "Tuuma IP ruutingu puhver": ("et", "ipv4_cache"),
    "Tuuma IPv6 ruutingutabel": ("et", "ipv6"),
}
"""Routing table title -> (language, table): ``ipv4``, ``ipv4_cache``, ``ipv6``, ``ipv6_cache``."""

GROUP_TITLES: Final[dict[str, str]] = {
    "IPv6/IPv4 Group Memberships": "en",  # fr and pt_BR print it untranslated
    "IPv4 Group Memberships": "en",  # builds without IPv6 (NT-mo msgid)
    "IPv6/IPv4-Gruppenmitgliedschaften": "de",
    "IPv6/Členství v IPv4 skupinách": "cs",
    "IPv6/IPv4グループメンバシップ": "ja",
    "IPv6/IPv4 grupikuuluvused": "et",
}
"""``IPv6/IPv4 Group Memberships`` (-g) -> language."""

GROUP_HEADERS: Final[dict[str, str]] = {
    "Interface RefCnt Group": "en",
    "Schnittstelle RefZäh Grupp": "de",
    "Interface CntRef Grupo": "pt-BR",
    "Rozhraní Čítač Skupina": "cs",
    "インタフェース 参照Cnt グループ": "ja",
    "Liides Mitu Grupp": "et",
}
"""-g column header (words single-spaced) -> language: fr and pt_BR keep the English title."""

# -- connections and unix sockets (connections.py, unix.py) and messages (messages.py) --
# Source NT-mo as above; "live" marks strings also seen in this machine's real output
# (`LANGUAGE=<lang> LANG=C.UTF-8 netstat -tuanpeoW`, `-xap`, as a non-root user for the
# messages; fixtures/linux/connections/ and fixtures/linux/unix/). Titles are printed as
# the translated "Active Internet connections " followed by the translated suffix, which
# is why French unix titles have no space before the parenthesis.

CONNECTION_TITLES: Final[dict[str, str]] = {
    "Active Internet connections": "en",  # live
    "Aktive Internetverbindungen": "de",  # live
    "Connexions Internet actives": "fr",  # live
    "Conexões Internet Ativas": "pt-BR",  # live
    "Aktivní Internetová spojení": "cs",  # live
    "稼働中のインターネット接続": "ja",  # live
    "Aktiivsed internetiühendused": "et",  # live
}
"""Title of the Internet connection table, without its ``(...)`` suffix -> language."""

UNIX_TITLES: Final[dict[str, str]] = {
    "Active UNIX domain sockets": "en",  # live
    "Aktive Sockets in der UNIX-Domäne": "de",  # live
    "Sockets du domaine UNIX actives": "fr",  # live
    "Domain sockets UNIX ativos": "pt-BR",  # live
    "Aktivní sokety domény UNIX": "cs",  # live
    "稼働中のUNIXドメインソケット": "ja",  # live
    "Aktiivsed UNIX domeeni soklid": "et",  # live
}
"""Title of the unix socket table, without its ``(...)`` suffix -> language."""

LISTING_SUFFIXES: Final[dict[str, str]] = {
    "(servers and established)": "all",  # live, -a
    "(only servers)": "listening",  # live, -l
    "(w/o servers)": "connected",  # live, neither
    "(Server und stehende Verbindungen)": "all",  # de, live
    "(Nur Server)": "listening",
    "(ohne Server)": "connected",
    "(serveurs et établies)": "all",  # fr, live
    "(seulement serveurs)": "listening",
    "(sans serveurs)": "connected",
    "(servidores e estabelecidas)": "all",  # pt_BR, live; -l and neither both print
    # "(sem os servidores)", so that suffix is not listed: it does not tell which
    "(servery a navázaná spojení)": "all",  # cs, live
    "(pouze servery)": "listening",
    "(w/o servery)": "connected",
    "(サーバと確立)": "all",  # ja, live
    "(サーバのみ)": "listening",
    "(w/oサーバ)": "connected",
    "(serverid ja ühendatud)": "all",  # et, live
    "(ainult serverid)": "listening",
    "(ilma serveriteta)": "connected",
}
"""Title suffix -> which sockets were listed (``all`` with -a, ``listening`` with -l,
``connected`` without either); reported as the section's ``listing``."""

LEGACY_TITLES: Final[dict[str, tuple[str, str]]] = {
    "Active IPX sockets": ("en", "ipx"),
    "Active AX.25 sockets": ("en", "ax25"),
    "Active X.25 sockets": ("en", "x25"),
    "Active NET/ROM sockets": ("en", "netrom"),
    "Active ROSE sockets": ("en", "rose"),
    "Active Bluetooth connections": ("en", "bluetooth"),  # + suffix; seen in a real Fedora 32 capture
    "Aktive IPX Sockets": ("de", "ipx"),
    "Aktive AX.25 Sockets": ("de", "ax25"),
    "Aktive NET/ROM Sockets": ("de", "netrom"),
    "Sockets IPX actives": ("fr", "ipx"),
    "Sockets AX.25 actives": ("fr", "ax25"),
    "sockets NET/ROM actives": ("fr", "netrom"),
    "Sockets IPX ativos": ("pt-BR", "ipx"),
    "Ativar sockets AX.25": ("pt-BR", "ax25"),
    "Ative sockets NET/ROM": ("pt-BR", "netrom"),
    "Aktivní IPX sokety": ("cs", "ipx"),
    "Aktivní AX.25 sokety": ("cs", "ax25"),
    "Aktivní X.25 sokety": ("cs", "x25"),
    "Aktivní NET/ROM sokety": ("cs", "netrom"),
    "稼働中のIPXソケット": ("ja", "ipx"),
    "稼働中のAX.25ソケット": ("ja", "ax25"),
    "稼働中のX.25ソケット": ("ja", "x25"),
    "稼働中のNET/ROMソケット": ("ja", "netrom"),
    "Aktiivsed IPX soklid": ("et", "ipx"),
    "Aktiivsed AX.25 soklid": ("et", "ax25"),
    "Aktiivsed X.25 soklid": ("et", "x25"),
    "Aktiivsed NET/ROM soklid": ("et", "netrom"),
}
"""Titles of the legacy socket families (NT-mo; English from NT) -> (language, family)."""

CONNECTION_HEADERS: Final[dict[str, str]] = {
    "Proto Recv-Q Send-Q Local Address Foreign Address State": "en",  # live (also de, ja's title aside)
    "Proto Recv-Q Send-Q Adresse locale Adresse distante Etat": "fr",  # live
    "Proto Recv-Q Send-Q Endereço Local Endereço Remoto Estado": "pt-BR",  # live
    "Proto Přích-F Odch-F Místní Adresa Vzdálená Adresa Stav": "cs",  # live
    "Proto 受信-Q 送信-Q 内部アドレス 外部アドレス 状態": "ja",  # live
    "Proto VvJrk SaatJrk Kohalik aadress Väline aadress Olek": "et",  # live
}
"""Connection table header, words single-spaced, up to State -> language. German keeps
the English header; the optional columns after State are read from the rows."""

UNIX_HEADERS: Final[dict[str, str]] = {
    "Proto RefCnt Flags Type State I-Node": "en",  # live; de, fr, pt_BR, ja, et too (their msgid is stale)
    "Proto Čítač Příznaky Typ Stav I-Uzel": "cs",  # live
}
"""Unix socket header, words single-spaced, up to I-Node -> language."""

TCP_STATE_WORDS: Final[dict[str, str]] = {
    "VERBUNDEN": "ESTABLISHED",  # de, live
    "ESTABELECIDA": "ESTABLISHED",  # pt_BR, live
    "OUÇA": "LISTEN",  # pt_BR, live
    "SYN_ENVIADO": "SYN_SENT",  # pt_BR
    "SYN_RECEBIDO": "SYN_RECEIVED",  # pt_BR
    "ESPERA_FIN1": "FIN_WAIT_1",  # pt_BR
    "ESPERA_FIN2": "FIN_WAIT_2",  # pt_BR
    "FECHAR": "CLOSED",  # pt_BR
    "ESPERANDO_FECHAR": "CLOSE_WAIT",  # pt_BR
    "ÚLTIMO_ACK": "LAST_ACK",  # pt_BR
    "FECHANDO": "CLOSING",  # pt_BR
    "SPOJENO": "ESTABLISHED",  # cs
    "NASLOUCHÁ": "LISTEN",  # cs, live
    "ZAVŘEN": "CLOSED",  # cs
    "POSLEDNÍ ACK": "LAST_ACK",  # cs (two words: the row grammar lists multi-word states)
    "ZAVÍRÁ": "CLOSING",  # cs
}
"""Localized TCP state words -> canonical state (fr, ja and et print the English names).
English spellings are in core/states.py."""

UNIX_STATE_WORDS: Final[dict[str, str]] = {
    "FREE": "FREE",
    "LISTENING": "LISTENING",
    "CONNECTING": "CONNECTING",
    "CONNECTED": "CONNECTED",
    "DISCONNECTING": "DISCONNECTING",
    "UNKNOWN": "UNKNOWN",
    "FREI": "FREE",  # de
    "HÖRT": "LISTENING",  # de
    "VERBINDUNGSAUFBAU": "CONNECTING",  # de
    "VERBUNDEN": "CONNECTED",  # de, live
    "VERBINDUNGSABBAU": "DISCONNECTING",  # de
    "UNBEKANNT": "UNKNOWN",  # de
    "LIBRE": "FREE",  # fr
    "ENCONNEXION": "CONNECTING",  # fr
    "CONNECTE": "CONNECTED",  # fr, live
    "ENDECONNEXION": "DISCONNECTING",  # fr
    "INCONNU": "UNKNOWN",  # fr
    "LIVRE": "FREE",  # pt_BR
    "OUVINDO": "LISTENING",  # pt_BR
    "CONECTANDO": "CONNECTING",  # pt_BR
    "CONECTADO": "CONNECTED",  # pt_BR, live
    "DESCONECTANDO": "DISCONNECTING",  # pt_BR
    "DESCONHECIDA": "UNKNOWN",  # pt_BR
    "NEALOKOVÁN": "FREE",  # cs
    "NASLOUCHÁ": "LISTENING",  # cs
    "SPOJUJE": "CONNECTING",  # cs
    "SPOJEN": "CONNECTED",  # cs, live
    "ODPOJUJE": "DISCONNECTING",  # cs
    "NEZNÁM": "UNKNOWN",  # cs
    "不明": "UNKNOWN",  # ja
    "VABA": "FREE",  # et
    "ÜHENDUMAS": "CONNECTING",  # et
    "ÜHENDATUD": "CONNECTED",  # et, live
    "LAHTIÜHENDUMAS": "DISCONNECTING",  # et
    "TUNDMATU": "UNKNOWN",  # et
}
"""Unix socket state words (English and localized) -> canonical unix state."""

TIMER_WORDS: Final[dict[str, str]] = {
    "aus": "off",  # de, live
    "ein": "on",  # de
    "desligado": "off",  # pt_BR, live
    "em": "on",  # pt_BR
    "ligado": "on",  # pt_BR
    "desconh.-": "unkn-",  # pt_BR
    "vyp": "off",  # cs, live
    "zapnut": "on",  # cs
    "zap": "on",  # cs (on1/on2 -> zap1/zap2)
    "nezn-": "unkn-",  # cs
    "オフ": "off",  # ja, live
    "オン": "on",  # ja
    "キープアライブ": "keepalive",  # ja
    "時間待ち": "timewait",  # ja, live
    "不明-": "unkn-",  # ja
    "eikäi": "off",  # et
    "käib": "on",  # et
    "käib-": "on",  # et (on1/on2 -> käib-1/käib-2)
    "eitea-": "unkn-",  # et
}
"""Localized ``-o`` timer names (or name prefixes before a number) -> English name."""

NOT_ALL_PROCESSES: Final[dict[str, tuple[str, ...]]] = {
    "en": ("(Not all processes could be identified, non-owned process info",
           " will not be shown, you would have to be root to see it all.)"),  # live
    "de": ("(Es konnten nicht alle Prozesse identifiziert werden; Informationen über",
           "nicht-eigene Prozesse werden nicht angezeigt; Root kann sie anzeigen.)"),  # live
    "fr": ("(Tous les processus ne peuvent être identifiés, les infos sur les processus",
           "non possédés ne seront pas affichées, vous devez être root pour les voir toutes.)"),
    "pt-BR": ("(Nem todos os processos puderam ser identificados, informações sobre processos",
              " de outrem não serão mostrados, você deve ser root para vê-los todos.)"),
    "cs": ("(Všechny procesy nemohly být identifikovány. Budou vypsány informace",
           "pouze o procesech, jichž jste vlastníkem. Abyste mohl vidět vše, musel",
           "byste být superuživatelem.)"),
    "ja": ("(一部のプロセスが識別されますが, 所有していないプロセスの情報は",
           "表示されません。それら全てを見るにはルートになる必要があります.)"),
    "et": ("(Mõnesid protsesse ei saanud identifitseerida, teiste kasutajate",
           "info lugemiseks peab olema root)"),
}
"""The stderr notice of -p run by a user who cannot see every process, line by line."""

NO_PROCESS_INFO: Final[dict[str, tuple[str, ...]]] = {
    "en": ('(No info could be read for "-p": geteuid()=%d but you should be root.)',),  # live
    "de": ('(Für "-p": geteuid()=%d konnte keine Information gelesen werden; sie sollten Root sein.)',),
    "fr": ('(Pas d\'infos lues pour "-p": geteuid()=%d mais vous devez être root.)',),
    "pt-BR": ('(Não foi possível ler informações para "-p": geteuid()=%d mas você deve ser root.)',),
    "cs": ("(Pro „-p“ nelze získat žádné informace: geteuid()=%d, ale je třeba, abyste",
           "byl superuživatelem)"),  # live
    "ja": ('("-p"の情報を読み込めませんでした: geteuid()=%d しかしルートであるべきです.)',),
    "et": ('("-p" jaoks ei saanud infot lugeda: geteuid()=%d, aga vaja oleks root\'u)',),
}
"""The stderr notice of -p when no process could be read; ``%d`` is the user id."""
