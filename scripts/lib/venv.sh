# Sourced by scripts/test and scripts/demo: the project's virtual environment in .venv/.
#   use_venv EXTRA...     e.g. use_venv test demo
# Creates .venv with the first Python >= 3.11 on PATH (python3, then python3.14 ... python3.11),
# installing python3-venv with apt-get when that Python cannot make one (Debian's own Python),
# then installs supportmail editable with the extras asked for. A venv already made by that
# Python, with those extras, from this very pyproject.toml, is used as it is: no pip at all.
# Afterwards .venv/bin is first on PATH, so python3, ruff, mypy and supportmail are the venv's.
# Needs: REPO (the repository root) and as_root (runs a command as root).

VENV_DIR="${SUPPORTMAIL_VENV:-$REPO/.venv}"
VENV_STAMP="$VENV_DIR/.supportmail-installed"

find_python() {
  local name path
  for name in python3 python3.14 python3.13 python3.12 python3.11; do
    path="$(command -v "$name" 2>/dev/null)" || continue
    if "$path" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$path"
      return 0
    fi
  done
  return 1
}

# The stamp says which interpreter, pyproject.toml and extras the venv was installed for.
venv_stamp() {
  local python="$1" extras="$2"
  printf 'python=%s\npyproject=%s\nextras=%s\n' \
    "$("$python" -c 'import sys; print(sys.executable, sys.version.split()[0])')" \
    "$(sha256sum "$REPO/pyproject.toml" | cut -d' ' -f1)" "$extras"
}

make_venv() {
  local python="$1" version
  rm -rf "$VENV_DIR"
  if "$python" -m venv "$VENV_DIR" >/dev/null 2>&1; then
    return 0
  fi
  rm -rf "$VENV_DIR"
  version="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$python cannot create a virtual environment and apt-get is missing: install its venv module" >&2
    return 1
  fi
  echo "==> installing python${version}-venv (apt-get): $python cannot create a virtual environment"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -q >/dev/null
  as_root apt-get install -y -q --no-install-recommends "python${version}-venv" >/dev/null ||
    as_root apt-get install -y -q --no-install-recommends python3-venv >/dev/null
  "$python" -m venv "$VENV_DIR"
}

use_venv() {
  local python want have extras stamp
  python="$(find_python)" || {
    echo "no Python 3.11 or newer on PATH ($PATH): install python3 (>= 3.11) first" >&2
    return 1
  }
  want="$(printf '%s\n' "$@" | sort -u | paste -sd, -)"
  # Extras installed before stay installed: scripts/demo after scripts/test changes nothing.
  have="$(sed -n 's/^extras=//p' "$VENV_STAMP" 2>/dev/null || true)"
  extras="$(printf '%s\n' "$@" ${have//,/ } | sort -u | paste -sd, -)"
  stamp="$(venv_stamp "$python" "$extras")"
  if [[ -x "$VENV_DIR/bin/python" ]] && "$VENV_DIR/bin/python" -c pass 2>/dev/null &&
    [[ "$stamp" == "$(cat "$VENV_STAMP" 2>/dev/null)" ]]; then
    echo "==> using $VENV_DIR ($("$VENV_DIR/bin/python" --version), extras ${extras}; up to date)"
  else
    # Another interpreter than the one the venv was made with (or none yet): make it anew.
    if [[ ! -x "$VENV_DIR/bin/python" ]] || ! grep -qx "$(sed -n 1p <<<"$stamp")" "$VENV_STAMP" 2>/dev/null; then
      echo "==> creating $VENV_DIR with $python ($("$python" --version))"
      make_venv "$python"
    fi
    echo "==> installing supportmail[${extras}] into $VENV_DIR (pip install -e; pyproject.toml changed or first run)"
    rm -f "$VENV_STAMP"
    "$VENV_DIR/bin/python" -m pip install -q --disable-pip-version-check -e "$REPO[${extras}]"
    printf '%s\n' "$stamp" >"$VENV_STAMP"
  fi
  export PATH="$VENV_DIR/bin:$PATH" VIRTUAL_ENV="$VENV_DIR"
  hash -r
}
