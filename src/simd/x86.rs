//! [`Bytes`] on x86-64: SSSE3 (16 lanes) and AVX2 (32 lanes).
//!
//! Safety: the types here can be named only in this module and are made
//! only inside [`ssse3`] and [`avx2`], which [`super::run`] calls only when
//! the CPU reported the feature; so every intrinsic below runs on a CPU
//! that has it. Loads read `LANES` bytes from a slice that `assert!` proved
//! long enough (unaligned loads need no alignment).

use super::{Bytes, Pass};
use std::arch::x86_64::*;

#[derive(Clone, Copy)]
pub(super) struct Ssse3(__m128i);

#[derive(Clone, Copy)]
pub(super) struct Avx2(__m256i);

/// Runs `pass` on 16-byte vectors.
///
/// # Safety
/// The CPU must support SSSE3.
#[target_feature(enable = "ssse3")]
pub(super) unsafe fn ssse3<P: Pass>(pass: P) -> P::Output {
    pass.vector::<Ssse3>()
}

/// Runs `pass` on 32-byte vectors.
///
/// # Safety
/// The CPU must support AVX2.
#[target_feature(enable = "avx2")]
pub(super) unsafe fn avx2<P: Pass>(pass: P) -> P::Output {
    pass.vector::<Avx2>()
}

impl Bytes for Ssse3 {
    const LANES: usize = 16;

    #[inline(always)]
    fn load(chunk: &[u8]) -> Self {
        assert!(chunk.len() >= 16);
        // SAFETY: 16 readable bytes (asserted); no alignment needed; SSE2
        // as for every method here (module docs).
        Ssse3(unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) })
    }
    #[inline(always)]
    fn splat(b: u8) -> Self {
        // SAFETY: only made inside `ssse3` (module docs).
        Ssse3(unsafe { _mm_set1_epi8(b as i8) })
    }
    #[inline(always)]
    fn table(entries: &[u8; 16]) -> Self {
        Self::load(entries)
    }
    #[inline(always)]
    fn eq(self, other: Self) -> Self {
        // SAFETY: only made inside `ssse3` (module docs).
        Ssse3(unsafe { _mm_cmpeq_epi8(self.0, other.0) })
    }
    #[inline(always)]
    fn le(self, other: Self) -> Self {
        // SAFETY: only made inside `ssse3` (module docs).
        Ssse3(unsafe { _mm_cmpeq_epi8(_mm_min_epu8(self.0, other.0), self.0) })
    }
    #[inline(always)]
    fn and(self, other: Self) -> Self {
        // SAFETY: only made inside `ssse3` (module docs).
        Ssse3(unsafe { _mm_and_si128(self.0, other.0) })
    }
    #[inline(always)]
    fn or(self, other: Self) -> Self {
        // SAFETY: only made inside `ssse3` (module docs).
        Ssse3(unsafe { _mm_or_si128(self.0, other.0) })
    }
    #[inline(always)]
    fn sub(self, other: Self) -> Self {
        // SAFETY: only made inside `ssse3` (module docs).
        Ssse3(unsafe { _mm_sub_epi8(self.0, other.0) })
    }
    #[inline(always)]
    fn high_nibbles(self) -> Self {
        // No byte shift in SSE2: shift 16-bit lanes, then drop the bits
        // that came over from the neighbouring byte.
        // SAFETY: only made inside `ssse3` (module docs).
        Ssse3(unsafe { _mm_and_si128(_mm_srli_epi16::<4>(self.0), _mm_set1_epi8(0x0F)) })
    }
    #[inline(always)]
    fn lookup(table: Self, index: Self) -> Self {
        // SAFETY: only made inside `ssse3` (module docs).
        Ssse3(unsafe { _mm_shuffle_epi8(table.0, index.0) })
    }
    #[inline(always)]
    fn mask(self) -> u32 {
        // SAFETY: only made inside `ssse3` (module docs).
        (unsafe { _mm_movemask_epi8(self.0) }) as u32
    }
}

impl Bytes for Avx2 {
    const LANES: usize = 32;

    #[inline(always)]
    fn load(chunk: &[u8]) -> Self {
        assert!(chunk.len() >= 32);
        // SAFETY: 32 readable bytes (asserted); no alignment needed; AVX2
        // as for every method here (module docs).
        Avx2(unsafe { _mm256_loadu_si256(chunk.as_ptr().cast()) })
    }
    #[inline(always)]
    fn splat(b: u8) -> Self {
        // SAFETY: only made inside `avx2` (module docs).
        Avx2(unsafe { _mm256_set1_epi8(b as i8) })
    }
    #[inline(always)]
    fn table(entries: &[u8; 16]) -> Self {
        // SAFETY: 16 readable bytes; AVX2 (module docs).
        Avx2(unsafe { _mm256_broadcastsi128_si256(_mm_loadu_si128(entries.as_ptr().cast())) })
    }
    #[inline(always)]
    fn eq(self, other: Self) -> Self {
        // SAFETY: only made inside `avx2` (module docs).
        Avx2(unsafe { _mm256_cmpeq_epi8(self.0, other.0) })
    }
    #[inline(always)]
    fn le(self, other: Self) -> Self {
        // SAFETY: only made inside `avx2` (module docs).
        Avx2(unsafe { _mm256_cmpeq_epi8(_mm256_min_epu8(self.0, other.0), self.0) })
    }
    #[inline(always)]
    fn and(self, other: Self) -> Self {
        // SAFETY: only made inside `avx2` (module docs).
        Avx2(unsafe { _mm256_and_si256(self.0, other.0) })
    }
    #[inline(always)]
    fn or(self, other: Self) -> Self {
        // SAFETY: only made inside `avx2` (module docs).
        Avx2(unsafe { _mm256_or_si256(self.0, other.0) })
    }
    #[inline(always)]
    fn sub(self, other: Self) -> Self {
        // SAFETY: only made inside `avx2` (module docs).
        Avx2(unsafe { _mm256_sub_epi8(self.0, other.0) })
    }
    #[inline(always)]
    fn high_nibbles(self) -> Self {
        // SAFETY: only made inside `avx2` (module docs).
        Avx2(unsafe { _mm256_and_si256(_mm256_srli_epi16::<4>(self.0), _mm256_set1_epi8(0x0F)) })
    }
    #[inline(always)]
    fn lookup(table: Self, index: Self) -> Self {
        // SAFETY: only made inside `avx2` (module docs). The shuffle works
        // within each 16-byte half, which is why `table` repeats itself.
        Avx2(unsafe { _mm256_shuffle_epi8(table.0, index.0) })
    }
    #[inline(always)]
    fn mask(self) -> u32 {
        // SAFETY: only made inside `avx2` (module docs).
        (unsafe { _mm256_movemask_epi8(self.0) }) as u32
    }
}
