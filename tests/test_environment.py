"""The conda file and the pip pins say the same thing; the seeds are verbatim."""
from __future__ import annotations

import hashlib
import re

import pytest
import yaml

from helpers import paths

ROOT = paths.ROOT


def pip_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([^\s;]+)", line)
        assert m, f"requirements.txt: '{line}' is not an exact pin (name==version)"
        pins[m.group(1).lower()] = m.group(2)
    return pins


def conda_env() -> dict:
    return yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))


# conda-forge names of packages whose pip name differs.
CONDA_TO_PIP = {"spacy-model-fr_core_news_sm": "fr_core_news_sm", "dask-core": "dask"}


def conda_pins() -> dict[str, str]:
    pins = {}
    for dep in conda_env()["dependencies"]:
        if not isinstance(dep, str) or dep in {"pip"}:
            continue
        m = re.fullmatch(r"([A-Za-z0-9_.\-]+)=([^=\s]+)", dep)
        assert m, f"environment.yml: '{dep}' is not an exact pin (name=version)"
        pins[CONDA_TO_PIP.get(m.group(1), m.group(1)).lower()] = m.group(2)
    return pins


def test_environment_is_a_conda_file():
    env = conda_env()
    assert env["name"] == "porte-parole"
    assert "conda-forge" in env["channels"]
    pip_section = [d for d in env["dependencies"] if isinstance(d, dict)]
    assert pip_section == [{"pip": ["-e ."]}], "environment.yml must install the package with pip: -e ."


def test_conda_and_pip_pin_the_same_versions():
    conda = conda_pins()
    assert conda.pop("python") == "3.11"
    assert conda == pip_pins()


@pytest.mark.parametrize("required", ["jupyterlab", "pandas", "matplotlib", "nbval", "pytest", "ipykernel"])
def test_required_packages_are_pinned(required):
    assert required in pip_pins()


def test_constraints_agree_with_pins():
    """The transitive lock (constraints.txt) must not contradict a direct pin."""
    lock = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if "==" in line:
            name, version = line.strip().split("==", 1)
            lock[name.lower().replace("_", "-")] = version
    for name, version in pip_pins().items():
        assert lock.get(name.replace("_", "-"), version) == version, name


def test_installed_versions_match_pins():
    from importlib.metadata import version

    for name, pinned in pip_pins().items():
        assert version(name) == pinned, f"{name}: installed {version(name)}, pinned {pinned}"


def test_seeds_are_verbatim():
    sums = (paths.SEEDS / "SHA256SUMS").read_text(encoding="utf-8").split("\n")
    rows = [line.split() for line in sums if line.strip()]
    assert len(rows) == 5
    for digest, name in rows:
        assert hashlib.sha256((paths.SEEDS / name).read_bytes()).hexdigest() == digest, f"seeds/{name} changed"
