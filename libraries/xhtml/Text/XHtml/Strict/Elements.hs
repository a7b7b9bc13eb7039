-- Text.XHtml.Strict.Elements (xhtml-3000.2.2.1), clean-room: each element or attribute of the
-- documented API with the tag or attribute name its interface file gives.
module Text.XHtml.Strict.Elements
  ( abbr
  , acronym
  , address
  , anchor
  , area
  , bdo
  , big
  , blockquote
  , body
  , bold
  , br
  , button
  , caption
  , cite
  , col
  , colgroup
  , ddef
  , define
  , del
  , dlist
  , dterm
  , emphasize
  , fieldset
  , form
  , h1
  , h2
  , h3
  , h4
  , h5
  , h6
  , header
  , hr
  , image
  , input
  , ins
  , italics
  , keyboard
  , label
  , legend
  , li
  , meta
  , noscript
  , object
  , olist
  , optgroup
  , option
  , paragraph
  , param
  , pre
  , quote
  , sample
  , script
  , select
  , small
  , strong
  , style
  , sub
  , sup
  , table
  , tbody
  , td
  , textarea
  , tfoot
  , th
  , thead
  , thebase
  , thecode
  , thediv
  , thehtml
  , thelink
  , themap
  , thespan
  , thetitle
  , tr
  , tt
  , ulist
  , variable
  ) where

import Text.XHtml.Internals

abbr :: Html -> Html
abbr = tag "abbr"

acronym :: Html -> Html
acronym = tag "acronym"

address :: Html -> Html
address = tag "address"

anchor :: Html -> Html
anchor = tag "a"

area :: Html
area = itag "area"

bdo :: Html -> Html
bdo = tag "bdo"

big :: Html -> Html
big = tag "big"

blockquote :: Html -> Html
blockquote = tag "blockquote"

body :: Html -> Html
body = tag "body"

bold :: Html -> Html
bold = tag "b"

br :: Html
br = itag "br"

button :: Html -> Html
button = tag "button"

caption :: Html -> Html
caption = tag "caption"

cite :: Html -> Html
cite = tag "cite"

col :: Html -> Html
col = tag "col"

colgroup :: Html -> Html
colgroup = tag "colgroup"

ddef :: Html -> Html
ddef = tag "dd"

define :: Html -> Html
define = tag "dfn"

del :: Html -> Html
del = tag "del"

dlist :: Html -> Html
dlist = tag "dl"

dterm :: Html -> Html
dterm = tag "dt"

emphasize :: Html -> Html
emphasize = tag "em"

fieldset :: Html -> Html
fieldset = tag "fieldset"

form :: Html -> Html
form = tag "form"

h1 :: Html -> Html
h1 = tag "h1"

h2 :: Html -> Html
h2 = tag "h2"

h3 :: Html -> Html
h3 = tag "h3"

h4 :: Html -> Html
h4 = tag "h4"

h5 :: Html -> Html
h5 = tag "h5"

h6 :: Html -> Html
h6 = tag "h6"

header :: Html -> Html
header = tag "head"

hr :: Html
hr = itag "hr"

image :: Html
image = itag "img"

input :: Html
input = itag "input"

ins :: Html -> Html
ins = tag "ins"

italics :: Html -> Html
italics = tag "i"

keyboard :: Html -> Html
keyboard = tag "kbd"

label :: Html -> Html
label = tag "label"

legend :: Html -> Html
legend = tag "legend"

li :: Html -> Html
li = tag "li"

meta :: Html
meta = itag "meta"

noscript :: Html -> Html
noscript = tag "noscript"

object :: Html -> Html
object = tag "object"

olist :: Html -> Html
olist = tag "ol"

optgroup :: Html -> Html
optgroup = tag "optgroup"

option :: Html -> Html
option = tag "option"

paragraph :: Html -> Html
paragraph = tag "p"

param :: Html
param = itag "param"

pre :: Html -> Html
pre = tag "pre"

quote :: Html -> Html
quote = tag "q"

sample :: Html -> Html
sample = tag "samp"

script :: Html -> Html
script = tag "script"

select :: Html -> Html
select = tag "select"

small :: Html -> Html
small = tag "small"

strong :: Html -> Html
strong = tag "strong"

style :: Html -> Html
style = tag "style"

sub :: Html -> Html
sub = tag "sub"

sup :: Html -> Html
sup = tag "sup"

table :: Html -> Html
table = tag "table"

tbody :: Html -> Html
tbody = tag "tbody"

td :: Html -> Html
td = tag "td"

textarea :: Html -> Html
textarea = tag "textarea"

tfoot :: Html -> Html
tfoot = tag "tfoot"

th :: Html -> Html
th = tag "th"

thead :: Html -> Html
thead = tag "thead"

thebase :: Html
thebase = itag "base"

thecode :: Html -> Html
thecode = tag "code"

thediv :: Html -> Html
thediv = tag "div"

thehtml :: Html -> Html
thehtml = tag "html"

thelink :: Html -> Html
thelink = tag "link"

themap :: Html -> Html
themap = tag "map"

thespan :: Html -> Html
thespan = tag "span"

thetitle :: Html -> Html
thetitle = tag "title"

tr :: Html -> Html
tr = tag "tr"

tt :: Html -> Html
tt = tag "tt"

ulist :: Html -> Html
ulist = tag "ul"

variable :: Html -> Html
variable = tag "var"

