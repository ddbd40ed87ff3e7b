//! Byte classification 16 or 32 bytes a step, for the passes that look at
//! every byte of a text: normalisation's search for the few bytes it may
//! change, and the engine's first pass (word starts, digits, `@`, the byte
//! pairs that can begin a keyword).
//!
//! A pass is written once, generically over [`Bytes`] (one vector of
//! bytes and the dozen operations the passes need), and a pass also keeps
//! a plain version without vectors that defines what it computes: the
//! portable path for machines without a vector unit here, and the
//! reference the tests hold the vector versions to. [`run`] picks the version for the
//! [`Kernel`] that [`Kernel::detect`] found:
//!
//! - x86-64: AVX2 (32 bytes a step) or SSSE3 (16 bytes), detected at run
//!   time. SSE2 alone, the x86-64 baseline, has no byte shuffle for the
//!   nibble tables, so the rare CPU without SSSE3 takes the portable path.
//! - WebAssembly built with `simd128` (`.cargo/config.toml`; every browser
//!   version the manifests accept runs it): 16 bytes.
//! - Anything else (aarch64 included, for now): the portable path.
//!
//! The vector types can be named only inside this module and exist only
//! inside [`run`] after detection, which is what makes their safe methods
//! sound; the `unsafe` blocks in `x86.rs` and `wasm.rs` are the intrinsics
//! themselves, each with its reason.

#[cfg(target_arch = "x86_64")]
mod x86;

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod wasm;

/// One vector of bytes. Every operation works on each byte (lane) alone.
pub(crate) trait Bytes: Copy {
    /// Bytes in one vector.
    const LANES: usize;
    /// The first [`Bytes::LANES`] bytes of `chunk`, which must have that many.
    fn load(chunk: &[u8]) -> Self;
    /// `b` in every lane.
    fn splat(b: u8) -> Self;
    /// A 16-entry table for [`Bytes::lookup`] (repeated in each 16-byte
    /// half of a wider vector).
    fn table(entries: &[u8; 16]) -> Self;
    /// 0xFF where the lanes are equal, else 0.
    fn eq(self, other: Self) -> Self;
    /// 0xFF where `self <= other` as unsigned bytes, else 0.
    fn le(self, other: Self) -> Self;
    fn and(self, other: Self) -> Self;
    fn or(self, other: Self) -> Self;
    /// Wrapping subtraction.
    fn sub(self, other: Self) -> Self;
    /// Each lane shifted right by four bits (its high nibble).
    fn high_nibbles(self) -> Self;
    /// `table[lane]` for lanes below 16 (a nibble); the result of larger
    /// lanes is unspecified.
    fn lookup(table: Self, index: Self) -> Self;
    /// The top bit of each lane, lane 0 in bit 0.
    fn mask(self) -> u32;
}

/// A pass over bytes with a vector version and a portable one.
pub(crate) trait Pass {
    type Output;
    /// The pass with vectors of type `V`.
    fn vector<V: Bytes>(self) -> Self::Output;
    /// The pass without vectors: the definition, and the portable path.
    fn portable(self) -> Self::Output;
}

/// The vector unit a pass runs on. Made only by [`Kernel::detect`],
/// [`Kernel::portable`] and [`Kernel::available`], so a kernel always
/// names instructions this machine has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kernel(Level);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    Portable,
    #[cfg(target_arch = "x86_64")]
    Ssse3,
    #[cfg(target_arch = "x86_64")]
    Avx2,
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    Simd128,
}

impl Kernel {
    /// The widest vector unit of this machine.
    pub fn detect() -> Kernel {
        *Kernel::available().last().expect("the portable kernel is always available")
    }

    /// No vectors: each pass's definition, and the path of machines
    /// without a vector unit the passes know.
    pub fn portable() -> Kernel {
        Kernel(Level::Portable)
    }

    /// Every kernel this machine can run, narrowest first (for tests that
    /// hold each one to the portable definition).
    pub fn available() -> Vec<Kernel> {
        #[allow(unused_mut)]
        let mut out = vec![Kernel(Level::Portable)];
        #[cfg(target_arch = "x86_64")]
        {
            if std::is_x86_feature_detected!("ssse3") {
                out.push(Kernel(Level::Ssse3));
            }
            if std::is_x86_feature_detected!("avx2") {
                out.push(Kernel(Level::Avx2));
            }
        }
        #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
        out.push(Kernel(Level::Simd128));
        out
    }

    /// A short name for benchmarks and test messages.
    pub fn name(self) -> &'static str {
        match self.0 {
            Level::Portable => "portable",
            #[cfg(target_arch = "x86_64")]
            Level::Ssse3 => "SSSE3",
            #[cfg(target_arch = "x86_64")]
            Level::Avx2 => "AVX2",
            #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
            Level::Simd128 => "simd128",
        }
    }
}

/// Runs `pass` on `kernel`.
#[inline]
pub(crate) fn run<P: Pass>(kernel: Kernel, pass: P) -> P::Output {
    // The simd128 module has one kernel: it detects simd128, and the tests
    // that compare kernels run natively. Without the dispatch the module
    // leaves out each pass's portable version (about 2 KB of the pages'
    // 300 KiB budget).
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    {
        let _ = kernel;
        pass.vector::<wasm::V128>()
    }
    #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
    match kernel.0 {
        Level::Portable => pass.portable(),
        #[cfg(target_arch = "x86_64")]
        // SAFETY: a Kernel holds Ssse3 only when the CPU reported SSSE3.
        Level::Ssse3 => unsafe { x86::ssse3(pass) },
        #[cfg(target_arch = "x86_64")]
        // SAFETY: a Kernel holds Avx2 only when the CPU reported AVX2.
        Level::Avx2 => unsafe { x86::avx2(pass) },
    }
}
