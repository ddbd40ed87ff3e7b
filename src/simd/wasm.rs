//! [`Bytes`] on WebAssembly `simd128` (16 lanes).
//!
//! This module is compiled only when the build enables `simd128`
//! (`.cargo/config.toml` does for wasm32), so the vector instructions are
//! always there and need no `unsafe` (an engine without them rejects the
//! whole module at compile time rather than running it). Only the load
//! does, on a slice that `assert!` proved long enough (wasm loads need
//! no alignment).

use super::Bytes;
use core::arch::wasm32::*;

#[derive(Clone, Copy)]
pub(super) struct V128(v128);

impl Bytes for V128 {
    const LANES: usize = 16;

    #[inline(always)]
    fn load(chunk: &[u8]) -> Self {
        assert!(chunk.len() >= 16);
        // SAFETY: 16 readable bytes (asserted); no alignment needed.
        V128(unsafe { v128_load(chunk.as_ptr().cast()) })
    }
    #[inline(always)]
    fn splat(b: u8) -> Self {
        V128(u8x16_splat(b))
    }
    #[inline(always)]
    fn table(entries: &[u8; 16]) -> Self {
        Self::load(entries)
    }
    #[inline(always)]
    fn eq(self, other: Self) -> Self {
        V128(u8x16_eq(self.0, other.0))
    }
    #[inline(always)]
    fn le(self, other: Self) -> Self {
        V128(u8x16_le(self.0, other.0))
    }
    #[inline(always)]
    fn and(self, other: Self) -> Self {
        V128(v128_and(self.0, other.0))
    }
    #[inline(always)]
    fn or(self, other: Self) -> Self {
        V128(v128_or(self.0, other.0))
    }
    #[inline(always)]
    fn sub(self, other: Self) -> Self {
        V128(u8x16_sub(self.0, other.0))
    }
    #[inline(always)]
    fn high_nibbles(self) -> Self {
        V128(u8x16_shr(self.0, 4))
    }
    #[inline(always)]
    fn lookup(table: Self, index: Self) -> Self {
        V128(u8x16_swizzle(table.0, index.0))
    }
    #[inline(always)]
    fn mask(self) -> u32 {
        u8x16_bitmask(self.0) as u32
    }
}
