"""Certificates are checked: STARTTLS and implicit TLS to a server with an untrusted
certificate fail with a clear message, and succeed once the certificate is trusted."""

from __future__ import annotations

import shutil
import ssl
import subprocess

import pytest
from aiosmtpd.controller import Controller

from liaison_app.core.config import MailServer
from liaison_app.mail.smtp import MailServerError, check_connection
from tests.integration.mail_peers import SmtpPeer, free_port


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def _context(certificate) -> ssl.SSLContext:
    cert, key = certificate
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(cert), str(key))
    return ctx


@pytest.fixture
def starttls_peer(certificate):
    peer = SmtpPeer(port=free_port())
    peer.controller = Controller(peer, hostname="127.0.0.1", port=peer.port,
                                 tls_context=_context(certificate), require_starttls=True)
    peer.controller.start()
    yield peer
    peer.stop()


@pytest.fixture
def implicit_tls_peer(certificate):
    peer = SmtpPeer(port=free_port())
    peer.controller = Controller(peer, hostname="127.0.0.1", port=peer.port,
                                 ssl_context=_context(certificate))
    peer.controller.start()
    yield peer
    peer.stop()


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_untrusted_certificate_is_refused_then_trusted(security, starttls_peer,
                                                       implicit_tls_peer, certificate,
                                                       monkeypatch):
    peer = starttls_peer if security == "starttls" else implicit_tls_peer
    server = MailServer(host="127.0.0.1", port=peer.port, security=security, timeout_seconds=5)
    with pytest.raises(MailServerError) as err:
        check_connection(server, None)
    assert "certificate" in str(err.value) and "not trusted" in str(err.value)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    assert "connected" in check_connection(server, None)


@pytest.fixture
def starttls_imap_peer(certificate):
    """pymap offering STARTTLS with the test certificate (a real IMAP server, TLS on)."""
    import os
    import sys
    from pathlib import Path

    from tests.integration.mail_peers import ImapPeer, wait_port

    peer = ImapPeer(port=free_port())
    exe = Path(sys.executable).with_name("pymap")
    cmd = [str(exe)] if exe.exists() else [shutil.which("pymap") or "pymap"]
    peer.proc = subprocess.Popen(
        cmd + ["--host", "127.0.0.1", "--port", str(peer.port), "--cert", str(certificate[0]),
               "--key", str(certificate[1]), "dict", "--demo-data", "--demo-user", peer.user,
               "--demo-password", peer.password],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    wait_port(peer.port)
    yield peer
    peer.proc.terminate()
    peer.proc.wait(10)


def test_imap_starttls_checks_the_certificate(starttls_imap_peer, certificate, monkeypatch):
    from liaison_app.mail.imap import check_connection as check_imap

    server = MailServer(host="127.0.0.1", port=starttls_imap_peer.port, security="starttls",
                        username=starttls_imap_peer.user, timeout_seconds=5)
    with pytest.raises(MailServerError) as err:
        check_imap(server, starttls_imap_peer.password)
    assert "certificate" in str(err.value)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    assert "connected" in check_imap(server, starttls_imap_peer.password)
