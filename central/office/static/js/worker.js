/* The office key's Web Worker: the only place the office's private key lives.
 *
 * The page hands it a key file's text (or a passphrase and the wrapped copy the server keeps);
 * the worker checks it (the format of kiosk/privacy/keys.py: a header line and
 * `secret-v1:<base64>`, or an old one-line base64 file), keeps the 32 secret bytes in this
 * worker's memory only, and opens sealed requests and notes (libsodium sealed boxes) for the
 * page. Nothing is written to any storage and nothing leaves except what the page asked for:
 * opened payloads, sealed notes, and a wrapped copy of the key (Argon2id + secretbox) an
 * administrator uploads. The page terminates the worker to forget the key (sign-out, idle, tab
 * closed). Errors are codes the page translates. This cannot protect the key from a browser
 * extension or a compromised office PC.
 */
"use strict";

importScripts("../vendor/libsodium/libsodium-sumo.js", "../vendor/libsodium-wrappers/libsodium-wrappers.js");

const MAX_KEY_TEXT = 4096; // a key file is ~150 bytes (kiosk/privacy/keys.py MAX_KEY_FILE_BYTES)
const PAD_TO = 256; // kiosk/privacy/sealing.py: plaintext padded with spaces to this multiple
const HEADER = /^# Family Pit Stop (PUBLIC|SECRET) key v(\d+) fingerprint ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})\b/;
const KEY_LINE = /^(public|secret)-v(\d+):(.*)$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

let sodium = null;
let secretKey = null; // Uint8Array(32) while unlocked
let publicKey = null; // Uint8Array(32): the unlocked key's, else the office's public key

class Refused extends Error {
  constructor(code, detail) {
    super(code);
    this.code = code;
    this.detail = detail || "";
  }
}

function fromBase64(text) {
  const clean = String(text).trim();
  if (!BASE64.test(clean) || clean.length % 4 !== 0) throw new Refused("key.not_base64");
  return sodium.from_base64(clean, sodium.base64_variants.ORIGINAL);
}

function toBase64(bytes) {
  return sodium.to_base64(bytes, sodium.base64_variants.ORIGINAL);
}

function base32(bytes) {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/* The fingerprint of kiosk/privacy/keys.py key_fingerprint: 80 bits of a sha256, base32. */
function fingerprint(pub) {
  const label = sodium.from_string("family-pit-stop key v1\0");
  const joined = new Uint8Array(label.length + pub.length);
  joined.set(label);
  joined.set(pub, label.length);
  const text = base32(sodium.crypto_hash_sha256(joined).subarray(0, 10));
  return [0, 4, 8, 12].map((i) => text.slice(i, i + 4)).join("-");
}

/* The secret key bytes in a key file's text; `name` tells an old one-line file's kind. */
function parseKeyFile(text, name) {
  if (typeof text !== "string" || text.length > MAX_KEY_TEXT) throw new Refused("key.too_large");
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l);
  const comments = lines.filter((l) => l.startsWith("#"));
  const body = lines.filter((l) => !l.startsWith("#"));
  if (body.length !== 1) throw new Refused("key.not_key");
  const match = KEY_LINE.exec(body[0]);
  let kind = "unknown";
  let encoded = body[0];
  if (match) {
    if (match[2] !== "1") throw new Refused("key.newer_format", match[2]);
    kind = match[1];
    encoded = match[3];
  }
  let raw;
  try {
    raw = fromBase64(encoded);
  } catch (_) {
    throw new Refused("key.not_key");
  }
  if (raw.length !== 32) throw new Refused("key.not_key");
  if (kind === "unknown") {
    kind = /\.pub$/i.test(name || "") ? "public" : "secret"; // an old file: its name says
  }
  if (kind === "public") throw new Refused("key.public");
  const pub = sodium.crypto_scalarmult_base(raw);
  const header = comments.length ? HEADER.exec(comments[0]) : null;
  if (header) {
    if (header[1] !== "SECRET") throw new Refused("key.edited");
    if (header[3] !== fingerprint(pub)) throw new Refused("key.edited");
  }
  return raw;
}

function keep(raw, expected) {
  const pub = sodium.crypto_scalarmult_base(raw);
  const print = fingerprint(pub);
  if (expected && expected !== print) {
    sodium.memzero(raw);
    throw new Refused("key.other_office", print);
  }
  forget();
  secretKey = raw;
  publicKey = pub;
  return { fingerprint: print, publicKey: toBase64(pub) };
}

function forget() {
  if (secretKey) sodium.memzero(secretKey);
  secretKey = null;
}

/* One sealed box opened: the padded plaintext as text (the caller parses it). */
function openSealed(sealedB64) {
  if (!secretKey) throw new Refused("locked");
  let sealed;
  try {
    sealed = fromBase64(sealedB64);
  } catch (_) {
    throw new Refused("open.damaged");
  }
  let plain;
  try {
    plain = sodium.crypto_box_seal_open(sealed, publicKey, secretKey);
  } catch (_) {
    throw new Refused("open.other_key");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(plain);
  } catch (_) {
    throw new Refused("open.damaged");
  } finally {
    sodium.memzero(plain);
  }
}

/* A request's payload, checked against the clear fields the server keeps (inbox.py does the same). */
function openRequest(item) {
  const text = openSealed(item.sealed);
  let payload;
  try {
    payload = JSON.parse(text);
  } catch (_) {
    throw new Refused("open.damaged");
  }
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) throw new Refused("open.damaged");
  if (payload.schema_version !== 1) throw new Refused("open.schema");
  if (payload.id !== item.id || payload.kiosk_id !== item.kiosk_id) throw new Refused("open.foreign");
  return payload;
}

function openNote(item) {
  const text = openSealed(item.sealed);
  let note;
  try {
    note = JSON.parse(text);
  } catch (_) {
    throw new Refused("open.damaged");
  }
  if (!note || note.kind !== "note" || note.request_id !== item.request_id || typeof note.text !== "string") {
    throw new Refused("open.foreign");
  }
  return note.text;
}

function seal(object) {
  if (!publicKey) throw new Refused("no_public_key");
  const bytes = sodium.from_string(JSON.stringify(object));
  const padded = new Uint8Array(bytes.length + ((PAD_TO - (bytes.length % PAD_TO)) % PAD_TO));
  padded.fill(0x20);
  padded.set(bytes);
  return toBase64(sodium.crypto_box_seal(padded, publicKey));
}

const handlers = {
  ready() {
    return { argon2: true, fingerprint: publicKey ? fingerprint(publicKey) : "" };
  },
  publicKey(message) {
    // The office's public key as the server knows it (sealing notes before an unlock).
    if (!secretKey) {
      const raw = fromBase64(message.publicKey);
      if (raw.length !== 32) throw new Refused("key.not_key");
      publicKey = raw;
    }
    return { fingerprint: fingerprint(publicKey) };
  },
  unlockFile(message) {
    return keep(parseKeyFile(message.text, message.name), message.expected);
  },
  unlockPassphrase(message) {
    const w = message.wrapped;
    if (!w || w.alg !== "argon2id13+xsalsa20poly1305") throw new Refused("wrapped.unknown");
    const key = sodium.crypto_pwhash(
      sodium.crypto_secretbox_KEYBYTES,
      sodium.from_string(message.passphrase || ""),
      fromBase64(w.salt),
      w.opslimit,
      w.memlimit,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
    let raw;
    try {
      raw = sodium.crypto_secretbox_open_easy(fromBase64(w.box), fromBase64(w.nonce), key);
    } catch (_) {
      throw new Refused("passphrase.wrong");
    } finally {
      sodium.memzero(key);
    }
    if (raw.length !== 32) throw new Refused("wrapped.unknown");
    return keep(raw, message.expected);
  },
  wrap(message) {
    if (!secretKey) throw new Refused("locked");
    const passphrase = message.passphrase || "";
    if (passphrase.length < message.minLength) throw new Refused("passphrase.short");
    const salt = sodium.randombytes_buf(sodium.crypto_pwhash_SALTBYTES);
    const opslimit = message.opslimit || sodium.crypto_pwhash_OPSLIMIT_MODERATE;
    const memlimit = message.memlimit || sodium.crypto_pwhash_MEMLIMIT_MODERATE;
    const key = sodium.crypto_pwhash(
      sodium.crypto_secretbox_KEYBYTES,
      sodium.from_string(passphrase),
      salt,
      opslimit,
      memlimit,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
    const nonce = sodium.randombytes_buf(sodium.crypto_secretbox_NONCEBYTES);
    const box = sodium.crypto_secretbox_easy(secretKey, nonce, key);
    sodium.memzero(key);
    return {
      alg: "argon2id13+xsalsa20poly1305",
      salt: toBase64(salt),
      opslimit: opslimit,
      memlimit: memlimit,
      nonce: toBase64(nonce),
      box: toBase64(box),
      public_key: toBase64(publicKey),
      fingerprint: fingerprint(publicKey),
    };
  },
  open(message) {
    const opened = [];
    for (const item of message.items || []) {
      try {
        opened.push({ id: item.id, payload: openRequest(item) });
      } catch (error) {
        if (error instanceof Refused && error.code === "locked") throw error;
        opened.push({ id: item.id, error: error instanceof Refused ? error.code : "open.damaged" });
      }
    }
    return { opened: opened };
  },
  openNotes(message) {
    const opened = [];
    for (const item of message.items || []) {
      try {
        opened.push({ id: item.id, text: openNote(item) });
      } catch (error) {
        if (error instanceof Refused && error.code === "locked") throw error;
        opened.push({ id: item.id, error: error instanceof Refused ? error.code : "open.damaged" });
      }
    }
    return { opened: opened };
  },
  sealNote(message) {
    const text = String(message.text || "").trim();
    if (!text) throw new Refused("note.empty");
    if (text.length > message.maxLength) throw new Refused("note.long");
    return { sealed: seal({ kind: "note", request_id: message.requestId, text: text }) };
  },
  lock() {
    forget();
    return {};
  },
};

const ready = self.sodium.ready.then(() => {
  sodium = self.sodium;
});

self.onmessage = (event) => {
  const message = event.data || {};
  ready
    .then(() => {
      const handler = handlers[message.op];
      if (!handler) throw new Refused("unknown_op");
      return handler(message);
    })
    .then(
      (result) => self.postMessage({ seq: message.seq, ok: true, result: result }),
      (error) =>
        self.postMessage({
          seq: message.seq,
          ok: false,
          code: error instanceof Refused ? error.code : "worker.failed",
          detail: error instanceof Refused ? error.detail : String(error && error.message),
        }),
    );
};
