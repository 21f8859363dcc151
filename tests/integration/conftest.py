from __future__ import annotations

import pytest

from tests.integration.mail_peers import ImapPeer, SmtpPeer, free_port


@pytest.fixture
def smtp_peer():
    peer = SmtpPeer(port=free_port())
    peer.start()
    yield peer
    peer.stop()


@pytest.fixture(scope="session")
def imap_server():
    peer = ImapPeer(port=free_port())
    peer.start()
    yield peer
    peer.stop()


@pytest.fixture
def imap_peer(imap_server):
    imap_server.clear()
    return imap_server
