"""Random ``netstat -r`` tables rendered exactly as net-tools prints them (§1.7).

IPv4 rows (``lib/inet_gr.c``), after ``%-15s %-15s %-15s %-5s`` destination, gateway,
genmask and flags (names cut to 15 characters):

* layout B (``-r``):   ``%5d %-5d %6d %s`` MSS, Window, irtt, Iface;
* layout A (``-re``):  ``%-6u %-2d %7d %s`` Metric, Ref, Use, Iface;
* layout C (``-ree``): ``%-6u %-3d %6d %-6.6s   %-5d %-6d %d`` (Iface cut to 6).

Reject routes print ``!`` flags and ``-`` for the gateway, Iface, Ref and the B/C tail.
IPv6 rows (``lib/inet6_gr.c``): ``%-30s %-26s %-4s %-3d %-1d %6d %s``; builds before
2018-12 print ``%-1d%6d``, so a use count of six digits or more fuses with Ref.

``captures`` draws ``(text, expected_records)`` for the round-trip and damage properties.
"""

from __future__ import annotations

import ipaddress

import attrs
from hypothesis import strategies as st

from netstat_parse.core.records import Route
from netstat_parse.platforms.linux.routes import IPV4_FLAGS, IPV6_FLAGS

IPV4_TITLES = {
    "en": "Kernel IP routing table", "de": "Kernel-IP-Routentabelle", "cs": "Směrovací tabulka v jádru pro IP",
    "ja": "カーネルIP経路テーブル", "unknown": "Tablica routingu IP jądra",
}
IPV4_HEADERS = {
    ("en", "B"): "Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface",
    ("en", "A"): "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface",
    ("en", "C"): "Destination     Gateway         Genmask         Flags Metric Ref    Use Iface    MSS   Window irtt",
    ("de", "B"): "Ziel            Router          Genmask         Flags   MSS Fenster irtt Iface",
    ("de", "A"): "Ziel            Router          Genmask         Flags Metric Ref    Use Iface",
    ("de", "C"): "Ziel            Gateway         Maske           Flags Metric Ref    Benutzer Iface    MSS   Fenster irtt",
    ("cs", "B"): "Adresát         Brána           Maska           Přízn   MSS Okno    irtt Rozhraní",
    ("cs", "A"): "Adresát         Brána           Maska           Přízn Metrik Odkazů Užt Rozhraní",
    ("cs", "C"): "Adresát         Brána           Maska           Přízn Metrik Odkazy Užt Rozhraní MSS   Okno   irtt",
    ("ja", "B"): "受信先サイト    ゲートウェイ    ネットマスク   フラグ   MSS Window  irtt インタフェース",
    ("ja", "A"): "受信先サイト    ゲートウェイ    ネットマスク   フラグ Metric Ref 使用数 インタフェース",
    ("ja", "C"): "受信先サイト   ゲートウェイ    ネットマスク    フラグ Metric Ref 使用数 Iface    MSS   Window irtt",
    # made up (Polish): nobody listed it, the header's shape gives the layout
    ("unknown", "B"): "Cel             Brama           Maska           Flagi   MSS Okno    irtt Interfejs",
    ("unknown", "A"): "Cel             Brama           Maska           Flagi Metryka Odn  Użyć Interfejs",
    ("unknown", "C"): "Cel             Brama           Maska           Flagi Metryka Odn  Użyć Interfejs MSS Okno irtt",
}
IPV6_TITLES = {
    "en": "Kernel IPv6 routing table", "de": "Kernel-IPv6-Routentabelle", "fr": "Table de routage IPv6 du noyau",
    "unknown": "Tablica routingu IPv6 jądra",
}
IPV6_HEADERS = {
    False: "Destination                    Next Hop                   Flag Met Ref  Use If",
    True: "Destination                    Next Hop                   Flag Met Ref Use If",
}
"""2.10 header, and the pre-2018 one (fused Ref/Use rows)."""

ipv4 = st.integers(0, 2**32 - 1).map(lambda n: str(ipaddress.IPv4Address(n)))
names = st.from_regex(r"[a-z_][a-z0-9._-]{0,20}", fullmatch=True)
interfaces = st.from_regex(r"[a-z][a-z0-9]{0,9}(?:[.-][0-9]{1,4})?", fullmatch=True)


def _flags(draw: st.DrawFn, letters: str, required: str) -> str:
    chosen = [letter for letter in letters if letter in required or draw(st.booleans())]
    return "".join(chosen)


@st.composite
def ipv4_rows(draw: st.DrawFn, layout: str) -> tuple[str, Route]:
    """One IPv4 FIB row in ``layout`` and its record (line 0)."""
    destination = draw(st.one_of(ipv4, st.just("default"), names))[:15]
    prefix = draw(st.integers(0, 32))
    genmask = str(ipaddress.IPv4Network(f"0.0.0.0/{prefix}").netmask)
    reject = draw(st.integers(0, 5)) == 0
    if reject:
        flags = "!" + _flags(draw, "HRDM", "")
        gateway_text, iface = "-", "-"
    else:
        flags = _flags(draw, "UGHRDM", "U")
        gateway_text = draw(st.one_of(ipv4, st.sampled_from(("0.0.0.0", "*")), names))[:15]
        iface = draw(interfaces)
    metric, ref, use = draw(st.integers(0, 2**32 - 1)), draw(st.integers(0, 999)), draw(st.integers(0, 9_999_999))
    mss, window, irtt = draw(st.integers(0, 65535)), draw(st.integers(0, 99999)), draw(st.integers(0, 99999))
    dash = "-"
    head = f"{destination:<15} {gateway_text:<15} {genmask:<15} {flags:<5} "
    if layout == "B":
        text = head + (f"{dash:>5} {dash:<5} {dash:>6} -" if reject else f"{mss:5d} {window:<5d} {irtt:6d} {iface}")
    elif layout == "A":
        text = head + f"{metric:<6d} {dash if reject else ref:<2} {use:7d} {iface}"
    else:
        iface = iface[:6]
        tail = f"{dash:<5} {dash:<6} {dash}" if reject else f"{mss:<5d} {window:<6d} {irtt}"
        text = head + f"{metric:<6d} {dash if reject else ref:<3} {use:6d} {iface:<6}   {tail}"
    on_link = gateway_text in ("0.0.0.0", "*")
    record = Route(
        line=0, platform="linux", ip_version=4, destination=destination, netmask=genmask, prefix_length=prefix,
        gateway=None if on_link or reject else gateway_text, on_link=on_link, gateway_raw=gateway_text,
        interface=None if reject else iface, metric=metric if layout != "B" else None,
        metric_raw=str(metric) if layout != "B" else None, flags=flags,
        flag_names=tuple(IPV4_FLAGS[letter] for letter in flags),
        ref=ref if layout != "B" and not reject else None, use=use if layout != "B" else None,
        mss=mss if layout != "A" and not reject else None, window=window if layout != "A" and not reject else None,
        irtt=irtt if layout != "A" and not reject else None,
    )
    return text, record


@st.composite
def ipv6_rows(draw: st.DrawFn, fused_build: bool) -> tuple[str, Route]:
    """One IPv6 row (2.10, or a pre-2018 build with ``%-1d%6d``) and its record (line 0)."""
    prefix = draw(st.integers(0, 128))
    network = ipaddress.IPv6Network((draw(st.integers(0, 2**128 - 1)) >> (128 - prefix) << (128 - prefix), prefix))
    address = draw(st.sampled_from((str(network.network_address), "[::]" if prefix == 0 else str(network.network_address))))
    destination = f"{address}/{prefix}"
    next_hop = draw(st.one_of(st.sampled_from(("::", "[::]")), st.integers(0, 2**128 - 1).map(
        lambda n: str(ipaddress.IPv6Address(n)))))
    flags = _flags(draw, "U!GHDACaemnf", "")
    flags = flags or "U"
    metric, ref = draw(st.integers(-1, 2**31 - 1)), draw(st.integers(0, 99))
    use, iface = draw(st.integers(0, 99_999_999)), draw(interfaces)
    separator = "" if fused_build else " "
    text = f"{destination:<30} {next_hop:<26} {flags:<4} {metric:<3d} {ref:<1d}{separator}{use:6d} {iface}"
    fused = None
    expected_ref: int | None = ref
    expected_use: int | None = use
    if fused_build and use >= 100_000:
        fused = f"{ref}{use}"
        if len(fused) != 7:  # the split is only certain as 1 + 6 digits
            expected_ref = expected_use = None
    on_link = next_hop in ("::", "[::]")
    record = Route(
        line=0, platform="linux", ip_version=6, destination=destination, prefix_length=prefix,
        gateway=None if on_link else next_hop, on_link=on_link, gateway_raw=next_hop, interface=iface,
        metric=metric, metric_raw=str(metric), flags=flags, flag_names=tuple(IPV6_FLAGS[letter] for letter in flags),
        ref=expected_ref, use=expected_use, ref_use_raw=fused,
    )
    return text, record


@st.composite
def captures(draw: st.DrawFn) -> tuple[str, list[Route]]:
    """A whole ``netstat -r[e[e]]`` or ``-r -6`` capture and the records it must give."""
    if draw(st.booleans()):
        language, layout = draw(st.sampled_from(sorted(IPV4_TITLES))), draw(st.sampled_from("ABC"))
        lines = [IPV4_TITLES[language], IPV4_HEADERS[(language, layout)]]
        drawn = draw(st.lists(ipv4_rows(layout), min_size=1, max_size=8))
    else:
        language, fused_build = draw(st.sampled_from(sorted(IPV6_TITLES))), draw(st.booleans())
        lines = [IPV6_TITLES[language], IPV6_HEADERS[fused_build]]
        drawn = draw(st.lists(ipv6_rows(fused_build), min_size=1, max_size=8))
    records = []
    for text, record in drawn:
        lines.append(text)
        records.append(attrs.evolve(record, line=len(lines)))
    return "\n".join(lines) + "\n", records
