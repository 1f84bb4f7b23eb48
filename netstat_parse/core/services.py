"""Service names netstat prints instead of port numbers, with their registered ports.

Windows resolves ports through ``%SystemRoot%\\System32\\drivers\\etc\\services`` and Linux
through ``/etc/services``; a capture is read on another machine, so the common names are
bundled here rather than looked up in this machine's own services file. The numbers are
the IANA registrations (for names used by both, TCP and UDP share the number).
"""

from __future__ import annotations

from typing import Final

SERVICE_PORTS: Final[dict[str, int]] = {
    "tcpmux": 1, "echo": 7, "discard": 9, "systat": 11, "daytime": 13, "netstat": 15,
    "qotd": 17, "chargen": 19, "ftp-data": 20, "ftp": 21, "ssh": 22, "telnet": 23,
    "smtp": 25, "time": 37, "nameserver": 42, "whois": 43, "nicname": 43, "tacacs": 49,
    "domain": 53, "bootps": 67, "dhcps": 67, "bootpc": 68, "dhcpc": 68, "tftp": 69,
    "gopher": 70, "finger": 79, "http": 80, "www": 80, "www-http": 80, "kerberos": 88,
    "kerberos-sec": 88, "supdup": 95, "hostname": 101, "iso-tsap": 102, "acr-nema": 104,
    "pop2": 109, "pop3": 110, "sunrpc": 111, "rpcbind": 111, "portmapper": 111,
    "auth": 113, "ident": 113, "sftp": 115, "nntp": 119, "ntp": 123, "epmap": 135,
    "loc-srv": 135, "netbios-ns": 137, "netbios-dgm": 138, "netbios-ssn": 139,
    "imap": 143, "imap2": 143, "snmp": 161, "snmptrap": 162, "snmp-trap": 162,
    "xdmcp": 177, "bgp": 179, "irc": 194, "smux": 199, "qmtp": 209, "ipx": 213,
    "imap3": 220, "ldap": 389, "svrloc": 427, "https": 443, "snpp": 444,
    "microsoft-ds": 445, "kpasswd": 464, "urd": 465, "submissions": 465, "smtps": 465,
    "isakmp": 500, "exec": 512, "biff": 512, "login": 513, "who": 513, "shell": 514,
    "cmd": 514, "syslog": 514, "printer": 515, "talk": 517, "ntalk": 518, "efs": 520,
    "router": 520, "route": 520, "timed": 525, "tempo": 526, "courier": 530,
    "conference": 531, "netnews": 532, "netwall": 533, "uucp": 540, "klogin": 543,
    "kshell": 544, "dhcpv6-client": 546, "dhcpv6-server": 547, "afpovertcp": 548,
    "rtsp": 554, "remotefs": 556, "nntps": 563, "submission": 587, "http-rpc-epmap": 593,
    "ipp": 631, "ldaps": 636, "tinc": 655, "silc": 706, "kerberos-adm": 749,
    "kerberos4": 750, "rwhois": 4321, "rsync": 873, "ftps-data": 989, "ftps": 990,
    "telnets": 992, "imaps": 993, "ircs": 994, "pop3s": 995, "socks": 1080,
    "openvpn": 1194, "ms-sql-s": 1433, "ms-sql-m": 1434, "ingreslock": 1524,
    "wins": 1512, "l2tp": 1701, "pptp": 1723, "radius": 1812, "radius-acct": 1813,
    "ssdp": 1900, "nfs": 2049, "cvspserver": 2401, "mysql": 3306, "ms-wbt-server": 3389,
    "iscsi-target": 3260, "svn": 3690, "sip": 5060, "sip-tls": 5061, "xmpp-client": 5222,
    "xmpp-server": 5269, "postgresql": 5432, "mdns": 5353, "llmnr": 5355, "amqp": 5672,
    "x11": 6000, "ircd": 6667, "http-alt": 8080, "webcache": 8080, "tproxy": 8081,
    "git": 9418, "activesync": 1034, "wsd": 5357, "wsdapi": 5357, "wsman": 5985,
    "wsmans": 5986, "ms-olap4": 2383, "icslap": 2869, "ws-discovery": 3702,
    "teredo": 3544, "ipsec-msft": 4500, "ipsec-nat-t": 4500, "nat-t-ike": 4500,
    "ica": 1494, "citrixima": 2512, "rdp": 3389, "vnc": 5900, "memcache": 11211,
    "redis": 6379, "epmd": 4369, "zabbix-agent": 10050, "zabbix-trapper": 10051,
    "munin": 4949, "nrpe": 5666, "ipp-tls": 631, "bacula-dir": 9101, "hkp": 11371,
    "ipv6-icmp": 58, "icmp": 1, "igmp": 2, "tcp": 6, "udp": 17,
}
"""Service (or, for raw sockets, IP protocol) name -> number."""


def service_port(name: str) -> int | None:
    """The registered port of a printed service name, or None when unknown."""
    return SERVICE_PORTS.get(name.lower())
