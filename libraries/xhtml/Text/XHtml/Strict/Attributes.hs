-- Text.XHtml.Strict.Attributes (xhtml-3000.2.2.1), clean-room: each element or attribute of the
-- documented API with the tag or attribute name its interface file gives.
module Text.XHtml.Strict.Attributes
  ( action
  , align
  , alt
  , altcode
  , archive
  , base
  , border
  , bordercolor
  , cellpadding
  , cellspacing
  , checked
  , codebase
  , cols
  , colspan
  , content
  , coords
  , disabled
  , enctype
  , height
  , href
  , hreflang
  , httpequiv
  , identifier
  , ismap
  , lang
  , maxlength
  , method
  , multiple
  , name
  , nohref
  , rel
  , rev
  , rows
  , rowspan
  , rules
  , selected
  , shape
  , size
  , src
  , theclass
  , thefor
  , thestyle
  , thetype
  , title
  , usemap
  , valign
  , value
  , width
  ) where

import Text.XHtml.Internals

action :: String -> HtmlAttr
action = strAttr "action"

align :: String -> HtmlAttr
align = strAttr "align"

alt :: String -> HtmlAttr
alt = strAttr "alt"

altcode :: String -> HtmlAttr
altcode = strAttr "altcode"

archive :: String -> HtmlAttr
archive = strAttr "archive"

base :: String -> HtmlAttr
base = strAttr "base"

border :: Int -> HtmlAttr
border = intAttr "border"

bordercolor :: String -> HtmlAttr
bordercolor = strAttr "bordercolor"

cellpadding :: Int -> HtmlAttr
cellpadding = intAttr "cellpadding"

cellspacing :: Int -> HtmlAttr
cellspacing = intAttr "cellspacing"

checked :: HtmlAttr
checked = emptyAttr "checked"

codebase :: String -> HtmlAttr
codebase = strAttr "codebase"

cols :: String -> HtmlAttr
cols = strAttr "cols"

colspan :: Int -> HtmlAttr
colspan = intAttr "colspan"

content :: String -> HtmlAttr
content = strAttr "content"

coords :: String -> HtmlAttr
coords = strAttr "coords"

disabled :: HtmlAttr
disabled = emptyAttr "disabled"

enctype :: String -> HtmlAttr
enctype = strAttr "enctype"

height :: String -> HtmlAttr
height = strAttr "height"

href :: String -> HtmlAttr
href = strAttr "href"

hreflang :: String -> HtmlAttr
hreflang = strAttr "hreflang"

httpequiv :: String -> HtmlAttr
httpequiv = strAttr "http-equiv"

identifier :: String -> HtmlAttr
identifier = strAttr "id"

ismap :: HtmlAttr
ismap = emptyAttr "ismap"

lang :: String -> HtmlAttr
lang = strAttr "lang"

maxlength :: Int -> HtmlAttr
maxlength = intAttr "maxlength"

method :: String -> HtmlAttr
method = strAttr "method"

multiple :: HtmlAttr
multiple = emptyAttr "multiple"

name :: String -> HtmlAttr
name = strAttr "name"

nohref :: HtmlAttr
nohref = emptyAttr "nohref"

rel :: String -> HtmlAttr
rel = strAttr "rel"

rev :: String -> HtmlAttr
rev = strAttr "rev"

rows :: String -> HtmlAttr
rows = strAttr "rows"

rowspan :: Int -> HtmlAttr
rowspan = intAttr "rowspan"

rules :: String -> HtmlAttr
rules = strAttr "rules"

selected :: HtmlAttr
selected = emptyAttr "selected"

shape :: String -> HtmlAttr
shape = strAttr "shape"

size :: String -> HtmlAttr
size = strAttr "size"

src :: String -> HtmlAttr
src = strAttr "src"

theclass :: String -> HtmlAttr
theclass = strAttr "class"

thefor :: String -> HtmlAttr
thefor = strAttr "for"

thestyle :: String -> HtmlAttr
thestyle = strAttr "style"

thetype :: String -> HtmlAttr
thetype = strAttr "type"

title :: String -> HtmlAttr
title = strAttr "title"

usemap :: String -> HtmlAttr
usemap = strAttr "usemap"

valign :: String -> HtmlAttr
valign = strAttr "valign"

value :: String -> HtmlAttr
value = strAttr "value"

width :: String -> HtmlAttr
width = strAttr "width"

