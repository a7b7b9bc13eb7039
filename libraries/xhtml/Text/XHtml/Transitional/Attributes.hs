-- Text.XHtml.Transitional.Attributes (xhtml-3000.2.2.1), clean-room: each element or attribute of the
-- documented API with the tag or attribute name its interface file gives.
module Text.XHtml.Transitional.Attributes
  ( alink
  , aqua
  , background
  , bgcolor
  , black
  , blue
  , clear
  , code
  , color
  , compact
  , face
  , fuchsia
  , gray
  , green
  , hspace
  , lime
  , link
  , maroon
  , navy
  , noshade
  , nowrap
  , olive
  , purple
  , red
  , silver
  , start
  , target
  , teal
  , text
  , version
  , vlink
  , vspace
  , white
  , yellow
  ) where

import Text.XHtml.Internals

alink :: String -> HtmlAttr
alink = strAttr "alink"

aqua :: String
aqua = "aqua"

background :: String -> HtmlAttr
background = strAttr "background"

bgcolor :: String -> HtmlAttr
bgcolor = strAttr "bgcolor"

black :: String
black = "black"

blue :: String
blue = "blue"

clear :: String -> HtmlAttr
clear = strAttr "clear"

code :: String -> HtmlAttr
code = strAttr "code"

color :: String -> HtmlAttr
color = strAttr "color"

compact :: HtmlAttr
compact = emptyAttr "compact"

face :: String -> HtmlAttr
face = strAttr "face"

fuchsia :: String
fuchsia = "fuchsia"

gray :: String
gray = "gray"

green :: String
green = "green"

hspace :: Int -> HtmlAttr
hspace = intAttr "hspace"

lime :: String
lime = "lime"

link :: String -> HtmlAttr
link = strAttr "link"

maroon :: String
maroon = "maroon"

navy :: String
navy = "navy"

noshade :: HtmlAttr
noshade = emptyAttr "noshade"

nowrap :: HtmlAttr
nowrap = emptyAttr "nowrap"

olive :: String
olive = "olive"

purple :: String
purple = "purple"

red :: String
red = "red"

silver :: String
silver = "silver"

start :: Int -> HtmlAttr
start = intAttr "start"

target :: String -> HtmlAttr
target = strAttr "target"

teal :: String
teal = "teal"

text :: String -> HtmlAttr
text = strAttr "text"

version :: String -> HtmlAttr
version = strAttr "version"

vlink :: String -> HtmlAttr
vlink = strAttr "vlink"

vspace :: Int -> HtmlAttr
vspace = intAttr "vspace"

white :: String
white = "white"

yellow :: String
yellow = "yellow"

