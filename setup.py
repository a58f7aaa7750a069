"""Builds tracker, with the extraction hot paths compiled by mypyc when it can.

mypyc compiles our type-annotated Python to C extension modules that sit beside the .py
files; Python imports an extension before a source file, so a compiled module simply wins.
Compilation is a bonus, never a requirement: if mypyc is missing, the code does not
type-check, or there is no C compiler, this prints one line and installs pure Python (the
same code, slower). TRACKER_PURE=1 asks for pure Python outright (for debugging).
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# What pays to compile (measured in benchmarks.bench_extract): all of extraction, and the
# check-worthiness features and scorer that `extract --json` runs on every claim.
COMPILED = ["tracker/extract", "tracker/worth/features.py", "tracker/worth/scorer.py"]


def _say(message: str) -> None:
    print(f"tracker: {message}", file=sys.stderr)


# The commands that build code: pip runs this file for metadata too, which needs no compiling.
BUILDS = {"build", "build_ext", "bdist_wheel", "install", "develop", "editable_wheel"}


def _compiled_modules() -> list:
    if not BUILDS.intersection(sys.argv[1:]):
        return []
    if os.environ.get("TRACKER_PURE"):
        _say("TRACKER_PURE is set: installing pure Python")
        return []
    try:
        from mypyc.build import mypycify

        # Several C files (multi_file) compile in parallel on every core (_Build below).
        return mypycify(COMPILED, multi_file=True, verbose=False)
    except SystemExit:  # mypyc exits on a type error, having printed it
        _say("not compiled (mypyc: the type errors above); installing pure Python")
    except Exception as exc:  # no mypyc, or mypyc failed
        _say(f"not compiled ({type(exc).__name__}: {exc}); installing pure Python")
    return []


class _Build(build_ext):
    """Compiles the C files on every core, and falls back to pure Python when the build fails."""

    def build_extension(self, ext) -> None:
        _compile_in_parallel(self.compiler, os.cpu_count() or 1)
        super().build_extension(ext)

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler, a compiler error: the .py files still serve
            for built in self.get_outputs():  # a partial build would import half-compiled
                Path(built).unlink(missing_ok=True)
            self.extensions = []
            why = f"{type(exc).__name__}: {exc}"  # a compiler error may quote its whole command
            _say(f"not compiled (C build failed: {why[:100]}); installing pure Python")


def _compile_in_parallel(compiler, jobs: int) -> None:
    """mypyc's C files all belong to one extension, which distutils compiles one file after
    another; this compiles them side by side (as numpy's build did). Left as it is when the
    compiler lacks the (long stable) steps it relies on."""
    if jobs < 2 or not all(
        hasattr(compiler, step) for step in ("_setup_compile", "_get_cc_args", "_compile")
    ):
        return

    def compile(sources, output_dir=None, macros=None, include_dirs=None, debug=0,
                extra_preargs=None, extra_postargs=None, depends=None):  # fmt: skip
        macros, objects, extra_postargs, pp_opts, build = compiler._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = compiler._get_cc_args(pp_opts, debug, extra_preargs)

        def one(obj: str) -> None:
            src, ext = build[obj]
            compiler._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)

        with ThreadPoolExecutor(jobs) as pool:
            list(pool.map(one, [o for o in objects if o in build]))
        return objects

    compiler.compile = compile


setup(ext_modules=_compiled_modules(), cmdclass={"build_ext": _Build})
