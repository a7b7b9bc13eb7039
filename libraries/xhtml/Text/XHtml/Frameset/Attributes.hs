-- Text.XHtml.Frameset.Attributes (xhtml-3000.2.2.1), clean-room: each element or attribute of the
-- documented API with the tag or attribute name its interface file gives.
module Text.XHtml.Frameset.Attributes
  ( frameborder
  , marginheight
  , marginwidth
  , noresize
  , scrolling
  ) where

import Text.XHtml.Internals

frameborder :: Int -> HtmlAttr
frameborder = intAttr "frameborder"

marginheight :: Int -> HtmlAttr
marginheight = intAttr "marginheight"

marginwidth :: Int -> HtmlAttr
marginwidth = intAttr "marginwidth"

noresize :: HtmlAttr
noresize = emptyAttr "noresize"

scrolling :: String -> HtmlAttr
scrolling = strAttr "scrolling"

