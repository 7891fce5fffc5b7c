/**
 * Node-only: scrypt on libuv's thread pool (node:crypto), so checking a password at login
 * takes no time from the event loop at all (@noble/hashes's scryptAsync still computes on the
 * main thread, between yields). The same derived key as the portable one, byte for byte.
 */
import { scrypt } from 'node:crypto';
import type { ScryptAsync } from './passwords.ts';

export const nodeScryptAsync: ScryptAsync = (password, salt, { N, r, p, dkLen }) =>
  new Promise((resolve, reject) => {
    // maxmem: 128·N·r bytes are needed (16 MiB for N=2^14, r=8); leave room above Node's 32 MiB default.
    scrypt(password, salt, dkLen, { N, r, p, maxmem: 256 * N * r + 2 ** 20 }, (error, key) =>
      error ? reject(error) : resolve(new Uint8Array(key.buffer, key.byteOffset, key.byteLength)),
    );
  });
