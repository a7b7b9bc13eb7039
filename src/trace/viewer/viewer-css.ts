// Styles of the single-file trace viewer (inlined: the file needs no network).
export const VIEWER_CSS = `
* { box-sizing: border-box; }
body { font-family: system-ui, sans-serif; margin: 0; color: #222; background: #fafafa; }
header { padding: .5em 1em; background: #2d3e50; color: #fff; display: flex; flex-wrap: wrap; gap: .6em; align-items: center; }
header h1 { font-size: 1.1em; margin: 0 1em 0 0; }
header button { font-size: 1em; }
header input { width: 6em; }
#search { width: 12em; }
main { display: grid; grid-template-columns: minmax(22em, 1fr) minmax(0, 2fr); gap: .8em; padding: .8em; }
section { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: .5em .8em; overflow: auto; }
h2 { font-size: 1em; margin: .2em 0 .4em; }
pre { margin: 0; white-space: pre-wrap; font-size: .85em; }
#rule { font-weight: bold; color: #a0522d; }
#rule-explain { color: #555; }
.frame { border: 1px solid #ccc; border-left: 4px solid #888; margin: .25em 0; padding: .2em .4em; }
.frame.case { border-left-color: #2e8b57; } .frame.update { border-left-color: #c0392b; }
.frame.arg, .frame.apply { border-left-color: #1f5fbf; }
.thread { margin: .3em 0; } .thread summary { cursor: pointer; } .thread-code { background: #f4f4f4; margin: .2em 0; padding: .2em .4em; }
#stack { max-height: 45vh; overflow: auto; }
#graph-wrap { overflow: auto; max-height: 70vh; }
svg text { font-size: 11px; font-family: monospace; pointer-events: none; }
.node rect { stroke: #333; stroke-width: 1; rx: 4; cursor: pointer; }
.node.kind-FUN rect { fill: #cfe0fa; } .node.kind-PAP rect { fill: #e3d3f5; }
.node.kind-CON rect { fill: #cdeccf; } .node.kind-THUNK rect { fill: #f8d0cb; }
.node.kind-BLACKHOLE rect { fill: #555; } .node.kind-BLACKHOLE text { fill: #fff; }
.node.kind-ERROR rect { fill: #fbd9a8; }
.node.selected rect { stroke: #e6007e; stroke-width: 3; }
.node text.sub { fill: #444; } .node.kind-BLACKHOLE text.sub { fill: #ddd; }
.node.group rect { fill: #eee; stroke: #999; stroke-dasharray: 2 2; }
.node.alloc rect, .node.has-alloc rect { stroke: #0a8a0a; stroke-width: 3; }
.node.updated rect, .node.has-updated rect { stroke: #1f5fbf; stroke-width: 3; }
.node.blackholed rect, .node.has-blackholed rect { stroke: #000; stroke-width: 3; }
.node.entered rect { stroke: #e67e22; stroke-width: 3; }
.legend .m-alloc { border: 2px solid #0a8a0a; } .legend .m-updated { border: 2px solid #1f5fbf; }
.legend .m-blackholed { border: 2px solid #000; } .legend .m-entered { border: 2px solid #e67e22; }
#story { margin: .3em 0; padding-left: 1.2em; font-size: .9em; }
#story li.output { color: #2e8b57; font-family: monospace; }
#output { max-height: 12em; overflow: auto; background: #f6f6f6; }
#output .now { background: #fff3a8; }
#output .stderr { color: #c0392b; }
.hsname { border-bottom: 1px dotted #999; }
.site { color: #555; font-size: .85em; }
.node.root rect { stroke-dasharray: 4 2; stroke-width: 2; }
.edge { stroke: #888; stroke-width: 1; fill: none; marker-end: url(#arrow); }
#detail { margin-top: .5em; }
#search-results li { cursor: pointer; color: #1f5fbf; }
.legend span { display: inline-block; padding: 0 .4em; margin-right: .3em; border: 1px solid #999; border-radius: 3px; font-size: .8em; }
.muted { color: #777; font-size: .85em; }
`;
