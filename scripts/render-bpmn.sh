#!/usr/bin/env bash
# Renders every model in bpmn/src/main/resources/bpmn to a PNG beside it, with bpmn-js in headless Chromium,
# so a reader sees the diagram without a modeller. Run after changing a model; commit the PNGs with it.
# The screens draw the current step over these PNGs: kpi-web's DiagramLayout computes the same size and offset
# (margin 40, view box from the smallest x/y of any bounds) and DiagramLayoutTest checks every PNG against it, so
# change both together.
# Needs Node.js/npm (bpmn-js is fetched once into .run/tools) and Debian's chromium.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS=$ROOT/.run/tools/bpmn-render
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

if [ ! -f "$TOOLS/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js" ]; then
  mkdir -p "$TOOLS"
  (cd "$TOOLS" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund bpmn-js@17.11.1)
fi

for model in "$ROOT"/bpmn/src/main/resources/bpmn/*.bpmn; do
  page=$TOOLS/$(basename "$model" .bpmn).html
  # the page holds the viewer and the model; the window is sized to the diagram's bounds
  size=$(node - "$model" "$page" "$TOOLS/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js" <<'JS'
const fs = require('fs');
const [model, page, viewer] = process.argv.slice(2);
const xml = fs.readFileSync(model, 'utf8');
let maxX = 0, maxY = 0, minX = Infinity, minY = Infinity;
for (const m of xml.matchAll(/<dc:Bounds x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
  const [x, y, w, h] = m.slice(1).map(Number);
  minX = Math.min(minX, x); minY = Math.min(minY, y);
  maxX = Math.max(maxX, x + w); maxY = Math.max(maxY, y + h + 30);
}
for (const m of xml.matchAll(/<di:waypoint x="([-\d.]+)" y="([-\d.]+)"/g)) {
  maxX = Math.max(maxX, Number(m[1])); maxY = Math.max(maxY, Number(m[2]));
}
const width = Math.ceil(maxX - minX + 80), height = Math.ceil(maxY - minY + 80);
fs.writeFileSync(page, `<!DOCTYPE html><html><head><meta charset="utf-8">
<style>html,body,#canvas{margin:0;width:${width}px;height:${height}px;background:#fff}</style></head>
<body><div id="canvas"></div><script>${fs.readFileSync(viewer, 'utf8')}</script>
<script>
const viewer = new BpmnJS({ container: '#canvas' });
viewer.importXML(${JSON.stringify(xml)}).then(() => {
  const canvas = viewer.get('canvas');
  canvas.viewbox({ x: ${minX - 40}, y: ${minY - 40}, width: ${width}, height: ${height} });
});
</script></body></html>`);
console.log(width + ',' + height);
JS
)
  "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --disable-component-update --disable-sync --hide-scrollbars --virtual-time-budget=5000 \
    --window-size="$size" --screenshot="${model%.bpmn}.png" "file://$page" >/dev/null 2>&1
  echo "rendered $(basename "${model%.bpmn}.png") ($size)"
done
