"""The FAQ as one self-contained HTML page that agents search offline in a browser.

Everything is inside the file (styles, script, data): it opens from a shared drive or a
phone without a network or a server. The search box folds the query and the text the
way the app does, so 挂失 finds 掛失: the page carries a Traditional-to-Simplified map of
just the characters that occur in it (and the Traditional forms of its Simplified ones),
made with OpenCC at export time.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from html import escape

import opencc

from liaison_app.core.faq.export_entries import ExportEntry
from liaison_app.core.models import Bulletin, FaqStatus
from liaison_app.core.timeutil import format_local, iso_utc, utcnow

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_STATUS_LABEL = {FaqStatus.DRAFT: "草稿", FaqStatus.IN_REVIEW: "審核中",
                 FaqStatus.PUBLISHED: "已發布", FaqStatus.RETIRED: "已停用"}


def fold_map(texts: Iterable[str]) -> dict[str, str]:
    """Traditional → Simplified for every character the page's search can meet.

    Character by character (the page folds one character at a time); a query typed in
    Traditional must find Simplified text too, so the Traditional forms of the page's
    Simplified characters are included.
    """
    t2s = opencc.OpenCC("t2s")
    to_traditional = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]
    chars: set[str] = set()
    for text in texts:
        chars.update(_CJK.findall(unicodedata.normalize("NFKC", text)))
    mapping: dict[str, str] = {}
    for char in sorted(chars):
        simple = t2s.convert(char)
        if simple != char and len(simple) == 1:
            mapping[char] = simple
        for conv in to_traditional:
            trad = conv.convert(char)
            if trad != char and len(trad) == 1 and trad not in mapping:
                back = t2s.convert(trad)
                if back != trad and len(back) == 1:
                    mapping[trad] = back
    return mapping


def _lines(text: str) -> str:
    return escape(text.strip())


def _date(value: datetime | None) -> str:
    return format_local(value)[:10] if value else "…"


def _entry_html(entry: ExportEntry, now: datetime, include_all: bool) -> str:
    badges = []
    if include_all and entry.status != FaqStatus.PUBLISHED:
        badges.append(f'<span class="badge">{escape(_STATUS_LABEL.get(entry.status, entry.status))}</span>')
    if include_all and entry.valid_until and entry.valid_until <= now:
        badges.append('<span class="badge">已過期</span>')
    if include_all and entry.valid_from and entry.valid_from > now:
        badges.append('<span class="badge">未生效</span>')
    parts = [f'<article class="entry" id="e{entry.id}" data-status="{escape(entry.status)}">',
             f'<h3 class="q"><span class="s">{escape(entry.question)}</span>{"".join(badges)}</h3>',
             f'<div class="a s">{_lines(entry.answer)}</div>']
    if entry.key_points:
        items = "".join(f'<li class="s">{escape(p)}</li>' for p in entry.key_points)
        parts.append(f'<div class="kp-title">操作要點</div><ol class="kp">{items}</ol>')
    facts = []
    if entry.keywords:
        chips = "".join(f'<span class="kw s">{escape(k)}</span>' for k in entry.keywords)
        facts.append(f'<span class="kws">{chips}</span>')
    if entry.department:
        facts.append(f'<span>負責部門：{escape(entry.department)}</span>')
    if entry.valid_from or entry.valid_until:
        facts.append(f'<span>有效期：{_date(entry.valid_from)} 至 {_date(entry.valid_until)}</span>')
    if facts:
        parts.append(f'<div class="facts">{"".join(facts)}</div>')
    parts.append("</article>")
    return "".join(parts)


def _bulletin_html(bulletin: Bulletin) -> str:
    pinned = ' pinned' if bulletin.pinned else ''
    pin = '<span class="badge">置頂</span>' if bulletin.pinned else ''
    until = f" 至 {_date(bulletin.valid_until)}" if bulletin.valid_until else ""
    return (f'<article class="bulletin{pinned}"><h3>{escape(bulletin.title)}{pin}</h3>'
            f'<div class="a">{_lines(bulletin.body or "")}</div>'
            f'<div class="facts"><span>{_date(bulletin.valid_from)}{until}</span></div></article>')


def render_html(entries: list[ExportEntry], bulletins: list[Bulletin],
                now: datetime | None = None, *, include_all: bool = False) -> str:
    now = now or utcnow()
    body: list[str] = []
    if bulletins:
        body.append('<details class="bulletins" open><summary>通告 '
                    f'<span class="n">{len(bulletins)}</span></summary>')
        body.extend(_bulletin_html(b) for b in bulletins)
        body.append("</details>")
    current: tuple[str, ...] | None = None
    for entry in entries:
        if current != tuple(entry.category):
            if current is not None:
                body.append("</section>")
            current = tuple(entry.category)
            body.append(f'<section class="cat"><h2>{escape(entry.category_text or "未分類")}</h2>')
        body.append(_entry_html(entry, now, include_all))
    if current is not None:
        body.append("</section>")
    texts: list[str] = []
    for e in entries:
        texts += [e.question, e.answer, *e.key_points, *e.keywords]
    pairs = "".join(k + v for k, v in sorted(fold_map(texts).items()))
    script = _SCRIPT.replace("__PAIRS__", json.dumps(pairs, ensure_ascii=False).replace("</", "<\\/"))
    scope = "全部條目（含草稿、停用與過期）" if include_all else "已發布且有效的條目"
    return (
        '<!DOCTYPE html>\n<html lang="zh-Hant">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>常見問題 {escape(format_local(now)[:10])}</title>\n'
        f"<style>{_STYLE}</style>\n</head>\n<body>\n"
        '<header><h1>常見問題</h1>'
        f'<p class="meta">生成時間 <time datetime="{iso_utc(now)}">{escape(format_local(now))}</time>'
        f' · {escape(scope)} {len(entries)} 條</p>'
        '<input id="q" type="search" placeholder="搜尋問題、答案、關鍵字（繁簡皆可）" '
        'autocomplete="off" aria-label="搜尋">'
        '<p id="count" aria-live="polite"></p></header>\n<main>\n'
        + "\n".join(body)
        + '\n<p id="none" hidden>沒有符合的條目。</p>\n</main>\n'
        f"<script>{script}</script>\n</body>\n</html>\n"
    )


_STYLE = """
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"PingFang TC","Microsoft JhengHei","Noto Sans CJK TC",sans-serif;color:#1f2328;background:#f6f7f9}
header{position:sticky;top:0;z-index:1;background:#fff;border-bottom:1px solid #d8dee4;padding:.6rem 1rem}
header,main{max-width:56rem;margin:0 auto}
h1{font-size:1.25rem;margin:0}
.meta{margin:.1rem 0 .5rem;color:#57606a;font-size:.85rem}
#q{width:100%;font-size:1.05rem;padding:.5rem .7rem;border:1px solid #8c959f;border-radius:6px}
#count{margin:.3rem 0 0;color:#57606a;font-size:.85rem;min-height:1em}
main{padding:.5rem 1rem 3rem}
h2{font-size:1.05rem;margin:1.4rem 0 .4rem;color:#0b5cad}
.entry,.bulletin{background:#fff;border:1px solid #d8dee4;border-radius:8px;padding:.7rem .9rem;margin:.5rem 0}
.entry h3,.bulletin h3{font-size:1rem;margin:0 0 .3rem}
.a{white-space:pre-wrap;overflow-wrap:anywhere}
.kp-title{font-weight:600;margin-top:.4rem;font-size:.9rem}
.kp{margin:.2rem 0 0;padding-left:1.6rem}
.facts{margin-top:.4rem;font-size:.8rem;color:#57606a;display:flex;flex-wrap:wrap;gap:.3rem .9rem}
.kw{display:inline-block;background:#eef2f6;border-radius:4px;padding:0 .35rem;margin-right:.25rem}
.badge{font-size:.72rem;font-weight:400;background:#fff3cd;border:1px solid #e5c96b;border-radius:4px;padding:0 .3rem;margin-left:.4rem;vertical-align:middle}
.bulletins{margin:.8rem 0}
.bulletins summary{cursor:pointer;font-weight:600;color:#9a3412}
.bulletin{border-left:4px solid #f59e0b}
.bulletin.pinned{background:#fffbeb}
.n{font-weight:400;color:#57606a}
mark{background:#ffe066;color:inherit;border-radius:2px}
[hidden]{display:none!important}
@media (max-width:40rem){body{font-size:15px}main,header{padding-left:.6rem;padding-right:.6rem}}
@media print{header{position:static}#q,#count{display:none}}
"""

# Plain ES2017, no libraries. An entry is shown when every query word occurs in it after
# folding; a longer word typed as one run (信用卡挂失) also counts when two thirds of its
# character pairs occur. Matches are marked in the entry's text.
_SCRIPT = r"""
(function(){
"use strict";
var T2S=new Map(),P=Array.from(__PAIRS__);
for(var i=0;i+1<P.length;i+=2)T2S.set(P[i],P[i+1]);
function fc(c){var n=c.normalize("NFKC").toLowerCase(),o="";for(var ch of n)o+=T2S.get(ch)||ch;return o;}
function fold(s){var o="";for(var c of s)o+=fc(c);return o;}
function folded(s){var t="",a=[],b=[],i=0;for(var c of s){var f=fc(c);for(var k=0;k<f.length;k++){a.push(i);b.push(i+c.length);}t+=f;i+=c.length;}return{t:t,a:a,b:b};}
var box=document.getElementById("q"),count=document.getElementById("count"),none=document.getElementById("none");
var entries=Array.from(document.querySelectorAll(".entry")),cats=Array.from(document.querySelectorAll("section.cat"));
var hay=null,timer=null,LIMIT=500;
function haystacks(){if(!hay)hay=entries.map(function(e){return fold(Array.from(e.querySelectorAll(".s")).map(function(x){return x.textContent;}).join("\n"));});return hay;}
function words(q){return fold(q).split(/[\s,，、。;；:：!！?？]+/).filter(Boolean);}
function pairs(w){var c=Array.from(w),o=[];for(var i=0;i+1<c.length;i++)o.push(c[i]+c[i+1]);return o;}
function matchWord(h,w,terms){
  if(h.indexOf(w)>=0){terms.push(w);return true;}
  var p=pairs(w);if(p.length<2)return false;
  var hit=p.filter(function(x){return h.indexOf(x)>=0;});
  if(hit.length*3>=p.length*2){Array.prototype.push.apply(terms,hit);return true;}
  return false;}
function unmark(root){root.querySelectorAll("mark").forEach(function(m){var p=m.parentNode;p.replaceChild(document.createTextNode(m.textContent),m);p.normalize();});}
function mark(el,terms){
  var walker=document.createTreeWalker(el,NodeFilter.SHOW_TEXT),nodes=[],n;
  while((n=walker.nextNode()))nodes.push(n);
  nodes.forEach(function(node){
    var s=node.nodeValue,f=folded(s),spans=[];
    terms.forEach(function(t){var at=f.t.indexOf(t);while(at>=0){spans.push([f.a[at],f.b[at+t.length-1]]);at=f.t.indexOf(t,at+1);}});
    if(!spans.length)return;
    spans.sort(function(x,y){return x[0]-y[0];});
    var merged=[];spans.forEach(function(sp){var l=merged[merged.length-1];if(l&&sp[0]<=l[1])l[1]=Math.max(l[1],sp[1]);else merged.push(sp.slice());});
    var frag=document.createDocumentFragment(),pos=0;
    merged.forEach(function(sp){if(sp[0]>pos)frag.appendChild(document.createTextNode(s.slice(pos,sp[0])));var m=document.createElement("mark");m.textContent=s.slice(sp[0],sp[1]);frag.appendChild(m);pos=sp[1];});
    if(pos<s.length)frag.appendChild(document.createTextNode(s.slice(pos)));
    node.parentNode.replaceChild(frag,node);});}
function run(){
  var q=box.value,ws=words(q),shown=0,marked=0;
  entries.forEach(function(e){unmark(e);});
  if(!ws.length){entries.forEach(function(e){e.hidden=false;});cats.forEach(function(c){c.hidden=false;});count.textContent="";none.hidden=true;return;}
  var h=haystacks();
  entries.forEach(function(e,i){
    var terms=[],ok=ws.every(function(w){return matchWord(h[i],w,terms);});
    e.hidden=!ok;
    if(ok){shown++;if(marked<LIMIT){marked++;e.querySelectorAll(".s").forEach(function(x){mark(x,terms);});}}});
  cats.forEach(function(c){c.hidden=!c.querySelector(".entry:not([hidden])");});
  count.textContent=shown+" 條符合";none.hidden=shown>0;}
box.addEventListener("input",function(){
  if(entries.length<3000){run();return;}
  clearTimeout(timer);timer=setTimeout(run,150);});
box.addEventListener("keydown",function(ev){if(ev.key==="Escape"){box.value="";run();}});
if(box.value)run();
})();
"""
