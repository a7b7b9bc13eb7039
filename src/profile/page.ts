// The --heap-profile page: one self-contained HTML file (no network; its
// own script draws the charts as inline SVG). Four views of the live heap
// over steps, as GHC's -hT, -hc and -hd profiles drawn by eventlog2html,
// in bytes or objects, and what retains the largest group at the peak.
import { escapeHtml } from "../trace/html-escape.js";
import type { HeapProfile } from "./profiler.js";
import { CENSUS_WORK_FACTOR } from "./profiler.js";

export interface ProfilePageMeta {
  /** The program as the user named it. */
  readonly program: string;
  /** Steps the run took and how it ended. */
  readonly steps: number;
  readonly outcome: string;
  /** Wall-clock time of the whole run, censuses included. */
  readonly runMs: number;
}

/** JSON safe inside a <script> element. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/</g, "\\u003c");
}

export function renderProfilePage(
  p: HeapProfile,
  meta: ProfilePageMeta,
): string {
  const title = `Heap profile: ${meta.program}`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p id="summary"></p>
<div id="controls">
<span class="group" id="views">
<button data-view="kind" title="like GHC's -hT">closure kind</button>
<button data-view="function" title="like GHC's -hc: the Haskell function whose code allocated the object">function</button>
<button data-view="site" title="the let binding that allocated the object (function/binder)">allocation site</button>
<button data-view="con" title="like GHC's -hd: constructor, or the kind of a non-constructor">constructor</button>
</span>
<span class="group" id="units">
<button data-unit="words">bytes</button>
<button data-unit="objects">objects</button>
</span>
</div>
<div id="chartbox"><svg id="chart" width="900" height="420" role="img" aria-label="live heap over steps"></svg>
<div id="tip" hidden></div></div>
<ul id="legend"></ul>
<h2>What keeps the largest group alive</h2>
<div id="retainers"></div>
<p class="note">Censuses walk what the stack, the current expression and the
top-level bindings reach, every N steps (N adapts so there are a few hundred
samples, and is at least ${CENSUS_WORK_FACTOR} steps per object the last census
visited, so a large heap is sampled less often). Sizes are GHC's layout: a header word, a word per field, a
thunk's extra word, 8 bytes a word. Top-level closures are static and not
counted.</p>
<script type="application/json" id="data">${scriptJson({ meta, profile: p })}</script>
<script>${JS}</script>
</body></html>
`;
}

const CSS = `
body{font:14px system-ui,sans-serif;margin:16px 24px;color:#222}
h1{font-size:20px;margin:0 0 6px} h2{font-size:16px;margin:22px 0 6px}
#controls{margin:10px 0} .group{margin-right:18px}
button{font:inherit;padding:3px 10px;border:1px solid #999;background:#f4f4f4;cursor:pointer}
button.on{background:#2d5b9a;color:#fff;border-color:#2d5b9a}
#chartbox{position:relative;display:inline-block}
#tip{position:absolute;background:#fff;border:1px solid #888;padding:6px 8px;font-size:12px;pointer-events:none;white-space:nowrap;box-shadow:2px 2px 6px #0003}
#legend{list-style:none;padding:0;columns:2;max-width:900px}
#legend li{margin:2px 0;cursor:default} #legend li.hi{font-weight:bold}
.sw{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-1px}
table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
td.n{text-align:right} .path{font-size:12px;color:#444}
.note{color:#555;font-size:12px;max-width:900px}
svg text{font-size:11px;fill:#333}
`;

// The page's own script: plain DOM and SVG, no libraries.
const JS = `
(function(){
var D=JSON.parse(document.getElementById('data').textContent);
var P=D.profile, M=D.meta;
var view='site', unit='words', hi=-1;
var COLORS=['#4e79a7','#f28e2b','#e15759','#76b7b2','#59a14f','#edc948','#b07aa1','#ff9da7','#9c755f','#bab0ac','#1f77b4','#2ca02c','#d62728','#9467bd','#8c564b'];
function fmt(n){return Math.round(n).toLocaleString('en-US');}
function bytes(w){var b=w*8;return b>=1048576?(b/1048576).toFixed(1)+' MiB':b>=1024?(b/1024).toFixed(1)+' KiB':b+' B';}
function amount(v){return unit==='words'?bytes(v):fmt(v)+' objects';}
var peak=0; for(var i=1;i<P.words.length;i++) if(P.words[i]>P.words[peak]) peak=i;
var s=document.getElementById('summary');
var g0=Infinity,g1=0; for(var i=1;i<P.steps.length;i++){var g=P.steps[i]-P.steps[i-1];if(g<g0)g0=g;if(g>g1)g1=g;}
s.textContent=M.steps.toLocaleString('en-US')+' steps ('+M.outcome+'); '+P.steps.length+' samples of '+P.censuses+' censuses'+(g1>0?', '+(g0===g1?'every '+fmt(g0):fmt(g0)+' to '+fmt(g1))+' steps apart':'')+'; '+
 (P.steps.length?'peak live heap '+bytes(P.words[peak])+' ('+fmt(P.objects[peak])+' objects) at step '+fmt(P.steps[peak])+'; ':'')+
 'censuses took '+P.censusMs.toFixed(0)+' ms of the run\\'s '+M.runMs.toFixed(0)+' ms.';
var svg=document.getElementById('chart'), NS='http://www.w3.org/2000/svg';
var W=900,H=420,L=70,R=10,T=10,B=30;
function el(n,a){var e=document.createElementNS(NS,n);for(var k in a)e.setAttribute(k,a[k]);return e;}
function draw(){
 while(svg.firstChild) svg.removeChild(svg.firstChild);
 var bands=P.views[view], n=P.steps.length;
 var xs=P.steps, x0=n?xs[0]:0, x1=n?xs[n-1]:1; if(x1===x0) x1=x0+1;
 var tot=[],ymax=1; for(var k=0;k<n;k++){var t=0;for(var b=0;b<bands.length;b++)t+=bands[b][unit][k];tot.push(t);if(t>ymax)ymax=t;}
 function X(v){return L+(v-x0)/(x1-x0)*(W-L-R);} function Y(v){return H-B-v/ymax*(H-T-B);}
 svg.appendChild(el('line',{x1:L,y1:H-B,x2:W-R,y2:H-B,stroke:'#333'}));
 svg.appendChild(el('line',{x1:L,y1:T,x2:L,y2:H-B,stroke:'#333'}));
 for(var q=0;q<=4;q++){var yv=ymax*q/4,y=Y(yv);
  svg.appendChild(el('line',{x1:L-4,y1:y,x2:W-R,y2:y,stroke:q?'#eee':'#333'}));
  var t=el('text',{x:L-6,y:y+4,'text-anchor':'end'});t.textContent=unit==='words'?bytes(yv):fmt(yv);svg.appendChild(t);
  var xv=x0+(x1-x0)*q/4,tx=el('text',{x:X(xv),y:H-B+16,'text-anchor':q===0?'start':q===4?'end':'middle'});tx.textContent=fmt(xv);svg.appendChild(tx);}
 var xl=el('text',{x:(L+W)/2,y:H-2,'text-anchor':'middle'});xl.textContent='steps';svg.appendChild(xl);
 var base=new Array(n).fill(0);
 for(var b=0;b<bands.length;b++){
  var top=base.map(function(v,k){return v+bands[b][unit][k];});
  var d='';
  for(var k=0;k<n;k++) d+=(k?'L':'M')+X(xs[k]).toFixed(1)+' '+Y(top[k]).toFixed(1);
  for(var k=n-1;k>=0;k--) d+='L'+X(xs[k]).toFixed(1)+' '+Y(base[k]).toFixed(1);
  if(n) {var p=el('path',{d:d+'Z',fill:COLORS[b%COLORS.length],'fill-opacity':hi<0||hi===b?0.9:0.25,stroke:'none','data-band':b});
   (function(bb){p.addEventListener('mouseenter',function(){setHi(bb);});})(b);
   svg.appendChild(p);}
  base=top;
 }
 var lg=document.getElementById('legend'); lg.innerHTML='';
 bands.forEach(function(bd,b){var li=document.createElement('li');if(b===hi)li.className='hi';
  var sw=document.createElement('span');sw.className='sw';sw.style.background=COLORS[b%COLORS.length];li.appendChild(sw);
  li.appendChild(document.createTextNode(bd.name+' (peak '+amount(Math.max.apply(null,bd[unit].concat([0])))+')'));
  li.addEventListener('mouseenter',function(){setHi(b);});li.addEventListener('mouseleave',function(){setHi(-1);});lg.appendChild(li);});
 svg.onmousemove=function(ev){
  if(!n) return; var r=svg.getBoundingClientRect(),mx=ev.clientX-r.left;
  var best=0; for(var k=1;k<n;k++) if(Math.abs(X(xs[k])-mx)<Math.abs(X(xs[best])-mx)) best=k;
  var rows=bands.map(function(bd,b){return [bd[unit][best],bd.name,b];}).filter(function(r){return r[0]>0;}).sort(function(a,b){return b[0]-a[0];}).slice(0,8);
  var tip=document.getElementById('tip'); tip.hidden=false;
  tip.innerHTML='';var h=document.createElement('b');h.textContent='step '+fmt(xs[best])+': '+amount(tot[best]);tip.appendChild(h);
  rows.forEach(function(r){var d=document.createElement('div');d.textContent=r[1]+': '+amount(r[0]);tip.appendChild(d);});
  tip.style.left=Math.min(mx+14,W-260)+'px'; tip.style.top=(ev.clientY-r.top+10)+'px';
 };
 svg.onmouseleave=function(){document.getElementById('tip').hidden=true;setHi(-1);};
}
function setHi(b){if(b===hi)return;hi=b;draw();}
function buttons(sel,attr,get,set){document.querySelectorAll(sel+' button').forEach(function(bt){
 bt.classList.toggle('on',bt.getAttribute(attr)===get());
 bt.onclick=function(){set(bt.getAttribute(attr));hi=-1;buttons(sel,attr,get,set);draw();};});}
buttons('#views','data-view',function(){return view;},function(v){view=v;});
buttons('#units','data-unit',function(){return unit;},function(v){unit=v;});
draw();
var rt=document.getElementById('retainers'), R0=P.retainers;
if(!R0){rt.textContent='The heap was empty at every census.';}
else{
 var p=document.createElement('p');
 p.textContent='At step '+fmt(R0.step)+' (the last census that raised the peak live heap by half or more), the largest allocation site was '+R0.group+': '+fmt(R0.objects)+' objects, '+bytes(R0.words)+'. Its objects are kept alive by:';
 rt.appendChild(p);
 var tb=document.createElement('table');tb.id='retainer-table';
 tb.innerHTML='<tr><th>retainer (nearest outside the group)</th><th>objects</th><th>bytes</th><th>path from a root</th></tr>';
 R0.rows.forEach(function(r){var tr=document.createElement('tr');
  [r.label,fmt(r.objects),bytes(r.words),r.path.join(' \\u2192 ')].forEach(function(c,i){var td=document.createElement('td');td.textContent=c;if(i===1||i===2)td.className='n';if(i===3)td.className='path';tr.appendChild(td);});
  tb.appendChild(tr);});
 rt.appendChild(tb);
}
})();
`;
