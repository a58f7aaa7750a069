"""`python -m benchmarks`: every benchmark, each beside its baseline in the same run."""

from benchmarks import bench_export, bench_extract, bench_matching, bench_store, bench_tui

if __name__ == "__main__":
    bench_store.main()
    bench_export.main()
    bench_tui.main()
    bench_extract.main()
    bench_matching.main()
