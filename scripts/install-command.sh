#!/bin/sh
# Puts a `motcua` command in the user's own bin folder (~/.local/bin, or the folder given): no root, no
# global npm prefix. The command runs this checkout's built CLI, from whatever folder it is typed in.
set -eu
bin="${1:-${XDG_BIN_HOME:-$HOME/.local/bin}}"
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -f "$root/packages/cli/dist/main.js" ]; then
  echo "motcua is not built yet: run 'pnpm install' in $root first" >&2
  exit 1
fi
mkdir -p "$bin"
cat > "$bin/motcua" <<WRAPPER
#!/bin/sh
exec node "$root/packages/cli/dist/main.js" "\$@"
WRAPPER
chmod +x "$bin/motcua"
echo "motcua: $bin/motcua"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "add $bin to PATH, e.g.: echo 'export PATH=\"$bin:\$PATH\"' >> ~/.profile" ;;
esac
