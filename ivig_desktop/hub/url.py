"""Hub URLs: `postgresql://ROLE@HOST[:PORT]/DATABASE?sslmode=verify-full`, libpq's own syntax.

The password never goes in a URL that is stored or printed: the stored URL has none (`hub connect` refuses one),
and `redact` hides it wherever a URL is shown or logged. libpq finds it in the password file (`~/.pgpass`, or
the file PGPASSFILE or `?passfile=PATH` names), in PGPASSWORD, or a client certificate replaces it.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from ivig_desktop.hub.errors import HubError

SCHEMES = ("postgresql", "postgres")
SECURE_SSLMODES = ("verify-full",)


def redact(url: str) -> str:
    """The URL with any password (in the user part or a `password=` parameter) replaced by `***`."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(a URL that cannot be read)"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hosts = netloc.rpartition("@")
        if ":" in userinfo:
            userinfo = userinfo.split(":", 1)[0] + ":***"
        netloc = f"{userinfo}@{hosts}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, "***" if k == "password" else v) for k, v in pairs], safe="/*", quote_via=quote)
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def conninfo(url: str) -> dict[str, str]:
    """The URL's parameters as libpq reads them; HubError (with the URL redacted) when it cannot be read."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    if "://" not in url or urlsplit(url).scheme not in SCHEMES:
        raise HubError(  # not echoed: what is not a URL may be a password typed in the wrong place
            "The hub URL must start with postgresql://: write it as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full"
        )
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        raise HubError(f"The hub URL {redact(url)} cannot be read: check its spelling") from None
    return {key: str(value) for key, value in params.items() if value is not None}


def has_password(url: str) -> bool:
    return "password" in conninfo(url)


def sslmode(url: str) -> str | None:
    return conninfo(url).get("sslmode")


def over_unix_socket(url: str) -> bool:
    """Does the URL reach the server through a Unix socket on this machine (no network, so no TLS needed)?"""
    host = conninfo(url).get("host", "")
    return all(h.startswith(("/", "@")) for h in host.split(",")) if host else True


def transport_warning(url: str) -> str | None:
    """A warning when the URL neither verifies the server's certificate nor stays on this machine, else None."""
    mode = sslmode(url)
    if mode in SECURE_SSLMODES or over_unix_socket(url):
        return None
    return (
        f"the hub URL has sslmode={mode or 'prefer (the default)'}: the connection may be unencrypted or reach an "
        "impostor. Use sslmode=verify-full with the clinic's CA certificate (sslrootcert=PATH); see the "
        "administrator guide."
    )
