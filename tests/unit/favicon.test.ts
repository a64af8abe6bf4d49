import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icoFromPngs } from '../../src/lib/build/favicon.ts';

test('an .ico holds each PNG whole, with a directory entry giving its size, length and offset', () => {
  const pngs = [
    { size: 16, png: new Uint8Array([1, 2, 3]) },
    { size: 256, png: new Uint8Array([4, 5]) },
  ];
  const ico = icoFromPngs(pngs);
  assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)], [0, 1, 2]);
  const entry = (i: number) => ({
    width: ico.readUInt8(6 + 16 * i),
    bits: ico.readUInt16LE(6 + 16 * i + 6),
    length: ico.readUInt32LE(6 + 16 * i + 8),
    offset: ico.readUInt32LE(6 + 16 * i + 12),
  });
  assert.deepEqual(entry(0), { width: 16, bits: 32, length: 3, offset: 38 });
  assert.deepEqual(entry(1), { width: 0, bits: 32, length: 2, offset: 41 }); // 0 means 256
  assert.deepEqual([...ico.subarray(38)], [1, 2, 3, 4, 5]);
  assert.throws(() => icoFromPngs([{ size: 512, png: new Uint8Array() }]), /cannot be 512 px/);
});
