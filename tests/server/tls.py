"""A self-signed certificate made at test time, and the scripted upstream served over TLS with it.

`cryptography` is installed with the library (presidio-anonymizer needs it), so the HTTPS tests need
no extra package and no certificate file in the repository.
"""

from __future__ import annotations

import datetime
import ipaddress
import ssl
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.openai_server import ScriptedServer

__all__ = ["TlsScriptedServer", "self_signed"]


def self_signed(folder: Path, host: str = "127.0.0.1") -> tuple[Path, Path]:
    """A certificate for `host` (an IP address or a DNS name), valid for a day, and its key: their PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    try:
        alt: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        alt = x509.DNSName(host)
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([alt]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "upstream-cert.pem", folder / "upstream-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_file, key_file


class TlsScriptedServer(ScriptedServer):
    """The scripted OpenAI-compatible upstream (`tests.openai_server`), over HTTPS with `cert_file`."""

    def __init__(self, cert_file: Path, key_file: Path) -> None:
        super().__init__()
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert_file, key_file)
        self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)

    @property
    def url(self) -> str:
        return super().url.replace("http://", "https://", 1)
