"""Build hook: compile the reference recogniser (``store/refs.py``) with mypyc when it can.

Why: ``refs.py`` runs over every question of every imported document, and its time goes on
Python steps (per reference, name, sentence), not on text scans. Compiled by mypyc it takes about
a quarter less time (README, "Speed"); everything else stays plain Python. The project metadata
lives in ``pyproject.toml``; this file only adds the optional compiled module.

The compiled module is optional and behaves exactly as the plain one (CI runs the test suite on
it; development runs it on the plain file). The plain ``refs.py`` is always installed and is
what Python imports when there is no compiled module:

* an editable install (``pip install -e``) never compiles, so edits take effect at once;
* ``KAMERBOEK_PURE_PYTHON=1`` skips compiling;
* when compiling fails (no C compiler, a mypy that rejects the code), the install goes on
  without it and says so in pip's verbose output (``pip install -v``).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
COMPILED = ("refs",)  # modules of store/ that mypyc compiles
TYPED = ("__init__", "model", "refs")  # the store/ modules mypy reads to compile them


class OptionalMypycBuildExt(build_ext):
    """build_ext that compiles :data:`COMPILED` with mypyc, or leaves them plain Python."""

    def finalize_options(self) -> None:
        # (The extensions are made here, not in run(): setuptools prepares each one while
        # finalizing.)
        extensions: list[Extension] = []
        if not (getattr(self, "editable_mode", False) or self.inplace or os.environ.get("KAMERBOEK_PURE_PYTHON")):
            self.set_undefined_options("build", ("build_temp", "build_temp"))
            try:
                extensions = self._mypyc_extensions()
            except Exception as exc:  # noqa: BLE001 — mypy missing or rejecting the code
                self._plain(exc)
        self.distribution.ext_modules = extensions
        super().finalize_options()

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 — no C compiler, or it failed
            for path in self.get_outputs():  # never half a compiled module (shim without library)
                Path(path).unlink(missing_ok=True)
            self.extensions = []
            self._plain(exc)

    def _plain(self, exc: Exception) -> None:
        self.warn(f"kamerboek: store/{', '.join(COMPILED)}.py not compiled, plain Python is used ({exc})")

    def _mypyc_extensions(self) -> list[Extension]:
        """mypy names a module by its path, so the sources are copied into the installed
        layout (``kamerboek/store/refs.py``) and compiled there: the module then knows itself
        as ``kamerboek.store.refs`` and its relative imports resolve as installed."""
        from mypyc.build import mypycify

        src = Path(self.build_temp).resolve() / "mypyc-src"
        package = src / "kamerboek" / "store"
        shutil.rmtree(src, ignore_errors=True)
        package.mkdir(parents=True)
        (src / "kamerboek" / "__init__.py").write_text("", encoding="utf-8")
        for name in TYPED:
            shutil.copy2(ROOT / "store" / f"{name}.py", package / f"{name}.py")
        cwd = os.getcwd()
        os.chdir(src)
        try:
            return mypycify(
                [f"kamerboek/store/{name}.py" for name in COMPILED], opt_level="3", target_dir=str(src / "build")
            )
        finally:
            os.chdir(cwd)


setup(
    # A placeholder: OptionalMypycBuildExt decides what is really built. (It also makes the
    # wheel platform-specific, as a compiled module needs.)
    ext_modules=[Extension(f"kamerboek.store.{name}", sources=[f"store/{name}.py"]) for name in COMPILED],
    cmdclass={"build_ext": OptionalMypycBuildExt},
)
