"""Sealing with the central office's public key (libsodium sealed box, PyNaCl).

A sealed box is anonymous public-key encryption: the kiosk can seal but never open what it sealed
(only the holder of `central.key` can). Plaintext is padded with spaces to a multiple of
`PAD_TO` bytes before sealing, so the size of a sealed request does not reveal how long a name
or an e-mail address is; JSON ignores the trailing spaces.
"""

from __future__ import annotations

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

PAD_TO = 256


class WrongKeyError(ValueError):
    """Sealed data that this private key cannot open: sealed for another key, or altered."""


def seal(public_key: PublicKey, plaintext: bytes) -> bytes:
    """`plaintext`, padded with spaces, sealed for `public_key`."""
    padded = plaintext + b" " * (-len(plaintext) % PAD_TO)
    sealed: bytes = SealedBox(public_key).encrypt(padded)
    return sealed


def unseal(private_key: PrivateKey, sealed: bytes) -> bytes:
    """The padded plaintext of `sealed`; raises WrongKeyError when this key cannot open it."""
    try:
        opened: bytes = SealedBox(private_key).decrypt(sealed)
    except CryptoError:
        raise WrongKeyError("sealed for another key, or altered after sealing") from None
    return opened
