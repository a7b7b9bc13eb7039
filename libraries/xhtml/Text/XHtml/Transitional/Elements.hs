-- Text.XHtml.Transitional.Elements (xhtml-3000.2.2.1), clean-room: each element or attribute of the
-- documented API with the tag or attribute name its interface file gives.
module Text.XHtml.Transitional.Elements
  ( applet
  , basefont
  , center
  , dir
  , font
  , iframe
  , isindex
  , strike
  , themenu
  , underline
  ) where

import Text.XHtml.Internals

applet :: Html -> Html
applet = tag "applet"

basefont :: Html
basefont = itag "basefont"

center :: Html -> Html
center = tag "center"

dir :: Html -> Html
dir = tag "dir"

font :: Html -> Html
font = tag "font"

iframe :: Html -> Html
iframe = tag "iframe"

isindex :: Html
isindex = itag "isindex"

strike :: Html -> Html
strike = tag "strike"

themenu :: Html -> Html
themenu = tag "menu"

underline :: Html -> Html
underline = tag "u"

