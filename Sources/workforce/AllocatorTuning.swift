#if canImport(Glibc)
  import Glibc
#endif

/// Process-wide allocator settings of the `workforce` executable.
enum AllocatorTuning {
  /// Lets glibc keep up to 128 MiB of freed memory instead of returning it
  /// to the system at once.
  ///
  /// The Monte Carlo runner allocates each block's sample columns (about
  /// 60 columns of 8,192 numbers) and frees them when the block is done. With
  /// glibc's default trim threshold of 128 KiB the freed heap top is handed
  /// back to the kernel after every block and faulted in again by the next:
  /// 87,000 page faults and 45 % of the wall-clock time of the standard
  /// benchmark (`Benchmarks/README.md`). Keeping the memory cuts that to
  /// 12,000–15,000 faults. Peak memory is unchanged, since the same columns
  /// are live at the peak either way. The mmap threshold is set too (see
  /// below): with only the trim threshold set, 500,000 iterations with
  /// `--samples-out` took 327,000 faults; with both, 29,000.
  ///
  /// `mallopt` is declared in `<malloc.h>`, which Swift's Glibc module does
  /// not export, so it is looked up by name; where the C library is not glibc
  /// (or lacks it) this does nothing.
  static func keepFreedMemory() {
    #if canImport(Glibc)
      typealias MallOpt = @convention(c) (CInt, CInt) -> CInt
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
      let trimThreshold: CInt = -1  // M_TRIM_THRESHOLD in <malloc.h>
      let mmapThreshold: CInt = -3  // M_MMAP_THRESHOLD
      _ = mallopt(trimThreshold, 128 << 20)
      // Setting one threshold switches off glibc's dynamic mmap threshold, which
      // would otherwise rise after the first large free; fix it where it would
      // settle, so that the multi-megabyte buffers of --samples-out are reused
      // from the heap instead of being mapped and unmapped for every block.
      _ = mallopt(mmapThreshold, 32 << 20)
    #endif
  }
}
