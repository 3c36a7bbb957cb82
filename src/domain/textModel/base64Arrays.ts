// Typed arrays kept inside a model's JSON file as base64: a few megabytes of numbers read back
// as one string each, not as arrays of thousands of numbers that the parser must build first.

export function base64Of(array: Float32Array | Int32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function bufferOf(base64: string): ArrayBuffer {
  const bytes = Buffer.from(base64, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

export function float32ArrayOf(base64: string): Float32Array {
  return new Float32Array(bufferOf(base64));
}

export function int32ArrayOf(base64: string): Int32Array {
  return new Int32Array(bufferOf(base64));
}
